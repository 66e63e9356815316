import { SignJWT } from 'jose';
import { actorFromAuthorizationHeader, createTokenVerifier } from '../../src/auth/verify-token';
import { signDevToken } from '../../src/auth/sign-token';

const auth = { secret: 'unit-test-secret-that-is-at-least-32-chars', issuer: 'voicegraph', audience: 'voicegraph' };
const verify = createTokenVerifier(auth);
const sub = '7d0a6f2e-5b8a-4c1e-9f3a-2b1c0d9e8f7a';
const partnership = '1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b';

const reason = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (e: { extensions?: { code?: string }; message: string }) => `${e.extensions?.code}: ${e.message}`,
  );

describe('token verification', () => {
  it('turns valid claims into an actor', async () => {
    const token = await signDevToken(auth, { sub, roles: ['PARTICIPATION_LEAD'], partnership, orgs: [partnership] });
    expect(await verify(token)).toEqual({
      personId: sub,
      roles: ['PARTICIPATION_LEAD'],
      partnershipId: partnership,
      organisationIds: [partnership],
    });
  });

  it('treats a missing header as anonymous and a malformed one as an error', async () => {
    expect(await actorFromAuthorizationHeader(undefined, verify)).toBeNull();
    expect(await reason(actorFromAuthorizationHeader('Basic abc', verify))).toMatch(/^UNAUTHENTICATED/);
  });

  it('rejects the wrong audience, an unknown role and a missing sub', async () => {
    const key = new TextEncoder().encode(auth.secret);
    const wrongAudience = await new SignJWT({ roles: ['ANALYST'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setIssuer('voicegraph')
      .setAudience('elsewhere')
      .setExpirationTime('1h')
      .sign(key);
    expect(await reason(verify(wrongAudience))).toMatch(/UNAUTHENTICATED: .*claim/);
    const badRole = await new SignJWT({ roles: ['SUPERUSER'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setIssuer('voicegraph')
      .setAudience('voicegraph')
      .setExpirationTime('1h')
      .sign(key);
    expect(await reason(verify(badRole))).toMatch(/unknown role/);
    const noSub = await new SignJWT({ roles: ['ANALYST'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('voicegraph')
      .setAudience('voicegraph')
      .setExpirationTime('1h')
      .sign(key);
    expect(await reason(verify(noSub))).toMatch(/sub/);
  });

  it('rejects HS384 and unsigned tokens (algorithm allow-list)', async () => {
    const hs384 = await new SignJWT({ roles: ['ANALYST'] })
      .setProtectedHeader({ alg: 'HS384' })
      .setSubject(sub)
      .setIssuer('voicegraph')
      .setAudience('voicegraph')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(auth.secret));
    expect(await reason(verify(hs384))).toMatch(/algorithm is not allowed/);
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub, roles: ['ANALYST'], iss: 'voicegraph', aud: 'voicegraph' })).toString('base64url')}.`;
    expect(await reason(verify(none))).toMatch(/^UNAUTHENTICATED/);
  });
});

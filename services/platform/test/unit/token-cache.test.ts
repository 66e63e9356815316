import { SignJWT } from 'jose';
import { TokenCache } from '../../src/auth/token-cache';
import { createTokenVerifier } from '../../src/auth/verify-token';

const auth = { secret: 'unit-test-secret-that-is-at-least-32-chars', issuer: 'voicegraph', audience: 'voicegraph' };
const sub = '7d0a6f2e-5b8a-4c1e-9f3a-2b1c0d9e8f7a';

describe('TokenCache', () => {
  it('returns what was stored until maxAge passes', () => {
    let now = 1_000_000;
    const cache = new TokenCache<string>({ maxEntries: 10, maxAgeMs: 60_000, now: () => now });
    cache.set('t', 'actor');
    expect(cache.get('t')).toBe('actor');
    now += 59_999;
    expect(cache.get('t')).toBe('actor');
    now += 1;
    expect(cache.get('t')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('never serves a token at or past its exp, and does not store an expired one', () => {
    let now = 1_000_000;
    const cache = new TokenCache<string>({ maxEntries: 10, maxAgeMs: 60_000, now: () => now });
    cache.set('soon', 'a', (now + 10_000) / 1000);
    expect(cache.get('soon')).toBe('a');
    now += 10_000;
    expect(cache.get('soon')).toBeUndefined();
    cache.set('gone', 'b', (now - 1) / 1000);
    expect(cache.get('gone')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops the least recently used entry beyond maxEntries', () => {
    const cache = new TokenCache<number>({ maxEntries: 2, maxAgeMs: 60_000 });
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('stores nothing when turned off', () => {
    const cache = new TokenCache<number>({ maxEntries: 0, maxAgeMs: 60_000 });
    cache.set('a', 1);
    expect(cache.get('a')).toBeUndefined();
  });
});

describe('createTokenVerifier with its cache', () => {
  const key = new TextEncoder().encode(auth.secret);
  const sign = (expSeconds: number) =>
    new SignJWT({ roles: ['ANALYST'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setIssuer('voicegraph')
      .setAudience('voicegraph')
      .setIssuedAt(expSeconds - 3600)
      .setExpirationTime(expSeconds)
      .sign(key);

  it('answers a repeated token from the cache with its own copy of the actor', async () => {
    const verify = createTokenVerifier(auth);
    const token = await sign(Math.floor(Date.now() / 1000) + 3600);
    const first = await verify(token);
    first.roles.push('PARTNERSHIP_ADMIN');
    const second = await verify(token);
    expect(second).toEqual({ personId: sub, roles: ['ANALYST'], partnershipId: null, organisationIds: [] });
  });

  it('verifies again once the token has expired (clock tolerance included), so expiry is unchanged', async () => {
    const start = Date.now();
    let now = start;
    const verify = createTokenVerifier(auth, { now: () => now });
    const exp = Math.floor(start / 1000) + 2;
    const token = await sign(exp);
    expect((await verify(token)).personId).toBe(sub);
    now = exp * 1000; // the cached entry is no longer used; jose decides (with its 5 s tolerance, on the real clock)
    expect((await verify(token)).personId).toBe(sub);
    const expired = await sign(Math.floor(start / 1000) - 60);
    await expect(verify(expired)).rejects.toThrow(/expired/);
    await expect(verify(expired)).rejects.toThrow(/expired/); // failures are never cached
  });

  it('never caches a rejected token', async () => {
    const verify = createTokenVerifier(auth);
    const token = await sign(Math.floor(Date.now() / 1000) + 3600);
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verify(tampered)).rejects.toThrow(/rejected/);
    await expect(verify(tampered)).rejects.toThrow(/rejected/);
    expect((await verify(token)).personId).toBe(sub);
  });
});

import { SignJWT } from 'jose';
import { AuthConfig } from '../config/service-config';
import { Role } from './actor';

export interface TokenClaims {
  sub: string;
  roles: Role[];
  partnership?: string | null;
  orgs?: string[];
}

/** Signs an HS256 token with the local secret (for `npm run token`, demo data and tests only). */
export async function signDevToken(config: AuthConfig, claims: TokenClaims, expiresIn = '8h'): Promise<string> {
  if (!config.secret)
    throw new Error('Signing needs VOICEGRAPH_JWT_SECRET (RS256 tokens come from your identity provider).');
  return new SignJWT({ roles: claims.roles, partnership: claims.partnership ?? null, orgs: claims.orgs ?? [] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(config.secret));
}

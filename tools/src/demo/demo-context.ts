import { AuthConfig, DEV_JWT_SECRET, signDevToken, TokenClaims } from '@voicegraph/platform';
import { AnyData, gql, ok } from '../graphql-client';

/** What every demo step gets: the gateway, a way to mint tokens, and the ids seeded so far. */
export class DemoContext {
  readonly auth: AuthConfig = { secret: process.env.VOICEGRAPH_JWT_SECRET ?? DEV_JWT_SECRET, issuer: process.env.VOICEGRAPH_JWT_ISSUER ?? 'voicegraph', audience: process.env.VOICEGRAPH_JWT_AUDIENCE ?? 'voicegraph' };

  constructor(readonly gatewayUrl: string) {}

  token(claims: TokenClaims): Promise<string> {
    return signDevToken(this.auth, claims, '1h');
  }

  /** Runs one operation through the gateway and fails loudly on any error. */
  async run(query: string, variables: Record<string, unknown>, claims: TokenClaims): Promise<AnyData> {
    return ok(await gql(this.gatewayUrl, query, variables, await this.token(claims)));
  }
}

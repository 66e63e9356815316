import { AuthConfig, DEV_JWT_SECRET, signDevToken, TokenClaims } from '@voicegraph/platform';
import { AnyData, gql, ok } from '../graphql-client';
import { setTimeout as sleep } from 'node:timers/promises';

/** What every demo step gets: the gateway, a way to mint tokens, and the ids seeded so far. */
export class DemoContext {
  readonly auth: AuthConfig = {
    secret: process.env.VOICEGRAPH_JWT_SECRET ?? DEV_JWT_SECRET,
    issuer: process.env.VOICEGRAPH_JWT_ISSUER ?? 'voicegraph',
    audience: process.env.VOICEGRAPH_JWT_AUDIENCE ?? 'voicegraph',
  };

  constructor(readonly gatewayUrl: string) {}

  token(claims: TokenClaims): Promise<string> {
    return signDevToken(this.auth, claims, '1h');
  }

  /**
   * Like run(), but waits (up to 30 s) while the answer is NOT_FOUND, FORBIDDEN or
   * BAD_USER_INPUT: another service may not have consumed the events it needs yet (projections
   * are eventually consistent), and the demo's own inputs are known to be good.
   */
  async runWhenReady(
    query: string,
    variables: Record<string, unknown>,
    claims: TokenClaims,
    timeoutMs = 30_000,
  ): Promise<AnyData> {
    const deadline = Date.now() + timeoutMs;
    const token = await this.token(claims);
    for (;;) {
      const response = await gql(this.gatewayUrl, query, variables, token);
      const codes = (response.errors ?? []).map((e) => e.extensions?.code);
      const waiting =
        codes.length > 0 &&
        codes.every((code) => code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT');
      if (!waiting || Date.now() > deadline) return ok(response);
      await sleep(250);
    }
  }

  /** Runs one operation through the gateway and fails loudly on any error. */
  async run(query: string, variables: Record<string, unknown>, claims: TokenClaims): Promise<AnyData> {
    return ok(await gql(this.gatewayUrl, query, variables, await this.token(claims)));
  }
}

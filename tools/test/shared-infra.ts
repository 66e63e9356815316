import type { Infrastructure } from '../src/infra/infrastructure';

// Jest runs globalSetup and globalTeardown in the same process; this is how the one hands the
// other what it started.
const KEY = Symbol.for('voicegraph.test.infrastructure');

type Holder = { [KEY]?: Infrastructure };

export function rememberInfrastructure(infra: Infrastructure): void {
  (globalThis as Holder)[KEY] = infra;
}

export function takeInfrastructure(): Infrastructure | undefined {
  const holder = globalThis as Holder;
  const infra = holder[KEY];
  delete holder[KEY];
  return infra;
}

/** Whether globalSetup already ran in this process (the integration and e2e projects share it). */
export function hasInfrastructure(): boolean {
  return (globalThis as Holder)[KEY] !== undefined;
}

import { Env, EnvReader } from '@voicegraph/platform';

export interface ConsultationsSettings {
  /** Reach results kept for reuse while provably current (CONSULTATIONS_REACH_CACHE_ENTRIES, default 256; 0 turns reuse off). */
  reachCacheEntries: number;
}

export const DEFAULT_REACH_CACHE_ENTRIES = 256;

/** Reads consultations' own settings; throws a ConfigError naming the variable when it is out of range. */
export function readConsultationsSettings(env: Env): ConsultationsSettings {
  const reader = new EnvReader(env);
  const reachCacheEntries = reader.int('CONSULTATIONS_REACH_CACHE_ENTRIES', DEFAULT_REACH_CACHE_ENTRIES, 0, 100_000);
  reader.done();
  return { reachCacheEntries };
}

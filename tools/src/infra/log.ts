/** Progress lines for people watching a terminal; stderr so stdout stays machine-readable. */
export function infraLog(message: string): void {
  process.stderr.write(`[infra] ${message}\n`);
}

/** The message of anything thrown, for error texts. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

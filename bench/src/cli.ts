/** What a bench entry point needs from its command line: its options (`--name value`, bare flags) and a progress log. */
const argv = process.argv.slice(2);

/** The value after `--name`, if it is given. */
export function option(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The number after `--name`, else `fallback`; anything but a number is refused with its name. */
export function numberOption(name: string, fallback: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} takes a number (got ${JSON.stringify(raw)})`);
  return value;
}

/** Whether the bare flag `--name` is given. */
export const flag = (name: string): boolean => argv.includes(name);

/** A progress logger for a bench run: each line tagged with `tag` and the seconds since it began. */
export function benchLog(tag: string): (line: string) => void {
  const started = Date.now();
  return (line) =>
    process.stdout.write(`[${tag} ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}\n`);
}

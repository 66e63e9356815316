/** The benches' command-line options: `--name value` pairs and bare flags, from process.argv. */
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

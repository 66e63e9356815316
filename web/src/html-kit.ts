/** Escaping for the report's and the board's HTML: every value from the graph goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Trusted markup (built by these modules), passed through `html` unescaped. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = string | number | Markup | null | undefined | false | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (Array.isArray(part)) return part.map(render).join('');
  if (part instanceof Markup) return part.value;
  return escapeHtml(String(part));
}

/** A template tag that escapes every interpolated value unless it is Markup. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  let out = strings[0];
  parts.forEach((part, i) => {
    out += render(part) + strings[i + 1];
  });
  return new Markup(out);
}

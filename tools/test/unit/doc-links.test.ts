import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '../../..');
const DOCS = ['README.md', 'CONTRIBUTING.md', 'bench/README.md', 'k8s/README.md', 'docs'];

/** The markdown files the docs test reads: the named ones and every docs/*.md. */
function docFiles(): string[] {
  return DOCS.flatMap((entry) =>
    entry.endsWith('.md')
      ? [entry]
      : readdirSync(join(ROOT, entry))
          .filter((name) => name.endsWith('.md'))
          .map((name) => `${entry}/${name}`),
  );
}

/** Relative link targets in a markdown file (inline links and images; web and in-page links left out). */
function relativeLinks(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...withoutCode.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map(([, target]) => target)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'));
}

describe('the docs', () => {
  const files = docFiles();

  it('are all there to check', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/DESIGN.md']));
    for (const file of files) expect(existsSync(join(ROOT, file))).toBe(true);
  });

  it.each(docFiles())('every relative link in %s resolves inside the repository', (file) => {
    const markdown = readFileSync(join(ROOT, file), 'utf8');
    const broken = relativeLinks(markdown).filter((target) => {
      const path = resolve(dirname(join(ROOT, file)), decodeURI(target.split('#')[0]));
      return relative(ROOT, path).startsWith('..') || !existsSync(path);
    });
    expect(broken).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';

/**
 * Extracts a PDF's text with pdfjs-dist (Mozilla's PDF.js), page by page. PDF.js is an ES
 * module, which Jest's CommonJS runtime cannot load, so it runs in a child Node process.
 */
const SCRIPT = `
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), useSystemFonts: true, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n += 1) {
  const content = await (await pdf.getPage(n)).getTextContent();
  pages.push(content.items.map((item) => item.str + (item.hasEOL ? '\\n' : '')).join(''));
}
process.stdout.write(JSON.stringify(pages));
`;

/** The text of each page of the PDF. */
export function pdfPages(pdf: Buffer): string[] {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    input: pdf,
    cwd: __dirname,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString('utf8')) as string[];
}

/** All of the PDF's text with runs of whitespace made one space. */
export function pdfText(pdf: Buffer): string {
  return pdfPages(pdf).join(' ').replace(/\s+/g, ' ');
}

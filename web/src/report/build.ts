import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { askGraph } from '../graph';
import { printPdf } from './chromium';
import { renderReport } from './document';
import { ANNUAL_REPORT_OPERATION, AnnualReportData, yearVariables } from './operation';

export interface ReportRequest {
  gatewayUrl: string;
  /** An ANALYST (or participation lead, or partnership admin) token of the partnership. */
  token: string;
  partnershipId: string;
  year: number;
  /** Where to write `<partnership>-<year>.html` and `.pdf`. */
  outDir: string;
  /** Skip the PDF (front ends that only want the HTML). */
  pdf?: boolean;
}

export interface BuiltReport {
  htmlPath: string;
  pdfPath: string | null;
  data: AnnualReportData;
  sections: { id: string; title: string }[];
  /** Milliseconds spent asking the graph, rendering the HTML and printing the PDF. */
  timings: { graph: number; html: number; pdf: number };
}

/** Asks the graph once (the AnnualReport operation), renders the HTML, prints the PDF. */
export async function buildAnnualReport(request: ReportRequest): Promise<BuiltReport> {
  const t0 = performance.now();
  const data = await askGraph<AnnualReportData>(
    request.gatewayUrl,
    ANNUAL_REPORT_OPERATION,
    yearVariables(request.partnershipId, request.year),
    request.token,
  );
  if (!data.partnership)
    throw new Error(
      `No partnership ${request.partnershipId}: check the id (the token's partnership must be the same).`,
    );
  const t1 = performance.now();
  const rendered = await renderReport(data, request.year);
  const t2 = performance.now();
  mkdirSync(request.outDir, { recursive: true });
  const base = join(request.outDir, `${request.partnershipId}-${request.year}`);
  writeFileSync(`${base}.html`, rendered.html);
  let pdfPath: string | null = null;
  if (request.pdf !== false) {
    pdfPath = `${base}.pdf`;
    writeFileSync(pdfPath, await printPdf(rendered.html));
  }
  const t3 = performance.now();
  return {
    htmlPath: `${base}.html`,
    pdfPath,
    data,
    sections: rendered.sections,
    timings: { graph: t1 - t0, html: t2 - t1, pdf: t3 - t2 },
  };
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gql } from '../graphql-client';
import { SERVICE_PARTS, SUBJECT_ACCESS_QUERY } from './query';
import { MissingPart, renderSubjectAccessHtml } from './render-html';

export interface SubjectAccessRequest {
  gatewayUrl: string;
  token: string;
  personId: string;
  outDir: string;
}

export interface WrittenReport {
  jsonPath: string;
  htmlPath: string;
  missing: MissingPart[];
}

/**
 * Asks the gateway for the person's subject access report and writes it twice: the JSON as the
 * graph answered (for the record) and a readable HTML page (for the person). A refusal writes
 * nothing; a part a service could not give is named in both files, never silently left out.
 */
export async function writeSubjectAccessReport(request: SubjectAccessRequest): Promise<WrittenReport> {
  const response = await gql(request.gatewayUrl, SUBJECT_ACCESS_QUERY, { personId: request.personId }, request.token);
  const report = response.data?.subjectAccessReport;
  if (!report) {
    const reason = response.errors?.map((e) => e.message).join(' ') || `HTTP ${response.status}`;
    throw new Error(`No subject access report: ${reason}`);
  }
  const missing: MissingPart[] = SERVICE_PARTS.filter((part) => report[part] == null).map((part) => ({
    part,
    message:
      response.errors?.find((e) => e.path?.includes(part))?.message ?? 'the service did not answer; ask again later.',
  }));
  const dir = resolve(request.outDir);
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `subject-access-${report.personId}-${report.generatedAt.slice(0, 10)}`);
  const jsonPath = `${base}.json`;
  const htmlPath = `${base}.html`;
  writeFileSync(jsonPath, `${JSON.stringify({ report, missing }, null, 2)}\n`, { mode: 0o600 });
  writeFileSync(htmlPath, renderSubjectAccessHtml(report, missing), { mode: 0o600 });
  return { jsonPath, htmlPath, missing };
}

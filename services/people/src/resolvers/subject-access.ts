import { authoriseSubjectAccess, RequestContext, subjectAuditEntries } from '@voicegraph/platform';
import { PersonEntity } from '../entities';
import { consentsLoader, organisationLoader, partnershipLoader, personLoader } from '../loaders';

/** The report as people resolves it: whose, when, and the person row it was checked against. */
export interface Report {
  personId: string;
  generatedAt: Date;
  requestedByThemself: boolean;
  person: PersonEntity;
}

/** Checks the rule against the person's own record (an unknown id is refused the same way), and audits. */
async function openReport(ctx: RequestContext, personId: string): Promise<Report> {
  const id = await authoriseSubjectAccess(
    ctx,
    personId,
    async (pid) => {
      const person = await personLoader(ctx).load(pid);
      return (
        person && { personId: person.id, partnershipId: person.partnershipId, organisationIds: person.organisationIds }
      );
    },
    true,
  );
  const person = (await personLoader(ctx).load(id))!;
  return { personId: id, generatedAt: new Date(), requestedByThemself: ctx.actor!.personId === id, person };
}

export const subjectAccessQuery = {
  subjectAccessReport: (_: unknown, { personId }: { personId: string }, ctx: RequestContext) =>
    openReport(ctx, personId),
};

/** People's part: the record as stored (no field-level hiding: this is their own copy), consents, organisations, audit. */
export const SubjectAccessReport = {
  __resolveReference: (ref: { personId: string }, ctx: RequestContext) => openReport(ctx, ref.personId),
  async people(report: Report, _: unknown, ctx: RequestContext) {
    const { person } = report;
    const [partnership, organisations, consents] = await Promise.all([
      partnershipLoader(ctx).load(person.partnershipId),
      organisationLoader(ctx).loadMany(person.organisationIds),
      consentsLoader(ctx).load(person.id),
    ]);
    return {
      record: person,
      partnership: { id: person.partnershipId, name: partnership?.name ?? '' },
      organisations: organisations.flatMap((o) => (o && !(o instanceof Error) ? [{ id: o.id, name: o.name }] : [])),
      consents,
      publishedAgeBand: person.publishedAgeBand,
      lastActivityAt: person.lastActivityAt,
      auditEntries: await subjectAuditEntries(
        ctx.dataSource.manager,
        person.id,
        consents.map((c) => c.id),
      ),
    };
  },
};

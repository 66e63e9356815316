import { ConsultationEvents, PeopleEvents } from '@voicegraph/platform';
import { h, PARTNERSHIP, uid } from './city-model';
import { MODEL } from './model-tables';
import { eventStep, inboxInsert } from './outbox-sql';
import { Statement } from './people-step';

/**
 * The consultations service (as vg_consultations): its projection of people's events (with their
 * ids in its inbox), then consultations, participations, contributions and findings, and their events.
 */
export function consultationsStatements(): Statement[] {
  return [
    {
      label: 'projection: partnership',
      sql: `INSERT INTO consultations.partnership_projection (partnership_id, suppression_threshold) VALUES (${PARTNERSHIP}, 5)`,
    },
    {
      label: 'projection: organisations',
      sql: `INSERT INTO consultations.organisation_projection (organisation_id, partnership_id) SELECT id, ${PARTNERSHIP} FROM ${MODEL.organisations} o`,
    },
    {
      label: 'projection: people',
      sql: `INSERT INTO consultations.person_projection (person_id, partnership_id, kind, organisation_ids, age_band, cohorts)
        SELECT id, ${PARTNERSHIP}, 'YOUNG_PERSON', organisation_ids, age_band, cohorts FROM ${MODEL.youngPeople} y
        UNION ALL SELECT id, ${PARTNERSHIP}, 'STAFF', organisation_ids, 'UNKNOWN', '{}' FROM ${MODEL.staff} s;
        ANALYZE consultations.person_projection`,
    },
    { label: 'projection: registered young people', sql: `SELECT consultations.rebuild_registered_young_people()` },
    {
      label: 'projection: consents',
      sql: `INSERT INTO consultations.participation_consent (consent_id, person_id, expires_on)
        SELECT ${uid(`'city:consent:' || i`)}, id, NULL FROM ${MODEL.youngPeople} y WHERE consented`,
    },
    {
      label: 'inbox: people events',
      sql: [
        inboxInsert(
          'consultations',
          PeopleEvents.PartnershipCreated,
          'consultations.partnership_projection',
          'partnership_id',
        ),
        inboxInsert(
          'consultations',
          PeopleEvents.OrganisationRegistered,
          'consultations.organisation_projection',
          'organisation_id',
        ),
        inboxInsert('consultations', PeopleEvents.PersonRegistered, 'consultations.person_projection', 'person_id'),
        inboxInsert('consultations', PeopleEvents.ConsentRecorded, 'consultations.participation_consent', 'person_id'),
      ].join(';\n'),
    },
    {
      label: 'consultations',
      sql: `INSERT INTO consultations.consultation (id, partnership_id, title, summary, kind, ladder_level, context, mode, themes, status,
          lead_organisation_id, partner_organisation_ids, target_cohorts, opens_at, closes_at, opened_at, closed_at, cancelled_at, created_at, updated_at)
        SELECT id, ${PARTNERSHIP}, title, 'What young people think about ' || theme, kind, ladder_level, context, mode, ARRAY[theme], status,
               lead, partners, target_cohorts, opens_at, closes_at, opened_at, closed_at, cancelled_at, created_at, COALESCE(closed_at, cancelled_at, opened_at, created_at)
          FROM ${MODEL.consultations} c;
        ANALYZE consultations.consultation`,
    },
    {
      label: 'participations',
      sql: `INSERT INTO consultations.participation (id, consultation_id, person_id, role, attended_at, created_at)
        SELECT id, consultation_id, person_id, 'PARTICIPANT', attended_at, attended_at FROM ${MODEL.participations} p;
        ANALYZE consultations.participation`,
    },
    {
      label: 'contributions (1 to 5 per participation)',
      sql: `INSERT INTO consultations.contribution (id, consultation_id, person_id, text, anonymous, created_at)
        SELECT ${uid(`'city:contribution:' || p.id || ':' || j`)}, p.consultation_id, p.person_id, 'What I said, part ' || j,
               ${h(`'anon' || p.id || j`)} < 0.05, p.attended_at + j * interval '3 minutes'
          FROM consultations.participation p CROSS JOIN LATERAL generate_series(1, 1 + floor(${h(`'many' || p.id`)} * 5)::int) j;
        ANALYZE consultations.contribution`,
    },
    // Finding f of a consultation cites its contributions 3f-2 to 3f, oldest first.
    {
      label: 'findings',
      sql: `INSERT INTO consultations.finding (id, consultation_id, title, summary, contribution_ids, created_at)
        SELECT f.id, f.consultation_id, f.title, 'What many young people told us', COALESCE(k.ids, '{}'), f.created_at
          FROM ${MODEL.findings} f
          LEFT JOIN (SELECT consultation_id, (n - 1) / 3 + 1 AS f, array_agg(id ORDER BY n) AS ids
                       FROM (SELECT k.id, k.consultation_id, row_number() OVER (PARTITION BY k.consultation_id ORDER BY k.created_at, k.id) AS n
                               FROM consultations.contribution k WHERE k.consultation_id IN (SELECT consultation_id FROM ${MODEL.findings})) k
                      WHERE n <= 15 GROUP BY 1, 2) k ON k.consultation_id = f.consultation_id AND k.f = f.f`,
    },
    { label: 'reach by month (rebuilt from the rows above)', sql: `SELECT consultations.rebuild_reach_month()` },
    eventStep(ConsultationEvents.ConsultationCreated, {
      from: 'consultations.consultation c',
      subject: 'c.id',
      time: 'c.created_at',
      data: `jsonb_build_object('consultationId', c.id, 'partnershipId', c.partnership_id, 'leadOrganisationId', c.lead_organisation_id,
               'partnerOrganisationIds', to_jsonb(c.partner_organisation_ids), 'title', c.title, 'kind', c.kind, 'ladderLevel', c.ladder_level,
               'context', c.context, 'mode', c.mode, 'themes', to_jsonb(c.themes), 'targetCohorts', to_jsonb(c.target_cohorts),
               'targetAgeBands', to_jsonb(c.target_age_bands), 'opensAt', ${isoOrNull('c.opens_at')}, 'closesAt', ${isoOrNull('c.closes_at')})`,
    }),
    eventStep(ConsultationEvents.ConsultationOpened, {
      from: 'consultations.consultation c',
      where: 'c.opened_at IS NOT NULL',
      subject: 'c.id',
      time: 'c.opened_at',
      data: `jsonb_build_object('consultationId', c.id, 'partnershipId', c.partnership_id, 'openedAt', ${isoOrNull('c.opened_at')})`,
    }),
    eventStep(ConsultationEvents.ParticipationRecorded, {
      from: 'consultations.participation p JOIN consultations.consultation c ON c.id = p.consultation_id',
      subject: 'p.id',
      time: 'p.created_at',
      data: `jsonb_build_object('participationId', p.id, 'consultationId', p.consultation_id, 'partnershipId', c.partnership_id, 'personId', p.person_id,
               'role', p.role, 'attendedAt', ${isoOrNull('p.attended_at')})`,
    }),
    eventStep(ConsultationEvents.ContributionSubmitted, {
      from: 'consultations.contribution k JOIN consultations.consultation c ON c.id = k.consultation_id',
      subject: 'k.id',
      time: 'k.created_at',
      data: `jsonb_build_object('contributionId', k.id, 'consultationId', k.consultation_id, 'partnershipId', c.partnership_id,
               'personId', CASE WHEN k.anonymous THEN NULL ELSE k.person_id END, 'questionId', k.question_id, 'anonymous', k.anonymous, 'submittedAt', ${isoOrNull('k.created_at')})`,
    }),
    eventStep(ConsultationEvents.ConsultationClosed, {
      from: `consultations.consultation c
          LEFT JOIN (SELECT consultation_id, count(DISTINCT person_id) AS n FROM consultations.participation GROUP BY 1) p ON p.consultation_id = c.id`,
      where: 'c.closed_at IS NOT NULL',
      subject: 'c.id',
      time: 'c.closed_at',
      data: `jsonb_build_object('consultationId', c.id, 'partnershipId', c.partnership_id, 'leadOrganisationId', c.lead_organisation_id, 'closedAt', ${isoOrNull('c.closed_at')},
               'participantCount', COALESCE(p.n, 0))`,
    }),
    eventStep(ConsultationEvents.FindingRecorded, {
      from: 'consultations.finding f JOIN consultations.consultation c ON c.id = f.consultation_id',
      subject: 'f.id',
      time: 'f.created_at',
      data: `jsonb_build_object('findingId', f.id, 'consultationId', f.consultation_id, 'partnershipId', c.partnership_id, 'title', f.title, 'contributionIds', to_jsonb(f.contribution_ids))`,
    }),
  ];
}

/** An ISO instant, or JSON null. */
export const isoOrNull = (timestamp: string): string =>
  `CASE WHEN ${timestamp} IS NULL THEN NULL ELSE to_char((${timestamp}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END`;

import { ConsultationEvents, GovernanceEvents, PeopleEvents } from '@voicegraph/platform';
import { CITY_START, CityScale, h, organisationId, PARTNERSHIP, staffId, uid, youngPersonId } from './city-model';
import { isoOrNull } from './consultations-step';
import { MODEL } from './model-tables';
import { eventStep, inboxInsert } from './outbox-sql';
import { Statement } from './people-step';

/**
 * The governance service (as vg_governance): its projections of people and consultations (ids in
 * its inbox), then forums, seats, decisions citing findings, plans and SMART objectives, and events.
 */
export function governanceStatements(city: CityScale): Statement[] {
  return [
    {
      label: 'projections: partnership, organisations, people',
      sql: [
        `INSERT INTO governance.partnership_projection (partnership_id, suppression_threshold) VALUES (${PARTNERSHIP}, 5)`,
        `INSERT INTO governance.known_organisation (organisation_id, partnership_id) SELECT id, ${PARTNERSHIP} FROM ${MODEL.organisations} o`,
        `INSERT INTO governance.known_person (person_id, partnership_id, kind, organisation_ids)
         SELECT id, ${PARTNERSHIP}, 'YOUNG_PERSON', organisation_ids FROM ${MODEL.youngPeople} y
         UNION ALL SELECT id, ${PARTNERSHIP}, 'STAFF', organisation_ids FROM ${MODEL.staff} s`,
      ].join(';\n'),
    },
    {
      label: 'projections: consultations, findings',
      sql: [
        `INSERT INTO governance.known_consultation (consultation_id, partnership_id, lead_organisation_id) SELECT id, ${PARTNERSHIP}, lead FROM ${MODEL.consultations} c`,
        `INSERT INTO governance.known_finding (finding_id, consultation_id, partnership_id) SELECT id, consultation_id, ${PARTNERSHIP} FROM ${MODEL.findings} f`,
      ].join(';\n'),
    },
    {
      label: 'inbox: people and consultations events',
      sql: [
        inboxInsert(
          'governance',
          PeopleEvents.PartnershipCreated,
          'governance.partnership_projection',
          'partnership_id',
        ),
        inboxInsert(
          'governance',
          PeopleEvents.OrganisationRegistered,
          'governance.known_organisation',
          'organisation_id',
        ),
        inboxInsert('governance', PeopleEvents.PersonRegistered, 'governance.known_person', 'person_id'),
        inboxInsert(
          'governance',
          ConsultationEvents.ConsultationCreated,
          'governance.known_consultation',
          'consultation_id',
        ),
        inboxInsert('governance', ConsultationEvents.FindingRecorded, 'governance.known_finding', 'finding_id'),
      ].join(';\n'),
    },
    {
      label: 'forums',
      sql: `INSERT INTO governance.forum (id, partnership_id, organisation_id, name, kind, purpose, created_at)
        SELECT id, ${PARTNERSHIP}, organisation_id, name, kind, 'Where decisions are made', timestamptz '2023-12-15' + f * interval '1 hour' FROM ${MODEL.forums} f`,
    },
    // Youth councils are all young people, standing groups mostly, boards and committees a few.
    {
      label: 'seats',
      sql: `INSERT INTO governance.seat (id, forum_id, partnership_id, person_id, role, held_by_young_person, starts_on, ends_on, created_at)
        SELECT ${uid(`'city:seat:' || f.f || ':' || s`)}, f.id, ${PARTNERSHIP},
               CASE WHEN young THEN ${youngPersonId(`1 + (f.f::bigint * 7919 + s::bigint * 104729) % ${city.youngPeople}`)} ELSE ${staffId(`1 + (f.f * 31 + s) % ${city.staff}`)} END,
               CASE WHEN s = 1 THEN 'CHAIR' WHEN young THEN 'YOUTH_REPRESENTATIVE' ELSE 'MEMBER' END, young, starts_on,
               CASE WHEN ${h(`'ends' || f.f || ':' || s`)} < 0.3 THEN starts_on + 365 END, starts_on::timestamptz
          FROM ${MODEL.forums} f CROSS JOIN LATERAL generate_series(1, 8 + floor(${h(`'seats' || f.f`)} * 13)::int) s
          CROSS JOIN LATERAL (SELECT ${h(`'young' || f.f || ':' || s`)} < (CASE f.kind WHEN 'YOUTH_COUNCIL' THEN 1.0 WHEN 'STANDING_GROUP' THEN 0.6 WHEN 'RECRUITMENT_PANEL' THEN 0.3 ELSE 0.15 END) AS young,
                                     (date '${CITY_START}' + floor(${h(`'starts' || f.f || ':' || s`)} * 700)::int) AS starts_on) x`,
    },
    {
      label: 'decisions',
      sql: `INSERT INTO governance.decision (id, forum_id, partnership_id, title, description, young_people_involved, decided_at, created_at)
        SELECT id, forum_id, ${PARTNERSHIP}, 'Decision ' || d, 'What the forum decided', young_people_involved, decided_at, decided_at FROM ${MODEL.decisions} d`,
    },
    {
      label: 'decision evidence',
      sql: `INSERT INTO governance.decision_evidence (decision_id, finding_id, consultation_id)
        SELECT decision_id, finding_id, consultation_id FROM ${MODEL.citations} e;
        ANALYZE governance.decision;
        ANALYZE governance.decision_evidence`,
    },
    {
      label: 'plans',
      sql: `INSERT INTO governance.plan (id, partnership_id, organisation_id, title, kind, period_start, period_end, review_on, created_at)
        SELECT ${uid(`'city:plan:' || p`)}, ${PARTNERSHIP}, CASE WHEN p <= 2 THEN NULL ELSE ${organisationId(`1 + (p - 3) / 2`)} END,
               'Plan ' || p, CASE WHEN p % 2 = 1 THEN 'STRATEGY' ELSE 'ACTION_PLAN' END,
               date '2024-01-01' + (p % 3) * 180, date '2026-12-31' + (p % 3) * 180, date '2026-06-30' + (p % 5) * 60, timestamptz '2023-12-20'
          FROM generate_series(1, ${2 + city.organisations * 2}) p`,
    },
    // No progress is recorded (so no ObjectiveProgressRecorded events): objectives are judged by time alone.
    {
      label: 'objectives',
      sql: `INSERT INTO governance.objective (id, plan_id, partnership_id, description, measure, baseline, target, owner_organisation_id, starts_on, due_on, latest_value, created_at)
        SELECT ${uid(`'city:objective:' || p || ':' || o`)}, ${uid(`'city:plan:' || p`)}, ${PARTNERSHIP}, 'Objective ' || o || ' of plan ' || p, 'young people involved',
               0, 100, ${organisationId(`1 + (p * 10 + o) % ${city.organisations}`)}, date '2024-01-01' + (o * 30), date '2026-01-01' + (o * 60),
               NULL, timestamptz '2023-12-20'
          FROM generate_series(1, ${2 + city.organisations * 2}) p CROSS JOIN generate_series(1, 10) o`,
    },
    eventStep(GovernanceEvents.ForumCreated, {
      from: 'governance.forum f',
      subject: 'f.id',
      time: 'f.created_at',
      data: `jsonb_build_object('forumId', f.id, 'partnershipId', f.partnership_id, 'organisationId', f.organisation_id, 'name', f.name, 'kind', f.kind)`,
    }),
    eventStep(GovernanceEvents.SeatAssigned, {
      from: 'governance.seat s',
      subject: 's.id',
      time: 's.created_at',
      data: `jsonb_build_object('seatId', s.id, 'forumId', s.forum_id, 'partnershipId', s.partnership_id, 'personId', s.person_id, 'role', s.role,
               'heldByYoungPerson', s.held_by_young_person, 'startsOn', to_char(s.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(s.ends_on, 'YYYY-MM-DD'))`,
    }),
    eventStep(GovernanceEvents.DecisionRecorded, {
      from: `governance.decision d LEFT JOIN (SELECT decision_id, array_agg(finding_id) AS findings, array_agg(DISTINCT consultation_id) AS consultations
                                                  FROM governance.decision_evidence GROUP BY 1) e ON e.decision_id = d.id`,
      subject: 'd.id',
      time: 'd.created_at',
      data: `jsonb_build_object('decisionId', d.id, 'forumId', d.forum_id, 'partnershipId', d.partnership_id, 'meetingId', d.meeting_id, 'title', d.title,
               'citedFindingIds', to_jsonb(COALESCE(e.findings, '{}')), 'consultationIds', to_jsonb(COALESCE(e.consultations, '{}')), 'youngPeopleInvolved', d.young_people_involved, 'decidedAt', ${isoOrNull('d.decided_at')})`,
    }),
  ];
}

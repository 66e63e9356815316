import { ConsultationEvents, FeedbackEvents, GovernanceEvents, PeopleEvents } from '@voicegraph/platform';
import { CITY_NOW, h, PARTNERSHIP, pick, uid } from './city-model';
import { isoOrNull } from './consultations-step';
import { MODEL } from './model-tables';
import { eventStep, inboxInsert } from './outbox-sql';
import { Statement } from './people-step';

const answer = (key: string, yes: number) =>
  pick(h(key), [
    ['YES', yes],
    ['PARTLY', yes + (1 - yes) * 0.55],
    ['NO', yes + (1 - yes) * 0.8],
    ['NOT_SURE', 1],
  ]);

/**
 * The feedback service (as vg_feedback): its projections of consultations and governance (ids in its
 * inbox), then obligations (three quarters met, most on time; the rest overdue or open at CITY_NOW),
 * the feedback sent and who received it, outcomes of most findings, and voice checks from a fifth of
 * those who were sent feedback; and their events.
 */
export function feedbackStatements(): Statement[] {
  return [
    {
      label: 'projections: partnership, consultations, findings',
      sql: [
        `INSERT INTO feedback.partnership_projection (partnership_id, suppression_threshold) VALUES (${PARTNERSHIP}, 5)`,
        `INSERT INTO feedback.consultation (id, partnership_id, lead_organisation_id, partner_organisation_ids, title, closed_at, updated_at)
         SELECT id, ${PARTNERSHIP}, lead, partners, title, closed_at, COALESCE(closed_at, created_at) FROM ${MODEL.consultations} c`,
        `INSERT INTO feedback.finding (id, consultation_id, partnership_id, title) SELECT id, consultation_id, ${PARTNERSHIP}, title FROM ${MODEL.findings} f`,
        `ANALYZE feedback.consultation`,
        `ANALYZE feedback.finding`,
      ].join(';\n'),
    },
    {
      label: 'projection: people (who is where, for the claims check and subject access)',
      sql: `INSERT INTO feedback.known_person (person_id, partnership_id, kind, organisation_ids)
        SELECT id, ${PARTNERSHIP}, 'YOUNG_PERSON', organisation_ids FROM ${MODEL.youngPeople} y
        UNION ALL SELECT id, ${PARTNERSHIP}, 'STAFF', organisation_ids FROM ${MODEL.staff} s`,
    },
    {
      label: 'projection: participants',
      sql: `INSERT INTO feedback.participant (participation_id, consultation_id, person_id)
        SELECT id, consultation_id, person_id FROM ${MODEL.participations} p;
        ANALYZE feedback.participant`,
    },
    {
      label: 'projection: decisions citing findings',
      sql: `INSERT INTO feedback.decision_finding (decision_id, finding_id, partnership_id, decided_at)
        SELECT decision_id, finding_id, ${PARTNERSHIP}, decided_at FROM ${MODEL.citations} e;
        ANALYZE feedback.decision_finding`,
    },
    {
      label: 'inbox: people, consultations and governance events',
      sql: [
        inboxInsert('feedback', PeopleEvents.PartnershipCreated, 'feedback.partnership_projection', 'partnership_id'),
        inboxInsert('feedback', PeopleEvents.PersonRegistered, 'feedback.known_person', 'person_id'),
        inboxInsert('feedback', ConsultationEvents.ConsultationCreated, 'feedback.consultation', 'id'),
        inboxInsert(
          'feedback',
          ConsultationEvents.ConsultationClosed,
          'feedback.consultation WHERE closed_at IS NOT NULL',
          'id',
        ),
        inboxInsert('feedback', ConsultationEvents.ParticipationRecorded, 'feedback.participant', 'participation_id'),
        inboxInsert('feedback', ConsultationEvents.FindingRecorded, 'feedback.finding', 'id'),
        inboxInsert('feedback', GovernanceEvents.DecisionRecorded, `${MODEL.decisions} d`, 'id'),
      ].join(';\n'),
    },
    {
      label: 'feedback obligations',
      sql: `INSERT INTO feedback.feedback_obligation (id, consultation_id, partnership_id, closed_at, due_on, status, met_at, on_time, overdue_at, created_at)
        SELECT id, consultation_id, ${PARTNERSHIP}, closed_at, due_on,
               CASE WHEN met_at IS NOT NULL THEN 'MET' WHEN due_on < date '${CITY_NOW}' THEN 'OVERDUE' ELSE 'OPEN' END,
               met_at, CASE WHEN met_at IS NOT NULL THEN met_at::date <= due_on END,
               CASE WHEN met_at IS NULL AND due_on < date '${CITY_NOW}' THEN (due_on + 1)::timestamptz END, closed_at
          FROM (SELECT ${uid(`'city:obligation:' || c.id`)} AS id, c.id AS consultation_id, c.closed_at, (c.closed_at AT TIME ZONE 'UTC')::date + 28 AS due_on,
                       CASE WHEN ${h(`'met' || c.id`)} >= 0.75 THEN NULL
                            WHEN ${h(`'late' || c.id`)} < 0.8 THEN c.closed_at + (5 + floor(${h(`'days' || c.id`)} * 21)::int) * interval '1 day'
                            ELSE c.closed_at + (30 + floor(${h(`'days' || c.id`)} * 30)::int) * interval '1 day' END AS met_at0
                  FROM feedback.consultation c WHERE c.closed_at IS NOT NULL) o
          CROSS JOIN LATERAL (SELECT CASE WHEN met_at0 < timestamptz '${CITY_NOW}' THEN met_at0 END AS met_at) m;
        ANALYZE feedback.feedback_obligation`,
    },
    {
      label: 'feedback sent',
      sql: `INSERT INTO feedback.feedback_message (id, consultation_id, partnership_id, obligation_id, channel, text, recipient_count, sent_at, on_time, created_at)
        SELECT ${uid(`'city:feedback:' || o.id`)}, o.consultation_id, o.partnership_id, o.id,
               ${pick(h(`'channel' || o.id`), [
                 ['IN_PERSON', 0.3],
                 ['EMAIL', 0.55],
                 ['APP', 0.75],
                 ['TEXT_MESSAGE', 0.85],
                 ['LETTER', 0.9],
                 ['VIDEO', 0.95],
                 ['SOCIAL_MEDIA', 1],
               ])},
               'You said, we did: what happened next', COALESCE(p.n, 0), o.met_at, o.on_time, o.met_at
          FROM feedback.feedback_obligation o
          LEFT JOIN (SELECT consultation_id, count(DISTINCT person_id) AS n FROM feedback.participant GROUP BY 1) p ON p.consultation_id = o.consultation_id
         WHERE o.status = 'MET';
        ANALYZE feedback.feedback_message`,
    },
    {
      label: 'feedback recipients',
      sql: `INSERT INTO feedback.feedback_recipient (feedback_id, person_id)
        SELECT DISTINCT m.id, p.person_id FROM feedback.feedback_message m JOIN feedback.participant p ON p.consultation_id = m.consultation_id`,
    },
    {
      label: 'outcomes',
      sql: `INSERT INTO feedback.outcome (id, finding_id, finding_title, consultation_id, partnership_id, decision_id, status, you_said, we_did, reason, boundary, published, created_at, updated_at)
        SELECT ${uid(`'city:outcome:' || f.id`)}, f.id, f.title, f.consultation_id, f.partnership_id,
               d.decision_id,
               s.status, 'You said: ' || f.title, 'We did: what changed', CASE WHEN s.boundary IS NOT NULL THEN 'Why not, in plain words' END, s.boundary,
               ${h(`'published' || f.id`)} < 0.7, c.closed_at + interval '10 days' + ${h(`'recorded' || f.id`)} * interval '20 days', c.closed_at + interval '10 days'
          FROM feedback.finding f JOIN feedback.consultation c ON c.id = f.consultation_id
          LEFT JOIN (SELECT DISTINCT ON (finding_id) finding_id, decision_id FROM feedback.decision_finding
                      ORDER BY finding_id, decided_at, decision_id) d ON d.finding_id = f.id
          CROSS JOIN LATERAL (SELECT ${pick(h(`'outcome' || f.id`), [
            ['RECEIVED', 0.1],
            ['UNDER_CONSIDERATION', 0.25],
            ['ACCEPTED', 0.6],
            ['PARTLY_ACCEPTED', 0.8],
            ['NOT_ACCEPTED', 1],
          ])} AS status) t
          CROSS JOIN LATERAL (SELECT t.status,
                 CASE WHEN t.status = 'NOT_ACCEPTED' OR (t.status = 'PARTLY_ACCEPTED' AND ${h(`'partly' || f.id`)} < 0.5)
                      THEN ${pick(h(`'boundary' || f.id`), [
                        ['FINANCIAL', 0.4],
                        ['PRACTICAL', 0.7],
                        ['SAFETY', 0.82],
                        ['LEGAL', 0.92],
                        ['POLITICAL', 1],
                      ])} END AS boundary) s
         WHERE ${h(`'has outcome' || f.id`)} < 0.9
           AND c.closed_at + interval '30 days' < timestamptz '${CITY_NOW}'`,
    },
    {
      label: 'voice checks',
      sql: `INSERT INTO feedback.voice_check (id, consultation_id, partnership_id, person_id, space, voice, audience, influence, felt_heard, comment, submitted_at, created_at)
        SELECT ${uid(`'city:voice-check:' || p.participation_id`)}, p.consultation_id, m.partnership_id, p.person_id,
               ${answer(`'space' || p.participation_id`, 0.62)}, ${answer(`'voice' || p.participation_id`, 0.55)},
               ${answer(`'audience' || p.participation_id`, 0.45)}, ${answer(`'influence' || p.participation_id`, 0.35)},
               1 + floor(power(${h(`'felt' || p.participation_id`)}, 0.7) * 5)::int, NULL, at, at
          FROM feedback.feedback_message m JOIN feedback.participant p ON p.consultation_id = m.consultation_id
          CROSS JOIN LATERAL (SELECT m.sent_at + (1 + floor(${h(`'when' || p.participation_id`)} * 14)::int) * interval '1 day' AS at) t
         WHERE ${h(`'checks' || p.participation_id`)} < 0.2 AND at < timestamptz '${CITY_NOW}'
        ON CONFLICT (consultation_id, person_id) DO NOTHING`,
    },
    eventStep(FeedbackEvents.FeedbackOverdue, {
      from: 'feedback.feedback_obligation o',
      where: 'o.overdue_at IS NOT NULL',
      subject: 'o.id',
      time: 'o.overdue_at',
      data: `jsonb_build_object('obligationId', o.id, 'consultationId', o.consultation_id, 'partnershipId', o.partnership_id, 'dueOn', to_char(o.due_on, 'YYYY-MM-DD'))`,
    }),
    eventStep(FeedbackEvents.FeedbackSent, {
      from: 'feedback.feedback_message m',
      subject: 'm.id',
      time: 'm.created_at',
      data: `jsonb_build_object('feedbackId', m.id, 'obligationId', m.obligation_id, 'consultationId', m.consultation_id, 'partnershipId', m.partnership_id,
               'channel', m.channel, 'outcomeIds', to_jsonb(m.outcome_ids), 'recipientCount', m.recipient_count, 'sentAt', ${isoOrNull('m.sent_at')}, 'onTime', COALESCE(m.on_time, true))`,
    }),
    eventStep(FeedbackEvents.OutcomeRecorded, {
      from: 'feedback.outcome o',
      subject: 'o.id',
      time: 'o.created_at',
      data: `jsonb_build_object('outcomeId', o.id, 'findingId', o.finding_id, 'consultationId', o.consultation_id, 'partnershipId', o.partnership_id,
               'decisionId', o.decision_id, 'status', o.status, 'boundary', o.boundary, 'published', o.published, 'recordedAt', ${isoOrNull('o.created_at')})`,
    }),
    eventStep(FeedbackEvents.VoiceCheckSubmitted, {
      from: 'feedback.voice_check v',
      subject: 'v.id',
      time: 'v.submitted_at',
      data: `jsonb_build_object('voiceCheckId', v.id, 'consultationId', v.consultation_id, 'partnershipId', v.partnership_id, 'space', v.space, 'voice', v.voice,
               'audience', v.audience, 'influence', v.influence, 'feltHeard', v.felt_heard, 'submittedAt', ${isoOrNull('v.submitted_at')})`,
    }),
  ];
}

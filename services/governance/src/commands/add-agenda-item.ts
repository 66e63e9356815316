import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  enqueueEvent,
  forbidden,
  GovernanceEvents,
  recordAudit,
  requireActor,
  requireText,
  RequestContext,
} from '@voicegraph/platform';
import { isForumStaff } from '../domain/access';
import { AgendaItemEntity } from '../entities';
import { actorSeatsOn, loadMeeting } from './load-forum';
import { consultationsOfPartnership, findingsOfPartnership, peopleOfPartnership } from './references';

export interface AddAgendaItemInput {
  meetingId: string;
  title: string;
  presenterId?: string | null;
  consultationIds?: string[] | null;
  findingIds?: string[] | null;
}

/** Any member of the forum (young people too) or its staff may put an item on the agenda. */
export async function addAgendaItem(ctx: RequestContext, input: AddAgendaItemInput): Promise<AgendaItemEntity> {
  const actor = requireActor(ctx.actor);
  const title = requireText('title', input.title, 200);
  return ctx.dataSource.transaction(async (tx) => {
    const { meeting, forum } = await loadMeeting(tx, actor, input.meetingId);
    const isMember = (await actorSeatsOn(tx, actor, forum.id)).length > 0;
    if (!isMember && !isForumStaff(actor, forum))
      throw forbidden("Only the forum's members and staff can add to its agendas.");
    if (meeting.status === 'CANCELLED')
      throw badUserInput('This meeting was cancelled; add the item to another meeting.', 'meetingId');
    const [presenter] = input.presenterId
      ? await peopleOfPartnership(tx, 'presenterId', [input.presenterId], forum.partnershipId)
      : [];
    const findings = await findingsOfPartnership(tx, 'findingIds', input.findingIds ?? [], forum.partnershipId);
    const consultationIds = await consultationsOfPartnership(
      tx,
      'consultationIds',
      input.consultationIds ?? [],
      forum.partnershipId,
    );
    const [{ next }] = await tx.query(
      'SELECT coalesce(max(position), 0) + 1 AS next FROM governance.agenda_item WHERE meeting_id = $1',
      [meeting.id],
    );
    const item = tx.create(AgendaItemEntity, {
      id: randomUUID(),
      meetingId: meeting.id,
      partnershipId: forum.partnershipId,
      position: Number(next),
      title,
      presenterId: presenter?.personId ?? null,
      presentedByYoungPerson: presenter?.kind === 'YOUNG_PERSON',
      consultationIds,
      findingIds: findings.map((f) => f.findingId),
    });
    await tx.insert(AgendaItemEntity, item);
    await enqueueEvent(tx, GovernanceEvents.AgendaItemAdded, meeting.id, {
      agendaItemId: item.id,
      meetingId: meeting.id,
      partnershipId: item.partnershipId,
      position: item.position,
      title: item.title,
      presentedByYoungPerson: item.presentedByYoungPerson,
      consultationIds: item.consultationIds,
      findingIds: item.findingIds,
    });
    await recordAudit(tx, actor, { action: 'CREATE', entity: 'AgendaItem', entityId: item.id });
    return tx.findOneByOrFail(AgendaItemEntity, { id: item.id });
  });
}

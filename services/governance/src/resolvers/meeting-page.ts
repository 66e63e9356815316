import { Connection, decodeCursor, encodeCursor, PageArgs, pageSize } from '@voicegraph/platform';
import { SelectQueryBuilder } from 'typeorm';
import { MeetingEntity } from '../entities';

/**
 * Keyset pages of meetings in calendar order, (starts_at, id). The platform's keysetPage orders
 * by created_at; a calendar must order by when meetings happen. The cursor has the same shape.
 */
export async function calendarPage(
  qb: SelectQueryBuilder<MeetingEntity>,
  args: PageArgs,
): Promise<Connection<MeetingEntity>> {
  const size = pageSize(args.first);
  const alias = qb.alias;
  const counter = qb.clone();
  if (args.after) {
    const cursor = decodeCursor(args.after);
    qb.andWhere(`(${alias}.startsAt, ${alias}.id) > (:cursorAt, :cursorId)`, {
      cursorAt: cursor.createdAt,
      cursorId: cursor.id,
    });
  }
  const rows = await qb
    .orderBy(`${alias}.startsAt`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .take(size + 1)
    .getMany();
  const edges = rows
    .slice(0, size)
    .map((node) => ({ cursor: encodeCursor({ id: node.id, createdAt: node.startsAt }), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount: () => counter.getCount(),
  };
}

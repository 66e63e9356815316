import DataLoader from 'dataloader';
import { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '../server/context';
import { Connection, decodeCursor, PageArgs, pageSize, toConnection } from './connection';

interface Keyed {
  id: string;
  createdAt: Date;
}

export interface ChildListSpec<T extends ObjectLiteral> {
  /** Unique per list and per scope (e.g. `contributions:managed`): one DataLoader each. */
  name: string;
  entity: EntityTarget<T>;
  /** Property holding the parent id, e.g. `consultationId`. */
  parentProperty: string;
  /** Filters that do not depend on the parent (e.g. only the caller's own rows). */
  scope?: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>;
}

/**
 * The same keyset page of children for every parent on a page, in one statement whatever the
 * page size: rank each parent's children with ROW_NUMBER() OVER (PARTITION BY parent), count
 * them with count(*) OVER the same partition, and load the winners in the same statement. A
 * later page (after a cursor) counts all children per parent with one GROUP BY, only when asked.
 */
export function childPages<T extends ObjectLiteral & Keyed>(
  ctx: RequestContext,
  spec: ChildListSpec<T>,
  args: PageArgs,
): DataLoader<string, Connection<T>> {
  const size = pageSize(args.first);
  const cursor = args.after ? decodeCursor(args.after) : null;
  const key = `childPages:${spec.name}:${size}:${args.after ?? ''}`;
  return ctx.loaders.get<string, Connection<T>>(key, async (parentIds) => {
    const repo = ctx.dataSource.getRepository(spec.entity);
    const metadata = repo.metadata;
    const column = (property: string) => `"child"."${metadata.findColumnWithPropertyName(property)!.databaseName}"`;
    const ranked = repo
      .createQueryBuilder('child')
      .select('child.id', 'id')
      .addSelect(
        `ROW_NUMBER() OVER (PARTITION BY ${column(spec.parentProperty)} ORDER BY ${column('createdAt')}, ${column('id')})`,
        'rank',
      )
      .where(`child.${spec.parentProperty} IN (:...parentIds)`, { parentIds: [...parentIds] });
    if (cursor)
      ranked.andWhere('(child.createdAt, child.id) > (:cursorAt, :cursorId)', {
        cursorAt: cursor.createdAt,
        cursorId: cursor.id,
      });
    (spec.scope ?? ((qb) => qb))(ranked);
    // Each parent's number of children comes with the ranking (on a first page, where no cursor
    // narrows them, it is the totalCount): the count is not a statement of its own.
    ranked.addSelect(`count(*) OVER (PARTITION BY ${column(spec.parentProperty)})`, 'total');
    // The winners and their rows in one statement (the ranking as a subquery), not two round trips.
    const alias = metadata.name; // as find() names it, so the statement reads the same in logs and tests
    const { entities, raw } = await repo
      .createQueryBuilder(alias)
      .innerJoin(`(${ranked.getQuery()})`, 'ranked', `ranked.id = ${alias}.id AND ranked.rank <= :limit`)
      .addSelect('ranked.total', 'ranked_total')
      .setParameters({ ...ranked.getParameters(), limit: size + 1 })
      .getRawAndEntities<Record<string, unknown>>();
    const rows = entities;
    const counts = childCounts(ctx, spec);
    if (!cursor) {
      const idColumn = `${alias}_${metadata.findColumnWithPropertyName('id')!.databaseName}`;
      const totalOf = new Map(raw.map((r) => [r[idColumn] as string, Number(r.ranked_total)]));
      for (const row of rows)
        counts.prime((row as Record<string, unknown>)[spec.parentProperty] as string, totalOf.get(row.id)!);
      for (const parentId of parentIds) counts.prime(parentId, 0); // no child at all (prime keeps a count already set)
    }
    const byParent = new Map<string, T[]>();
    for (const row of rows.sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )) {
      const parent = (row as Record<string, unknown>)[spec.parentProperty] as string;
      byParent.set(parent, [...(byParent.get(parent) ?? []), row]);
    }
    return parentIds.map((parentId) => toConnection(byParent.get(parentId) ?? [], size, () => counts.load(parentId)));
  });
}

/** All children per parent (for totalCount), one GROUP BY for every parent asked about. */
function childCounts<T extends ObjectLiteral & Keyed>(
  ctx: RequestContext,
  spec: ChildListSpec<T>,
): DataLoader<string, number> {
  return ctx.loaders.get<string, number>(`childCounts:${spec.name}`, async (parentIds) => {
    const qb = ctx.dataSource
      .getRepository(spec.entity)
      .createQueryBuilder('child')
      .select(`child.${spec.parentProperty}`, 'parent')
      .addSelect('count(*)::int', 'n')
      .where(`child.${spec.parentProperty} IN (:...parentIds)`, { parentIds: [...parentIds] })
      .groupBy(`child.${spec.parentProperty}`);
    const rows: { parent: string; n: number }[] = await (spec.scope ?? ((q) => q))(qb).getRawMany();
    const counts = new Map(rows.map((row) => [row.parent, row.n]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  });
}

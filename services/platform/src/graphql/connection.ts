import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../errors/errors';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** A function, so the count query runs only when a client asks for totalCount. */
  totalCount: () => Promise<number>;
}

interface Keyed {
  id: string;
  createdAt: Date;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function encodeCursor(row: Keyed): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt)))
      throw new Error('shape');
    return { createdAt, id };
  } catch {
    throw badUserInput(
      '`after` is not a cursor from this list; pass pageInfo.endCursor from the previous page.',
      'after',
    );
  }
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be from 1 to ${MAX_PAGE_SIZE} (got ${size}).`, 'first');
  }
  return size;
}

/** Oldest first (the default) or newest first; a cursor continues in the order it came from. */
export type KeysetOrder = 'ASC' | 'DESC';

/**
 * Whether the field being resolved selects `name` among its own fields (through inline fragments
 * and fragment spreads): a connection resolver asks it of `totalCount`.
 */
export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return inSet(selection.selectionSet);
      if (seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      return inSet(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}

/**
 * Keyset pagination on (created_at, id): stable under inserts, no OFFSET scans.
 * `qb` carries the filters; this adds the cursor, the order and the limit.
 * created_at must be `timestamptz(3)`: a cursor carries a JS Date (milliseconds), and a
 * microsecond column would compare greater than its own cursor and repeat rows across pages.
 * `countToo` (the caller asked for totalCount): on a first page of a query without joins the
 * count comes with the rows (`count(*) OVER ()`, computed before the limit), one statement
 * where the page and its count were two; otherwise the count is its own query, run when asked.
 * `joinsMatchOneRow`: the caller vouches that each of the query's joins matches at most one row
 * per row of the page (a contribution joined to its consultation), so a plain LIMIT gives the
 * page and counting rows counts distinct ids: the page is one statement, with its count on a
 * first page.
 */
export async function keysetPage<T extends ObjectLiteral & Keyed>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  order: KeysetOrder = 'ASC',
  countToo = false,
  joinsMatchOneRow = false,
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const alias = qb.alias;
  const counter = qb.clone();
  if (args.after) {
    const cursor = decodeCursor(args.after);
    qb.andWhere(`(${alias}.createdAt, ${alias}.id) ${order === 'ASC' ? '>' : '<'} (:cursorAt, :cursorId)`, {
      cursorAt: cursor.createdAt,
      cursorId: cursor.id,
    });
  }
  qb.orderBy(`${alias}.createdAt`, order).addOrderBy(`${alias}.id`, order);
  // TypeORM's take() over a query with joins first reads the page's distinct ids, then the rows:
  // two statements. Joins that match one row each cannot repeat a row, so LIMIT is the same page.
  if (joinsMatchOneRow) qb.limit(size + 1);
  else qb.take(size + 1);
  if (countToo && !args.after && (joinsMatchOneRow || qb.expressionMap.joinAttributes.length === 0)) {
    const { entities, raw } = await qb
      .addSelect('count(*) OVER ()', 'keyset_total_count')
      .getRawAndEntities<{ keyset_total_count: string }>();
    const total = raw.length ? Number(raw[0].keyset_total_count) : 0;
    return toConnection(entities, size, () => Promise.resolve(total));
  }
  const rows = await qb.getMany();
  return toConnection(rows, size, () => counter.getCount());
}

/**
 * An edge whose cursor is written only when read: most pages are asked for their nodes alone,
 * and encoding a cursor for every row (JSON, then base64) was 1–2.5% of a subgraph's CPU.
 */
class PageEdge<T extends Keyed> implements Edge<T> {
  constructor(readonly node: T) {}

  get cursor(): string {
    return encodeCursor(this.node);
  }
}

export function toConnection<T extends Keyed>(rows: T[], size: number, count: () => Promise<number>): Connection<T> {
  const page = rows.slice(0, size);
  const edges: Edge<T>[] = page.map((node) => new PageEdge(node));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      get endCursor() {
        return edges.length ? edges[edges.length - 1].cursor : null;
      },
    },
    totalCount: count,
  };
}

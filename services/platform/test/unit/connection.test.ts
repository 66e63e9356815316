import { FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { decodeCursor, encodeCursor, pageSize, selectsField, toConnection } from '../../src/graphql/connection';

describe('keyset connections', () => {
  const rows = [1, 2, 3].map((i) => ({
    id: `00000000-0000-4000-8000-00000000000${i}`,
    createdAt: new Date(`2026-01-0${i}T10:00:00.123Z`),
  }));

  it('round-trips a cursor exactly, to the millisecond', () => {
    expect(decodeCursor(encodeCursor(rows[1]))).toEqual({ createdAt: '2026-01-02T10:00:00.123Z', id: rows[1].id });
  });

  it('rejects a cursor it did not make', () => {
    expect(() => decodeCursor('garbage')).toThrow(/not a cursor from this list/);
    expect(() => decodeCursor(Buffer.from('["not a date","x"]').toString('base64url'))).toThrow(/not a cursor/);
  });

  it('bounds page sizes', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(/from 1 to 100/);
    expect(() => pageSize(101)).toThrow(/from 1 to 100/);
  });

  it('uses the extra row only to tell there is a next page', async () => {
    const page = toConnection(rows, 2, async () => 3);
    expect(page.edges.map((e) => e.node.id)).toEqual([rows[0].id, rows[1].id]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(rows[1]) });
    expect(page.edges.map((e) => e.cursor)).toEqual([encodeCursor(rows[0]), encodeCursor(rows[1])]);
    expect(await page.totalCount()).toBe(3);
    expect(toConnection(rows.slice(0, 2), 2, async () => 2).pageInfo.hasNextPage).toBe(false);
  });
});

describe('selectsField', () => {
  const infoOf = (query: string) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const fragments = Object.fromEntries(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
  };

  it('finds a field among the selected ones, through inline fragments and fragment spreads', () => {
    expect(selectsField(infoOf('{ people { totalCount edges { node { id } } } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ people { edges { node { totalCount } } } }'), 'totalCount')).toBe(false);
    expect(selectsField(infoOf('{ people { ... on PersonConnection { totalCount } } }'), 'totalCount')).toBe(true);
    const spread =
      '{ people { ...Page } } fragment Page on PersonConnection { ...Count } fragment Count on PersonConnection { totalCount }';
    expect(selectsField(infoOf(spread), 'totalCount')).toBe(true);
  });
});

import { Ask, Filter, figureOf, Query, Unit } from './figures';
import { CHILD, WorldPlan } from './world-plan';

/**
 * The all-pairs differencing adversary over every analytics figure. It knows the whole data set
 * (who stands behind each figure it asks for), except which of two worlds, differing in one child,
 * it is looking at. The rule it holds the graph to (issue 13): a difference between two published
 * figures must never isolate 1 up to the threshold of the people (seats, voice checks) behind them
 * when the child is among them; no published figure stands on 1 up to the threshold; no zero
 * stands beside a withheld cell of a partition; and a figure the child is not behind, or that
 * counts things rather than people, is the same in both worlds.
 */

export type Leaf = { value: number | null; suppressed: boolean } | number | null;
/** One answer, flattened: figure path to what was shown. */
export type Flat = Map<string, Leaf>;

export interface Answered {
  query: Query;
  ask: Ask;
  label: string;
  shown: Flat;
}

const ELEMENT_KEYS = [
  'ageBand',
  'cohort',
  'forumKind',
  'answer',
  'status',
  'boundary',
  'ladderLevel',
  'approach',
  'context',
  'mode',
];

/** Flattens a GraphQL answer into figure paths; array elements are named by their key field (organisations by `orgName`). */
export function flatten(data: unknown, orgName: (id: string) => string, prefix = '', out: Flat = new Map()): Flat {
  if (data === null || typeof data !== 'object') {
    out.set(prefix, data as Leaf);
    return out;
  }
  if ('suppressed' in (data as object)) {
    out.set(prefix, data as Leaf);
    return out;
  }
  if (Array.isArray(data)) {
    for (const element of data as Record<string, unknown>[]) {
      const keyField = ELEMENT_KEYS.find((k) => k in element);
      const name = keyField ? String(element[keyField]) : orgName((element.organisation as { id: string }).id);
      const rest = Object.fromEntries(Object.entries(element).filter(([k]) => k !== keyField && k !== 'organisation'));
      flatten(rest, orgName, `${prefix}[${name}]`, out);
    }
    return out;
  }
  for (const [key, value] of Object.entries(data as Record<string, unknown>))
    flatten(value, orgName, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

const isPublished = (leaf: Leaf): boolean =>
  leaf !== null && typeof leaf === 'object' ? !leaf.suppressed && leaf.value !== null : leaf !== null;

/** Every figure's description, or the paths nobody described. */
export function undescribed(answers: Answered[]): string[] {
  const missing = new Set<string>();
  for (const a of answers)
    for (const path of a.shown.keys()) if (!figureOf(a.query, path)) missing.add(`${a.query.name}: ${path}`);
  return [...missing];
}

const cache = new WeakMap<WorldPlan, WeakMap<Answered, Map<string, { unit: Unit; members: Set<string> | null }>>>();
/** Who stands behind one figure of one answer (computed once per plan, answer and path). */
function membersOf(plan: WorldPlan, a: Answered, path: string) {
  if (!cache.has(plan)) cache.set(plan, new WeakMap());
  const byAnswer = cache.get(plan)!;
  if (!byAnswer.has(a)) byAnswer.set(a, new Map());
  const byPath = byAnswer.get(a)!;
  if (!byPath.has(path)) {
    const described = figureOf(a.query, path)!;
    byPath.set(path, {
      unit: described.figure.unit,
      members: described.figure.members?.(plan, a.ask, described.cell) ?? null,
    });
  }
  return byPath.get(path)!;
}

/** A filter that narrows `narrow` no less than `broad` does, on every dimension (so `narrow`'s people are among `broad`'s). */
export function nests(broad: Filter, narrow: Filter): boolean {
  const lists = ['organisationIds', 'cohorts', 'ageBands'] as const;
  return (
    lists.every((d) => !broad[d] || (!!narrow[d] && narrow[d]!.every((v) => (broad[d] as string[]).includes(v)))) &&
    (!broad.context || broad.context === narrow.context)
  );
}
const sameFilter = (x: Filter, y: Filter) => nests(x, y) && nests(y, x);
const samePeriod = (x: Ask, y: Ask) => x.period.fromAgo === y.period.fromAgo && x.period.toAgo === y.period.toAgo;

export interface Finding {
  kind: 'one figure' | 'filter and narrower filter' | 'two periods' | 'zero beside withheld' | 'differs between worlds';
  query: string;
  path: string;
  unit: Unit;
  detail: string;
}

const PEOPLE_UNITS: Unit[] = ['people', 'seats', 'voiceChecks', 'contributions'];
const isChild = (id: string) => id === CHILD || id.endsWith(`:${CHILD}`);

/** One answer on its own: nothing published stands on 1 up to the threshold. */
export function singleFindings(plan: WorldPlan, answers: Answered[], threshold: number): Finding[] {
  return answers.flatMap((a) =>
    [...a.shown].flatMap(([path, leaf]) => {
      const { unit, members } = membersOf(plan, a, path);
      if (!members || !PEOPLE_UNITS.includes(unit) || !isPublished(leaf)) return [];
      return members.size >= 1 && members.size <= threshold
        ? [
            {
              kind: 'one figure' as const,
              query: a.query.name,
              path,
              unit,
              detail: `${a.label}: ${members.size} behind it`,
            },
          ]
        : [];
    }),
  );
}

/**
 * Every pair of answers to the same query that an analyst can subtract: the same period with one
 * filter inside the other (the whole partnership and a filter, a filter and its complement's
 * complement, a list of values and one of them), and the same filter over two periods (adjacent,
 * overlapping, nested). A pair isolates the child when the child is among those behind one figure
 * and not the other, and they are 1 up to the threshold.
 */
export function pairFindings(plan: WorldPlan, answers: Answered[], threshold: number): Finding[] {
  const found: Finding[] = [];
  for (const one of answers)
    for (const other of answers) {
      if (one === other || one.query !== other.query) continue;
      const kind = samePeriod(one.ask, other.ask)
        ? nests(one.ask.filter, other.ask.filter)
          ? ('filter and narrower filter' as const)
          : null
        : sameFilter(one.ask.filter, other.ask.filter)
          ? ('two periods' as const)
          : null;
      if (!kind) continue;
      for (const [path, leaf] of one.shown) {
        const otherLeaf = other.shown.get(path);
        if (otherLeaf === undefined || !isPublished(leaf) || !isPublished(otherLeaf)) continue;
        const { unit, members } = membersOf(plan, one, path);
        if (!members || !PEOPLE_UNITS.includes(unit)) continue;
        const theirs = membersOf(plan, other, path).members!;
        const only = [...members].filter((m) => !theirs.has(m));
        if (only.some(isChild) && only.length <= threshold)
          found.push({
            kind,
            query: one.query.name,
            path,
            unit,
            detail: `${one.label} − ${other.label}: ${only.length}`,
          });
      }
    }
  return found;
}

/** Partitions: when a cell is withheld, no cell of the same partition shows 0. */
export function zeroFindings(answers: Answered[]): Finding[] {
  const found: Finding[] = [];
  for (const a of answers) {
    const groups = new Map<string, Leaf[]>();
    for (const [path, leaf] of a.shown) {
      const described = figureOf(a.query, path);
      if (!described?.figure.partition) continue;
      const group = path.replace(/\[[^\]]*\](?=[^[]*$)/, '[*]');
      groups.set(group, [...(groups.get(group) ?? []), leaf]);
    }
    for (const [group, leaves] of groups) {
      const cells = leaves as { value: number | null; suppressed: boolean }[];
      if (cells.some((c) => c.suppressed) && cells.some((c) => c.value === 0))
        found.push({ kind: 'zero beside withheld', query: a.query.name, path: group, unit: 'people', detail: a.label });
    }
  }
  return found;
}

const familyOf = (a: Answered, path: string) => {
  const { figure } = figureOf(a.query, path)!;
  return figure.alone ? path : (figure.family ?? path.split(/[.[]/)[0]);
};

/**
 * Figures about things are the same in both worlds; so are figures about people in a family (see
 * Figure.family) the child is behind in neither world, neither under the filter nor for the whole
 * partnership in the same period: the complement rules withhold a filtered figure by comparing it
 * with the whole partnership's, so the child may decide whether it is withheld (docs/privacy.md).
 */
export function worldFindings(plans: [WorldPlan, WorldPlan], worlds: [Answered[], Answered[]]): Finding[] {
  const found: Finding[] = [];
  const unfiltered = (answers: Answered[], a: Answered) =>
    answers.find(
      (w) =>
        w.query === a.query &&
        Object.keys(w.ask.filter).length === 0 &&
        w.ask.period.fromAgo === a.ask.period.fromAgo &&
        w.ask.period.toAgo === a.ask.period.toAgo,
    )!;
  worlds[0].forEach((a, i) => {
    const b = worlds[1][i];
    const touched = new Set<string>();
    for (const [plan, answer] of [
      [plans[0], a],
      [plans[1], b],
      [plans[0], unfiltered(worlds[0], a)],
      [plans[1], unfiltered(worlds[1], b)],
    ] as const)
      for (const path of answer.shown.keys()) {
        const { unit, members } = membersOf(plan, answer, path);
        if (unit !== 'things' && [...(members ?? [])].some(isChild)) touched.add(familyOf(answer, path));
      }
    for (const [path, leaf] of a.shown) {
      const { unit } = membersOf(plans[0], a, path);
      if (unit !== 'things' && touched.has(familyOf(a, path))) continue;
      if (JSON.stringify(leaf) !== JSON.stringify(b.shown.get(path)))
        found.push({
          kind: 'differs between worlds',
          query: a.query.name,
          path,
          unit,
          detail: `${a.label}: ${JSON.stringify(leaf)} / ${JSON.stringify(b.shown.get(path))}`,
        });
    }
  });
  return found;
}

/**
 * The same answers as rounding and primary suppression alone would have published them (no
 * complement rule, no differencing test, no secondary suppression): what the adversary must
 * break, to show that the world exercises every query's rules and the attack is real.
 */
export function naive(plan: WorldPlan, answers: Answered[], threshold: number): Answered[] {
  return answers.map((a) => ({
    ...a,
    shown: new Map(
      [...a.shown].map(([path, leaf]) => {
        const { unit, members } = membersOf(plan, a, path);
        if (unit === 'things' || !members) return [path, leaf];
        const small = members.size >= 1 && members.size <= threshold;
        return [
          path,
          small ? { value: null, suppressed: true } : { value: Math.round(members.size / 5) * 5, suppressed: false },
        ];
      }),
    ),
  }));
}

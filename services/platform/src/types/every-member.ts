/**
 * A runtime list of every member of a string union, in an order the caller chooses.
 *
 * Why: the schemas (SDL enums, event schemas) are where a vocabulary is defined, and codegen makes
 * them types, not values. Where code needs the members as values — in an order that means
 * something, such as the bits of a stored mask or the rows of a published partition — the list is
 * written once here, and the compiler refuses it if it misses a member, adds one or repeats one,
 * so the schema stays the one definition.
 *
 *     export const FORUM_KINDS = everyMember<ForumKind>()(['PARTNERSHIP_BOARD', …]);
 */
export function everyMember<Union extends string>() {
  return <const List extends readonly Union[]>(
    list: List & CoversAll<Union, List> & NoRepeats<List>,
  ): readonly Union[] & List => list;
}

/** `unknown` when every member of Union is in List; otherwise an error naming the missing ones. */
type CoversAll<Union extends string, List extends readonly string[]> = [Exclude<Union, List[number]>] extends [never]
  ? unknown
  : { missing: Exclude<Union, List[number]> };

/** `unknown` when no member appears twice in List; otherwise an error naming a repeated one. */
type NoRepeats<List extends readonly string[], Seen extends string = never> = List extends readonly [
  infer Head extends string,
  ...infer Tail extends readonly string[],
]
  ? Head extends Seen
    ? { repeated: Head }
    : NoRepeats<Tail, Seen | Head>
  : unknown;

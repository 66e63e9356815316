import {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { QueryLimits } from '../config/edge-config';

const refused = (message: string, node?: GraphQLError['nodes']) =>
  new GraphQLError(message, { nodes: node, extensions: { code: 'BAD_USER_INPUT' } });

/**
 * Rejects operations nested deeper than `maxDepth`, following fragments. Linear in the document:
 * each fragment's depth is computed once and remembered, so N fragments that each spread the
 * next twice cost N walks, not 2^N (the "fragment bomb" the old rule fell to).
 */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const fragmentDepth = new Map<string, number>();
    const inProgress = new Set<string>();
    const depthOfFragment = (name: string): number => {
      const known = fragmentDepth.get(name);
      if (known !== undefined) return known;
      // A cycle is reported by graphql's own NoFragmentCyclesRule; count it as flat here.
      if (inProgress.has(name)) return 0;
      inProgress.add(name);
      const depth = depthOf(fragments.get(name)?.selectionSet);
      inProgress.delete(name);
      fragmentDepth.set(name, depth);
      return depth;
    };
    /** Levels of fields below `set` (a set of scalars alone is 1). */
    const depthOf = (set: SelectionSetNode | undefined): number => {
      if (!set) return 0;
      let max = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          max = Math.max(max, 1 + depthOf(selection.selectionSet));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(selection.selectionSet));
        } else {
          max = Math.max(max, depthOfFragment(selection.name.value));
        }
      }
      return max;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet);
        if (depth > maxDepth)
          context.reportError(
            refused(`The query is ${depth} levels deep; the limit is ${maxDepth}. Split it into smaller queries.`, [
              node,
            ]),
          );
      },
    };
  };
}

/** graphql-armor reports by throwing "Syntax Error: …" with no code; we report BAD_USER_INPUT instead. */
function armorOptions(advice: string) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(refused(`${error.message.replace(/^Syntax Error: /, '')} ${advice}`)),
    ],
  };
}

/**
 * The validation rules every GraphQL server of the graph runs (gateway and subgraphs): depth
 * (above), and graphql-armor's alias, directive and cost limits (each remembers a fragment's
 * count once computed, so all are linear). Token limits are the parser's own
 * (`parseOptions.maxTokens`), so a huge document is refused while it is being read.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [
    depthLimit(limits.maxDepth),
    maxAliasesRule({ ...armorOptions('Ask for fewer aliased fields.'), n: limits.maxAliases }) as ValidationRule,
    maxDirectivesRule({ ...armorOptions('Use fewer directives.'), n: limits.maxDirectives }) as ValidationRule,
    costLimitRule({
      ...armorOptions('Ask for fewer fields or smaller pages, or split the query.'),
      maxCost: limits.maxCost,
      ignoreIntrospection: false,
    }) as ValidationRule,
  ];
}

/** Aliases graphql-armor does not count (its default allow-list): `__typename`, as alias or field. */
const UNCOUNTED_ALIAS = '__typename';
const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57);
/** Characters read as one run: names, numbers (`-1.5e+3`) and `...`, each run counted as one token. */
const isRunChar = (c: number) => isNameChar(c) || c === 46 || c === 43 || c === 45;
/** Where a comment ends, and where a string's closing quote, escape or unterminated end may be. */
const LINE_END = /[\n\r]/g;
const STRING_STOP = /["\\\n\r]/g;
/** Not tokens: white space, line ends, commas (insignificant in GraphQL) and the BOM. */
const isIgnored = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 0xfeff;

/**
 * Which of two query limits the document `source` is over, read from its text alone in one pass
 * that stops as soon as it knows: no parse, no schema. A server refuses such a document before
 * Apollo parses it (up to `maxTokens` tokens) and runs the full validation, only for the limits to
 * refuse it at the end. It never refuses what the parser and graphql-armor's alias rule accept:
 *
 * - `aliases`: one definition (an operation or a fragment) has more than `maxAliases` aliases. An
 *   alias is a `:` outside parentheses (arguments, variables and their values are all inside some)
 *   and outside strings and comments. The alias rule counts an operation's own aliases too (with
 *   those of the fragments it spreads), and skips `__typename` as this does; a fragment over the
 *   limit is refused through the operation that spreads it, or as unused by graphql's own rules.
 * - `tokens`: more than `maxTokens` tokens, counted as the parser does or fewer (a name, number or
 *   `...` next to another counts once with it), so where this counts too many the parser does.
 */
export function overTextLimits(
  source: string,
  maxAliases: number,
  maxTokens: number,
): 'aliases' | 'tokens' | undefined {
  let parens = 0;
  let braces = 0;
  let aliases = 0;
  let tokens = 0;
  let lastName = '';
  /** The alias before a `:`, until the field name after it is read. */
  let alias: string | undefined;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (isIgnored(c)) {
      i += 1;
      continue;
    }
    if (c === 35 /* # */) {
      LINE_END.lastIndex = i;
      i = LINE_END.exec(source)?.index ?? n;
      continue;
    }
    if ((tokens += 1) > maxTokens) return 'tokens';
    if (c === 34 /* " */) {
      if (source.startsWith('""', i + 1)) {
        // A block string ends at the first """ not escaped as \""".
        i = source.indexOf('"""', i + 3);
        while (i > 0 && source.charCodeAt(i - 1) === 92) i = source.indexOf('"""', i + 3);
        i = i < 0 ? n : i + 3;
      } else {
        // A string ends at its closing quote (or, unterminated, at the line's end); \x skips x.
        STRING_STOP.lastIndex = i + 1;
        for (let stop = STRING_STOP.exec(source); ; stop = STRING_STOP.exec(source)) {
          if (!stop || stop[0] !== '\\') {
            i = stop ? stop.index + 1 : n;
            break;
          }
          STRING_STOP.lastIndex = stop.index + 2;
        }
      }
      continue;
    }
    if (isRunChar(c)) {
      const start = i;
      while (i < n && isRunChar(source.charCodeAt(i))) i += 1;
      if (!isNameStart(c)) continue; // a number or a spread
      lastName = source.slice(start, i);
      if (alias !== undefined) {
        if (alias !== UNCOUNTED_ALIAS && lastName !== UNCOUNTED_ALIAS && (aliases += 1) > maxAliases) return 'aliases';
        alias = undefined;
      }
      continue;
    }
    if (c === 58 /* : */) {
      if (parens === 0) alias = lastName;
    } else if (c === 40 /* ( */) parens += 1;
    else if (c === 41 /* ) */) parens = Math.max(0, parens - 1);
    else if (c === 123 /* { */) braces += 1;
    else if (c === 125 /* } */) {
      braces = Math.max(0, braces - 1);
      if (braces === 0) aliases = 0; // the end of a definition
    }
    i += 1;
  }
  return undefined;
}

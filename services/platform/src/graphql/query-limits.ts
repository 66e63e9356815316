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

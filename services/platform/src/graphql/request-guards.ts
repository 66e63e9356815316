import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  BREAK,
  DocumentNode,
  getNamedType,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  ObjectValueNode,
  OperationDefinitionNode,
  SelectionSetNode,
  typeFromAST,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { Actor } from '../auth/actor';
import { unauthenticated } from '../errors/errors';

/** Postgres accepts any hex UUID; what matters is that nothing else reaches a `uuid` column. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refused before any resolver runs: HTTP 400, as GraphQL over HTTP asks for a request error. */
export const refusedInput = (message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** Text a person could have meant: no NUL byte (Postgres refuses it) and no lone UTF-16 surrogate. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000)';
  if (!(text as string & { isWellFormed(): boolean }).isWellFormed())
    return 'contains a lone UTF-16 surrogate (not valid Unicode)';
  return undefined;
}

/**
 * A path into the variables (`$input.name[1]`), kept as segments while walking and written out
 * only for a refusal: the walk itself allocates nothing per value.
 */
type Segments = (string | number)[];
const pathOf = (segments: Segments): string => segments.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('');

/** The first malformed string in a JSON value, depth-first (each object key before its value), with where it is. */
function firstTextProblem(value: unknown, segments: Segments): [string, string] | undefined {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [pathOf(segments), problem] : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      segments.push(i);
      const found = firstTextProblem(value[i], segments);
      segments.pop();
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return [`${pathOf(segments)} (key)`, keyProblem];
      segments.push(`.${key}`);
      const found = firstTextProblem((value as Record<string, unknown>)[key], segments);
      segments.pop();
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * What the guards learn from a document alone, remembered per parsed document: Apollo hands every
 * request with a query it has seen before the same DocumentNode, so a subgraph (whose queries come
 * from the gateway's plans, a handful of shapes) walks each shape once, not on every request.
 * Under the distinct-caller trail these walks were 3–8% of each subgraph's CPU profile.
 */
const textInDocument = new WeakMap<DocumentNode, string | null>();

/** The first problem in the document's string literals, if any. */
function documentTextProblem(document: DocumentNode): string | undefined {
  let found = textInDocument.get(document);
  if (found === undefined) {
    found = null;
    visit(document, {
      StringValue(node) {
        const problem = textProblem(node.value);
        if (problem && found === null) found = problem;
      },
    });
    textInDocument.set(document, found);
  }
  return found ?? undefined;
}

/** Refuses malformed text anywhere in the variables or in the document's string literals. */
export function checkText(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  const inVariables = firstTextProblem(variables ?? {}, ['$']);
  if (inVariables) throw refusedInput(`The variable ${inVariables[0].replace(/^\$\./, '$')} ${inVariables[1]}.`);
  const inDocument = documentTextProblem(document);
  if (inDocument) throw refusedInput(`A string in the query ${inDocument}.`);
}

const isIdType = (type: GraphQLInputType | null | undefined): boolean => getNamedType(type)?.name === 'ID';

/** An entity representation's id fields (`id`, `…Id`) must be UUIDs too. */
function representationProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'is not an object';
  for (const [key, inner] of Object.entries(value)) {
    if ((key === 'id' || key.endsWith('Id')) && (typeof inner !== 'string' || !UUID.test(inner)))
      return `has ${key} ${JSON.stringify(inner)?.slice(0, 60)}, which is not a UUID`;
  }
  return undefined;
}

function checkValue(type: GraphQLInputType, value: unknown, where: Segments): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(type.ofType, value, where);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(type.ofType, value, [...where, 0]);
    for (let i = 0; i < value.length; i += 1) {
      where.push(i);
      checkValue(type.ofType, value[i], where);
      where.pop();
    }
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return; // graphql's own coercion names this error
    const fields = type.getFields();
    for (const [key, inner] of Object.entries(value as Record<string, unknown>))
      if (fields[key]) {
        where.push(`.${key}`);
        checkValue(fields[key].type, inner, where);
        where.pop();
      }
    return;
  }
  if (type.name === 'ID' && (typeof value !== 'string' || !UUID.test(value)))
    throw refusedInput(`${pathOf(where)} must be a UUID (got ${JSON.stringify(value)?.slice(0, 60)}).`);
  if (type.name === '_Any') {
    const problem = representationProblem(value);
    if (problem) throw refusedInput(`The entity representation ${pathOf(where)} ${problem}.`);
  }
}

/**
 * The ids check's walk of a document, in document order, up to its first refusal: a literal
 * that is not a UUID (refused whatever the variables), or an entity representation written in
 * the query (checked with the request's variables, which it may use).
 */
type IdCheck = { refuse: string } | { representation: ObjectValueNode };
const idChecksBySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, IdCheck[]>>();
const variableTypesBySchema = new WeakMap<
  GraphQLSchema,
  WeakMap<OperationDefinitionNode, [string, GraphQLInputType][]>
>();

function remembered<K extends object, V>(
  bySchema: WeakMap<GraphQLSchema, WeakMap<K, V>>,
  schema: GraphQLSchema,
  key: K,
  make: () => V,
): V {
  let cache = bySchema.get(schema);
  if (!cache) bySchema.set(schema, (cache = new WeakMap()));
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

function idChecksOf(schema: GraphQLSchema, document: DocumentNode): IdCheck[] {
  const checks: IdCheck[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node) {
        if (isIdType(typeInfo.getInputType()) && !UUID.test(node.value)) {
          checks.push({ refuse: `An id in the query must be a UUID (got "${node.value.slice(0, 60)}").` });
          return BREAK;
        }
        return undefined;
      },
      ObjectValue(node) {
        if (getNamedType(typeInfo.getInputType())?.name === '_Any') checks.push({ representation: node });
      },
    }),
  );
  return checks;
}

/**
 * Every `ID` in the graph is a UUID: refuse anything else (and entity representations whose ids
 * are not) before a resolver sends it to a `uuid` column. Linear in the document and variables.
 */
export function checkIds(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): void {
  const variableTypes = remembered(variableTypesBySchema, schema, operation, () =>
    (operation.variableDefinitions ?? []).flatMap((definition): [string, GraphQLInputType][] => {
      const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
      return type ? [[definition.variable.name.value, type]] : [];
    }),
  );
  for (const [name, type] of variableTypes)
    if (variables && name in variables) checkValue(type, variables[name], [`$${name}`]);
  for (const check of remembered(idChecksBySchema, schema, document, () => idChecksOf(schema, document))) {
    if ('refuse' in check) throw refusedInput(check.refuse);
    const problem = representationProblem(valueFromASTUntyped(check.representation, variables));
    if (problem) throw refusedInput(`An entity representation ${problem}.`);
  }
}

/** Every `first` argument of a document, in order: its written value, or the variable it names. */
const firstsInDocument = new WeakMap<DocumentNode, ({ variable: string } | { value: unknown })[]>();

/**
 * Refuses any `first` above `maxFirst`, whether written in the query or passed as a variable,
 * before anything is fetched. Each fragment is looked at once.
 */
export function checkFirst(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  maxFirst: number,
): void {
  let firsts = firstsInDocument.get(document);
  if (!firsts) {
    const found: ({ variable: string } | { value: unknown })[] = [];
    visit(document, {
      Argument(node) {
        if (node.name.value !== 'first') return;
        found.push(
          node.value.kind === Kind.VARIABLE
            ? { variable: node.value.name.value }
            : { value: valueFromASTUntyped(node.value) },
        );
      },
    });
    firstsInDocument.set(document, (firsts = found));
  }
  for (const first of firsts) {
    const value = 'variable' in first ? variables?.[first.variable] : first.value;
    if (typeof value === 'number' && value > maxFirst)
      throw refusedInput(`\`first\` must be from 1 to ${maxFirst} (got ${value}); page with \`after\` instead.`);
  }
}

/** The root fields an operation selects, through inline fragments and fragment spreads. */
function rootFieldNames(document: DocumentNode, set: SelectionSetNode, seen = new Set<string>()): string[] {
  const names: string[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      names.push(...rootFieldNames(document, selection.selectionSet, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment && fragment.kind === Kind.FRAGMENT_DEFINITION)
        names.push(...rootFieldNames(document, fragment.selectionSet, seen));
    }
  }
  return names;
}

/**
 * A wrong or missing operationName is the caller's mistake: 400, never the 500 that
 * @apollo/gateway's executor answers when it meets it.
 */
export function operationNotFound(document: DocumentNode, operationName: string | undefined | null): GraphQLError {
  const names = document.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value ?? '(anonymous)'] : [],
  );
  const message = operationName
    ? `The document has no operation named "${operationName.slice(0, 100)}" (it has ${names.join(', ') || 'none'}).`
    : `The document has ${names.length} operations (${names.join(', ')}): name the one to run in operationName.`;
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
}

/** Federation's own entry points: only the gateway acting for a caller with a verified token uses them. */
const FEDERATION_ROOT_FIELDS = new Set(['_entities', '_service']);

export interface RequestGuardOptions<C> {
  maxFirst: number;
  /** Subgraphs: the caller of `_entities`/`_service` must hold a verified token. */
  actorOf?: (context: C) => Actor | null;
}

/**
 * Checks that need the operation and its variables (so run once it is resolved, before any
 * resolver): well-formed text, UUID ids, the `first` cap, and, in a subgraph, a verified token
 * for `_entities` and `_service`.
 */
export function requestGuardsPlugin<C extends BaseContext>(options: RequestGuardOptions<C>): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          const variables = request.variables as Record<string, unknown> | undefined;
          if (!operation) throw operationNotFound(document, request.operationName);
          if (options.actorOf && !options.actorOf(contextValue)) {
            const federation = rootFieldNames(document, operation.selectionSet).filter((name) =>
              FEDERATION_ROOT_FIELDS.has(name),
            );
            if (federation.length)
              throw unauthenticated(`${federation.join(' and ')} answer only callers with a verified bearer token.`);
          }
          checkText(document, variables);
          checkIds(schema, document, operation, variables);
          checkFirst(document, variables, options.maxFirst);
        },
      };
    },
  };
}

import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  DocumentNode,
  getNamedType,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
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

/** Every string in a JSON value, depth-first, with where it is. Bounded by the request body limit. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i += 1) yield* strings(value[i], `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      yield [`${path} (key)`, key];
      yield* strings(inner, `${path}.${key}`);
    }
}

/** Refuses malformed text anywhere in the variables or in the document's string literals. */
export function checkText(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  for (const [path, text] of strings(variables ?? {}, '$')) {
    const problem = textProblem(text);
    if (problem) throw refusedInput(`The variable ${path.replace(/^\$\./, '$')} ${problem}.`);
  }
  visit(document, {
    StringValue(node) {
      const problem = textProblem(node.value);
      if (problem) throw refusedInput(`A string in the query ${problem}.`);
    },
  });
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

function checkValue(type: GraphQLInputType, value: unknown, where: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(type.ofType, value, where);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => checkValue(type.ofType, item, `${where}[${i}]`));
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return; // graphql's own coercion names this error
    const fields = type.getFields();
    for (const [key, inner] of Object.entries(value as Record<string, unknown>))
      if (fields[key]) checkValue(fields[key].type, inner, `${where}.${key}`);
    return;
  }
  if (type.name === 'ID' && (typeof value !== 'string' || !UUID.test(value)))
    throw refusedInput(`${where} must be a UUID (got ${JSON.stringify(value)?.slice(0, 60)}).`);
  if (type.name === '_Any') {
    const problem = representationProblem(value);
    if (problem) throw refusedInput(`The entity representation ${where} ${problem}.`);
  }
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
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    if (type && variables && name in variables) checkValue(type, variables[name], `$${name}`);
  }
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node) {
        if (isIdType(typeInfo.getInputType()) && !UUID.test(node.value))
          throw refusedInput(`An id in the query must be a UUID (got "${node.value.slice(0, 60)}").`);
      },
      ObjectValue(node) {
        if (getNamedType(typeInfo.getInputType())?.name !== '_Any') return;
        const problem = representationProblem(valueFromASTUntyped(node, variables));
        if (problem) throw refusedInput(`An entity representation ${problem}.`);
      },
    }),
  );
}

/**
 * Refuses any `first` above `maxFirst`, whether written in the query or passed as a variable,
 * before anything is fetched. Each fragment is looked at once.
 */
export function checkFirst(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  maxFirst: number,
): void {
  visit(document, {
    Argument(node) {
      if (node.name.value !== 'first') return;
      const value =
        node.value.kind === Kind.VARIABLE ? variables?.[node.value.name.value] : valueFromASTUntyped(node.value);
      if (typeof value === 'number' && value > maxFirst)
        throw refusedInput(`\`first\` must be from 1 to ${maxFirst} (got ${value}); page with \`after\` instead.`);
    },
  });
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

/**
 * Resolver types generated from each subgraph's SDL (`npm run codegen`, also run by
 * `npm run compose`): services/<name>/src/generated/resolvers.ts, committed. A unit test fails
 * when one is stale. Types with an entity are mapped to it in `mappers` (parent types).
 */
const { readFileSync } = require('node:fs');

const SUBGRAPHS = ['people', 'consultations', 'governance', 'feedback'];
const SHARED_IMPORT = /^# import \* from "@voicegraph\/platform\/sdl\/([a-z-]+)\.graphql"$/gm;

/** The platform's SDL fragments a subgraph imports (the lines its loadSdl reads). */
const sharedOf = (name) =>
  [...readFileSync(`services/${name}/src/schema.graphql`, 'utf8').matchAll(SHARED_IMPORT)].map(
    ([, fragment]) => `services/platform/sdl/${fragment}.graphql`,
  );

const config = (name) => ({
  // The `# import` lines are read by the platform's loadSdl; codegen gets every shared fragment.
  schema: ['tools/codegen/federation.graphql', ...sharedOf(name), `services/${name}/src/schema.graphql`].map(
    (path) => ({ [path]: { skipGraphQLImport: true } }),
  ),
  plugins: ['typescript', 'typescript-resolvers'],
  config: {
    federation: true,
    useIndexSignature: false,
    contextType: '@voicegraph/platform#RequestContext',
    mappers: require(`./services/${name}/src/resolvers/mappers.json`),
    // The platform's DateTime scalar parses input to a Date and serialises a Date or an ISO string.
    scalars: { DateTime: { input: 'Date', output: 'Date | string' }, Date: 'string' },
    enumsAsTypes: true,
    avoidOptionals: false,
    useTypeImports: true,
  },
});

module.exports = {
  overwrite: true,
  generates: Object.fromEntries(SUBGRAPHS.map((name) => [`services/${name}/src/generated/resolvers.ts`, config(name)])),
};

/**
 * The GraphQL error code (`extensions.code`) that `run` throws, or 'no error' when it returns: for
 * unit tests of rules that refuse with GraphQLErrors. Light to import by path
 * (`@voicegraph/testkit/thrown-code`): it loads nothing else.
 */
export const codeOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
};

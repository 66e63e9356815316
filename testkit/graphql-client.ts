export * from '../tools/src/graphql-client';

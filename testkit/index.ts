export * from './config';
export * from './graphql-client';
export * from './kafka-events';
export * from './wait-for';
export * from './stack';
export * from './scratch-schema';
export * from './service';
export * from './sql-spy';

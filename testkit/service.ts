import { RunningService, ServiceDefinition, startService, StartOptions } from '@voicegraph/platform';
import { testServiceConfig } from './config';
import { subgraph, SubgraphName } from './subgraphs';

/**
 * A consumer group per service and test database: a run resumes where the last run on that
 * database stopped, and parallel runs on other databases do not steal each other's partitions.
 */
export const testConsumerGroup = (service: string): string =>
  `voicegraph-${service}-${process.env.VOICEGRAPH_TEST_DATABASE ?? 'test'}`;

/** Starts one subgraph (its definition, or a peer by name) on the test database, the real broker and a free port. */
export async function startTestService(
  which: ServiceDefinition | SubgraphName,
  options: StartOptions = {},
): Promise<RunningService> {
  const definition = await subgraph(which);
  return startService(definition, {
    config: testServiceConfig(definition.name),
    consumerGroupId: testConsumerGroup(definition.name),
    ...options,
  });
}

import { ServiceDefinition } from '@voicegraph/platform';

/**
 * The subgraphs by name, for tests that need another service running as a peer (the people
 * service behind a world, a gateway over several). A test names the peer instead of importing
 * its source, so no test reaches into another service's folder; each is loaded on first use.
 */
const LOADERS = {
  people: async () => (await import('../services/people/src/service')).peopleService,
  consultations: async () => (await import('../services/consultations/src/service')).consultationsService,
  governance: async () => (await import('../services/governance/src/service')).governanceService,
  feedback: async () => (await import('../services/feedback/src/service')).feedbackService,
};

export type SubgraphName = keyof typeof LOADERS;

/** A subgraph's definition, or a definition passed through unchanged. */
export async function subgraph(which: SubgraphName | ServiceDefinition): Promise<ServiceDefinition> {
  return typeof which === 'string' ? LOADERS[which]() : which;
}

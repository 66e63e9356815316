/**
 * Child entry for the analytics benchmark: one subgraph on the scale database with no relay,
 * consumers or jobs, so the benchmark times the analyst's reads alone (nothing else writes while
 * it runs). BENCH_SERVICE = service name.
 */
import { runService } from '@voicegraph/platform';
import { builtServiceDefinition } from './service-definition';

runService(builtServiceDefinition(process.env.BENCH_SERVICE ?? ''), { relay: false, consumers: false, jobs: false });

/**
 * Child entry: one subgraph, exactly as its dist/index.js runs it, but with a consumer group of
 * the bench database so the bench never steals partitions from a developer's system or tests.
 * BENCH_SERVICE = service name.
 */
import { runService } from '@voicegraph/platform';
import { builtServiceDefinition } from './service-definition';

const name = process.env.BENCH_SERVICE ?? '';
runService(builtServiceDefinition(name), {
  consumerGroupId: `voicegraph-${name}-${process.env.BENCH_DATABASE ?? 'vg_bench'}`,
});

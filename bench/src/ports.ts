import { ServiceName } from '@voicegraph/platform';

/** Bench ports, away from the defaults (4000–4004) so a developer's `npm start` can keep running. */
export const BENCH_DATABASE = 'vg_bench';
export const SUBGRAPH_PORTS: Record<ServiceName, number> = {
  people: 4201,
  consultations: 4202,
  governance: 4203,
  feedback: 4204,
};
export const GATEWAY_PORTS = { ours: 4200, untuned: 4210, hive: 4220, 'hive-router': 4240, direct: 4230 } as const;
export type GatewayName = keyof typeof GATEWAY_PORTS;
export const GATEWAY_LABELS: Record<GatewayName, string> = {
  ours: 'ours (shipped gateway)',
  untuned: '@apollo/gateway, defaults',
  hive: 'Hive Gateway',
  'hive-router': 'Hive Gateway, Rust query planner',
  direct: 'direct client (floor)',
};
export const subgraphUrl = (name: ServiceName): string => `http://127.0.0.1:${SUBGRAPH_PORTS[name]}/graphql`;
export const gatewayUrl = (name: GatewayName): string => `http://127.0.0.1:${GATEWAY_PORTS[name]}/graphql`;

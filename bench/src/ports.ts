import { ServiceName } from '@voicegraph/platform';

/**
 * Bench ports, away from the defaults (4000–4004) so a developer's `npm start` can keep running.
 * BENCH_PORT_BASE (4200) and BENCH_DATABASE (vg_bench) let two people bench on one machine.
 */
export const BENCH_DATABASE = process.env.BENCH_DATABASE || 'vg_bench';
const base = Number(process.env.BENCH_PORT_BASE || 4200);
export const SUBGRAPH_PORTS: Record<ServiceName, number> = {
  people: base + 1,
  consultations: base + 2,
  governance: base + 3,
  feedback: base + 4,
};
export const GATEWAY_PORTS = {
  ours: base,
  untuned: base + 10,
  hive: base + 20,
  'hive-router': base + 40,
  direct: base + 30,
} as const;
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

/**
 * @apollo/gateway's constructor starts an OpenTelemetry metrics exporter to Apollo's
 * usage-reporting endpoint (with cloud resource detection, an hourly export and a flush on
 * shutdown) unless `process.env.APOLLO_TELEMETRY_DISABLED` is "true" or "1" at that moment
 * (its dist/index.js reads nothing else). The graph makes no outbound call it was not
 * configured to make, so every gateway the project starts calls this right before
 * `new ApolloGateway(…)`: a deployer has nothing to remember.
 */
export function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

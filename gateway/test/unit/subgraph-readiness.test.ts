import { judgeReadiness, readyUrlOf } from '../../src/subgraph-readiness';

describe('gateway readiness from its subgraphs', () => {
  it('is ready when every subgraph answers ready, naming none', () => {
    const result = judgeReadiness({ people: 'ok', feedback: 'ok' });
    expect(result).toEqual({ ready: true, details: { subgraphs: { people: 'ok', feedback: 'ok' } } });
  });

  it('stays ready with one subgraph down, and names it', () => {
    const result = judgeReadiness({ people: 'ok', feedback: 'unreachable', governance: 'not ready' });
    expect(result.ready).toBe(true);
    expect(result.details.unreachable).toEqual(['feedback', 'governance']);
  });

  it('is not ready when no subgraph answers ready', () => {
    const result = judgeReadiness({ people: 'unreachable', feedback: 'not ready' });
    expect(result.ready).toBe(false);
    expect(result.details.unreachable).toEqual(['people', 'feedback']);
  });

  it("probes a subgraph's /ready next to its GraphQL path", () => {
    expect(readyUrlOf('http://people:4001/graphql')).toBe('http://people:4001/ready');
  });
});

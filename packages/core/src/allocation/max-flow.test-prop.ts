import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FlowNetwork } from "./max-flow.js";

// Small random graphs with integer capacities, as the posting builds them: node 0 the source, the last the sink.
const graphs = fc.integer({ min: 2, max: 12 }).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    edges: fc.array(fc.tuple(fc.nat({ max: nodes - 1 }), fc.nat({ max: nodes - 1 }), fc.integer({ min: 0, max: 5 })), { maxLength: 40 }),
  }),
);

function flows(network: FlowNetwork, edges: readonly (readonly [number, number, number])[]): { total: number; on: number[] } {
  const ids = edges.map(([from, to, capacity]) => network.addEdge(from, to, capacity));
  const total = network.maxFlow(0, network.nodes - 1);
  return { total, on: ids.map((id) => network.flowOn(id)) };
}

describe("max flow (properties)", () => {
  it("gives a network reset and reused the same flow, edge by edge, as a fresh network", () => {
    fc.assert(
      fc.property(graphs, graphs, ({ nodes, edges }, other) => {
        const reused = new FlowNetwork(nodes, 2);
        // Fill it with another graph first (its edges grow the storage), then reset it.
        flows(
          reused,
          other.edges.map(([a, b, c]) => [a % nodes, b % nodes, c] as const),
        );
        reused.reset();
        expect(flows(reused, edges)).toEqual(flows(new FlowNetwork(nodes, 2), edges));
      }),
      { numRuns: 300 },
    );
  });

  it("never sends more along an edge than its capacity, and conserves flow at every inner node", () => {
    fc.assert(
      fc.property(graphs, ({ nodes, edges }) => {
        const { total, on } = flows(new FlowNetwork(nodes, 2), edges);
        const net = new Array<number>(nodes).fill(0);
        edges.forEach(([from, to, capacity], k) => {
          expect(on[k]).toBeGreaterThanOrEqual(0);
          expect(on[k]).toBeLessThanOrEqual(capacity);
          net[from] = net[from]! - on[k]!;
          net[to] = net[to]! + on[k]!;
        });
        for (let v = 1; v < nodes - 1; v += 1) expect(net[v]).toBe(0);
        expect(net[nodes - 1]).toBe(total);
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { GraphPlacements } from '../../../../src/main/pictures';
import type { EntityGraph, GraphOptions } from '../../../../src/shared/model';

/** A ring of `n` people, each linked to the next, numbered from `from`. */
function ring(n: number, from = 0): EntityGraph {
  const ids = Array.from({ length: n }, (_, i) => `p${from + i}`);
  return {
    nodes: ids.map((id, i) => ({ id, name: `Person ${id}`, type: 'PERSON', mentions: n - i, strength: 2 })),
    edges: ids.map((id, i) => ({ source: id, target: ids[(i + 1) % n], weight: 1 + (i % 3), evidence: [] })),
    totalNodes: n,
    totalEdges: n,
  };
}

const OPTIONS: GraphOptions = { maxNodes: 90, aspect: 1.6 };
const at = (graph: EntityGraph) => new Map(graph.nodes.map((n) => [n.id, [n.x, n.y]]));

describe('where the graph places its names', () => {
  it('places every node when asked for a stage, and leaves a graph asked for without one as it was', () => {
    const placements = new GraphPlacements();
    const placed = placements.place(ring(30), OPTIONS);
    for (const n of placed.nodes) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
      expect(n.r).toBeGreaterThan(0);
    }
    expect(placements.place(ring(30), { maxNodes: 90 }).nodes[0].x).toBeUndefined();
  });

  it('draws the same graph asked for again after a change at the same places', () => {
    const placements = new GraphPlacements();
    const first = at(placements.place(ring(40), OPTIONS));
    expect(at(placements.place(ring(40), OPTIONS))).toEqual(first);
  });

  it('keeps the names it had near where they were and starts a newcomer beside the names it is linked to', () => {
    const placements = new GraphPlacements();
    const before = at(placements.place(ring(40), OPTIONS));
    const grown = ring(40);
    grown.nodes.push({ id: 'new', name: 'Newcomer', type: 'PERSON', mentions: 1, strength: 1 });
    grown.edges.push({ source: 'new', target: 'p0', weight: 1, evidence: [] });
    const after = placements.place(grown, OPTIONS);
    const spread = Math.max(...[...before.values()].map(([x, y]) => Math.hypot(x ?? 0, y ?? 0)));
    for (const [id, [x, y]] of before) {
      const now = after.nodes.find((n) => n.id === id)!;
      expect(Math.hypot((now.x ?? 0) - (x ?? 0), (now.y ?? 0) - (y ?? 0))).toBeLessThan(0.2 * spread);
    }
    const newcomer = after.nodes.find((n) => n.id === 'new')!;
    const p0 = after.nodes.find((n) => n.id === 'p0')!;
    expect(Math.hypot((newcomer.x ?? 0) - (p0.x ?? 0), (newcomer.y ?? 0) - (p0.y ?? 0))).toBeLessThan(0.5 * spread);
  });
});

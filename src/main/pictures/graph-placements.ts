import { type Placement, placeNodes } from '../../shared/graph-layout';
import type { EntityGraph, GraphOptions } from '../../shared/model';

/** Graphs whose places are remembered: one a combination of filters a person switches between. */
const KEPT = 8;

/**
 * The force layout of the notebook's graphs, run here (the notebook's thread) rather than in the
 * window, and remembered for each choice of kinds, strength, size and level: a graph asked for again
 * after a change to the notebook starts from where its names were, so a small change redraws at once
 * and the picture does not jump (see placeNodes).
 */
export class GraphPlacements {
  private readonly kept = new Map<string, Placement>();

  place(graph: EntityGraph, options: GraphOptions): EntityGraph {
    const aspect = options.aspect;
    if (!aspect || graph.nodes.length === 0) return graph;
    const key = JSON.stringify([options.articleId, options.types, options.minWeight, options.maxNodes, options.maxEdges, options.level, Math.round(aspect * 10)]);
    const nodes = placeNodes(graph, aspect, this.kept.get(key));
    this.kept.delete(key);
    if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(key, new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }])));
    return { ...graph, nodes };
  }
}

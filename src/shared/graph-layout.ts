import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { EntityGraph, GraphNode } from './model';

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  r: number;
}

/** Where a layout put each node before, by id: a graph drawn again after a small change starts from there. */
export type Placement = Map<string, { x: number; y: number }>;

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

export const MIN_RADIUS = 6;
export const MAX_RADIUS = 22;

/** A node's radius: by the square root of its mentions, so area follows the count. */
export function radius(mentions: number, most: number): number {
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(mentions / Math.max(1, most));
}

/**
 * Where each node goes: a force layout (d3-force) run to rest before drawing, so the picture does not
 * wobble and the same graph always lands the same way (d3 seeds its randomness). The canvas
 * (cytoscape) only draws at these places; its own layouts are slower at thousands of nodes.
 *
 * With a `previous` placement that holds every node, the graph keeps it as it was (a small change
 * redraws the same picture, at no cost); when it holds most of them, those stay where they were, the
 * newcomers start beside the names they are linked to, and a short, gentle run settles them. Otherwise
 * the layout runs from the start.
 */
export function placeNodes(graph: EntityGraph, aspect = 1.4, previous?: Placement): PlacedNode[] {
  const most = Math.max(1, ...graph.nodes.map((n) => n.mentions));
  // Names with no link in view sit in an outer ring rather than drift off.
  const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  const sim: SimNode[] = graph.nodes.map((n) => ({ id: n.id, r: radius(n.mentions, most), ...previous?.get(n.id) }));
  const known = sim.filter((s) => s.x !== undefined).length;
  const placed = (s: SimNode) => ({ x: s.x ?? 0, y: s.y ?? 0, r: s.r });
  if (known === sim.length && known > 0) return graph.nodes.map((n, i) => ({ ...n, ...placed(sim[i]) }));
  const warm = known >= 0.75 * sim.length && known > 0;
  if (warm) startBesideLinks(sim, graph);
  // The most mentioned are named on the drawing: they keep room for a name around them.
  const named = new Set([...graph.nodes].sort((a, b) => b.mentions - a.mentions).slice(0, 24).map((n) => n.id));
  // The pull to the centre is weaker along the stage's longer side, so the drawing takes its shape.
  const wide = Math.sqrt(Math.max(0.4, Math.min(2.5, aspect)));
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
  const links: Array<SimulationLinkDatum<SimNode> & { weight: number }> = graph.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const simulation = forceSimulation(sim)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode> & { weight: number }>(links)
        .id((d) => d.id)
        .distance((l) => 70 + 50 * (1 - l.weight / maxWeight))
        .strength((l) => 0.25 + 0.6 * (l.weight / maxWeight)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-360))
    // Thousands of names are a cloud to zoom into, not a picture to label: the costly collision step is left out.
    .force('collide', sim.length > 600 ? null : forceCollide<SimNode>((d) => d.r + (named.has(d.id) ? 48 : 22)))
    .force('x', forceX<SimNode>(0).strength((d) => (linked.has(d.id) ? 0.075 : 0.14) / wide))
    .force('y', forceY<SimNode>(0).strength((d) => (linked.has(d.id) ? 0.075 : 0.14) * wide))
    .stop();
  // A few hundred names settle in d3's usual 300 steps; thousands get fewer, larger steps so the
  // picture is ready in about a second (each step costs about the number of names and links).
  const work = sim.length + links.length;
  // A warm start settles the newcomers in a few gentle steps instead of shaking the whole picture again.
  const steps = warm ? Math.max(10, Math.min(60, Math.round(150_000 / Math.max(1, work)))) : Math.max(40, Math.min(300, Math.round(600_000 / Math.max(1, work))));
  if (warm) simulation.alpha(0.08);
  simulation.alphaDecay(1 - (simulation.alphaMin() / simulation.alpha()) ** (1 / steps));
  for (let i = 0; i < steps; i++) simulation.tick();
  if (!warm) drawIn(sim);
  return graph.nodes.map((n, i) => ({ ...n, ...placed(sim[i]) }));
}

/** Newcomers to a placement start at the middle of the placed names they are linked to, or at the edge of the crowd. */
function startBesideLinks(sim: SimNode[], graph: EntityGraph): void {
  const byId = new Map(sim.map((s) => [s.id, s]));
  const reach = Math.max(1, ...sim.map((s) => Math.hypot(s.x ?? 0, s.y ?? 0)));
  const linked = new Map<string, SimNode[]>();
  for (const e of graph.edges) {
    for (const [end, other] of [[e.source, e.target], [e.target, e.source]]) {
      const o = byId.get(other);
      if (o?.x === undefined) continue;
      const list = linked.get(end) ?? [];
      list.push(o);
      linked.set(end, list);
    }
  }
  sim.forEach((s, i) => {
    if (s.x !== undefined) return;
    const near = linked.get(s.id) ?? [];
    // A fixed turn a newcomer, so two newcomers beside the same names do not start on one spot.
    const turn = i * 2.399963;
    if (near.length > 0) {
      s.x = near.reduce((t, o) => t + (o.x ?? 0), 0) / near.length + 30 * Math.cos(turn);
      s.y = near.reduce((t, o) => t + (o.y ?? 0), 0) / near.length + 30 * Math.sin(turn);
    } else {
      s.x = reach * Math.cos(turn);
      s.y = reach * Math.sin(turn);
    }
  });
}

/**
 * Brings the few names flung far out (a pair linked only to each other, a name with no link in view)
 * in towards the rest, so fitting the whole graph on screen does not shrink the crowd in the middle
 * to half its size for their sake. Their direction from the centre is kept.
 */
function drawIn(sim: SimNode[]): void {
  if (sim.length < 12) return;
  const distances = sim.map((s) => Math.hypot(s.x ?? 0, s.y ?? 0)).sort((a, b) => a - b);
  const limit = 1.1 * distances[Math.floor(0.9 * (distances.length - 1))];
  for (const s of sim) {
    const d = Math.hypot(s.x ?? 0, s.y ?? 0);
    if (d <= limit) continue;
    const to = limit + (d - limit) * 0.2;
    s.x = ((s.x ?? 0) * to) / d;
    s.y = ((s.y ?? 0) * to) / d;
  }
}

import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { GraphEdge } from '../../../shared/model';
import { typeClass } from '../entities/types';
import { graphStyle, readColours } from './graph-style';
import type { PlacedNode } from './layout';

export type GraphSelection = { node: string } | { edge: GraphEdge } | null;

interface Props {
  nodes: PlacedNode[];
  edges: GraphEdge[];
  selection: GraphSelection;
  /** Nodes matching the search box, drawn lit; the rest fade. Null: no search. */
  found: Set<string> | null;
  onSelect: (selection: GraphSelection) => void;
}

/** What the view asks of the drawing: a picture of it for a figure. */
export interface GraphCanvasHandle {
  /** The whole graph as a PNG data URL in the light colours (it goes on paper), at most `width` pixels wide. */
  png(width: number): string | null;
}

const edgeId = (e: GraphEdge) => `${e.source}\n${e.target}`;
/** Names always shown, the most mentioned, as a map names its largest towns: about one per 150×150 pixels of canvas. */
const labelRoom = (host: HTMLElement | null) => Math.round(Math.min(30, Math.max(8, ((host?.clientWidth ?? 600) * (host?.clientHeight ?? 600)) / 22_000)));

/**
 * The graph drawn on a canvas by cytoscape.js, at the places the force layout gave, so thousands of
 * nodes and tens of thousands of edges pan and zoom smoothly. Nodes are sized by mentions and coloured
 * by kind as in the sidebar, edges thick by shared sentences. Wheel zooms, dragging pans, a click picks
 * a node or an edge, a double click on the background fits the whole graph. The list beside the
 * drawing is the keyboard's and the screen reader's way to the same names and links.
 */
export const GraphCanvas = forwardRef<GraphCanvasHandle, Props>(function GraphCanvas({ nodes, edges, selection, found, onSelect }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  // The instance drawn, as state too: picking and fading apply once it exists.
  const [drawn, setDrawn] = useState<Core | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const byId = useMemo(() => new Map(edges.map((e) => [edgeId(e), e])), [edges]);
  const ranked = useMemo(() => [...nodes].sort((a, b) => b.mentions - a.mentions).map((n) => n.id), [nodes]);

  useImperativeHandle(ref, () => ({
    png(width) {
      const instance = cy.current;
      const host = box.current;
      if (!instance || !host) return null;
      const bounds = instance.elements().boundingBox();
      const unit = 1 / Math.max(0.05, instance.zoom());
      // Drawn in the light palette whatever the window's, then the window's colours are put back.
      host.classList.add('light-colours');
      const light = readColours(host);
      host.classList.remove('light-colours');
      const shape = { nodes: instance.nodes().length, edges: instance.edges().length };
      instance.style(graphStyle(light, unit, shape));
      const png = instance.png({ output: 'base64uri', full: true, bg: light.page, scale: Math.min(4, width / Math.max(1, bounds.w)) });
      instance.style(graphStyle(readColours(host), unit, shape));
      return png;
    },
  }));

  // One cytoscape instance per graph drawn; a change of selection or search only changes classes.
  useEffect(() => {
    const host = box.current;
    if (!host) return;
    const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
    const elements: ElementDefinition[] = [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, name: n.name, r: n.r }, position: { x: n.x, y: n.y }, classes: typeClass(n.type) })),
      ...edges.map((e) => ({ group: 'edges' as const, data: { id: edgeId(e), source: e.source, target: e.target, weight: e.weight / maxWeight } })),
    ];
    const big = nodes.length > 400;
    const shape = { nodes: nodes.length, edges: edges.length };
    const instance = cytoscape({
      container: host,
      elements,
      layout: { name: 'preset', fit: true, padding: 40 },
      minZoom: 0.02,
      maxZoom: 8,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
      // Large graphs pan and zoom as one picture and are redrawn sharp when the view rests.
      textureOnViewport: big,
      hideEdgesOnViewport: false,
    });
    let styledAt = 0;
    const restyle = (force = true) => {
      // Drawing units per screen pixel with the whole graph in view, so lines and names start readable.
      const unit = 1 / Math.max(0.05, instance.zoom());
      // Restyling thousands of elements is costly: a fit that barely changed the scale keeps the style.
      if (!force && Math.abs(unit - styledAt) < 0.08 * styledAt) return;
      styledAt = unit;
      instance.style(graphStyle(readColours(host), unit, shape));
    };
    restyle();
    instance.on('tap', 'node', (event) => select.current({ node: event.target.id() }));
    instance.on('tap', 'edge', (event) => {
      const edge = byId.get(event.target.id());
      if (edge) select.current({ edge });
    });
    instance.on('tap', (event) => {
      if (event.target === instance) select.current(null);
    });
    instance.on('dbltap', (event) => {
      if (event.target === instance) instance.animate({ fit: { eles: instance.elements(), padding: 40 } }, { duration: 200 });
    });
    // The window's light and dark follow the system: the canvas repaints in the new colours.
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const repaint = () => restyle();
    scheme.addEventListener('change', repaint);
    // The stage changes size with the window and the panes: the canvas follows, and until the person
    // has moved the view, the whole graph is fitted again (and lines and names resized to match).
    let moved = false;
    instance.on('tapstart scrollzoom', () => {
      moved = true;
    });
    const resized = new ResizeObserver(() => {
      instance.resize();
      if (moved) return;
      instance.fit(undefined, 40);
      restyle(false);
    });
    resized.observe(host);
    cy.current = instance;
    setDrawn(instance);
    return () => {
      resized.disconnect();
      scheme.removeEventListener('change', repaint);
      cy.current = null;
      instance.destroy();
    };
  }, [nodes, edges, byId]);

  useEffect(() => {
    const instance = drawn;
    if (!instance || instance.destroyed()) return;
    const focus = selection && 'node' in selection ? selection.node : null;
    const focusEdge = selection && 'edge' in selection ? edgeId(selection.edge) : null;
    instance.batch(() => {
      // Only what carries a mark is cleared: a fresh graph of thousands has none.
      instance.elements('.picked, .near, .lit, .faded, .labelled').removeClass('picked near lit faded labelled');
      // Names for the largest nodes, unless something is picked or searched: then for what is.
      if (!focus && !focusEdge && !found) for (const id of ranked.slice(0, labelRoom(box.current))) instance.getElementById(id).addClass('labelled');
      if (focus) {
        const node = instance.getElementById(focus);
        const around = node.closedNeighborhood();
        node.addClass('picked labelled');
        around.nodes().addClass('near');
        // Its strongest links are named; a name with dozens of links would bury the drawing in labels.
        const strongest = node.connectedEdges().sort((a, b) => Number(b.data('weight')) - Number(a.data('weight')));
        strongest.slice(0, 8).connectedNodes().addClass('labelled');
        node.connectedEdges().addClass('lit');
        instance.elements().difference(around).addClass('faded');
      } else if (focusEdge) {
        const edge = instance.getElementById(focusEdge);
        edge.addClass('lit');
        edge.connectedNodes().addClass('picked labelled');
        instance.elements().difference(edge.union(edge.connectedNodes())).addClass('faded');
      } else if (found) {
        const lit = instance.nodes().filter((n) => found.has(n.id()));
        lit.addClass('labelled');
        instance.elements().difference(lit.union(lit.edgesWith(lit))).addClass('faded');
      }
    });
  }, [drawn, selection, found, ranked]);

  return (
    <div
      ref={box}
      className="g-canvas"
      role="img"
      aria-label={`Entity graph of ${nodes.length} names and ${edges.length} links; the list beside it holds the same names and links`}
      data-nodes={nodes.length}
      data-edges={edges.length}
    />
  );
});

import cytoscape, { type Core } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { GraphEdge } from '../../../shared/model';
import { typeClass } from '../entities/types';
import { graphStyle, linkStyle, readColours } from './graph-style';
import type { PlacedNode } from '../../../shared/graph-layout';
import { LinkLayer, type View } from './link-layer';

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
  png(width: number): Promise<string | null>;
}

const edgeId = (e: GraphEdge) => `${e.source}\n${e.target}`;
/** Names always shown, the most mentioned, as a map names its largest towns: about one per 150×150 pixels of canvas. */
const labelRoom = (host: HTMLElement | null) => Math.round(Math.min(30, Math.max(8, ((host?.clientWidth ?? 600) * (host?.clientHeight ?? 600)) / 22_000)));
const PADDING = 40;

/** The zoom and pan that fit every node in a box of `width`×`height` pixels, as cytoscape's fit would. */
function fitted(nodes: PlacedNode[], width: number, height: number): View {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    x1 = Math.min(x1, n.x - n.r);
    y1 = Math.min(y1, n.y - n.r);
    x2 = Math.max(x2, n.x + n.r);
    y2 = Math.max(y2, n.y + n.r);
  }
  const zoom = Math.min(8, Math.max(0.02, Math.min((width - 2 * PADDING) / Math.max(1, x2 - x1), (height - 2 * PADDING) / Math.max(1, y2 - y1))));
  return { zoom, pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 } };
}

/**
 * The graph drawn on canvases at the places the force layout gave, so thousands of nodes and tens of
 * thousands of edges pan and zoom smoothly: cytoscape.js draws the names (sized by mentions, coloured by
 * kind as in the sidebar) and handles zoom, pan and picking; the links, thick by shared sentences, are
 * drawn beneath in a few strokes (LinkLayer), which costs a fraction of a cytoscape element each. Wheel
 * zooms, dragging pans, a click picks a node or the line nearest the pointer, a double click on the
 * background fits the whole graph. The list beside the drawing is the keyboard's and the screen
 * reader's way to the same names and links.
 */
export const GraphCanvas = forwardRef<GraphCanvasHandle, Props>(function GraphCanvas({ nodes, edges, selection, found, onSelect }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  // The instance drawn and its links, as state too: picking and fading apply once they exist.
  const [drawn, setDrawn] = useState<{ instance: Core; links: LinkLayer; repaint: () => void } | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const ranked = useMemo(() => [...nodes].sort((a, b) => b.mentions - a.mentions).map((n) => n.id), [nodes]);
  const unitRef = useRef(1);

  useImperativeHandle(ref, () => ({
    async png(width) {
      const instance = cy.current;
      const host = box.current;
      if (!instance || !host || !drawn) return null;
      const bounds = instance.elements().boundingBox();
      const unit = unitRef.current;
      // Drawn in the light palette whatever the window's, then the window's colours are put back.
      host.classList.add('light-colours');
      const light = readColours(host);
      host.classList.remove('light-colours');
      const shape = { nodes: nodes.length, edges: edges.length };
      const scale = Math.min(4, width / Math.max(1, bounds.w));
      instance.style(graphStyle(light, unit, shape));
      const names = instance.png({ output: 'base64uri', full: true, scale, maxWidth: Math.ceil(bounds.w * scale), maxHeight: Math.ceil(bounds.h * scale) });
      instance.style(graphStyle(readColours(host), unit, shape));
      // The links first, on the paper's colour, then the names over them, as on screen.
      const picture = document.createElement('canvas');
      picture.width = Math.ceil(bounds.w * scale);
      picture.height = Math.ceil(bounds.h * scale);
      const context = picture.getContext('2d');
      if (!context) return null;
      context.fillStyle = light.page;
      context.fillRect(0, 0, picture.width, picture.height);
      drawn.links.draw(context, { zoom: scale, pan: { x: -bounds.x1 * scale, y: -bounds.y1 * scale } }, linkStyle(light, unit, edges.length));
      const image = new Image();
      image.src = names;
      await image.decode();
      context.drawImage(image, 0, 0, picture.width, picture.height);
      return picture.toDataURL('image/png');
    },
  }));

  // One cytoscape instance per graph drawn; a change of selection or search only changes classes and marks.
  useEffect(() => {
    const host = box.current;
    if (!host) return;
    const shape = { nodes: nodes.length, edges: edges.length };
    // Fitted and styled from the start: a restyle or a fit after the first drawing would do the work twice.
    const view = fitted(nodes, host.clientWidth || 600, host.clientHeight || 400);
    let colours = readColours(host);
    let unit = 1 / Math.max(0.05, view.zoom);
    const instance = cytoscape({
      container: host,
      elements: nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, name: n.name, r: n.r }, position: { x: n.x, y: n.y }, classes: typeClass(n.type) })),
      style: graphStyle(colours, unit, shape),
      // At the places given (cytoscape would otherwise lay them out on a grid), fitted above.
      layout: { name: 'preset', fit: false },
      zoom: view.zoom,
      pan: view.pan,
      minZoom: 0.02,
      maxZoom: 8,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
    });
    const links = new LinkLayer(edges, nodes);
    const lines = document.createElement('canvas');
    lines.className = 'g-lines';
    lines.setAttribute('aria-hidden', 'true');
    host.prepend(lines);
    let queued = 0;
    const paint = () => {
      queued = 0;
      const scale = devicePixelRatio || 1;
      const width = Math.round(host.clientWidth * scale);
      const height = Math.round(host.clientHeight * scale);
      if (lines.width !== width || lines.height !== height) {
        lines.width = width;
        lines.height = height;
      }
      const context = lines.getContext('2d');
      if (!context) return;
      context.clearRect(0, 0, width, height);
      links.draw(context, { zoom: instance.zoom(), pan: instance.pan() }, linkStyle(colours, unit, edges.length), scale);
    };
    const repaint = () => {
      if (!queued) queued = requestAnimationFrame(paint);
    };
    let styledAt = unit;
    const restyle = (force = true) => {
      // Drawing units per screen pixel with the whole graph in view, so lines and names start readable.
      const now = 1 / Math.max(0.05, instance.zoom());
      // Restyling thousands of elements is costly: a fit that barely changed the scale keeps the style.
      if (!force && Math.abs(now - styledAt) < 0.08 * styledAt) return;
      styledAt = unit = unitRef.current = now;
      colours = readColours(host);
      instance.style(graphStyle(colours, unit, shape));
      repaint();
    };
    unitRef.current = unit;
    instance.on('viewport', repaint);
    instance.on('tap', 'node', (event) => select.current({ node: event.target.id() }));
    instance.on('tap', (event) => {
      if (event.target !== instance) return;
      // The background: the line under the pointer (within a few pixels), or nothing.
      const edge = links.nearest(event.position.x, event.position.y, 4 / instance.zoom(), linkStyle(colours, unit, edges.length));
      select.current(edge ? { edge } : null);
    });
    instance.on('dbltap', (event) => {
      if (event.target === instance) instance.animate({ fit: { eles: instance.elements(), padding: PADDING } }, { duration: 200 });
    });
    // The window's light and dark follow the system: the canvas repaints in the new colours.
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const recolour = () => restyle();
    scheme.addEventListener('change', recolour);
    // The stage changes size with the window and the panes: the canvas follows, and until the person
    // has moved the view, the whole graph is fitted again (and lines and names resized to match).
    let moved = false;
    instance.on('tapstart scrollzoom', () => {
      moved = true;
    });
    const resized = new ResizeObserver(() => {
      instance.resize();
      repaint();
      if (moved) return;
      instance.fit(undefined, PADDING);
      restyle(false);
    });
    resized.observe(host);
    repaint();
    cy.current = instance;
    setDrawn({ instance, links, repaint });
    return () => {
      resized.disconnect();
      scheme.removeEventListener('change', recolour);
      cancelAnimationFrame(queued);
      cy.current = null;
      instance.destroy();
      lines.remove();
    };
  }, [nodes, edges]);

  useEffect(() => {
    if (!drawn || drawn.instance.destroyed()) return;
    const { instance, links, repaint } = drawn;
    const focus = selection && 'node' in selection ? selection.node : null;
    const focusEdge = selection && 'edge' in selection ? edgeId(selection.edge) : null;
    instance.batch(() => {
      // Only what carries a mark is cleared: a fresh graph of thousands has none.
      instance.nodes('.picked, .near, .faded, .labelled').removeClass('picked near faded labelled');
      // Names for the largest nodes, unless something is picked or searched: then for what is.
      if (!focus && !focusEdge && !found) for (const id of ranked.slice(0, labelRoom(box.current))) instance.getElementById(id).addClass('labelled');
      if (focus) {
        const node = instance.getElementById(focus);
        node.addClass('picked labelled');
        // Its strongest links are named; a name with dozens of links would bury the drawing in labels.
        const own = edges.filter((e) => e.source === focus || e.target === focus);
        const near = new Set(own.flatMap((e) => [e.source, e.target]));
        const strongest = new Set(own.slice(0, 8).flatMap((e) => [e.source, e.target]));
        instance.nodes().forEach((n) => {
          if (n.id() === focus) return;
          if (near.has(n.id())) n.addClass(strongest.has(n.id()) ? 'near labelled' : 'near');
          else n.addClass('faded');
        });
        links.mark((e) => e.source === focus || e.target === focus);
      } else if (focusEdge && selection && 'edge' in selection) {
        const ends = new Set([selection.edge.source, selection.edge.target]);
        instance.nodes().forEach((n) => {
          n.addClass(ends.has(n.id()) ? 'picked labelled' : 'faded');
        });
        links.mark((e) => edgeId(e) === focusEdge);
      } else if (found) {
        instance.nodes().forEach((n) => {
          n.addClass(found.has(n.id()) ? 'labelled' : 'faded');
        });
        links.mark((e) => found.has(e.source) && found.has(e.target) ? null : false);
      } else links.mark(() => null);
    });
    repaint();
  }, [drawn, edges, selection, found, ranked]);

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

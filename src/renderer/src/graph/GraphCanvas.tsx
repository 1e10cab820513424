import cytoscape, { type Core } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { GraphEdge } from '../../../shared/model';
import { typeClass } from '../entities/types';
import type { PlacedNode } from '../../../shared/graph-layout';
import { graphMarks } from './graph-marks';
import { graphStyle, linkStyle, readColours } from './graph-style';
import { Ground } from './ground';
import type { View } from './link-layer';

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

/** Names always shown, the most mentioned, as a map names its largest towns: about one per 150×150 pixels of canvas. */
const labelRoom = (host: HTMLElement | null) => Math.round(Math.min(30, Math.max(8, ((host?.clientWidth ?? 600) * (host?.clientHeight ?? 600)) / 22_000)));
const PADDING = 40;
/** Above this many names, cytoscape holds only those written on the drawing; the crowd is drawn as dots beneath. */
export const CROWD = 400;
/** Most names a search writes on a crowd's drawing (the others found stay lit dots). */
const CROWD_LABELS = 80;

type Box = { x1: number; y1: number; x2: number; y2: number };

/** The box around every node, in drawing units. */
function nodeBounds(nodes: PlacedNode[]): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const n of nodes) {
    box.x1 = Math.min(box.x1, n.x - n.r);
    box.y1 = Math.min(box.y1, n.y - n.r);
    box.x2 = Math.max(box.x2, n.x + n.r);
    box.y2 = Math.max(box.y2, n.y + n.r);
  }
  return box;
}

/** The zoom and pan that fit a box in `width`×`height` pixels, as cytoscape's fit would. */
function fitted(box: Box, width: number, height: number): View {
  const zoom = Math.min(8, Math.max(0.02, Math.min((width - 2 * PADDING) / Math.max(1, box.x2 - box.x1), (height - 2 * PADDING) / Math.max(1, box.y2 - box.y1))));
  return { zoom, pan: { x: width / 2 - (zoom * (box.x1 + box.x2)) / 2, y: height / 2 - (zoom * (box.y1 + box.y2)) / 2 } };
}

/**
 * The graph drawn on canvases at the places the force layout gave, so thousands of nodes and tens of
 * thousands of edges pan and zoom smoothly. cytoscape.js draws the names (sized by mentions, coloured
 * by kind as in the sidebar) and handles zoom, pan and picking; the links, thick by shared sentences,
 * are drawn beneath in a few strokes (LinkLayer). Above CROWD names, cytoscape holds only the names
 * written on the drawing and the crowd is drawn beneath as dots (DotLayer): each cytoscape element
 * costs its style, bounds and textures, a dot or a line only its strokes. Wheel zooms, dragging pans, a
 * click picks a node, or else the dot or line nearest the pointer; a double click on the background
 * fits the whole graph. The list beside the drawing is the keyboard's and the screen reader's way to
 * the same names and links.
 */
export const GraphCanvas = forwardRef<GraphCanvasHandle, Props>(function GraphCanvas({ nodes, edges, selection, found, onSelect }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  // The instance drawn and what lies beneath it, as state too: picking and fading apply once they exist.
  const [drawn, setDrawn] = useState<{ instance: Core; ground: Ground; repaint: () => void } | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const ranked = useMemo(() => [...nodes].sort((a, b) => b.mentions - a.mentions).map((n) => n.id), [nodes]);
  const crowd = nodes.length > CROWD;
  const unitRef = useRef(1);

  useImperativeHandle(ref, () => ({
    async png(width) {
      const instance = cy.current;
      const host = box.current;
      if (!instance || !host || !drawn) return null;
      // The whole graph: the names cytoscape holds and, for a crowd, the dots beneath.
      const names = instance.elements().boundingBox();
      const all = nodeBounds(nodes);
      const bounds = { x1: Math.min(all.x1, names.x1), y1: Math.min(all.y1, names.y1), x2: Math.max(all.x2, names.x2), y2: Math.max(all.y2, names.y2) };
      const unit = unitRef.current;
      // Drawn in the light palette whatever the window's, then the window's colours are put back.
      host.classList.add('light-colours');
      const light = readColours(host);
      host.classList.remove('light-colours');
      const shape = { nodes: nodes.length, edges: edges.length };
      const scale = Math.min(4, width / Math.max(1, bounds.x2 - bounds.x1));
      instance.style(graphStyle(light, unit, shape));
      const written = instance.png({ output: 'base64uri', full: true, scale, maxWidth: Math.ceil(names.w * scale), maxHeight: Math.ceil(names.h * scale) });
      instance.style(graphStyle(readColours(host), unit, shape));
      // The links and dots first, on the paper's colour, then the names over them, as on screen.
      const picture = document.createElement('canvas');
      picture.width = Math.ceil((bounds.x2 - bounds.x1) * scale);
      picture.height = Math.ceil((bounds.y2 - bounds.y1) * scale);
      const context = picture.getContext('2d');
      if (!context) return null;
      context.fillStyle = light.page;
      context.fillRect(0, 0, picture.width, picture.height);
      drawn.ground.draw(context, { zoom: scale, pan: { x: -bounds.x1 * scale, y: -bounds.y1 * scale } }, light, unit);
      if (instance.nodes().length > 0) {
        const image = new Image();
        image.src = written;
        await image.decode();
        context.drawImage(image, (names.x1 - bounds.x1) * scale, (names.y1 - bounds.y1) * scale, names.w * scale, names.h * scale);
      }
      return picture.toDataURL('image/png');
    },
  }));

  // One cytoscape instance per graph drawn; a change of selection or search only changes marks (and, for a crowd, which names cytoscape holds).
  useEffect(() => {
    const host = box.current;
    if (!host) return;
    const shape = { nodes: nodes.length, edges: edges.length };
    // Fitted and styled from the start: a restyle or a fit after the first drawing would do the work twice.
    const view = fitted(nodeBounds(nodes), host.clientWidth || 600, host.clientHeight || 400);
    let colours = readColours(host);
    let unit = 1 / Math.max(0.05, view.zoom);
    const instance = cytoscape({
      container: host,
      // A crowd's names are added by the marking below; a small graph is held whole.
      elements: nodes.length > CROWD ? [] : nodes.map(nodeElement),
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
    const ground = new Ground(edges, nodes);
    host.prepend(ground.canvas);
    let queued = 0;
    let resting = 0;
    const paint = (fresh = false) => {
      queued = 0;
      const copied = ground.paint({ zoom: instance.zoom(), pan: instance.pan() }, colours, unit, host.clientWidth, host.clientHeight, fresh);
      // A zoom shows the links scaled while it lasts, and drawn afresh once it rests.
      clearTimeout(resting);
      if (copied) resting = window.setTimeout(() => paint(true), 150);
    };
    const repaint = () => {
      if (!queued) queued = requestAnimationFrame(() => paint());
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
      ground.invalidate();
      repaint();
    };
    unitRef.current = unit;
    instance.on('viewport', repaint);
    instance.on('tap', 'node', (event) => select.current({ node: event.target.id() }));
    instance.on('tap', (event) => {
      if (event.target !== instance) return;
      // The background: a dot of the crowd or the line under the pointer (within a few pixels), or nothing.
      const { x, y } = event.position;
      const reach = 4 / instance.zoom();
      const dot = ground.dots.at(x, y, reach);
      const edge = dot ? null : ground.links.nearest(x, y, reach, linkStyle(colours, unit, edges.length));
      select.current(dot ? { node: dot } : edge ? { edge } : null);
    });
    instance.on('dbltap', (event) => {
      if (event.target !== instance) return;
      const whole = fitted(nodeBounds(nodes), host.clientWidth, host.clientHeight);
      instance.animate({ zoom: whole.zoom, pan: whole.pan }, { duration: 200 });
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
      const whole = fitted(nodeBounds(nodes), host.clientWidth, host.clientHeight);
      instance.viewport(whole);
      restyle(false);
    });
    resized.observe(host);
    repaint();
    cy.current = instance;
    setDrawn({ instance, ground, repaint });
    return () => {
      resized.disconnect();
      scheme.removeEventListener('change', recolour);
      cancelAnimationFrame(queued);
      clearTimeout(resting);
      cy.current = null;
      instance.destroy();
      ground.canvas.remove();
    };
  }, [nodes, edges]);

  useEffect(() => {
    if (!drawn || drawn.instance.destroyed()) return;
    const { instance, ground, repaint } = drawn;
    const marks = graphMarks(edges, ranked, selection, found, labelRoom(box.current));
    // A crowd: cytoscape holds the names written (a search writes its first, most mentioned, few), the rest are dots.
    const held = crowd ? new Set(ranked.filter((id) => marks.labelled.has(id)).slice(0, CROWD_LABELS)) : null;
    instance.batch(() => {
      if (held) {
        instance.nodes().filter((n) => !held.has(n.id())).remove();
        const missing = nodes.filter((n) => held.has(n.id) && instance.getElementById(n.id).empty());
        if (missing.length > 0) instance.add(missing.map(nodeElement));
      }
      // Only what carries a mark is cleared: a fresh graph of hundreds has none.
      instance.nodes('.picked, .near, .faded, .labelled').removeClass('picked near faded labelled');
      instance.nodes().forEach((n) => {
        const mark = marks.node(n.id());
        if (mark !== 'plain') n.addClass(mark);
        if (marks.labelled.has(n.id())) n.addClass('labelled');
      });
    });
    ground.links.mark(marks.link);
    ground.dots.set((id) => held !== null && !held.has(id), marks.node);
    ground.invalidate();
    repaint();
  }, [drawn, nodes, edges, crowd, selection, found, ranked]);

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

/** A node as cytoscape holds it: at its place, sized by its radius, coloured by its kind. */
function nodeElement(n: PlacedNode) {
  return { group: 'nodes' as const, data: { id: n.id, name: n.name, r: n.r }, position: { x: n.x, y: n.y }, classes: typeClass(n.type) };
}

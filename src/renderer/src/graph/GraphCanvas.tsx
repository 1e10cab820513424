import { type PointerEvent, useLayoutEffect, useMemo, useRef, useState, type WheelEvent } from 'react';
import type { GraphEdge } from '../../../shared/model';
import { typeClass } from '../entities/types';
import type { PlacedNode } from './layout';

export type GraphSelection = { node: string } | { edge: GraphEdge } | null;

interface Props {
  nodes: PlacedNode[];
  edges: GraphEdge[];
  bounds: { x: number; y: number; width: number; height: number };
  selection: GraphSelection;
  /** Nodes matching the search box, drawn lit; the rest fade. Null: no search. */
  found: Set<string> | null;
  onSelect: (selection: GraphSelection) => void;
}

const edgeKey = (e: GraphEdge) => `${e.source}\n${e.target}`;

/**
 * The graph drawn in SVG: edges thick by shared sentences, nodes sized by mentions and coloured by
 * type as in the sidebar. Wheel zooms, dragging the background pans; a node or an edge is selected
 * by a click. Labels show for the larger nodes and for whatever is selected or found.
 */
export function GraphCanvas({ nodes, edges, bounds, selection, found, onSelect }: Props) {
  const [zoom, setZoom] = useState({ k: 1, x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number; zx: number; zy: number; moved: boolean } | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  // Drawing units per screen pixel, so labels stay a readable size however large the drawing is.
  const [unit, setUnit] = useState(1);
  useLayoutEffect(() => {
    const el = svg.current;
    if (!el) return;
    const measure = () => {
      const rect = el.getBoundingClientRect();
      if (rect.width && rect.height) setUnit(Math.max(bounds.width / rect.width, bounds.height / rect.height));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [bounds]);
  const at = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const focus = selection && 'node' in selection ? selection.node : null;
  const focusEdge = selection && 'edge' in selection ? edgeKey(selection.edge) : null;
  const neighbours = useMemo(() => {
    if (!focus) return null;
    const near = new Set([focus]);
    for (const e of edges) if (e.source === focus || e.target === focus) near.add(e.source).add(e.target);
    return near;
  }, [focus, edges]);
  const bigEnough = useMemo(() => new Set([...nodes].sort((a, b) => b.mentions - a.mentions).slice(0, 24).map((n) => n.id)), [nodes]);
  const dim = (id: string) => (neighbours ? !neighbours.has(id) : found ? !found.has(id) : false);

  // Pointer positions in the drawing's units, so zoom keeps the point under the pointer still.
  const toDrawing = (clientX: number, clientY: number) => {
    const rect = svg.current!.getBoundingClientRect();
    const scale = Math.max(bounds.width / rect.width, bounds.height / rect.height);
    const ox = bounds.x - (rect.width * scale - bounds.width) / 2;
    const oy = bounds.y - (rect.height * scale - bounds.height) / 2;
    return { x: ox + (clientX - rect.left) * scale, y: oy + (clientY - rect.top) * scale, scale };
  };
  const onWheel = (event: WheelEvent) => {
    const p = toDrawing(event.clientX, event.clientY);
    const k = Math.min(8, Math.max(0.4, zoom.k * (event.deltaY > 0 ? 0.85 : 1.18)));
    // Keep p fixed: p = (p0 - zoom.x) / zoom.k before, and the same after.
    const px = (p.x - zoom.x) / zoom.k;
    const py = (p.y - zoom.y) / zoom.k;
    setZoom({ k, x: p.x - px * k, y: p.y - py * k });
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if ((event.target as Element).closest('.g-node, .g-edge')) return;
    drag.current = { x: event.clientX, y: event.clientY, zx: zoom.x, zy: zoom.y, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const { scale } = toDrawing(event.clientX, event.clientY);
    if (Math.abs(event.clientX - d.x) + Math.abs(event.clientY - d.y) > 3) d.moved = true;
    setZoom((z) => ({ ...z, x: d.zx + (event.clientX - d.x) * scale, y: d.zy + (event.clientY - d.y) * scale }));
  };
  const onPointerUp = () => {
    if (drag.current && !drag.current.moved) onSelect(null);
    drag.current = null;
  };

  return (
    <svg
      ref={svg}
      className="g-canvas"
      viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
      role="img"
      aria-label={`Entity graph of ${nodes.length} names and ${edges.length} links; the list beside it holds the same names and links`}
      onWheel={onWheel}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onDoubleClick={() => setZoom({ k: 1, x: 0, y: 0 })}
    >
      <g transform={`translate(${zoom.x} ${zoom.y}) scale(${zoom.k})`}>
        <g className="g-edges">
          {edges.map((e) => {
            const a = at.get(e.source);
            const b = at.get(e.target);
            if (!a || !b) return null;
            const key = edgeKey(e);
            const lit = key === focusEdge || (focus !== null && (e.source === focus || e.target === focus));
            const faded = (focus !== null || focusEdge !== null || found !== null) && !lit && !(found?.has(e.source) && found?.has(e.target));
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the list beside the drawing is the keyboard's way to the same thing
              <g key={key} className={`g-edge${lit ? ' lit' : ''}${faded ? ' faded' : ''}`} onClick={() => onSelect({ edge: e })}>
                <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="g-edge-hit" />
                <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="g-edge-line" strokeWidth={(unit * (1 + 5 * (e.weight / maxWeight))) / zoom.k} />
                <title>{`${a.name} and ${b.name}: ${e.weight} sentence${e.weight === 1 ? '' : 's'}`}</title>
              </g>
            );
          })}
        </g>
        <g className="g-nodes">
          {nodes.map((n) => {
            const labelled = bigEnough.has(n.id) || n.id === focus || neighbours?.has(n.id) || found?.has(n.id);
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the list beside the drawing is the keyboard's way to the same thing
              <g
                key={n.id}
                className={`g-node ${typeClass(n.type)}${n.id === focus ? ' selected' : ''}${dim(n.id) ? ' faded' : ''}`}
                transform={`translate(${n.x} ${n.y})`}
                data-name={n.name}
                onClick={() => onSelect({ node: n.id })}
              >
                <circle r={n.r} />
                {labelled && (
                  <text y={n.r + (14 * unit) / zoom.k} textAnchor="middle" fontSize={(12.5 * unit) / zoom.k}>
                    {n.name}
                  </text>
                )}
                <title>{`${n.name}: ${n.mentions} mention${n.mentions === 1 ? '' : 's'}`}</title>
              </g>
            );
          })}
        </g>
      </g>
    </svg>
  );
}

import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { EntityType } from '../../../shared/extraction';
import type { EntityGraph } from '../../../shared/model';
import { TYPE_LABELS, typeClass } from '../entities/types';
import { api } from '../lib/api';
import { type CiteInto, CiteTarget } from '../reader/CiteTarget';
import type { Figure } from '../timeline/insert-figure';
import { GraphCanvas, type GraphCanvasHandle, type GraphSelection } from './GraphCanvas';
import { GraphDetails } from './GraphDetails';
import { GraphNodeList } from './GraphNodeList';
import { FIGURE_WIDTH, graphFigure } from './graph-figure';
import { type PlacedNode, placeNodes } from '../../../shared/graph-layout';
import '../timeline/pictures.css';
import './graph.css';

const KINDS: EntityType[] = ['PERSON', 'ORGANIZATION', 'PLACE', 'TERM'];
/** The stage's shape, in tenths (a graph laid out for it is remembered by it): the layout takes it, so the drawing fills the stage. */
const stageAspect = (el: HTMLElement | null) => (el && el.clientHeight > 0 ? Math.round((10 * Math.min(2.5, Math.max(0.4, el.clientWidth / el.clientHeight)))) / 10 : 1.4);
/** The nodes at the places the notebook's layout gave them (or laid out here, should a graph come without). */
const placedNodes = (graph: EntityGraph, aspect: number): PlacedNode[] =>
  graph.nodes.every((n) => n.x !== undefined && n.y !== undefined && n.r !== undefined) ? graph.nodes.map((n) => ({ ...n, x: n.x ?? 0, y: n.y ?? 0, r: n.r ?? 0 })) : placeNodes(graph, aspect);
/** Links, strongest first, whose sentences come with the graph. */
const EVIDENCE_EDGES = 300;
/** How many names to draw, and the most links among them: a brief's picture, up to a whole case. */
const SIZES: Array<{ nodes: number; edges: number }> = [
  { nodes: 90, edges: 240 },
  { nodes: 300, edges: 1_200 },
  { nodes: 1_000, edges: 8_000 },
  { nodes: 2_000, edges: 20_000 },
];

interface Props {
  revision: number;
  citeInto: CiteInto;
  onOpenPassage: (articleId: string, start: number, end: number) => void;
  onOpenCard: (id: string) => void;
  onInsert: (figure: Figure) => void;
  report: (error: unknown) => void;
  actions?: ReactNode;
}

/**
 * Who appears with whom across the notebook: the most mentioned names and the strongest links between
 * them, drawn by a force layout, with the same names and links as a list beside it. A line opens the
 * sentences behind it, each opening its passage; "Insert into note" adds the strongest links as a figure.
 */
export function GraphView({ revision, citeInto, onOpenPassage, onOpenCard, onInsert, report, actions }: Props) {
  const [kinds, setKinds] = useState<EntityType[]>(['PERSON', 'ORGANIZATION']);
  const [minWeight, setMinWeight] = useState(1);
  const [size, setSize] = useState(SIZES[0]);
  const [level, setLevel] = useState<'sentence' | 'paragraph'>('sentence');
  const canvas = useRef<GraphCanvasHandle>(null);
  const stage = useRef<HTMLDivElement>(null);
  const [graph, setGraph] = useState<EntityGraph | null>(null);
  const [selection, setSelection] = useState<GraphSelection>(null);
  const [query, setQuery] = useState('');
  useEffect(() => {
    let live = true;
    void revision;
    // Sentences come with the strongest links (the figure's table, the first lines picked); a line beyond them asks for its own.
    // Laid out by the notebook (off the window's thread) for the stage's shape, and drawn here.
    api.getGraph({ types: kinds, minWeight, maxNodes: size.nodes, maxEdges: size.edges, level, evidence: EVIDENCE_EDGES, aspect: stageAspect(stage.current) }).then((g) => {
      if (!live) return;
      setGraph(g);
      setSelection(null);
    }, report);
    return () => {
      live = false;
    };
  }, [revision, kinds, minWeight, size, level, report]);

  const placed = useMemo(() => (graph ? placedNodes(graph, stageAspect(stage.current)) : null), [graph]);
  const words = query.trim().toLowerCase();
  const found = useMemo(() => (words && graph ? new Set(graph.nodes.filter((n) => n.name.toLowerCase().includes(words)).map((n) => n.id)) : null), [graph, words]);
  const toggle = (kind: EntityType) => setKinds((list) => (list.includes(kind) ? (list.length > 1 ? list.filter((k) => k !== kind) : list) : KINDS.filter((k) => k === kind || list.includes(k))));
  const kindNames = kinds.map((k) => TYPE_LABELS[k].plural).join(', ');
  // The figure carries the drawing as a picture; if it cannot be drawn, the table and sources still go in.
  const insert = async () => {
    if (!graph) return;
    const picture = canvas.current ? await canvas.current.png(FIGURE_WIDTH).catch(() => null) : null;
    onInsert(graphFigure(graph, kindNames, level, picture));
  };

  return (
    <section className="picture graph" aria-label="Entity graph">
      <div className="toolbar picture-toolbar" role="toolbar" aria-label="Graph tools">
        <h1 className="picture-title">Entity graph</h1>
        <fieldset className="g-kinds" aria-label="Show">
          {KINDS.map((k) => (
            <button key={k} type="button" className={typeClass(k)} aria-pressed={kinds.includes(k)} onClick={() => toggle(k)} title={`Show or hide ${TYPE_LABELS[k].plural.toLowerCase()}`}>
              <span className="dot" />
              {TYPE_LABELS[k].plural}
            </button>
          ))}
        </fieldset>
        <label className="g-min" title="Hide links resting on fewer shared sentences">
          <span>Links of</span>
          <select value={minWeight} onChange={(e) => setMinWeight(Number(e.target.value))} aria-label="Fewest shared sentences">
            {[1, 2, 3, 5, 10].map((w) => (
              <option key={w} value={w}>
                {w === 1 ? 'any strength' : `${w}+ sentences`}
              </option>
            ))}
          </select>
        </label>
        <select className="g-select" value={size.nodes} onChange={(e) => setSize(SIZES.find((z) => z.nodes === Number(e.target.value)) ?? SIZES[0])} aria-label="Names drawn" title="How many of the most mentioned names to draw">
          {SIZES.map((z) => (
            <option key={z.nodes} value={z.nodes}>
              {z.nodes.toLocaleString('en')} names
            </option>
          ))}
        </select>
        <select className="g-select" value={level} onChange={(e) => setLevel(e.target.value === 'paragraph' ? 'paragraph' : 'sentence')} aria-label="Linked when named in the same" title="Link two names when they share a sentence, or a paragraph">
          <option value="sentence">same sentence</option>
          <option value="paragraph">same paragraph</option>
        </select>
        <input type="search" className="picture-filter" placeholder="Find a name" aria-label="Find a name" value={query} onChange={(e) => setQuery(e.target.value)} />
        <span className="tb-spacer" />
        <CiteTarget {...citeInto} />
        <button type="button" className="tb-text-btn" disabled={!graph || graph.edges.length === 0} onClick={() => void insert()} title="Add the graph to the note as a picture, with its strongest links and their sources">
          Insert into note
        </button>
        {actions}
      </div>
      <div className="g-body">
        <div className="g-stage" ref={stage}>
          {graph && graph.nodes.length === 0 && <p className="picture-empty">No names yet. Import articles and the people and organisations named together in a sentence are linked here.</p>}
          {placed && graph && graph.nodes.length > 0 && <GraphCanvas ref={canvas} nodes={placed} edges={graph.edges} selection={selection} found={found} onSelect={setSelection} />}
          {graph && graph.nodes.length > 0 && (
            <p className="g-caption" role="status">
              {graph.nodes.length} of {graph.totalNodes} names · {graph.edges.length} of {graph.totalEdges} links · scroll to zoom, drag to pan, double-click to fit
            </p>
          )}
        </div>
        <aside className="g-side" aria-label="Graph details">
          {graph && <GraphDetails graph={graph} level={level} report={report} selection={selection} onSelect={setSelection} onOpenPassage={onOpenPassage} onOpenCard={onOpenCard} />}
          {graph && graph.nodes.length > 0 && (
            <>
              <h2 className="g-list-head">Names and their strongest links</h2>
              <GraphNodeList graph={graph} found={found} selection={selection} onSelect={setSelection} />
            </>
          )}
        </aside>
      </div>
    </section>
  );
}

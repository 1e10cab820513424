import { useEffect, useState } from 'react';
import type { EntityGraph, EvidenceSentence, GraphEdge, GraphNode } from '../../../shared/model';
import { api } from '../lib/api';
import { TYPE_LABELS, typeClass } from '../entities/types';
import type { GraphSelection } from './GraphCanvas';
import { plural } from '../lib/plural';

interface Props {
  graph: EntityGraph;
  level: 'sentence' | 'paragraph';
  report: (error: unknown) => void;
  selection: GraphSelection;
  onSelect: (selection: GraphSelection) => void;
  onOpenPassage: (articleId: string, start: number, end: number) => void;
  onOpenCard: (id: string) => void;
}

function linksOf(graph: EntityGraph, id: string): GraphEdge[] {
  return graph.edges.filter((e) => e.source === id || e.target === id);
}

/** The sentences behind a picked line: those it came with, or asked for when it came without (a weaker link of a large graph). */
function useEvidence(edge: GraphEdge | null, level: Props['level'], report: Props['report']): EvidenceSentence[] | null {
  const [asked, setAsked] = useState<{ edge: GraphEdge; evidence: EvidenceSentence[] } | null>(null);
  useEffect(() => {
    if (!edge || edge.evidence.length > 0) return;
    let live = true;
    api.getGraph({ link: { source: edge.source, target: edge.target }, level }).then((g) => live && setAsked({ edge, evidence: g.edges[0]?.evidence ?? [] }), report);
    return () => {
      live = false;
    };
  }, [edge, level, report]);
  if (!edge) return null;
  if (edge.evidence.length > 0) return edge.evidence;
  return asked?.edge === edge ? asked.evidence : null;
}

/** What is selected: a node's strongest links, or the sentences an edge stands for, each opening its passage. */
export function GraphDetails({ graph, level, report, selection, onSelect, onOpenPassage, onOpenCard }: Props) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const evidence = useEvidence(selection && 'edge' in selection ? selection.edge : null, level, report);
  if (selection && 'edge' in selection) {
    const e = selection.edge;
    const shown = evidence ?? [];
    const a = byId.get(e.source)?.name ?? '';
    const b = byId.get(e.target)?.name ?? '';
    return (
      <section className="g-details" aria-label={`Sentences naming ${a} and ${b}`}>
        <h2>
          {a} <span className="g-amp">and</span> {b}
        </h2>
        <p className="g-sub">
          Named together in {plural(e.weight, level)}
          {evidence === null ? '…' : e.weight > shown.length ? `; the first ${shown.length}:` : ':'}
        </p>
        <ul className="g-evidence" aria-label="Shared sentences">
          {shown.map((s) => (
            <li key={`${s.articleId}:${s.start}`}>
              <button type="button" onClick={() => onOpenPassage(s.articleId, s.start, s.end)} title="Open the article at this sentence">
                <span className="g-sentence">{s.sentence}</span>
                <span className="g-source">{[s.articleTitle, s.source, s.publishedAt].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (selection && 'node' in selection) {
    const n = byId.get(selection.node);
    if (!n) return null;
    const links = linksOf(graph, n.id);
    return (
      <section className="g-details" aria-label={`Links of ${n.name}`}>
        <h2>
          <span className={`dot ${typeClass(n.type)}`} /> {n.name}
        </h2>
        <p className="g-sub">
          {TYPE_LABELS[n.type].singular} · {plural(n.mentions, 'mention')} · {plural(links.length, 'link')} shown
        </p>
        <button type="button" className="g-card" onClick={() => onOpenCard(n.id)}>
          Open card
        </button>
        <ul className="g-links" aria-label={`Strongest links of ${n.name}`}>
          {links.slice(0, 12).map((e) => {
            const other = byId.get(e.source === n.id ? e.target : e.source) as GraphNode;
            return (
              <li key={other.id}>
                <button type="button" onClick={() => onSelect({ edge: e })}>
                  <span className={`dot ${typeClass(other.type)}`} />
                  <span className="g-name">{other.name}</span>
                  <span className="g-weight">{plural(e.weight, 'sentence')}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>
    );
  }
  return <p className="g-hint">Select a name to see its links, or a line to read the sentences that tie two names together.</p>;
}

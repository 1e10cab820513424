import { useMemo } from 'react';
import type { EntityGraph, GraphEdge } from '../../../shared/model';
import { typeClass } from '../entities/types';
import type { GraphSelection } from './GraphCanvas';

interface Props {
  graph: EntityGraph;
  /** Names matching the search box; null: all. */
  found: Set<string> | null;
  selection: GraphSelection;
  onSelect: (selection: GraphSelection) => void;
}

/** The graph for the keyboard and screen readers: every name shown, most mentioned first, with its strongest links. */
export function GraphNodeList({ graph, found, selection, onSelect }: Props) {
  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  // Each name's three strongest links, in one pass over the edges (strongest first already).
  const strongest = useMemo(() => {
    const links = new Map<string, GraphEdge[]>();
    for (const e of graph.edges) {
      for (const end of [e.source, e.target]) {
        const list = links.get(end) ?? [];
        if (list.length < 3) list.push(e);
        links.set(end, list);
      }
    }
    return links;
  }, [graph]);
  const selected = selection && 'node' in selection ? selection.node : null;
  const nodes = graph.nodes.filter((n) => !found || found.has(n.id));
  return (
    <ul className="g-node-list" aria-label="Names in the graph">
      {nodes.map((n) => {
        const links = strongest.get(n.id) ?? [];
        return (
          <li key={n.id}>
            <button type="button" className="g-node-row" aria-pressed={n.id === selected} onClick={() => onSelect({ node: n.id })}>
              <span className={`dot ${typeClass(n.type)}`} />
              <span className="g-name">{n.name}</span>
              <span className="g-weight">×{n.mentions}</span>
            </button>
            {links.length > 0 && (
              <ul className="g-node-links" aria-label={`Strongest links of ${n.name}`}>
                {links.map((e) => {
                  const other = byId.get(e.source === n.id ? e.target : e.source);
                  return (
                    <li key={`${e.source}\n${e.target}`}>
                      <button type="button" onClick={() => onSelect({ edge: e })} aria-label={`${n.name} and ${other?.name}: ${e.weight} shared sentence${e.weight === 1 ? '' : 's'}`}>
                        with {other?.name} <span className="g-weight">{e.weight}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

import { useMemo } from 'react';
import type { EntityGraph, GraphEdge } from '../../../shared/model';
import { typeClass } from '../entities/types';
import type { GraphSelection } from './GraphCanvas';
import { usePagedList } from '../lib/usePagedList';

interface Props {
  graph: EntityGraph;
  /** Names matching the search box; null: all. */
  found: Set<string> | null;
  selection: GraphSelection;
  onSelect: (selection: GraphSelection) => void;
}

/** Names listed at first, and added each time the list is scrolled to its end (or "Show more" is pressed). */
const PAGE = 100;

/**
 * The graph for the keyboard and screen readers: every name shown, most mentioned first, with its
 * strongest links. A graph of thousands is listed a hundred names at a time, so drawing it does not
 * wait for thousands of rows nobody has scrolled to; the rest follow as the list is scrolled.
 */
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
  // A new graph or search starts again at the top.
  const { shown, more, showMore } = usePagedList(PAGE, [graph, found]);
  const rest = nodes.length - shown;
  return (
    <>
      <ul className="g-node-list" aria-label="Names in the graph">
        {nodes.slice(0, shown).map((n) => {
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
      {rest > 0 && (
        <button type="button" ref={more} className="g-more" onClick={showMore}>
          Show {Math.min(rest, PAGE)} more name{rest === 1 ? '' : 's'}{rest > PAGE ? ` (${rest.toLocaleString('en')} not yet listed)` : ''}
        </button>
      )}
    </>
  );
}

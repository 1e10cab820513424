import type { GraphEdge } from '../../../shared/model';
import type { GraphSelection } from './GraphCanvas';

/** How a name is drawn: picked, linked to what is picked, faded (not part of it) or as the rest. */
export type NodeMark = 'picked' | 'near' | 'faded' | 'plain';

export interface GraphMarks {
  node: (id: string) => NodeMark;
  /** The names written on the drawing. */
  labelled: Set<string>;
  /** A link lit (true), faded (false) or as the rest (null). */
  link: (edge: GraphEdge) => boolean | null;
}

export const edgeId = (e: GraphEdge) => `${e.source}\n${e.target}`;

/**
 * What the drawing marks for a selection or a search: a picked name, its neighbours and its links lit
 * and the rest faded, with its strongest links named; a picked link and its two ends; the names found
 * by a search. With nothing picked, the `room` most mentioned names (`ranked`) are written, as a map
 * names its largest towns.
 */
export function graphMarks(edges: GraphEdge[], ranked: string[], selection: GraphSelection, found: Set<string> | null, room: number): GraphMarks {
  if (selection && 'node' in selection) {
    const focus = selection.node;
    const own = edges.filter((e) => e.source === focus || e.target === focus);
    const near = new Set(own.flatMap((e) => [e.source, e.target]));
    // Its strongest links are named (edges come strongest first); a name with dozens would bury the drawing in labels.
    const labelled = new Set([focus, ...own.slice(0, 8).flatMap((e) => [e.source, e.target])]);
    return {
      node: (id) => (id === focus ? 'picked' : near.has(id) ? 'near' : 'faded'),
      labelled,
      link: (e) => e.source === focus || e.target === focus,
    };
  }
  if (selection && 'edge' in selection) {
    const ends = new Set([selection.edge.source, selection.edge.target]);
    const lit = edgeId(selection.edge);
    return { node: (id) => (ends.has(id) ? 'picked' : 'faded'), labelled: ends, link: (e) => edgeId(e) === lit };
  }
  if (found) {
    return {
      node: (id) => (found.has(id) ? 'plain' : 'faded'),
      labelled: found,
      link: (e) => (found.has(e.source) && found.has(e.target) ? null : false),
    };
  }
  return { node: () => 'plain', labelled: new Set(ranked.slice(0, room)), link: () => null };
}

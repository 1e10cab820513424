import type { StylesheetJson } from 'cytoscape';
import type { EntityType } from '../../../shared/extraction';
import { typeClass } from '../entities/types';
import { MAX_RADIUS, MIN_RADIUS } from '../../../shared/graph-layout';
import type { LinkStyle } from './link-layer';

const KINDS: EntityType[] = ['PERSON', 'ORGANIZATION', 'PLACE', 'DATE', 'TERM'];

/** The window's colours, read from its CSS, so the canvas follows light and dark like the sidebar. */
export interface GraphColours {
  text: string;
  muted: string;
  accent: string;
  background: string;
  page: string;
  kinds: Record<string, { line: string; fill: string }>;
}

export function readColours(host: HTMLElement): GraphColours {
  const probe = document.createElement('span');
  probe.hidden = true;
  host.append(probe);
  const kinds: GraphColours['kinds'] = {};
  for (const kind of KINDS) {
    probe.className = typeClass(kind);
    const style = getComputedStyle(probe);
    kinds[kind] = { line: style.getPropertyValue('--c').trim(), fill: style.getPropertyValue('--cb').trim() };
  }
  const root = getComputedStyle(host);
  probe.remove();
  const get = (name: string) => root.getPropertyValue(name).trim();
  return { text: get('--text'), muted: get('--text-muted'), accent: get('--accent'), background: get('--bg'), page: get('--page'), kinds };
}

/**
 * How the canvas draws the names: nodes filled and ringed in their kind's colours, names for the
 * labelled nodes only (the text properties sit on that selector, so the thousands without a name cost
 * nothing to style). `unit` is drawing units per screen pixel when the whole graph is in view, so names
 * and rings start at a readable size at any scale. Sizes are mapped from each node's data by cytoscape
 * itself (mapData), so restyling writes nothing to the elements. The links are drawn beneath, by
 * LinkLayer, in `linkColours`.
 */
export function graphStyle(colours: GraphColours, unit: number, shape: { nodes: number; edges: number } = { nodes: 0, edges: 0 }): StylesheetJson {
  // Nodes grow a little when a graph of a few hundred is shrunk to fit, so the crowd stays legible as
  // dots; thousands are a cloud to zoom into, drawn at their size.
  const grow = shape.nodes > 300 ? 1 : Math.min(2.5, Math.max(1, unit * 0.6));
  const size = `mapData(r, ${MIN_RADIUS}, ${MAX_RADIUS}, ${2 * MIN_RADIUS * grow}, ${2 * MAX_RADIUS * grow})`;
  const kinds = KINDS.flatMap((kind) => [
    { selector: `node.${typeClass(kind)}`, style: { 'background-color': colours.kinds[kind].fill, 'border-color': colours.kinds[kind].line } },
    // A picked name and those linked to it are filled in their kind's colour, as the sidebar marks a hover.
    { selector: `node.${typeClass(kind)}.picked, node.${typeClass(kind)}.near`, style: { 'background-color': colours.kinds[kind].line } },
  ]);
  return [
    { selector: 'node', style: { width: size, height: size, 'border-width': 2 * unit } },
    ...kinds,
    {
      selector: 'node.labelled',
      style: {
        label: 'data(name)',
        // Named nodes are drawn after the others, so no dot covers a name.
        'z-index': 10,
        color: colours.text,
        'font-size': 12.5 * unit,
        'font-weight': 600,
        'text-valign': 'bottom',
        'text-margin-y': 4 * unit,
        // A name sits on a tag of the background, so where two names overlap the front one reads cleanly.
        'text-background-color': colours.background,
        'text-background-opacity': 0.82,
        'text-background-padding': 1.5 * unit,
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'node.picked', style: { 'border-color': colours.text, 'border-width': 3 * unit } },
    { selector: 'node.faded', style: { opacity: 0.28 } },
    { selector: 'core', style: { 'active-bg-color': colours.accent, 'active-bg-opacity': 0.12, 'selection-box-opacity': 0 } },
  ] as StylesheetJson;
}

/** How LinkLayer draws the links for the same `unit`: muted lines, fainter when there are thousands, the accent for those lit. */
export function linkStyle(colours: GraphColours, unit: number, edges: number): LinkStyle {
  return { line: colours.muted, lit: colours.accent, opacity: edges > 2_000 ? 0.16 : 0.4, least: 0.8 * unit, most: 4.8 * unit };
}

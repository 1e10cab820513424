import type { StylesheetJson } from 'cytoscape';
import type { EntityType } from '../../../shared/extraction';
import { typeClass } from '../entities/types';
import { MAX_RADIUS, MIN_RADIUS } from './layout';

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
 * How the canvas draws: nodes filled and ringed in their kind's colours, edges as thin muted lines
 * that take the accent when lit, names for the labelled nodes only. `unit` is drawing units per screen
 * pixel when the whole graph is in view, so names and lines start at a readable size at any scale.
 * Sizes are mapped from each element's data by cytoscape itself (mapData), so restyling a graph of
 * thousands writes nothing to its elements.
 */
export function graphStyle(colours: GraphColours, unit: number, shape: { nodes: number; edges: number } = { nodes: 0, edges: 0 }): StylesheetJson {
  // Nodes grow a little when a graph of a few hundred is shrunk to fit, so the crowd stays legible as
  // dots; thousands are a cloud to zoom into, drawn at their size, with fainter lines.
  const grow = shape.nodes > 300 ? 1 : Math.min(2.5, Math.max(1, unit * 0.6));
  const lineOpacity = shape.edges > 2_000 ? 0.16 : 0.4;
  const size = `mapData(r, ${MIN_RADIUS}, ${MAX_RADIUS}, ${2 * MIN_RADIUS * grow}, ${2 * MAX_RADIUS * grow})`;
  const kinds = KINDS.flatMap((kind) => [
    { selector: `node.${typeClass(kind)}`, style: { 'background-color': colours.kinds[kind].fill, 'border-color': colours.kinds[kind].line } },
    // A picked name and those linked to it are filled in their kind's colour, as the sidebar marks a hover.
    { selector: `node.${typeClass(kind)}.picked, node.${typeClass(kind)}.near`, style: { 'background-color': colours.kinds[kind].line } },
  ]);
  return [
    {
      selector: 'node',
      style: {
        width: size,
        height: size,
        'border-width': 2 * unit,
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
    ...kinds,
    { selector: 'node.labelled', style: { label: 'data(name)' } },
    {
      selector: 'edge',
      style: {
        width: `mapData(weight, 0, 1, ${0.8 * unit}, ${4.8 * unit})`,
        'line-color': colours.muted,
        'line-opacity': lineOpacity,
        'curve-style': 'haystack',
      },
    },
    { selector: 'node.picked', style: { 'border-color': colours.text, 'border-width': 3 * unit } },
    { selector: 'edge.lit', style: { 'line-color': colours.accent, 'line-opacity': 0.95, 'z-index': 10 } },
    { selector: 'node.faded', style: { opacity: 0.28 } },
    { selector: 'edge.faded', style: { opacity: 0.12 } },
    { selector: 'core', style: { 'active-bg-color': colours.accent, 'active-bg-opacity': 0.12, 'selection-box-opacity': 0 } },
  ] as StylesheetJson;
}

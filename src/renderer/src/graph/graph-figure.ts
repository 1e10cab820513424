import type { EntityGraph } from '../../../shared/model';
import type { Figure } from '../timeline/insert-figure';

/** Links a figure lists at most: the strongest, as a brief would name them. */
export const FIGURE_LINKS = 20;

/** Widest picture of a graph put in a note, in pixels: sharp on a printed page, small enough to save with the note. */
export const FIGURE_WIDTH = 1600;

/** The graph shown as a figure: its picture, and its strongest links, each with a sentence that ties the two. */
export function graphFigure(graph: EntityGraph, kinds: string, level: 'sentence' | 'paragraph' = 'sentence', png: string | null = null): Figure {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const edges = graph.edges.filter((e) => e.evidence.length > 0).slice(0, FIGURE_LINKS);
  return {
    title: `Who appears with whom: ${kinds}`,
    caption: `The ${graph.nodes.length} most mentioned ${kinds.toLowerCase()} and the ${graph.edges.length} strongest links among them; a link is two names in the same ${level}, counted once a ${level}. The table lists the ${edges.length} strongest with a ${level} for each. Drawn by Dossier.`,
    image: png ? { src: png, alt: `Graph of ${graph.nodes.length} ${kinds.toLowerCase()} and ${graph.edges.length} links`, ...pngSize(png) } : null,
    header: ['Name', 'Appears with', 'Sentences', 'For example'],
    rows: edges.map((e) => ({ cells: [names.get(e.source) ?? '', names.get(e.target) ?? '', String(e.weight), e.evidence[0].sentence], source: e.evidence[0] })),
  };
}

/** A PNG's width and height, read from its header (the IHDR chunk), so the note keeps the shape before the image loads. */
export function pngSize(dataUrl: string): { width: number; height: number } {
  const head = atob(dataUrl.slice(dataUrl.indexOf(',') + 1, dataUrl.indexOf(',') + 1 + 32));
  const int = (at: number) => ((head.charCodeAt(at) << 24) | (head.charCodeAt(at + 1) << 16) | (head.charCodeAt(at + 2) << 8) | head.charCodeAt(at + 3)) >>> 0;
  return { width: int(16), height: int(20) };
}

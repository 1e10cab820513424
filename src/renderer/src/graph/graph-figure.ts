import type { EntityGraph } from '../../../shared/model';
import type { Figure } from '../timeline/insert-figure';

/** Links a figure lists at most: the strongest, as a brief would name them. */
export const FIGURE_LINKS = 20;

/** The graph shown as a figure: its strongest links, each with a sentence that ties the two. */
export function graphFigure(graph: EntityGraph, kinds: string): Figure {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const edges = graph.edges.filter((e) => e.evidence.length > 0).slice(0, FIGURE_LINKS);
  return {
    title: `Who appears with whom: ${kinds}`,
    caption: `The ${edges.length} strongest links among the ${graph.nodes.length} most mentioned ${kinds.toLowerCase()}; a link is two names in the same sentence, counted once a sentence. Drawn by Dossier.`,
    header: ['Name', 'Appears with', 'Sentences', 'For example'],
    rows: edges.map((e) => ({ cells: [names.get(e.source) ?? '', names.get(e.target) ?? '', String(e.weight), e.evidence[0].sentence], source: e.evidence[0] })),
  };
}

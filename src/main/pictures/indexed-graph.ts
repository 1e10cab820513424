import type { Entity, EntityGraph, EvidenceSentence, GraphEdge, GraphNode, GraphOptions } from '../../shared/model';
import { linkGroups } from './article-digest';
import { GRAPH_DEFAULTS } from './graph';
import type { Link } from './link-index';
import type { PictureIndex } from './picture-index';
import { evidence } from './scope';

/** Sentences (or paragraphs) kept on each edge, to show why two names are linked. */
const EVIDENCE = 3;

const byName = (a: Entity, b: Entity) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The notebook's graph read from the index: the most mentioned entities of the chosen kinds, the
 * strongest links among them (found through each shown node's own links), and for each link the
 * first sentences that tie the two, in the order the articles came in. The same picture getGraph
 * draws by reading every article, at the cost of what is shown rather than what the notebook holds.
 */
export function graphFromIndex(index: PictureIndex, options: GraphOptions = {}): EntityGraph {
  const types = new Set(options.types?.length ? options.types : GRAPH_DEFAULTS.types);
  const maxNodes = Math.max(1, options.maxNodes ?? GRAPH_DEFAULTS.maxNodes);
  const maxEdges = Math.max(0, options.maxEdges ?? GRAPH_DEFAULTS.maxEdges);
  const minWeight = Math.max(1, options.minWeight ?? GRAPH_DEFAULTS.minWeight);
  const level = options.level === 'paragraph' ? 'paragraph' : 'sentence';
  const links = index.links(level);
  const { entities, positions } = index.lookup();
  if (options.link) return oneLink(index, options.link, level);

  const kept = mostMentioned(index, entities, types, maxNodes);
  const shown = new Set(kept.map((k) => k.entity.id));

  const strongest: Link[] = [];
  for (const id of shown) {
    for (const [other, link] of links.of(id) ?? []) if (id < other && shown.has(other) && link.weight >= minWeight) strongest.push(link);
  }
  const totalEdges = strongest.length;
  strongest.sort((x, y) => y.weight - x.weight || order(x.a, y.a) || order(x.b, y.b));
  strongest.length = Math.min(strongest.length, maxEdges);

  const strength = new Map<string, number>();
  // Thousands of links with three sentences each would be megabytes the window mostly never reads.
  const withEvidence = options.evidence ?? strongest.length;
  const edges: GraphEdge[] = strongest.map((link, i) => {
    strength.set(link.a, (strength.get(link.a) ?? 0) + link.weight);
    strength.set(link.b, (strength.get(link.b) ?? 0) + link.weight);
    return { source: link.a, target: link.b, weight: link.weight, evidence: i < withEvidence ? linkEvidence(index, link, level, positions) : [] };
  });
  const nodes: GraphNode[] = kept.map(({ entity, mentions }) => ({ id: entity.id, name: entity.name, type: entity.type, mentions, strength: strength.get(entity.id) ?? 0 }));
  return { nodes, edges, totalNodes: kept.total, totalEdges };
}

/**
 * The most mentioned entities of the chosen kinds, ties by name. Mention counts are small whole
 * numbers, so the count the last one kept has is found by tallying, and only the entities at that
 * count are sorted by name: no sort of every entity in the notebook.
 */
function mostMentioned(index: PictureIndex, entities: Map<string, Entity>, types: Set<string>, maxNodes: number) {
  const candidates: Array<{ entity: Entity; mentions: number }> = [];
  const tally = new Map<number, number>();
  for (const [id, mentions] of index.mentions) {
    const entity = entities.get(id);
    if (!entity || !types.has(entity.type)) continue;
    candidates.push({ entity, mentions });
    tally.set(mentions, (tally.get(mentions) ?? 0) + 1);
  }
  let least = 0;
  let above = 0;
  for (const count of [...tally.keys()].sort((a, b) => b - a)) {
    least = count;
    if (above + (tally.get(count) ?? 0) >= maxNodes) break;
    above += tally.get(count) ?? 0;
  }
  const kept = candidates.filter((c) => c.mentions > least);
  const edge = candidates.filter((c) => c.mentions === least).sort((x, y) => byName(x.entity, y.entity));
  kept.sort((x, y) => y.mentions - x.mentions || byName(x.entity, y.entity));
  return Object.assign(kept.concat(edge.slice(0, maxNodes - kept.length)), { total: candidates.length });
}

/** One link and its two ends, with the sentences behind it; empty when the two share none. */
function oneLink(index: PictureIndex, ends: { source: string; target: string }, level: 'sentence' | 'paragraph'): EntityGraph {
  const { entities, positions } = index.lookup();
  const link = index.links(level).of(ends.source)?.get(ends.target);
  const nodes: GraphNode[] = [];
  for (const id of [ends.source, ends.target]) {
    const entity = entities.get(id);
    if (entity) nodes.push({ id, name: entity.name, type: entity.type, mentions: index.mentions.get(id) ?? 0, strength: link?.weight ?? 0 });
  }
  const edges = link && nodes.length === 2 ? [{ source: link.a, target: link.b, weight: link.weight, evidence: linkEvidence(index, link, level, positions) }] : [];
  return { nodes, edges, totalNodes: nodes.length, totalEdges: edges.length };
}

/** The first sentences (or paragraphs) naming both ends of a link, in the notebook's order of articles. */
function linkEvidence(index: PictureIndex, link: Link, level: 'sentence' | 'paragraph', positions: Map<string, number>): EvidenceSentence[] {
  const articles = link.articles.size === 1 ? [...link.articles.keys()] : [...link.articles.keys()].sort((x, y) => (positions.get(x) ?? 0) - (positions.get(y) ?? 0));
  const found: EvidenceSentence[] = [];
  for (const articleId of articles) {
    const digest = index.digest(articleId);
    if (!digest) continue;
    if (level === 'sentence') {
      for (const s of digest.sentences) {
        if (!s.ids.includes(link.a) || !s.ids.includes(link.b)) continue;
        found.push(evidence(digest.article, s.start, s.end));
        if (found.length === EVIDENCE) return found;
      }
      continue;
    }
    for (const group of linkGroups(digest, level)) {
      if (!group.ids.includes(link.a) || !group.ids.includes(link.b)) continue;
      found.push(evidence(digest.article, group.sentences[0].start, group.sentences[group.sentences.length - 1].end));
      if (found.length === EVIDENCE) return found;
    }
  }
  return found;
}

import type { EntityType } from '../../shared/extraction';
import type { Article, Entity, EntityGraph, GraphEdge, GraphNode, GraphOptions } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import { articlesInScope, entitiesById, evidence, sortedMentions } from './scope';
import { articleSentences, SentenceCursor } from './sentences';

export const GRAPH_DEFAULTS = { types: ['PERSON', 'ORGANIZATION'] as EntityType[], maxNodes: 120, maxEdges: 300, minWeight: 1 };
/** Sentences kept on each edge, to show why two names are linked. */
const EVIDENCE = 3;

interface Pair {
  a: number;
  b: number;
  weight: number;
  /** Up to EVIDENCE sentences: the article and the sentence's offsets. */
  where: Array<{ article: Article; start: number; end: number }>;
}

/**
 * Who appears with whom: entities of the chosen kinds as nodes (mention counts), an edge between two
 * named in the same sentence (weight = such sentences), each edge with a few of those sentences.
 * One pass over the articles; the most mentioned nodes and the strongest edges among them are kept.
 */
export function getGraph(data: NotebookData, options: GraphOptions = {}): EntityGraph {
  const types = new Set(options.types?.length ? options.types : GRAPH_DEFAULTS.types);
  const maxNodes = Math.max(1, options.maxNodes ?? GRAPH_DEFAULTS.maxNodes);
  const maxEdges = Math.max(0, options.maxEdges ?? GRAPH_DEFAULTS.maxEdges);
  const minWeight = Math.max(1, options.minWeight ?? GRAPH_DEFAULTS.minWeight);
  const entities = entitiesById(data);
  // Entities as small numbers, so a pair's key is one number rather than a string built per sentence.
  const index = new Map<string, number>();
  const ids: string[] = [];
  const counts: number[] = [];
  const pairs = new Map<number, Pair>();
  const numberOf = (id: string) => {
    let n = index.get(id);
    if (n === undefined) {
      n = ids.length;
      index.set(id, n);
      ids.push(id);
      counts.push(0);
    }
    return n;
  };
  const SPAN = 2 ** 26; // pair keys a * SPAN + b stay exact (and distinct) for up to 67 million entities

  for (const article of articlesInScope(data, options.articleId)) {
    const mentions = sortedMentions(article).filter((m) => {
      const entity = entities.get(m.entityId);
      return entity !== undefined && types.has(entity.type);
    });
    const numbers = mentions.map((m) => numberOf(m.entityId));
    let distinct = false;
    for (const n of numbers) {
      counts[n]++;
      if (n !== numbers[0]) distinct = true;
    }
    if (!distinct) continue;
    const spans = articleSentences(article);
    const cursor = new SentenceCursor(spans);
    let sentence = -1;
    let cast: number[] = [];
    const flush = () => {
      if (sentence < 0 || cast.length < 2) return;
      for (let i = 0; i < cast.length; i++) {
        for (let j = i + 1; j < cast.length; j++) {
          // The end with the smaller id first, as the index keeps a pair.
          const [a, b] = ids[cast[i]] < ids[cast[j]] ? [cast[i], cast[j]] : [cast[j], cast[i]];
          const key = Math.min(a, b) * SPAN + Math.max(a, b);
          let pair = pairs.get(key);
          if (!pair) {
            pair = { a, b, weight: 0, where: [] };
            pairs.set(key, pair);
          }
          pair.weight++;
          if (pair.where.length < EVIDENCE) pair.where.push({ article, start: spans[sentence * 2], end: spans[sentence * 2 + 1] });
        }
      }
    };
    mentions.forEach((m, i) => {
      const at = cursor.find(m.start);
      if (at !== sentence) {
        flush();
        sentence = at;
        cast = [];
      }
      if (at >= 0 && !cast.includes(numbers[i])) cast.push(numbers[i]);
    });
    flush();
  }

  // Ties in order of name; a plain comparison, as a locale-aware one is slow over forty thousand names.
  const byName = (a: Entity, b: Entity) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const kept = counts
    .map((mentions, n) => ({ n, entity: entities.get(ids[n])!, mentions }))
    .sort((x, y) => y.mentions - x.mentions || byName(x.entity, y.entity))
    .slice(0, maxNodes);
  const shown = new Uint8Array(ids.length);
  for (const k of kept) shown[k.n] = 1;
  const byId = (x: number, y: number) => (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0);
  const strongest: Pair[] = [];
  for (const p of pairs.values()) if (p.weight >= minWeight && shown[p.a] && shown[p.b]) strongest.push(p);
  const totalEdges = strongest.length;
  strongest.sort((x, y) => y.weight - x.weight || byId(x.a, y.a) || byId(x.b, y.b));
  strongest.length = Math.min(strongest.length, maxEdges);
  const strength = new Map<number, number>();
  const edges: GraphEdge[] = strongest.map((p) => {
    strength.set(p.a, (strength.get(p.a) ?? 0) + p.weight);
    strength.set(p.b, (strength.get(p.b) ?? 0) + p.weight);
    const [source, target] = byId(p.a, p.b) <= 0 ? [ids[p.a], ids[p.b]] : [ids[p.b], ids[p.a]];
    return { source, target, weight: p.weight, evidence: p.where.map((w) => evidence(w.article, w.start, w.end)) };
  });
  const nodes: GraphNode[] = kept.map(({ n, entity, mentions }) => ({ id: entity.id, name: entity.name, type: entity.type, mentions, strength: strength.get(n) ?? 0 }));
  return { nodes, edges, totalNodes: ids.length, totalEdges };
}

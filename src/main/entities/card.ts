import type { Article, Entity, EntityCard, MentionInContext } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import { sentenceAround } from './context';
import { noteReferences } from './note-mentions';
import { resolveEntityId, requireEntity } from './resolve';

const RELATED = 8;

/** Indexes kept up to date elsewhere (see NotebookEntityCounts), so a card reads only what it needs. */
export interface CardIndexes {
  /** The articles that name the entity or quote it; without it, every article is read. */
  articlesOf(entityId: string): Iterable<Article>;
  entityById(id: string): Entity | undefined;
}

/** The entity's card: every sentence naming it, its quotes, and who is named with it most. */
export function entityCard(data: NotebookData, id: string, indexes?: CardIndexes): EntityCard {
  const entity = requireEntity(data, id);
  const names = indexes ? { has: (other: string) => !!indexes.entityById(other), get: (other: string) => indexes.entityById(other) } : new Map(data.entities.map((e) => [e.id, e]));
  // In the notebook's order, as a scan of every article would list them.
  const articles = indexes ? [...indexes.articlesOf(entity.id)].sort((a, b) => order(data, a) - order(data, b)) : data.articles;
  const mentions: MentionInContext[] = [];
  const quotes: EntityCard['quotes'] = [];
  const together = new Map<string, number>();
  let articleCount = 0;
  let mentionCount = 0;
  for (const article of articles) {
    if (article.trashedAt) continue; // in the trash: not evidence until restored
    const own = article.mentions.filter((m) => m.entityId === entity.id).sort((a, b) => a.start - b.start);
    let sentenceEnd = -1;
    for (const m of own) {
      // A sentence naming the entity twice is listed once, at its first mention.
      if (m.start < sentenceEnd) continue;
      const { sentence, offset } = sentenceAround(article.text, m.start, m.end);
      sentenceEnd = offset + sentence.length;
      mentions.push({ articleId: article.id, articleTitle: article.title, start: m.start, end: m.end, sentence, sentenceStart: m.start - offset, sentenceEnd: m.end - offset });
      // Appearing with someone means being named in the same sentence, counted once a sentence.
      const others = new Set(article.mentions.filter((o) => o.start >= offset && o.end <= sentenceEnd && o.entityId !== entity.id).map((o) => o.entityId));
      for (const other of others) if (names.has(other)) together.set(other, (together.get(other) ?? 0) + 1);
    }
    for (const q of article.quotes) if (q.speakerEntityId === entity.id && !q.fragment) quotes.push({ ...q, articleId: article.id, articleTitle: article.title });
    if (own.length === 0) continue;
    mentionCount += own.length;
    articleCount++;
  }
  const related = [...together]
    .map(([otherId, count]) => {
      const other = names.get(otherId)!;
      return { id: other.id, name: other.name, type: other.type, together: count };
    })
    .sort((a, b) => b.together - a.together || a.name.localeCompare(b.name))
    .slice(0, RELATED);
  return { ...entity, mentionCount, articleCount, mentions, quotes, related, notes: notesMentioning(data, entity.id) };
}

/** The notes whose text holds a mention of the entity (one made before a merge counts too), newest first. */
function notesMentioning(data: NotebookData, id: string): NonNullable<EntityCard['notes']> {
  return data.notes
    .filter((note) => !note.trashedAt && note.content.includes('"mention"'))
    .filter((note) => [...noteReferences(note).entityIds].some((ref) => ref === id || resolveEntityId(data, ref) === id))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map(({ id: noteId, title, updatedAt }) => ({ id: noteId, title, updatedAt }));
}

/** An article's place in the notebook (its position in the list), remembered per list until it changes. */
const positions = new WeakMap<Article[], Map<Article, number>>();
function order(data: NotebookData, article: Article): number {
  let map = positions.get(data.articles);
  let at = map && map.size === data.articles.length ? map.get(article) : undefined;
  if (at === undefined) {
    map = new Map(data.articles.map((a, i) => [a, i]));
    positions.set(data.articles, map);
    at = map.get(article);
  }
  return at ?? Number.MAX_SAFE_INTEGER;
}

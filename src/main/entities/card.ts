import type { EntityCard, MentionInContext } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import { sentenceAround } from './context';
import { requireEntity } from './resolve';

const RELATED = 8;

/** The entity's card: every mention in its sentence, its quotes, and who it appears with most. */
export function entityCard(data: NotebookData, id: string): EntityCard {
  const entity = requireEntity(data, id);
  const names = new Map(data.entities.map((e) => [e.id, e]));
  const mentions: MentionInContext[] = [];
  const quotes: EntityCard['quotes'] = [];
  const together = new Map<string, number>();
  let articleCount = 0;
  for (const article of data.articles) {
    if (article.trashedAt) continue; // in the trash: not evidence until restored
    const own = article.mentions.filter((m) => m.entityId === entity.id).sort((a, b) => a.start - b.start);
    for (const m of own) {
      const { sentence, offset } = sentenceAround(article.text, m.start, m.end);
      mentions.push({ articleId: article.id, articleTitle: article.title, start: m.start, end: m.end, sentence, sentenceStart: m.start - offset, sentenceEnd: m.end - offset });
    }
    for (const q of article.quotes) if (q.speakerEntityId === entity.id && !q.fragment) quotes.push({ ...q, articleId: article.id, articleTitle: article.title });
    if (own.length === 0) continue;
    articleCount++;
    // Appearing in the same article counts once per article, however often each is named.
    for (const other of new Set(article.mentions.map((m) => m.entityId))) {
      if (other !== entity.id && names.has(other)) together.set(other, (together.get(other) ?? 0) + 1);
    }
  }
  const related = [...together]
    .map(([otherId, count]) => {
      const other = names.get(otherId)!;
      return { id: other.id, name: other.name, type: other.type, together: count };
    })
    .sort((a, b) => b.together - a.together || a.name.localeCompare(b.name))
    .slice(0, RELATED);
  return { ...entity, mentionCount: mentions.length, articleCount, mentions, quotes, related };
}

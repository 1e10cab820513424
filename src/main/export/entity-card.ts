import { isDossierError } from '../../shared/errors';
import { DossierError } from '../../shared/errors';
import type { EntityCard, MentionInContext } from '../../shared/model';
import * as workbench from '../entities/corrections';
import { summarise } from '../entities/merge';
import type { NotebookData } from '../store/schema';

/** The sentence around [start, end): from the previous sentence end (or paragraph) to the next. */
function sentenceAround(text: string, start: number, end: number): { sentence: string; offset: number } {
  let from = start;
  while (from > 0 && !/[.!?。！？\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[.!?。！？\n]/.test(text[to])) to++;
  if (to < text.length && text[to] !== '\n') to++;
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { sentence: raw.trim(), offset: from + lead };
}

/** The card built straight from the notebook's records, for builds where the workbench has none yet. */
function cardFromData(data: NotebookData, id: string): EntityCard {
  const entity = data.entities.find((e) => e.id === id);
  if (!entity) throw new DossierError('not-found', 'That entity is no longer in the notebook. It may have been merged or deleted.');
  const summary = summarise([entity], data.articles).find((s) => s.id === id) ?? { ...entity, mentionCount: 0, articleCount: 0 };
  const mentions: MentionInContext[] = [];
  const quotes: EntityCard['quotes'] = [];
  for (const article of data.articles) {
    for (const m of article.mentions) {
      if (m.entityId !== id) continue;
      const { sentence, offset } = sentenceAround(article.text, m.start, m.end);
      mentions.push({ articleId: article.id, articleTitle: article.title, start: m.start, end: m.end, sentence, sentenceStart: m.start - offset, sentenceEnd: m.end - offset });
    }
    for (const q of article.quotes) if (q.speakerEntityId === id && !q.fragment) quotes.push({ ...q, articleId: article.id, articleTitle: article.title });
  }
  return { ...summary, mentions, quotes, related: [] };
}

/** The entity's card from the workbench; while the workbench cannot build one yet, from the records directly. */
export function entityCardFor(data: NotebookData, id: string): EntityCard {
  try {
    return workbench.entityCard(data, id);
  } catch (error) {
    if (isDossierError(error) && error.code === 'internal') return cardFromData(data, id);
    throw error;
  }
}

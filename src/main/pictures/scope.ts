import { DossierError } from '../../shared/errors';
import type { Article, Entity, EvidenceSentence, StoredMention } from '../../shared/model';
import type { NotebookData } from '../store/schema';

/** The articles a picture is drawn from: one, or every one not in the trash. */
export function articlesInScope(data: NotebookData, articleId?: string): Article[] {
  if (!articleId) return data.articles.filter((a) => !a.trashedAt);
  const article = data.articles.find((a) => a.id === articleId);
  if (!article) throw new DossierError('not-found', 'That article is no longer in the notebook. Choose another in the library.');
  return [article];
}

export function entitiesById(data: NotebookData): Map<string, Entity> {
  return new Map(data.entities.map((e) => [e.id, e]));
}

/** Mentions in text order (imports store them so, but corrections may not keep it). */
export function sortedMentions(article: Article): StoredMention[] {
  const list = article.mentions;
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return [...list].sort((a, b) => a.start - b.start);
  return list;
}

export function evidence(article: Article, start: number, end: number): EvidenceSentence {
  const found: EvidenceSentence = { articleId: article.id, articleTitle: article.title, start, end, sentence: article.text.slice(start, end) };
  if (article.source) found.source = article.source;
  if (article.publishedAt) found.publishedAt = article.publishedAt;
  if (article.url) found.url = article.url;
  return found;
}

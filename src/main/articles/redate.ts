import type { Extraction } from '../../shared/extraction';
import type { Article } from '../../shared/model';
import { mergeExtraction } from '../entities/merge';
import { applyRules } from '../entities/rules';
import { extractOffThread } from '../extract/worker-pool';
import type { NotebookData } from '../store/schema';

/** Only the dates of an extraction: what a new article date changes. */
function datesOf(extraction: Extraction): Extraction {
  return {
    entities: extraction.entities.filter((e) => e.type === 'DATE'),
    mentions: extraction.mentions.filter((m) => m.type === 'DATE'),
    quotes: [],
  };
}

/**
 * Reads the article's dates again against its (new) date: "Oct. 10" in an article dated 2016 is
 * 2016-10-10, and in one with no date it stays unresolved. Names, posts and quotes are left as they
 * are, with the corrections made to them. Mutates the article and the notebook's entities.
 */
export async function redateArticle(data: NotebookData, article: Article): Promise<void> {
  const fresh = await extractOffThread(article.text, { publishedAt: article.publishedAt });
  // The user's rules apply first (a date they retyped or ignored stays so), then only dates are kept.
  const dates = datesOf(applyRules(fresh, data.rules, article.text));
  const { mentions } = mergeExtraction(data.entities, article.id, dates);
  const isDate = new Set(data.entities.filter((e) => e.type === 'DATE').map((e) => e.id));
  article.mentions = [...article.mentions.filter((m) => !isDate.has(m.entityId)), ...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
}

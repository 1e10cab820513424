import type { Article, StoredMention } from '../../shared/model';
import { sortedMentions } from './scope';
import { articleSentences, SentenceCursor } from './sentences';

/** A sentence that names something: where it is, its paragraph, its mentions in order and who is in it. */
export interface NamedSentence {
  article: Article;
  start: number;
  end: number;
  /** Counted by line breaks before the sentence, so two sentences of one paragraph share it. */
  paragraph: number;
  mentions: StoredMention[];
  /** Each entity named once, in the order first named. */
  ids: string[];
}

/**
 * What the pictures need of one article, worked out once when it arrives: its sentences that name
 * anything, with their mentions. Entity records are looked up when a picture is drawn, so a rename
 * or a retype needs no new digest; a merge or an ignore changes the article and so its digest.
 * Mentions are copied, as a correction rewrites the article's own before the index hears of it.
 */
export interface ArticleDigest {
  article: Article;
  sentences: NamedSentence[];
  /** Mentions of each entity in the whole article, as they were when digested. */
  named: Map<string, number>;
}

export function digestArticle(article: Article): ArticleDigest {
  const spans = articleSentences(article);
  const cursor = new SentenceCursor(spans);
  const text = article.text;
  const sentences: NamedSentence[] = [];
  let paragraph = 0;
  let counted = 0; // text before this offset has had its line breaks counted
  let current = null as NamedSentence | null;
  const named = new Map<string, number>();
  for (const { start: from, end: to, entityId } of sortedMentions(article)) {
    const m = { start: from, end: to, entityId };
    named.set(entityId, (named.get(entityId) ?? 0) + 1);
    const at = cursor.find(m.start);
    if (at < 0) continue;
    const start = spans[at * 2];
    if (current?.start !== start) {
      for (let i = text.indexOf('\n', counted); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) paragraph++;
      counted = start;
      current = { article, start, end: spans[at * 2 + 1], paragraph, mentions: [], ids: [] };
      sentences.push(current);
    }
    current.mentions.push(m);
    if (!current.ids.includes(m.entityId)) current.ids.push(m.entityId);
  }
  return { article, sentences, named };
}

/** The groups a link is counted over: each sentence, or each paragraph (its sentences' names together). */
export function linkGroups(digest: ArticleDigest, level: 'sentence' | 'paragraph'): Array<{ ids: string[]; sentences: NamedSentence[] }> {
  if (level === 'sentence') return digest.sentences.map((s) => ({ ids: s.ids, sentences: [s] }));
  const groups: Array<{ ids: string[]; sentences: NamedSentence[]; paragraph: number }> = [];
  for (const s of digest.sentences) {
    let group = groups.at(-1);
    if (group?.paragraph !== s.paragraph) {
      group = { ids: [], sentences: [], paragraph: s.paragraph };
      groups.push(group);
    }
    group.sentences.push(s);
    for (const id of s.ids) if (!group.ids.includes(id)) group.ids.push(id);
  }
  return groups;
}

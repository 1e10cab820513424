import { randomUUID } from 'node:crypto';
import type { PostInput } from '../../shared/api';
import { DossierError } from '../../shared/errors';
import { ENTITY_TYPES, type EntityType } from '../../shared/extraction';
import type { Article, Entity, StoredQuote } from '../../shared/model';
import { postLabel } from '../../shared/posts';
import type { NotebookData } from '../store/schema';
import { requireEntity } from './resolve';
import { entityKey, sameName } from './rules';
import { CorrectionRecorder } from './snapshot';

// Corrections to the evidence itself: who said a quote, whether it is one, a person's posts, and a
// name the extractor missed. Each is undoable like the entity corrections; none is a rule for imports.

const q = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

function requireArticle(data: NotebookData, id: string): Article {
  const article = data.articles.find((a) => a.id === id);
  if (!article) throw new DossierError('not-found', 'That article is no longer in the notebook. Refresh the window and try again.');
  return article;
}

function requireQuote(article: Article, start: number): StoredQuote {
  const quote = article.quotes.find((x) => x.start === start);
  if (!quote) throw new DossierError('not-found', 'That quote is no longer in the article: it may have been dismissed. Open the article again to see its quotes.');
  return quote;
}

/** Who said the quote: an entity of the notebook, or nobody known (null). */
export function setQuoteSpeaker(data: NotebookData, articleId: string, quoteStart: number, speakerId: string | null): void {
  const article = requireArticle(data, articleId);
  const quote = requireQuote(article, quoteStart);
  const speaker = speakerId === null ? null : requireEntity(data, speakerId);
  if (speaker && speaker.type !== 'PERSON' && speaker.type !== 'ORGANIZATION') {
    throw new DossierError('invalid-input', `${q(speaker.name)} is not a person or an organisation, so it cannot be the speaker. Choose someone else, or change its type first.`);
  }
  const rec = new CorrectionRecorder(data);
  rec.article(article);
  if (speaker) Object.assign(quote, { speaker: speaker.name, speakerEntityId: speaker.id });
  else {
    quote.speaker = null;
    delete quote.speakerEntityId;
  }
  // A statement with a speaker is a statement, whatever the extractor thought of it.
  if (speaker) quote.fragment = false;
  rec.commit('speaker', speaker ? `Gave ${q(quote.text)} to ${q(speaker.name)}` : `Took the speaker off ${q(quote.text)}`);
}

/** The quote is not a statement (a title in quotation marks, a misread passage): it leaves the evidence. */
export function dismissQuote(data: NotebookData, articleId: string, quoteStart: number): void {
  const article = requireArticle(data, articleId);
  const quote = requireQuote(article, quoteStart);
  const rec = new CorrectionRecorder(data);
  rec.article(article);
  article.quotes = article.quotes.filter((x) => x !== quote);
  rec.commit('dismiss', `Dismissed the quote ${q(quote.text)}`);
}

/**
 * Edits a post (every role shown as `from`, keeping the articles that state it), adds one (`from`
 * null; the user's word, with no article) or removes one (`to` null).
 */
export function editPost(data: NotebookData, entityId: string, from: string | null, to: PostInput | null): Entity {
  const entity = requireEntity(data, entityId);
  const title = to ? String(to.title ?? '').replace(/\s+/g, ' ').trim() : '';
  const organization = to?.organization ? String(to.organization).replace(/\s+/g, ' ').trim() || undefined : undefined;
  if (to && !title) throw new DossierError('invalid-input', `Type the post (for example “Foreign Minister”), then choose Save.`);
  const matching = from === null ? [] : entity.roles.filter((r) => postLabel(r) === from);
  if (from !== null && matching.length === 0) throw new DossierError('not-found', `${q(entity.name)} no longer holds the post ${q(from)}. Open the card again to see its posts.`);
  if (!to && from === null) throw new DossierError('invalid-input', 'Choose a post to remove.');
  const rec = new CorrectionRecorder(data);
  rec.entity(entity);
  const post = { title, ...(organization ? { organization } : {}), ...(to?.former ? { former: true } : {}) };
  if (from === null) entity.roles.push({ ...post, articleId: '', start: -1, end: -1 });
  else if (!to) entity.roles = entity.roles.filter((r) => !matching.includes(r));
  else {
    for (const role of matching) {
      role.title = post.title;
      if (post.organization) role.organization = post.organization;
      else delete role.organization;
      if (post.former) role.former = true;
      else delete role.former;
    }
  }
  const label = from === null ? `Added the post ${q(postLabel(post))} to ${q(entity.name)}` : to ? `Changed ${q(entity.name)}’s post ${q(from)} to ${q(postLabel(post))}` : `Removed the post ${q(from)} from ${q(entity.name)}`;
  rec.commit('post', label);
  return entity;
}

const TYPE_WORD: Record<EntityType, string> = { PERSON: 'a person', ORGANIZATION: 'an organisation', PLACE: 'a place', DATE: 'a date', TERM: 'a key term' };

/**
 * The words from `start` to `end` of the article name an entity of `type` the extractor missed:
 * they become a mention of the entity of that name (made if there is none), and so does every
 * other place the article says the same words where no name was found.
 */
export function markEntity(data: NotebookData, articleId: string, start: number, end: number, type: EntityType): Entity {
  const article = requireArticle(data, articleId);
  if (!ENTITY_TYPES.includes(type)) throw new DossierError('invalid-input', `“${type}” is not an entity type. Use one of: ${ENTITY_TYPES.join(', ')}.`);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > article.text.length || end <= start) {
    throw new DossierError('invalid-input', 'Select the name in the article first, then choose Mark as.');
  }
  // Spaces and punctuation caught at either end of the selection are not part of the name.
  let [s, e] = [start, end];
  while (s < e && /[\s"“”‘’'(),.;:!?]/.test(article.text[s])) s++;
  while (e > s && /[\s"“”‘’'(),.;:!?]/.test(article.text[e - 1])) e--;
  const name = article.text.slice(s, e).replace(/\s+/g, ' ');
  if (!name || name.length > 200 || /\n\s*\n/.test(article.text.slice(s, e))) {
    throw new DossierError('invalid-input', 'Select just the name (a few words within one paragraph), then choose Mark as.');
  }
  const rec = new CorrectionRecorder(data);
  let entity = data.entities.find((x) => x.type === type && (sameName(x.name, name) || x.aliases.some((a) => sameName(a, name))));
  if (entity) rec.entity(entity);
  else {
    entity = { id: randomUUID(), key: entityKey(type, name), type, name, aliases: [], roles: [] };
    rec.created(entity);
    data.entities.push(entity);
  }
  rec.article(article);
  const id = entity.id;
  // The selection is the user's word: names found across it give way. Elsewhere, only free text is marked.
  const overlaps = (m: { start: number; end: number }, a: number, b: number) => m.start < b && a < m.end;
  article.mentions = article.mentions.filter((m) => !overlaps(m, s, e));
  const spans = [[s, e]];
  const word = /[\p{L}\p{N}]/u;
  for (let at = article.text.indexOf(article.text.slice(s, e)); at >= 0; at = article.text.indexOf(article.text.slice(s, e), at + 1)) {
    const to = at + (e - s);
    if (at === s || word.test(article.text[at - 1] ?? '') || word.test(article.text[to] ?? '')) continue;
    if (article.mentions.some((m) => overlaps(m, at, to))) continue;
    spans.push([at, to]);
  }
  for (const [a, b] of spans) article.mentions.push({ start: a, end: b, entityId: id });
  article.mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  // Later imports that say the same words find them too.
  data.rules.push({ kind: 'mark', name, type });
  rec.commit('mark', `Marked ${q(name)} as ${TYPE_WORD[type]}`);
  return entity;
}

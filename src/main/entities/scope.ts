import type { EntityQuery } from '../../shared/api';
import { DossierError } from '../../shared/errors';
import type { Article, EntitySummary } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import type { NotebookEntityCounts } from './notebook-counts';
import { noteReferences } from './note-mentions';
import { resolveEntityId } from './resolve';

/** A listed entity and when it was last seen: the newest date of an article naming it. */
/** An entity as the sidebar lists it (lastSeen is on EntitySummary itself). */
export type ListedEntity = EntitySummary;

const dateOf = (a: Article) => a.publishedAt ?? a.importedAt;

/**
 * The sidebar's entities for a scope: one article, one note (its mention chips and the articles it
 * cites), or the whole notebook. One pass over the mentions.
 */
export function listScope(data: NotebookData, query: EntityQuery = {}): ListedEntity[] {
  let articles = data.articles.filter((a) => !a.trashedAt);
  // Note scope: only these, counted over the whole notebook so a mention chip shows its weight.
  let only: Set<string> | null = null;
  if (query.articleId) {
    articles = data.articles.filter((a) => a.id === query.articleId);
    if (articles.length === 0) throw new DossierError('not-found', 'That article is no longer in the notebook. Choose another in the library.');
  } else if (query.noteId) {
    const note = data.notes.find((n) => n.id === query.noteId);
    if (!note) throw new DossierError('not-found', 'That note no longer exists. Choose another in the library.');
    const refs = noteReferences(note);
    only = new Set([...refs.entityIds].map((id) => resolveEntityId(data, id)));
    for (const a of articles) if (refs.articleIds.has(a.id)) for (const m of a.mentions) only.add(m.entityId);
  }
  const counts = new Map<string, { mentions: number; articles: number; lastSeen: string }>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const m of article.mentions) {
      let c = counts.get(m.entityId);
      if (!c) {
        c = { mentions: 0, articles: 0, lastSeen: '' };
        counts.set(m.entityId, c);
      }
      c.mentions++;
      if (seen.has(m.entityId)) continue;
      seen.add(m.entityId);
      c.articles++;
      if (dateOf(article) > c.lastSeen) c.lastSeen = dateOf(article);
    }
  }
  const listed: ListedEntity[] = [];
  for (const e of data.entities) {
    const c = counts.get(e.id);
    if (only ? !only.has(e.id) : !c) continue;
    listed.push({ ...e, mentionCount: c?.mentions ?? 0, articleCount: c?.articles ?? 0, lastSeen: c?.lastSeen || undefined });
  }
  return listed.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
}

const listOrder = (a: ListedEntity, b: ListedEntity) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name);

/**
 * Every entity with evidence in the notebook, from counts kept up to date (no scan of the articles).
 * Given the list as it was and the entities changed since, it patches that list (an import touches
 * a few dozen of forty thousand) instead of sorting everything again.
 */
export function listNotebook(data: NotebookData, counts: NotebookEntityCounts, before?: ListedEntity[]): ListedEntity[] {
  const changed = counts.takeChanged();
  if (!before || changed === null) {
    const listed: ListedEntity[] = [];
    for (const e of data.entities) {
      const c = counts.get(e.id);
      if (c) listed.push({ ...e, mentionCount: c.mentions, articleCount: c.articles, lastSeen: c.lastSeen || undefined });
    }
    return listed.sort(listOrder);
  }
  if (changed.size === 0) return before;
  const fresh: ListedEntity[] = [];
  for (const e of data.entities) {
    if (!changed.has(e.id)) continue;
    const c = counts.get(e.id);
    if (c) fresh.push({ ...e, mentionCount: c.mentions, articleCount: c.articles, lastSeen: c.lastSeen || undefined });
  }
  fresh.sort(listOrder);
  // The rest stay in order; each re-counted entity goes in where a binary search puts it.
  const rest = before.filter((entry) => !changed.has(entry.id));
  const merged: ListedEntity[] = [];
  let from = 0;
  for (const entry of fresh) {
    let lo = from;
    let hi = rest.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (listOrder(rest[mid], entry) <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (let k = from; k < lo; k++) merged.push(rest[k]);
    merged.push(entry);
    from = lo;
  }
  for (let k = from; k < rest.length; k++) merged.push(rest[k]);
  return merged;
}

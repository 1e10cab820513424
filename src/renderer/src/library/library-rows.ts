import type { ArticleSummary, NoteSummary } from '../../../shared/model';

export type Section = 'notes' | 'articles';

/** One line of the virtualised library: a section heading, a note, an article, or a section's empty message. */
export type LibraryRow =
  | { kind: 'head'; section: Section }
  | { kind: 'note'; note: NoteSummary }
  | { kind: 'article'; article: ArticleSummary }
  | { kind: 'empty'; section: Section; text: string };

export const HEAD_HEIGHT = 40;
export const ITEM_HEIGHT = 56;
export const EMPTY_HEIGHT = 64;
export const libraryRowHeight = (row: LibraryRow) => (row.kind === 'head' ? HEAD_HEIGHT : row.kind === 'empty' ? EMPTY_HEIGHT : ITEM_HEIGHT);

/** The key the keyboard and the selection know a row by; null for rows that are not items. */
export const libraryKey = (row: LibraryRow): string | null => (row.kind === 'note' ? `note:${row.note.id}` : row.kind === 'article' ? `article:${row.article.id}` : null);

function matches(query: string, ...fields: Array<string | undefined>): boolean {
  return !query || fields.some((f) => f?.toLowerCase().includes(query));
}

/** Notes, then articles, each under its heading, filtered by the search box. */
export function libraryRows(notes: readonly NoteSummary[], articles: readonly ArticleSummary[], query: string): LibraryRow[] {
  const q = query.trim().toLowerCase();
  const shownNotes = notes.filter((n) => matches(q, n.title));
  const shownArticles = articles.filter((a) => matches(q, a.title, a.source, a.author));
  const rows: LibraryRow[] = [{ kind: 'head', section: 'notes' }];
  if (shownNotes.length === 0) rows.push({ kind: 'empty', section: 'notes', text: notes.length ? 'No note matches.' : 'No notes yet.' });
  for (const note of shownNotes) rows.push({ kind: 'note', note });
  rows.push({ kind: 'head', section: 'articles' });
  if (shownArticles.length === 0)
    rows.push({ kind: 'empty', section: 'articles', text: articles.length ? 'No article matches.' : 'No articles yet. Import one to see its people, places and quotes.' });
  for (const article of shownArticles) rows.push({ kind: 'article', article });
  return rows;
}

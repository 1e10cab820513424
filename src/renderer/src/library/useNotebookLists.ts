import { useCallback, useRef, useState } from 'react';
import type { ChangeFeed } from '../../../shared/api';
import type { ArticleSummary, NoteSummary } from '../../../shared/model';
import { api } from '../lib/api';

export interface NotebookLists {
  notes: NoteSummary[];
  articles: ArticleSummary[];
  trashNotes: NoteSummary[];
  trashArticles: ArticleSummary[];
}

const EMPTY: NotebookLists = { notes: [], articles: [], trashNotes: [], trashArticles: [] };
const newest = <T extends { updatedAt?: string; importedAt?: string }>(a: T, b: T) => (b.updatedAt ?? b.importedAt ?? '').localeCompare(a.updatedAt ?? a.importedAt ?? '');
const lastTrashed = <T extends { trashedAt?: string }>(a: T, b: T) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? '');

/** Puts changed records in their list (live or trash) and takes removed ones out, keeping each list's order. */
function applied<T extends { id: string; trashedAt?: string }>(live: T[], trash: T[], changed: T[], removed: string[], order: (a: T, b: T) => number): [T[], T[]] {
  if (changed.length === 0 && removed.length === 0) return [live, trash];
  const gone = new Set([...removed, ...changed.map((x) => x.id)]);
  const nextLive = live.filter((x) => !gone.has(x.id));
  const nextTrash = trash.filter((x) => !gone.has(x.id));
  for (const x of changed) (x.trashedAt ? nextTrash : nextLive).push(x);
  return [nextLive.sort(order), nextTrash.sort(lastTrashed)];
}

/**
 * The window's one copy of the notebook's lists (notes, articles, and both trashes). After a change
 * it asks what changed since the revision it has and applies just that, instead of fetching every
 * list again; only when it is too far behind does it read them whole.
 */
export function useNotebookLists() {
  const [lists, setLists] = useState<NotebookLists>(EMPTY);
  const revision = useRef(-1);
  const syncing = useRef<Promise<boolean> | null>(null);

  /** Reads every list (at start, or when too far behind). */
  const load = useCallback(async (): Promise<NotebookLists> => {
    const { revision: now } = await api.changesSince(-1);
    const [notes, articles, trashNotes, trashArticles] = await Promise.all([api.listNotes(), api.listArticles(), api.listTrash(), api.listTrashedArticles()]);
    const next = { notes, articles, trashNotes, trashArticles };
    revision.current = now;
    setLists(next);
    return next;
  }, []);

  /** Applies what changed since the last sync; true when lists of entities may differ (entities changed, or notes, whose mentions count). */
  const sync = useCallback((): Promise<boolean> => {
    // One at a time, so two quick changes are not applied out of order.
    const run = async (): Promise<boolean> => {
      if (syncing.current) await syncing.current.catch(() => {});
      const feed: ChangeFeed = await api.changesSince(revision.current);
      if (feed.reset) {
        await load();
        return true;
      }
      revision.current = feed.revision;
      setLists((now) => {
        const [notes, trashNotes] = applied(now.notes, now.trashNotes, feed.notes, feed.removedNotes, newest);
        const [articles, trashArticles] = applied(now.articles, now.trashArticles, feed.articles, feed.removedArticles, newest);
        return { notes, articles, trashNotes, trashArticles };
      });
      return feed.entities || feed.notes.length > 0 || feed.removedNotes.length > 0;
    };
    const running = run();
    syncing.current = running;
    return running;
  }, [load]);

  /** A note the editor has just saved, shown at once at the top (its save is in the next sync too). */
  const noteSaved = useCallback((saved: NoteSummary) => {
    setLists((now) => ({ ...now, notes: [saved, ...now.notes.filter((n) => n.id !== saved.id)] }));
  }, []);

  return { ...lists, load, sync, noteSaved };
}

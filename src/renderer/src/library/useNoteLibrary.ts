import { useCallback } from 'react';
import { api } from '../lib/api';
import { settleSaves } from '../lib/save-queue';
import type { Selection } from './LibraryPane';
import type { NotebookLists } from './useNotebookLists';

interface Deps {
  /** The window's lists, trash included (useNotebookLists); refreshLists applies what changed to them. */
  lists: NotebookLists;
  refreshLists: () => Promise<void>;
  select: (selection: Selection) => Promise<void>;
  flash: (message: string) => void;
  report: (error: unknown) => void;
}

/** Duplicate, move to the trash and restore notes and articles, empty the trash; keeps the trash lists for the library. */
export function useNoteLibrary({ lists, refreshLists, select, flash, report }: Deps) {
  const { trashNotes: trash, trashArticles: articleTrash, notes, articles } = lists;

  const duplicate = useCallback(
    async (id: string) => {
      try {
        await settleSaves(id); // what was just typed goes into the copy
        const copy = await api.duplicateNote(id);
        await refreshLists();
        await select({ kind: 'note', id: copy.id });
        flash(`Made a copy: “${copy.title}”.`);
      } catch (error) {
        report(error);
      }
    },
    [refreshLists, select, flash, report],
  );

  const moveToTrash = useCallback(
    async (id: string, title: string) => {
      try {
        await api.deleteNote(id);
        await refreshLists();
        const next = notes.find((n) => n.id !== id);
        await select(next ? { kind: 'note', id: next.id } : null);
        flash(`Moved “${title}” to the trash. Restore it from the Trash in the library.`);
      } catch (error) {
        report(error);
      }
    },
    [notes, refreshLists, select, flash, report],
  );

  const restore = useCallback(
    async (id: string) => {
      try {
        const note = await api.restoreNote(id);
        await refreshLists();
        await select({ kind: 'note', id: note.id });
        flash(`Restored “${note.title}”.`);
      } catch (error) {
        report(error);
      }
    },
    [refreshLists, select, flash, report],
  );

  const trashArticle = useCallback(
    async (id: string, title: string) => {
      try {
        await api.trashArticle(id);
        await refreshLists();
        const next = articles.find((a) => a.id !== id);
        await select(next ? { kind: 'article', id: next.id } : null);
        flash(`Moved “${title}” to the trash: its names and quotes leave the entities until you restore it.`);
      } catch (error) {
        report(error);
      }
    },
    [articles, refreshLists, select, flash, report],
  );

  const restoreArticle = useCallback(
    async (id: string) => {
      try {
        const article = await api.restoreArticle(id);
        await refreshLists();
        await select({ kind: 'article', id: article.id });
        flash(`Restored “${article.title}”.`);
      } catch (error) {
        report(error);
      }
    },
    [refreshLists, select, flash, report],
  );

  const emptyTrash = useCallback(async () => {
    const count = trash.length + articleTrash.length;
    if (!window.confirm(`Delete the ${count} ${count === 1 ? 'item' : 'items'} in the trash for good? This cannot be undone; briefs that cite a deleted article keep the details they show.`)) return;
    try {
      const gone = await api.emptyTrash();
      await refreshLists();
      flash(`Deleted ${gone.notes + gone.articles} ${gone.notes + gone.articles === 1 ? 'item' : 'items'} for good.`);
    } catch (error) {
      report(error);
    }
  }, [trash.length, articleTrash.length, refreshLists, flash, report]);

  return { trash, articleTrash, duplicate, moveToTrash, restore, trashArticle, restoreArticle, emptyTrash };
}

import { useCallback, useEffect, useState } from 'react';
import type { NoteSummary } from '../../../shared/model';
import { api } from '../lib/api';
import type { Selection } from './LibraryPane';

interface Deps {
  refreshLists: () => Promise<void>;
  select: (selection: Selection) => Promise<void>;
  flash: (message: string) => void;
  report: (error: unknown) => void;
}

/** Duplicate, move to the trash and restore notes; keeps the trash list for the library. */
export function useNoteLibrary({ refreshLists, select, flash, report }: Deps) {
  const [trash, setTrash] = useState<NoteSummary[]>([]);
  const refreshTrash = useCallback(async () => setTrash(await api.listTrash()), []);
  useEffect(() => {
    refreshTrash().catch(report);
  }, [refreshTrash, report]);

  const duplicate = useCallback(
    async (id: string) => {
      try {
        (document.activeElement as HTMLElement | null)?.blur(); // save what was just typed first
        await new Promise((r) => window.setTimeout(r, 50));
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
        await Promise.all([refreshLists(), refreshTrash()]);
        const next = (await api.listNotes())[0];
        await select(next ? { kind: 'note', id: next.id } : null);
        flash(`Moved “${title}” to the trash. Restore it from the Trash in the library.`);
      } catch (error) {
        report(error);
      }
    },
    [refreshLists, refreshTrash, select, flash, report],
  );

  const restore = useCallback(
    async (id: string) => {
      try {
        const note = await api.restoreNote(id);
        await Promise.all([refreshLists(), refreshTrash()]);
        await select({ kind: 'note', id: note.id });
        flash(`Restored “${note.title}”.`);
      } catch (error) {
        report(error);
      }
    },
    [refreshLists, refreshTrash, select, flash, report],
  );

  return { trash, duplicate, moveToTrash, restore };
}

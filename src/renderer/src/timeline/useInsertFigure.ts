import { useCallback } from 'react';
import { api } from '../lib/api';
import { type CiteInto, NEW_NOTE } from '../reader/CiteTarget';
import { appendFigure, type Figure } from './insert-figure';

interface Deps {
  citeInto: CiteInto;
  /** Shows the note the figure went into. */
  openNote: (id: string) => Promise<void>;
  refreshLists: () => Promise<void>;
  flash: (message: string) => void;
  report: (error: unknown) => void;
}

/** "Insert into note": the figure goes to the end of the note chosen in "Cite into", which then opens. */
export function useInsertFigure({ citeInto, openNote, refreshLists, flash, report }: Deps) {
  return useCallback(
    async (figure: Figure) => {
      try {
        const chosen = citeInto.target === NEW_NOTE ? null : await api.getNote(citeInto.target).catch(() => null);
        const into = chosen && !chosen.trashedAt ? chosen : await api.createNote({ title: figure.title });
        await api.saveNote(into.id, { content: appendFigure(into.content, figure) });
        citeInto.onTarget(into.id);
        await refreshLists();
        await openNote(into.id);
        flash(`Inserted “${figure.title}” into “${into.title}”.`);
      } catch (error) {
        report(error);
      }
    },
    [citeInto, openNote, refreshLists, flash, report],
  );
}

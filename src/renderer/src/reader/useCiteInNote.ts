import { useCallback, useRef } from 'react';
import { makeAnchor } from '../../../shared/anchor';
import type { ArticleView } from '../../../shared/model';
import { appendCitation } from '../editor/citations/append-citation';
import { api } from '../lib/api';

interface Deps {
  refreshLists: () => Promise<void>;
  flash: (message: string) => void;
  report: (error: unknown) => void;
}

/**
 * "Cite in note" from the reader: the passage goes to the end of the note the analyst was last writing
 * (a new one if there is none), without leaving the article. `noteOpened` tracks that note.
 */
export function useCiteInNote({ refreshLists, flash, report }: Deps) {
  const lastNote = useRef<string | null>(null);
  const noteOpened = useCallback((id: string) => {
    lastNote.current = id;
  }, []);

  const cite = useCallback(
    async (article: ArticleView, start: number, end: number) => {
      try {
        const id = lastNote.current ?? (await api.listNotes())[0]?.id;
        const note = id ? await api.getNote(id).catch(() => null) : null;
        const target = note && !note.trashedAt ? note : await api.createNote({ title: `Notes on ${article.title}` });
        const content = appendCitation(target.content, {
          anchor: makeAnchor(article.id, article.text, start, end),
          articleTitle: article.title,
          source: article.source,
          publishedAt: article.publishedAt,
          url: article.url,
        });
        await api.saveNote(target.id, { content });
        lastNote.current = target.id;
        await refreshLists();
        flash(`Cited in “${target.title}”.`);
      } catch (error) {
        report(error);
      }
    },
    [refreshLists, flash, report],
  );

  return { cite, noteOpened };
}

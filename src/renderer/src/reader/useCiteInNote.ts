import { useCallback, useState } from 'react';
import { makeAnchor } from '../../../shared/anchor';
import type { ArticleView, NoteSummary } from '../../../shared/model';
import { appendCitation } from '../editor/citations/append-citation';
import { api } from '../lib/api';
import { type CiteInto, NEW_NOTE } from './CiteTarget';

interface Deps {
  notes: readonly NoteSummary[];
  refreshLists: () => Promise<void>;
  flash: (message: string) => void;
  report: (error: unknown) => void;
}

/**
 * "Cite in note" from the reader: the passage goes to the end of the note the analyst chose in the
 * reader's "Cite into" box, which starts as the note last opened (a new one if there is none),
 * without leaving the article. `noteOpened` tracks that note.
 */
export function useCiteInNote({ notes, refreshLists, flash, report }: Deps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const noteOpened = useCallback((id: string) => setChosen(id), []);
  const target = chosen === NEW_NOTE || notes.some((n) => n.id === chosen) ? (chosen as string) : (notes[0]?.id ?? NEW_NOTE);

  const cite = useCallback(
    async (article: ArticleView, start: number, end: number) => {
      try {
        const note = target === NEW_NOTE ? null : await api.getNote(target).catch(() => null);
        const into = note && !note.trashedAt ? note : await api.createNote({ title: `Notes on ${article.title}` });
        const content = appendCitation(into.content, {
          anchor: makeAnchor(article.id, article.text, start, end),
          articleTitle: article.title,
          source: article.source,
          publishedAt: article.publishedAt,
          url: article.url,
        });
        await api.saveNote(into.id, { content });
        setChosen(into.id);
        await refreshLists();
        flash(`Cited in “${into.title}”.`);
      } catch (error) {
        report(error);
      }
    },
    [target, refreshLists, flash, report],
  );

  const citeInto: CiteInto = { notes, target, onTarget: setChosen };
  return { cite, noteOpened, citeInto };
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ImportTextInput, NotebookCase } from '../../shared/api';
import type { ArticleView, EntitySummary, Note, SearchHit } from '../../shared/model';
import { MoveDialog, type MoveRequest } from './cases/MoveDialog';
import { NotebooksDialog } from './cases/NotebooksDialog';
import { NoteEditor } from './editor/NoteEditor';
import { recallUiState, rememberOpen } from './editor/ui-memory';
import { ExportButton } from './export/ExportButton';
import { ExportDialog } from './export/ExportDialog';
import { EntitiesPane } from './entities/EntitiesPane';
import { api, errorMessage, onMenuCommand } from './lib/api';
import { saveNoteContent } from './lib/save-queue';
import { ImportDialog, type Tab as ImportTab } from './library/ImportDialog';
import { useFileDrop } from './library/useFileDrop';
import { useImportQueue } from './library/useImportQueue';
import { LibraryPane, type Selection } from './library/LibraryPane';
import { useNotebookLists } from './library/useNotebookLists';
import { useNoteLibrary } from './library/useNoteLibrary';
import { ArticleReader } from './reader/ArticleReader';
import { useCiteInNote } from './reader/useCiteInNote';
import type { CitationAnchor } from '../../shared/note-nodes';
import { FocusModeButton } from './layout/FocusModeButton';
import { PaneRail } from './layout/PaneRail';
import { SidePane } from './layout/SidePane';
import { usePaneCycling } from './layout/usePaneCycling';
import { usePaneLayout } from './layout/usePaneLayout';
import './layout/layout.css';
import { GraphView } from './graph/GraphView';
import { type Picture, PictureButtons } from './timeline/PictureButtons';
import { TimelineView } from './timeline/TimelineView';
import { useInsertFigure } from './timeline/useInsertFigure';

const BRIEF_MAX_BYTES = 20 * 1024 * 1024;

type Open = { kind: 'note'; note: Note } | { kind: 'article'; article: ArticleView } | null;

export function App() {
  // The lists live in one store that applies each change (see useNotebookLists).
  const lists = useNotebookLists();
  const { notes, articles, sync: syncLists, load: loadLists, noteSaved } = lists;
  const [entities, setEntities] = useState<EntitySummary[]>([]);
  const [open, setOpen] = useState<Open>(null);
  // A new object each time it is asked for, so a request the instant after a close still opens it.
  const [importing, setImporting] = useState<{ tab?: ImportTab } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [passage, setPassage] = useState<CitationAnchor | null>(null);
  const [entityFocus, setEntityFocus] = useState<{ name: string } | null>(null);
  const [cardRequest, setCardRequest] = useState<{ id: string } | null>(null);
  const [freshNote, setFreshNote] = useState<string | null>(null);
  const [mentionFocus, setMentionFocus] = useState<{ start: number; end: number } | null>(null);
  const [entityRevision, setEntityRevision] = useState(0);
  const [notebook, setNotebook] = useState<NotebookCase | undefined>(undefined);
  const [notebooks, setNotebooks] = useState<{ startNew: boolean } | null>(null);
  const [moving, setMoving] = useState<MoveRequest | null>(null);
  const [noteFind, setNoteFind] = useState<{ query: string } | null>(null);
  const [picture, setPicture] = useState<Picture | null>(null);
  // Bumped when a picture is asked for: a note or article still loading from before then leaves it shown.
  const pictureAsked = useRef(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const openRef = useRef<Open>(null);
  openRef.current = open;
  const entitiesRef = useRef(entities);
  entitiesRef.current = entities;
  const layout = usePaneLayout();
  const { restore: restoreLayout, toggleFocusMode } = layout;
  usePaneCycling();

  const report = useCallback((error: unknown) => setNotice(errorMessage(error)), []);
  const flash = useCallback((message: string) => {
    setStatus(message);
    window.setTimeout(() => setStatus((s) => (s === message ? null : s)), 4000);
  }, []);

  // After a change: apply what changed; entity lists are asked for again only if entities (or notes, whose mentions count) changed.
  const refreshLists = useCallback(async () => {
    if (await syncLists()) setEntityRevision((r) => r + 1);
  }, [syncLists]);

  const { cite, noteOpened, citeInto } = useCiteInNote({ notes, refreshLists, flash, report });
  const select = useCallback(
    async (selection: Selection) => {
      try {
        setPassage(null);
        setMentionFocus(null);
        setNoteFind(null);
        const asked = pictureAsked.current;
        const leavePicture = () => pictureAsked.current === asked && setPicture(null);
        rememberOpen(selection ?? undefined);
        // The picture gives way only once what replaces it has arrived, so no stale note is shown (and saved).
        if (!selection) {
          leavePicture();
          return setOpen(null);
        }
        if (selection.kind === 'note') {
          noteOpened(selection.id);
          const note = await api.getNote(selection.id);
          leavePicture();
          setOpen({ kind: 'note', note });
          setEntities(await api.listEntities());
        } else {
          const article = await api.getArticle(selection.id);
          leavePicture();
          setOpen({ kind: 'article', article });
          setEntities(article.entities);
        }
      } catch (error) {
        report(error);
      }
    },
    [report, noteOpened],
  );
  const library = useNoteLibrary({ lists, refreshLists, select, flash, report });
  const openNote = useCallback((id: string) => select({ kind: 'note', id }), [select]);
  // A citation whose article is in the trash, or no longer here (deleted for good, moved), says so.
  const [listsLoaded, setListsLoaded] = useState(false);
  const sourceOf = useMemo(() => {
    const live = new Set(articles.map((a) => a.id));
    const trashed = new Set(library.articleTrash.map((a) => a.id));
    return (id: string) => (trashed.has(id) ? 'trash' : listsLoaded && !live.has(id) ? 'gone' : undefined);
  }, [articles, library.articleTrash, listsLoaded]);
  const insertFigure = useInsertFigure({ citeInto, openNote, refreshLists, flash, report });
  const openCitation = useCallback(
    async (anchor: CitationAnchor) => {
      if (!anchor.articleId) return flash('This citation came from Markdown and is not linked to an article.');
      const state = sourceOf(anchor.articleId);
      if (state === 'gone') return flash('The article this passage was cited from is no longer in this notebook (deleted for good or moved); the citation keeps its words.');
      await select({ kind: 'article', id: anchor.articleId });
      setPassage(anchor);
      if (state === 'trash') flash('The source of this citation is in the trash: Restore from trash brings it back.');
    },
    [select, flash, sourceOf],
  );
  const openEntity = useCallback((id: string) => {
    const entity = entitiesRef.current.find((e) => e.id === id);
    if (entity) setEntityFocus({ name: entity.name });
  }, []);
  // A name clicked in the reader: its card, in the entities pane, shown if it was hidden.
  const { show: showPane, shown: shownPanes } = layout;
  const openCard = useCallback(
    (id: string) => {
      if (shownPanes.entities !== 'docked') showPane('entities');
      setCardRequest({ id });
    },
    [shownPanes.entities, showPane],
  );
  const openMention = useCallback(
    async (articleId: string, start: number, end: number) => {
      await select({ kind: 'article', id: articleId });
      setMentionFocus({ start, end });
    },
    [select],
  );
  // After an entity correction the reader's highlights and the editor's mention chips show the new names.
  const entityCorrected = useCallback(
    async (message: string) => {
      flash(message);
      // The library's entity counts change with merges, deletions and retypes.
      syncLists().catch(report);
      const current = openRef.current;
      if (current?.kind === 'article') {
        const article = await api.getArticle(current.article.id).catch(() => null);
        if (article) setOpen({ kind: 'article', article });
        if (article) setEntities(article.entities);
      } else setEntities(await api.listEntities());
    },
    [flash, report, syncLists],
  );

  useEffect(() => {
    (async () => {
      const info = await api.info();
      if (info.notice) setNotice(info.notice);
      setNotebook(info.notebook);
      if (info.notebook) document.title = `${info.notebook.name} — Dossier`;
      const { notes: n, articles: a } = await loadLists();
      setListsLoaded(true);
      setEntities(await api.listEntities());
      // Come back to what was open when the notebook was last used, in the panes as they were.
      const remembered = await recallUiState();
      restoreLayout(remembered.layout);
      const last = remembered.open;
      const known = last && (last.kind === 'note' ? n : a).some((x) => x.id === last.id);
      if (known) await select(last);
      else if (n[0]) await select({ kind: 'note', id: n[0].id });
    })().catch(report);
  }, [report, select, restoreLayout, loadLists]);

  const newNote = useCallback(async () => {
    try {
      const note = await api.createNote({ title: 'Untitled brief' });
      setFreshNote(note.id);
      await refreshLists();
      await select({ kind: 'note', id: note.id });
    } catch (error) {
      report(error);
    }
  }, [refreshLists, select, report]);

  // Ctrl+E and the toolbar's Export… open the one export dialog, with the format last used.
  const [exporting, setExporting] = useState(false);
  const openExport = useCallback(() => {
    if (openRef.current?.kind !== 'note') return flash('Open a note to export it.');
    setExporting(true);
  }, [flash]);

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'new-note') void newNote();
        else if (command === 'import') setImporting({});
        else if (command === 'import-url') setImporting({ tab: 'url' });
        else if (command === 'import-brief') setImporting({ tab: 'brief' });
        else if (command === 'export-markdown') openExport();
        else if (command === 'focus-search') searchRef.current?.focus();
        else if (command === 'focus-editor') document.querySelector<HTMLElement>('.editor-input')?.focus();
        else if (command === 'new-notebook') setNotebooks({ startNew: true });
        else if (command === 'open-notebook') setNotebooks({ startNew: false });
      }),
    [newNote, openExport],
  );

  const importQueue = useImportQueue({
    onImported: async (articleId) => {
      await refreshLists();
      if (articleId) await select({ kind: 'article', id: articleId });
    },
  });
  const dropOverlay = useFileDrop(importQueue.enqueue);

  const importArticle = async (input: ImportTextInput | { url: string }): Promise<string | null> => {
    try {
      const result = 'text' in input ? await api.importText(input) : await api.importUrl(input.url);
      setImporting(null);
      await refreshLists();
      await select({ kind: 'article', id: result.article.id });
      flash(
        !result.duplicateOf
          ? `Imported “${result.article.title}”.`
          : result.article.trashedAt
            ? `“${result.article.title}” is already in the notebook, in the trash; opened it. Restore from trash brings it back.`
            : `“${result.article.title}” is already in the notebook; opened it.`,
      );
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  };

  // A brief in Markdown opens as a new note, its citations and mentions tied back to this notebook.
  const importBrief = async (file: File): Promise<string | null> => {
    if (file.size > BRIEF_MAX_BYTES) return `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; a brief can be at most 20 MB of Markdown.`;
    try {
      const note = await api.createNote({ markdown: await file.text() });
      setImporting(null);
      await refreshLists();
      await select({ kind: 'note', id: note.id });
      flash(`Opened the brief “${note.title}” as a new note.`);
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  };

  const saveContent = useCallback(
    (id: string) => (content: string) => {
      saveNoteContent(
        id,
        content,
        ({ id: i, title, createdAt, updatedAt }) => noteSaved({ id: i, title, createdAt, updatedAt }),
        report,
      );
    },
    [report, noteSaved],
  );

  const rename = (id: string) => async (title: string) => {
    try {
      await api.saveNote(id, { title });
      await refreshLists();
    } catch (error) {
      report(error);
    }
  };

  // A search hit opens where it matched: an article at the first matching words, lit; an entity's card.
  const openHit = useCallback(
    async (hit: SearchHit) => {
      layout.closeOverlay();
      if (hit.kind === 'entity') return openCard(hit.id);
      await select({ kind: hit.kind, id: hit.id });
      const first = hit.snippet.find((s) => s.mark)?.text ?? hit.terms[0] ?? '';
      if (hit.kind === 'article' && hit.offset !== undefined) setMentionFocus({ start: hit.offset, end: hit.offset + first.length });
      if (hit.kind === 'note' && first) setNoteFind({ query: first });
    },
    [layout.closeOverlay, openCard, select],
  );

  const focusButton = <FocusModeButton on={layout.focusMode} onToggle={toggleFocusMode} />;
  const selection: Selection = open ? { kind: open.kind, id: open.kind === 'note' ? open.note.id : open.article.id } : null;
  return (
    <div className="app">
      {notice && (
        <div className="notice" role="alert">
          <span>{notice}</span>
          <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss message">
            ×
          </button>
        </div>
      )}
      <div className={`panes${layout.focusMode ? ' focus-mode' : ''}`}>
        {layout.shown.library === 'rail' && <PaneRail side="library" open={layout.overlay === 'library'} onShow={() => layout.show('library')} />}
        <SidePane side="library" layout={layout}>
          <LibraryPane
            notes={notes}
            articles={articles}
            selection={selection}
            searchRef={searchRef}
            onSelect={(next) => {
              layout.closeOverlay();
              void select(next);
            }}
            onNewNote={newNote}
            trash={library.trash}
            onRestore={library.restore}
            articleTrash={library.articleTrash}
            onTrashArticle={library.trashArticle}
            onRestoreArticle={library.restoreArticle}
            onEmptyTrash={library.emptyTrash}
            onOpenHit={openHit}
            searchRevision={notes.length + articles.length + entityRevision}
            notebook={notebook}
            onNotebooks={() => setNotebooks({ startNew: false })}
            onImport={() => setImporting({})}
            onHide={() => layout.hide('library')}
            pictures={<PictureButtons shown={picture} onShow={(p) => {
                  layout.closeOverlay();
                  pictureAsked.current++;
                  setPicture(p);
                }} />}
          />
        </SidePane>
        <main className="pane centre" data-pane="centre" aria-label={open?.kind === 'article' ? 'Article reader' : 'Note editor'}>
          {picture === 'timeline' && (
            <TimelineView
              revision={entityRevision}
              citeInto={citeInto}
              onOpenPassage={openMention}
              onCite={(e) => api.getArticle(e.articleId).then((article) => cite(article, e.start, e.end), report)}
              onInsert={insertFigure}
              report={report}
              actions={focusButton}
            />
          )}
          {picture === 'graph' && <GraphView revision={entityRevision} citeInto={citeInto} onOpenPassage={openMention} onOpenCard={openCard} onInsert={insertFigure} report={report} actions={focusButton} />}
          {!picture && open?.kind === 'note' && (
            <NoteEditor
              key={open.note.id}
              note={open.note}
              isNew={open.note.id === freshNote}
              find={noteFind ?? undefined}
              sources={sourceOf}
              onSaveContent={saveContent(open.note.id)}
              onRename={rename(open.note.id)}
              entities={entities}
              onOpenEntity={openEntity}
              onOpenCitation={openCitation}
              noteActions={
                <>
                  <button type="button" onClick={() => library.duplicate(open.note.id)} title="Make a copy of this note">
                    Duplicate
                  </button>
                  <button type="button" onClick={() => setMoving({ kind: 'note', id: open.note.id, title: open.note.title })} title="Move this note to another notebook">
                    Move to notebook…
                  </button>
                  <button type="button" onClick={() => library.moveToTrash(open.note.id, open.note.title)} title="Move this note to the trash (it can be restored)">
                    Move to trash
                  </button>
                </>
              }
              actions={
                <>
                  <ExportButton onOpen={openExport} />
                  {focusButton}
                </>
              }
            />
          )}
          {!picture && open?.kind === 'article' && (
            <ArticleReader
              key={open.article.id}
              article={open.article}
              passage={passage}
              focus={mentionFocus}
              onCite={(start, end) => cite(open.article, start, end)}
              actions={
                <>
                  {open.article.trashedAt ? (
                    <button type="button" onClick={() => library.restoreArticle(open.article.id)} title="This article is in the trash: bring it back, with its names and quotes">
                      Restore from trash
                    </button>
                  ) : (
                    <>
                      <button type="button" onClick={() => setMoving({ kind: 'article', id: open.article.id, title: open.article.title })} title="Move this article to another notebook">
                        Move to notebook…
                      </button>
                      <button type="button" onClick={() => library.trashArticle(open.article.id, open.article.title)} title="Move this article to the trash (Delete in the library); it can be restored">
                        Move to trash
                      </button>
                    </>
                  )}
                  {focusButton}
                </>
              }
              citeInto={citeInto}
              onOpenEntity={openCard}
              onMark={(start, end, type) =>
                api.markEntity(open.article.id, start, end, type).then(async (entity) => {
                  const last = (await api.listCorrections()).at(-1);
                  await entityCorrected(last ? `${last.label}.` : `Marked “${entity.name}”.`);
                  setEntityRevision((r) => r + 1);
                  openCard(entity.id);
                }, report)
              }
              onDetailsChanged={async () => {
                await refreshLists();
                await select({ kind: 'article', id: open.article.id });
              }}
            />
          )}
          {!picture && !open && (
            <div className="welcome">
              <h1>Start a brief</h1>
              <p>Import the articles you are reading, then write your note beside the people, places and quotes Dossier finds in them.</p>
              <div className="welcome-actions">
                <button type="button" className="primary" onClick={() => setImporting({})} data-pane-focus>
                  Import article…
                </button>
                <button type="button" onClick={newNote}>
                  New note
                </button>
              </div>
            </div>
          )}
        </main>
        <SidePane side="entities" layout={layout}>
          <EntitiesPane
            open={selection}
            quotes={open?.kind === 'article' ? open.article.quotes : []}
            articleTitles={new Map(articles.map((a) => [a.id, a.title]))}
            revision={entityRevision}
            focus={entityFocus}
            cardRequest={cardRequest}
            onOpenMention={openMention}
            onCorrected={entityCorrected}
            onHide={() => layout.hide('entities')}
            onOpenNote={(id) => void select({ kind: 'note', id })}
            onOpenQuote={(q) => setMentionFocus({ start: q.start, end: q.end })}
            onCiteQuote={(q) => {
              if (open?.kind !== 'article') return;
              // The quotation marks stay out: a block quotation shows that it is one.
              const marks = /^["“”‘’']/.test(open.article.text[q.start] ?? '') && /["“”‘’']$/.test(open.article.text[q.end - 1] ?? '') ? 1 : 0;
              void cite(open.article, q.start + marks, q.end - marks);
            }}
          />
        </SidePane>
        {layout.shown.entities === 'rail' && <PaneRail side="entities" open={layout.overlay === 'entities'} onShow={() => layout.show('entities')} />}
        {layout.overlay && <div className="pane-backdrop" aria-hidden="true" onClick={layout.closeOverlay} />}
      </div>
      <div className="status" role="status" aria-live="polite">
        {status}
      </div>
      <ImportDialog
        open={importing !== null}
        initialTab={importing?.tab}
        onClose={() => setImporting(null)}
        onImport={importArticle}
        onImportUrl={(url) => importArticle({ url })}
        onImportFiles={importQueue.enqueue}
        onImportBrief={importBrief}
      />
      <ExportDialog
        open={exporting && open?.kind === 'note'}
        noteIds={open?.kind === 'note' ? [open.note.id] : []}
        onClose={() => setExporting(false)}
        onExported={(name) => flash(`Exported “${name}”.`)}
      />
      <NotebooksDialog key={notebooks?.startNew ? 'new' : 'list'} open={notebooks !== null} startNew={notebooks?.startNew} current={notebook} onClose={() => setNotebooks(null)} />
      <MoveDialog
        item={moving}
        current={notebook}
        onClose={() => setMoving(null)}
        onMoved={async (result, item) => {
          setMoving(null);
          flash(`Moved “${item.title}” to “${result.notebook.name}”.${result.alreadyThere ? ' That notebook had the article already.' : ''}`);
          // What was open goes first: the sidebar must not ask for a note or article no longer here.
          if (openRef.current && (openRef.current.kind === 'note' ? openRef.current.note.id : openRef.current.article.id) === item.id) await select(null);
          await refreshLists().catch(report);
        }}
      />
      {importQueue.panel}
      {dropOverlay}
    </div>
  );
}

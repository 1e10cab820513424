import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EntityType } from '../../../shared/extraction';
import type { EntityCard as Card, StoredQuote } from '../../../shared/model';
import { api, errorMessage, saveFile } from '../lib/api';
import { PaneIcon } from '../layout/PaneRail';
import { EntityCard } from './EntityCard';
import { EntityFilters } from './EntityFilters';
import { EntityList } from './EntityList';
import { useRovingList } from '../lib/useRovingList';
import { rowOffsets } from '../lib/VirtualList';
import { entityKey, entityRows, rowHeight, searchIndex } from './entity-rows';
import { QuotesBySpeaker } from './QuotesBySpeaker';
import { TYPE_ORDER } from './types';
import { type OpenThing, useEntityScope } from './useEntityScope';
import { useUndo } from './useUndo';
import './entities.css';

interface Props {
  open: OpenThing | null;
  /** The open article's quotes, grouped by speaker under the list. */
  quotes: StoredQuote[];
  articleTitles: ReadonlyMap<string, string>;
  /** Bumped by the window after an import, so the lists are fetched again. */
  revision: number;
  /** Show just this entity (a mention in the note was clicked). A new object each time, so a second click works too. */
  focus?: { name: string } | null;
  /** Open this entity's card (a name was clicked in the reader). A new object each time. */
  cardRequest?: { id: string } | null;
  onOpenMention: (articleId: string, start: number, end: number) => void;
  /** After a correction or an undo: the window refreshes what it shows. */
  onCorrected: (message: string) => void;
  /** Hide the pane (it leaves a rail to show it again). */
  onHide?: () => void;
  /** The open article's quotes: shown at their passage, cited into the note. */
  onOpenQuote?: (quote: StoredQuote) => void;
  onCiteQuote?: (quote: StoredQuote) => void;
  /** A note named on an entity card (it mentions the entity) was chosen. */
  onOpenNote?: (id: string) => void;
}

/** The entity workbench: the entities of a scope, filtered and sorted, and a card for each with its corrections. */
export function EntitiesPane({ open, quotes, articleTitles, revision, focus, cardRequest, onOpenMention, onCorrected, onHide, onOpenQuote, onCiteQuote, onOpenNote }: Props) {
  const [local, setLocal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const report = useCallback((e: unknown) => setError(errorMessage(e)), []);
  const { scope, setScope, entities } = useEntityScope(open, revision + local, report);
  const [text, setText] = useState('');
  const [types, setTypes] = useState<ReadonlySet<EntityType>>(new Set(TYPE_ORDER));
  const [sort, setSort] = useState<'mentions' | 'name' | 'lastSeen'>('mentions');
  const [card, setCard] = useState<Card | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const listFocus = useRef<string | null>(null);
  const undo = useUndo(revision + local);

  useEffect(() => {
    if (focus) {
      setCard(null);
      setText(focus.name);
    }
  }, [focus]);
  const index = useMemo(() => searchIndex(entities), [entities]);
  const rows = useMemo(() => entityRows(entities, index, text, types, sort), [entities, index, text, types, sort]);
  const offsets = useMemo(() => rowOffsets(rows, rowHeight), [rows]);
  const roving = useRovingList({ rows, keyOf: entityKey, offsets, scroller, list: scroller });
  // Each article's list starts at its top, not where the last one was left; unless the keyboard is already in the list,
  // whose row stays in view (useRovingList).
  const openKey = open ? `${open.kind}:${open.id}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: openKey is the signal to scroll back up
  useEffect(() => {
    const el = scroller.current;
    if (el && !el.contains(document.activeElement)) el.scrollTop = 0;
  }, [openKey, scope]);

  const openCard = useCallback(
    async (id: string) => {
      try {
        setError(null);
        setCard(await api.getEntityCard(id));
        listFocus.current ??= id;
      } catch (e) {
        report(e);
      }
    },
    [report],
  );
  useEffect(() => {
    if (cardRequest) void openCard(cardRequest.id);
  }, [cardRequest, openCard]);
  const closeCard = useCallback(() => {
    setCard(null);
    // Back where the user was: the row they opened, else the filter box.
    const id = listFocus.current;
    listFocus.current = null;
    window.setTimeout(() => {
      // Once the list is drawn again; unless the user has already gone on to another control (a busy window runs
      // this late: Shift+Tab may have reached the sort menu first). The page, the closing card, or a row the pane put
      // the focus on is no choice of theirs.
      const now = document.activeElement;
      if (now && now !== document.body && !now.closest('.entity-row, .entity-card')) return;
      const row = id && [...document.querySelectorAll<HTMLElement>('.entity-open')].find((b) => b.closest('li')?.dataset.id === id);
      (row || document.querySelector<HTMLElement>('.entity-filters input[type=search]'))?.focus();
    }, 0);
  }, []);

  const correct = useCallback(
    // `fromCard`: a card is open and shows the result (or closes); a correction made in the list leaves the focus be.
    async (run: () => Promise<string | null>, fromCard = true) => {
      try {
        setError(null);
        const next = await run();
        setLocal((n) => n + 1);
        const last = (await api.listCorrections()).at(-1);
        onCorrected(last ? `${last.label}.` : 'Done.');
        if (next) setCard(await api.getEntityCard(next));
        else if (fromCard) closeCard();
      } catch (e) {
        report(e);
      }
    },
    [onCorrected, report, closeCard],
  );
  const undoLast = useCallback(async () => {
    try {
      const undone = await api.undoCorrection();
      setLocal((n) => n + 1);
      onCorrected(undone ? `Undone: ${undone.label}.` : 'There is nothing to undo.');
      if (card) setCard(await api.getEntityCard(card.id).catch(() => null));
    } catch (e) {
      report(e);
    }
  }, [card, onCorrected, report]);

  const scopes = open?.kind === 'article' ? (['article', 'notebook'] as const) : open?.kind === 'note' ? (['note', 'notebook'] as const) : (['notebook'] as const);
  return (
    <aside className={`pane entities${card ? ' card-open' : ''}`} aria-label="Entities">
      <div className="pane-head">
        <h2>Entities</h2>
        <div className="pane-head-actions">
          {undo.last && (
            <button type="button" className="small" onClick={undoLast} title={`Undo: ${undo.last.label}`} aria-label={`Undo: ${undo.last.label}`}>
              ↶ Undo
            </button>
          )}
          <button type="button" className="small" onClick={async () => saveFile(await api.exportEntitiesCsv()).catch(report)} title="Save every entity as a CSV table">
            CSV
          </button>
          {onHide && (
            <button type="button" className="pane-hide" onClick={onHide} aria-label="Hide entities" title="Hide entities">
              <PaneIcon side="entities" />
            </button>
          )}
        </div>
      </div>
      {error && (
        <p className="entity-error" role="alert">
          {error}
        </p>
      )}
      {card ? (
        <div className="entities-scroll card-scroll">
          <EntityCard
            card={card}
            articleTitles={articleTitles}
            onClose={closeCard}
            onOpenEntity={openCard}
            onOpenMention={onOpenMention}
            onCorrect={correct}
            onOpenNote={onOpenNote}
            onSplit={(alias) =>
              correct(async () => {
                await api.splitAlias(card.id, alias);
                return card.id;
              })
            }
          />
        </div>
      ) : (
        <>
          <EntityFilters
            scope={scope}
            scopes={[...scopes]}
            onScope={setScope}
            text={text}
            onText={setText}
            types={types}
            onToggleType={(t) => setTypes((s) => new Set(s.has(t) ? [...s].filter((x) => x !== t) : [...s, t]))}
            sort={sort}
            onSort={setSort}
          />
          <div className="entities-scroll" ref={scroller}>
            {rows.length === 0 && <p className="empty">{entities.length ? 'Nothing matches the filter.' : 'Import an article to see who and what it mentions.'}</p>}
            <EntityList rows={rows} scroller={scroller} onOpen={openCard} roving={roving} />
            {open?.kind === 'article' && (
              <QuotesBySpeaker
                quotes={quotes}
                onOpenEntity={openCard}
                onOpenQuote={onOpenQuote}
                onCiteQuote={onCiteQuote}
                articleId={open.id}
                onCorrect={(run) =>
                  void correct(async () => {
                    await run();
                    return null;
                  }, false)
                }
              />
            )}
          </div>
        </>
      )}
    </aside>
  );
}

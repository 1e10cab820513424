import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { locateAnchor } from '../../../shared/anchor';
import type { EntityType } from '../../../shared/extraction';
import type { ArticleView, EntitySummary } from '../../../shared/model';
import type { CitationAnchor } from '../../../shared/note-nodes';
import { useMentionFocus } from '../entities/useMentionFocus';
import { paneScroller, scrollWithin } from '../lib/scroll-within';
import { ArticleDetailsDialog } from './ArticleDetailsDialog';
import { segmentParagraph } from './segments';
import { CiteTarget, type CiteInto } from './CiteTarget';
import { ReaderText } from './ReaderText';
import { selectedPassage, useCiteSelection } from './useCiteSelection';

function paragraphRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) ranges.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

interface Props {
  article: ArticleView;
  /** A cited passage to scroll to and highlight (found again even if the text changed). */
  passage?: CitationAnchor | null;
  /** A mention opened from an entity card: scrolled to and lit up. */
  focus?: { start: number; end: number } | null;
  /** "Cite in note": the selected passage, as offsets in the article text. */
  onCite?: (start: number, end: number) => void;
  /** The article's details were edited: reload it. */
  onDetailsChanged?: () => void;
  /** Controls at the end of the reader's toolbar (focus mode). */
  actions?: ReactNode;
  /** Which note "Cite in note" writes to, and the notes to choose from. */
  citeInto?: CiteInto;
  /** A highlighted name was clicked: open its card. */
  onOpenEntity?: (id: string) => void;
  /** "Mark as…": the selected words name an entity the extractor missed. */
  onMark?: (start: number, end: number, type: EntityType) => void;
}

const MARK_AS: Array<[EntityType, string]> = [
  ['PERSON', 'Person'],
  ['ORGANIZATION', 'Organisation'],
  ['PLACE', 'Place'],
  ['TERM', 'Key term'],
];

/** Only web addresses become links: an imported javascript: or file: address stays text. */
function webAddress(url?: string): URL | null {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

/** The article's text in paragraphs, each entity mention lit up by type; selecting a passage offers "Cite in note". */
export function ArticleReader({ article, passage, focus, onCite, onDetailsChanged, actions, citeInto, onOpenEntity, onMark }: Props) {
  const [editing, setEditing] = useState(false);
  const [marking, setMarking] = useState(false);
  const link = webAddress(article.url);
  const entityById = useMemo(() => new Map<string, EntitySummary>(article.entities.map((e) => [e.id, e])), [article]);
  const found = useMemo(() => (passage ? locateAnchor(article.text, passage) : null), [article.text, passage]);
  const paragraphs = useMemo(() => {
    const mentions = [...article.mentions].filter((m) => entityById.has(m.entityId)).sort((a, b) => a.start - b.start);
    return paragraphRanges(article.text).map(([start, end]) => ({ start, segments: segmentParagraph(start, end, mentions, found) }));
  }, [article, entityById, found]);
  const body = useRef<HTMLDivElement>(null);
  const page = useRef<HTMLDivElement>(null);
  const selected = useCiteSelection(body, page);
  useMentionFocus(body, focus);

  // Following a citation scrolls the reader pane to the passage, and nothing else.
  useEffect(() => {
    const mark = found && body.current?.querySelector('.passage');
    const scroller = paneScroller(mark ?? null);
    if (mark && scroller) scrollWithin(scroller, mark);
  }, [found]);

  const targetName = citeInto ? (citeInto.notes.find((n) => n.id === citeInto.target)?.title ?? 'a new note') : '';
  const citeSelected = () => {
    // What is selected now: a key pressed right after Shift+arrows may come before the selection's
    // change has reached the state that places the buttons.
    const passage = selectedPassage(body.current, page.current) ?? selected;
    if (!passage || !onCite) return;
    // Whitespace caught at either end of a drag is not part of the passage.
    let { start, end } = passage;
    while (start < end && /\s/.test(article.text[start])) start++;
    while (end > start && /\s/.test(article.text[end - 1])) end--;
    onCite(start, end);
    document.getSelection()?.removeAllRanges();
  };

  const meta = [article.source, article.author && `By ${article.author}`, article.publishedAt].filter(Boolean);
  // No date given or found in the document: say so, and offer to set one (dates like "Oct. 10" wait for it).
  const undated = !article.publishedAt && (
    <>
      {meta.length ? ' · ' : ''}
      Undated ·{' '}
      <button type="button" className="link-button reader-undated" onClick={() => setEditing(true)} aria-haspopup="dialog" title="Dates such as “Oct. 10” in this article are left unresolved until it has a date">
        Set the date…
      </button>
    </>
  );
  return (
    <article className="reader" aria-label="Article">
      <div className="toolbar reader-toolbar" role="toolbar" aria-label="Reader">
        {citeInto && <CiteTarget {...citeInto} />}
        <span className="tb-spacer" />
        <span className="reader-hint" aria-hidden="true">
          Shift+arrows select · Enter cites, or opens a name’s card
        </span>
        <button type="button" className="tb-text-btn" onClick={() => setEditing(true)} aria-haspopup="dialog" title="Correct the title, source, author, date or address">
          Edit details
        </button>
        {actions}
      </div>
      <div className="editor-scroll">
        <div className="editor-page reader-page" ref={page}>
          <h1 className="reader-title">{article.title}</h1>
          <p className="reader-meta">
            {meta.join(' · ')}
            {undated}
            {link && (
              <>
                {meta.length || undated ? ' · ' : ''}
                <a href={link.href} target="_blank" rel="noreferrer noopener">
                  {link.hostname}
                </a>
              </>
            )}
          </p>
          <ArticleDetailsDialog article={article} open={editing} onClose={() => setEditing(false)} onSaved={() => onDetailsChanged?.()} />
          {passage && !found && (
            <p className="reader-notice" role="status">
              The cited passage is no longer in this article’s text. It may have been edited since you cited it.
            </p>
          )}
          <ReaderText
            body={body}
            text={article.text}
            // The headline is shown above; do not repeat it when the text opens with it.
            paragraphs={paragraphs.filter((p, i) => !(i === 0 && article.text.slice(p.start).startsWith(`${article.title}\n`)))}
            entityById={entityById}
            onCiteSelection={citeSelected}
            onOpenEntity={onOpenEntity}
          />
          {(onCite || onMark) && selected && (
            <div className="selection-actions" role="toolbar" aria-label="Selected passage" style={{ top: selected.top, left: Math.max(0, selected.left) }} onMouseDown={(e) => e.preventDefault()}>
              {onCite && (
                <button
                  type="button"
                  className="cite-button primary"
                  aria-label={`Cite in note ${citeInto ? targetName : ''}`.trim()}
                  title={`Cite this passage in ${citeInto ? targetName : 'the note'} (Enter)`}
                  onClick={citeSelected}
                >
                  Cite in note
                  {citeInto && <span className="cite-target">{targetName}</span>}
                </button>
              )}
              {onMark && (
                <button type="button" className="mark-button" aria-expanded={marking} onClick={() => setMarking((m) => !m)} title="These words name someone or something the extractor missed">
                  Mark as…
                </button>
              )}
              {onMark && marking && (
                <fieldset className="mark-types">
                  <legend className="visually-hidden">Mark the selection as</legend>
                  {MARK_AS.map(([type, label]) => (
                    <button
                      key={type}
                      type="button"
                      onClick={() => {
                        setMarking(false);
                        onMark(selected.start, selected.end, type);
                        document.getSelection()?.removeAllRanges();
                      }}
                    >
                      {label}
                    </button>
                  ))}
                </fieldset>
              )}
            </div>
          )}
        </div>
      </div>
    </article>
  );
}

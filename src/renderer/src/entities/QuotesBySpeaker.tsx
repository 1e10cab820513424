import type { StoredQuote } from '../../../shared/model';
import { QuoteActions } from './QuoteActions';

interface Props {
  quotes: StoredQuote[];
  onOpenEntity: (id: string) => void;
  /** Show the quote in the reader, scrolled to and lit up. */
  onOpenQuote?: (quote: StoredQuote) => void;
  /** Cite the quote in the note chosen for citations. */
  onCiteQuote?: (quote: StoredQuote) => void;
  /** The open article, and how a correction to one of its quotes is run (undoable). */
  articleId?: string;
  onCorrect?: (run: () => Promise<void>) => void;
}

const clip = (text: string) => (text.length > 240 ? `${text.slice(0, 240)}…` : text);

/** The open article's statements, grouped under who said them (fragments are not statements). */
export function QuotesBySpeaker({ quotes, onOpenEntity, onOpenQuote, onCiteQuote, articleId, onCorrect }: Props) {
  const groups = new Map<string, { entityId?: string; quotes: StoredQuote[] }>();
  for (const q of quotes) {
    if (q.fragment) continue;
    const name = q.speaker ?? 'Speaker not found';
    const group = groups.get(name) ?? { entityId: q.speakerEntityId, quotes: [] };
    group.quotes.push(q);
    groups.set(name, group);
  }
  if (groups.size === 0) return null;
  const count = [...groups.values()].reduce((n, g) => n + g.quotes.length, 0);
  return (
    <section aria-label={`Quotes (${count})`} className="entity-group quotes-by-speaker">
      <h3 className="entity-head">
        <span className="dot t-quote" aria-hidden="true" />
        Quotes <span className="count">{count}</span>
      </h3>
      {[...groups].map(([speaker, group]) => (
        <div key={speaker} className="speaker-group">
          <h4>
            {group.entityId ? (
              <button type="button" className="link-button" onClick={() => onOpenEntity(group.entityId as string)}>
                {speaker}
              </button>
            ) : (
              speaker
            )}
            <span className="count">{group.quotes.length}</span>
          </h4>
          <ul aria-label={`Quotes by ${speaker}`}>
            {group.quotes.map((q) => (
              <li key={q.start} className="quote-row">
                {onOpenQuote ? (
                  <button type="button" className="quote-open" onClick={() => onOpenQuote(q)} aria-label={`Show in the article: “${clip(q.text)}”`} title="Show this passage in the article">
                    <blockquote>“{clip(q.text)}”</blockquote>
                  </button>
                ) : (
                  <blockquote>“{clip(q.text)}”</blockquote>
                )}
                {onCiteQuote && (
                  <button type="button" className="quote-cite" onClick={() => onCiteQuote(q)} aria-label={`Cite in note: “${clip(q.text)}”`} title="Cite this quote in the note">
                    Cite
                  </button>
                )}
                {articleId && onCorrect && <QuoteActions articleId={articleId} quote={q} onCorrect={onCorrect} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

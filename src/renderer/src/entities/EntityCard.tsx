import { useEffect, useRef } from 'react';
import type { EntityCard as Card, MentionInContext } from '../../../shared/model';
import { CardActions } from './CardActions';
import { PostsSection } from './PostsSection';
import { QuoteActions } from './QuoteActions';
import { TYPE_LABELS, typeClass } from './types';
import { plural } from '../lib/plural';

interface Props {
  card: Card;
  articleTitles: ReadonlyMap<string, string>;
  onClose: () => void;
  onOpenEntity: (id: string) => void;
  onOpenMention: (articleId: string, start: number, end: number) => void;
  /** Runs a correction; resolves to the entity to show next (null: the card closes). */
  onCorrect: (run: () => Promise<string | null>) => Promise<void>;
  onSplit: (alias: string) => void;
  /** A note that mentions the entity was chosen from the card. */
  onOpenNote?: (id: string) => void;
}

function byArticle<T extends { articleId: string }>(items: T[]): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.articleId, [...(groups.get(item.articleId) ?? []), item]);
  return [...groups];
}

function Kwic({ m }: { m: MentionInContext }) {
  return (
    <>
      {m.sentence.slice(0, m.sentenceStart)}
      <mark>{m.sentence.slice(m.sentenceStart, m.sentenceEnd)}</mark>
      {m.sentence.slice(m.sentenceEnd)}
    </>
  );
}

/** One entity: names, posts with their sources, quotes, every mention in its sentence, company kept. */
export function EntityCard({ card, articleTitles, onClose, onOpenEntity, onOpenMention, onCorrect, onSplit, onOpenNote }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new or corrected card takes the focus, so keyboard users land on it (and Escape still closes it).
  useEffect(() => {
    if (card) heading.current?.focus();
  }, [card]);

  return (
    <section className={`entity-card ${typeClass(card.type)}`} aria-label={`Entity card: ${card.name}`} onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && onClose()}>
      <div className="card-top">
        <button type="button" className="link-button card-back" onClick={onClose} aria-label="Back to entities">
          ← Entities
        </button>
      </div>
      <header className="card-head">
        <span className="type-badge">{TYPE_LABELS[card.type].singular}</span>
        <h2 ref={heading} tabIndex={-1}>
          {card.name}
        </h2>
        <p className="card-meta">
          {plural(card.mentionCount, 'mention')} in {plural(card.articleCount, 'article')}
          {card.quotes.length > 0 && ` · ${plural(card.quotes.length, 'quote')}`}
          {card.iso && ` · ${card.iso}`}
        </p>
      </header>
      <CardActions card={card} onCorrect={onCorrect} />

      {card.aliases.length > 0 && (
        <section className="card-section" aria-label="Also named">
          <h3>Also named</h3>
          <ul className="alias-list">
            {card.aliases.map((alias) => (
              <li key={alias} className="alias-chip">
                {alias}
                <button type="button" className="chip-action" onClick={() => onSplit(alias)} aria-label={`Split “${alias}” out`} title="This name is someone or something else: make it its own entity">
                  Split out
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <PostsSection card={card} articleTitles={articleTitles} onCorrect={onCorrect} />

      {card.quotes.length > 0 && (
        <section className="card-section" aria-label="Quotes">
          <h3>Said</h3>
          <ul className="card-quotes">
            {card.quotes.map((q) => (
              <li key={`${q.articleId}-${q.start}`}>
                <blockquote>“{q.text}”</blockquote>
                <button type="button" className="link-button quote-source" onClick={() => onOpenMention(q.articleId, q.start, q.end)}>
                  {q.articleTitle}
                </button>
                <QuoteActions
                  articleId={q.articleId}
                  quote={q}
                  onCorrect={(run) =>
                    void onCorrect(async () => {
                      await run();
                      return card.id;
                    })
                  }
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      {card.notes && card.notes.length > 0 && (
        <section className="card-section" aria-label="In notes">
          <h3>In notes</h3>
          <ul className="card-notes">
            {card.notes.map((n) => (
              <li key={n.id}>
                <button type="button" className="link-button" onClick={() => onOpenNote?.(n.id)} title="Open this note">
                  {n.title || 'Untitled note'}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card-section" aria-label="Mentions">
        <h3>Mentions</h3>
        {byArticle(card.mentions).map(([articleId, mentions]) => (
          <div key={articleId} className="kwic-group">
            <h4>
              {mentions[0].articleTitle} <span className="count">{mentions.length}</span>
            </h4>
            <ul aria-label={`Mentions in ${mentions[0].articleTitle}`}>
              {mentions.map((m) => (
                <li key={m.start}>
                  <button type="button" className="kwic" onClick={() => onOpenMention(m.articleId, m.start, m.end)} title="Open the article at this mention">
                    <Kwic m={m} />
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {card.related.length > 0 && (
        <section className="card-section" aria-label="Appears with">
          <h3>Appears with</h3>
          <ul className="related-list">
            {card.related.map((r) => (
              <li key={r.id}>
                <button type="button" className={`related-chip ${typeClass(r.type)}`} onClick={() => onOpenEntity(r.id)} title={`Named together in ${plural(r.together, 'sentence')}`}>
                  <span className="dot" aria-hidden="true" />
                  {r.name} <span className="count">{r.together}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

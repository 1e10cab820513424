import { useState } from 'react';
import type { StoredQuote } from '../../../shared/model';
import { api } from '../lib/api';
import { SpeakerPicker } from './SpeakerPicker';

interface Props {
  articleId: string;
  quote: StoredQuote;
  /** Runs the correction (undoable from the sidebar). */
  onCorrect: (run: () => Promise<void>) => void;
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** A quote's corrections: who said it, or that it is no statement at all. */
export function QuoteActions({ articleId, quote, onCorrect }: Props) {
  const [choosing, setChoosing] = useState(false);
  const what = `“${clip(quote.text)}”`;
  return (
    <div className="quote-actions">
      <button type="button" className="chip-action" aria-expanded={choosing} onClick={() => setChoosing((c) => !c)} aria-label={`Change the speaker of ${what}`} title="Someone else said this">
        Speaker…
      </button>
      <button
        type="button"
        className="chip-action"
        onClick={() => onCorrect(() => api.dismissQuote(articleId, quote.start))}
        aria-label={`Dismiss ${what}`}
        title="This is not a statement: leave it out of the quotes"
      >
        Dismiss
      </button>
      {choosing && (
        <SpeakerPicker
          currentId={quote.speakerEntityId}
          onCancel={() => setChoosing(false)}
          onChoose={(speakerId) => {
            setChoosing(false);
            onCorrect(() => api.setQuoteSpeaker(articleId, quote.start, speakerId));
          }}
        />
      )}
    </div>
  );
}

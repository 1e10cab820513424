import type { Side } from './pane-layout';

const LABEL: Record<Side, string> = { library: 'Library', entities: 'Entities' };

/** What a hidden side pane leaves: a narrow rail whose button shows it again. */
export function PaneRail({ side, open, onShow }: { side: Side; open: boolean; onShow: () => void }) {
  return (
    <div className={`rail rail-${side}`}>
      <button type="button" className="rail-button" aria-label={`Show ${LABEL[side].toLowerCase()}`} aria-controls={`${side}-pane`} aria-expanded={open} title={`Show ${LABEL[side].toLowerCase()}`} onClick={onShow}>
        <PaneIcon side={side} />
        <span className="rail-label" aria-hidden="true">
          {LABEL[side]}
        </span>
      </button>
    </div>
  );
}

/** A window with its left or right column filled: the pane that shows or hides. */
export function PaneIcon({ side }: { side: Side }) {
  const x = side === 'library' ? 3 : 15;
  return (
    <svg className="pane-icon" aria-hidden="true" width="16" height="16" viewBox="0 0 18 18" fill="none" stroke="currentColor" strokeWidth="1.5">
      <rect x="1.5" y="2.5" width="15" height="13" rx="2.5" />
      <rect x={x - 0.5} y="4.5" width="1.5" height="9" rx="0.75" fill="currentColor" stroke="none" />
      <path d={side === 'library' ? 'M6.5 2.5v13' : 'M11.5 2.5v13'} />
    </svg>
  );
}

/** The focus-mode glyph: four corners drawn in. */
export function FocusIcon() {
  return (
    <svg className="pane-icon" aria-hidden="true" width="16" height="16" viewBox="0 0 18 18" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
      <path d="M2.5 6.5v-4h4M11.5 2.5h4v4M15.5 11.5v4h-4M6.5 15.5h-4v-4" />
    </svg>
  );
}

import { type RefObject, useEffect, useState } from 'react';
import { articleOffset } from './segments';

export interface SelectedPassage {
  start: number;
  end: number;
  /** Where to show the Cite button, relative to the page. */
  top: number;
  left: number;
}

function paragraphOf(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : node?.parentElement;
  return el?.closest<HTMLElement>('p[data-start]') ?? null;
}

/**
 * The passage the document's selection holds in the article body right now, as offsets in the article
 * text; null when nothing there is selected. `undefined` when focus sits on the selection's own buttons
 * (which may collapse the selection without meaning to drop the passage).
 */
export function selectedPassage(body: HTMLElement | null, page: HTMLElement | null): SelectedPassage | null | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    if (document.activeElement?.closest('.selection-actions, .cite-button')) return undefined;
    return null;
  }
  const range = selection.getRangeAt(0);
  const first = paragraphOf(range.startContainer);
  const last = paragraphOf(range.endContainer);
  if (!first || !last || !body?.contains(first) || !body.contains(last)) return null;
  const start = articleOffset(first, range.startContainer, range.startOffset);
  const end = articleOffset(last, range.endContainer, range.endOffset);
  if (end <= start || !range.toString().trim()) return null;
  const rect = range.getBoundingClientRect();
  const origin = page?.getBoundingClientRect();
  return { start, end, top: rect.bottom - (origin?.top ?? 0) + 8, left: rect.left - (origin?.left ?? 0) };
}

/** The passage selected in the article body, as offsets in the article text, or null. */
export function useCiteSelection(body: RefObject<HTMLElement | null>, page: RefObject<HTMLElement | null>): SelectedPassage | null {
  const [selected, setSelected] = useState<SelectedPassage | null>(null);
  useEffect(() => {
    const update = () => {
      const passage = selectedPassage(body.current, page.current);
      // Focus moving to the Cite or Mark as buttons must not forget the passage.
      if (passage !== undefined) setSelected(passage);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [body, page]);
  return selected;
}

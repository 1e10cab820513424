import type { StoredMention } from '../../../shared/model';

export interface Segment {
  start: number;
  end: number;
  /** The mention this piece of text belongs to, if any. */
  mention?: StoredMention;
  /** Inside the highlighted (cited) passage. */
  passage: boolean;
}

/**
 * Cuts [start, end) of the text at every mention and passage boundary, so the reader can wrap each
 * piece: mentions lit by type, the cited passage highlighted, even where the two overlap.
 */
export function segmentParagraph(start: number, end: number, mentions: readonly StoredMention[], passage?: { start: number; end: number } | null): Segment[] {
  const inside = mentions.filter((m) => m.start >= start && m.end <= end && m.end > m.start);
  const cuts = new Set<number>([start, end]);
  for (const m of inside) cuts.add(m.start).add(m.end);
  if (passage) for (const at of [passage.start, passage.end]) if (at > start && at < end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const mention = inside.find((m) => m.start <= s && m.end >= e);
    segments.push({ start: s, end: e, mention, passage: !!passage && s >= passage.start && e <= passage.end });
  }
  return segments;
}

/** Character offset in the article of a DOM point inside a paragraph rendered from text[data-start…]. */
export function articleOffset(paragraph: HTMLElement, node: Node, offset: number): number {
  const range = paragraph.ownerDocument.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.dataset.start) + range.toString().length;
}

import { cleanParagraph } from './paragraphs';

/** The parts of a pdf.js text item that layout needs. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: x and y place the item's baseline, d is about its font size. */
  transform: number[];
  width: number;
  hasEOL?: boolean;
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Items in content order → lines, by baseline; items on one baseline are joined with spaces where a gap shows. */
export function pdfLines(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  let endOfLine = false;
  for (const item of items) {
    const [, , , d, x, y] = item.transform;
    const size = Math.abs(d) || 10;
    if (!line || endOfLine || Math.abs(y - line.y) > size * 0.5) {
      if (item.str.trim() || !endOfLine) {
        line = { text: '', x, right: x, y, size };
        lines.push(line);
      }
    }
    if (line && item.str) {
      const gap = x - line.right;
      if (line.text && gap > size * 0.15 && !/\s$/.test(line.text) && !/^\s/.test(item.str)) line.text += ' ';
      line.text += item.str;
      line.right = Math.max(line.right, x + item.width);
      line.x = Math.min(line.x, x);
      line.size = Math.max(line.size, size);
    }
    endOfLine = Boolean(item.hasEOL);
  }
  return lines.filter((l) => l.text.trim());
}

const ENDS_SENTENCE = /[.!?:"”’)\]]$/;

/**
 * Lines of one page → paragraphs. A paragraph ends where the gap to the next line is clearly
 * larger than the page's usual line spacing, where a short line ends a sentence, or where the
 * next line is indented. Running heads and page numbers are dropped.
 */
export function pageParagraphs(lines: Line[]): string[] {
  const body = lines.filter((l) => !/^\s*(?:page\s+)?\d{1,4}(?:\s+(?:of|\/)\s+\d{1,4})?\s*$/i.test(l.text));
  if (body.length === 0) return [];
  // The usual spacing is the body text's: a headline's larger lines must not stretch it.
  const bodySize = median(body.map((l) => l.size)) || body[0].size;
  const bodyLine = (l: Line) => Math.abs(l.size - bodySize) <= bodySize * 0.1;
  const gaps = body.slice(1).flatMap((l, i) => (bodyLine(l) && bodyLine(body[i]) ? [body[i].y - l.y] : [])).filter((g) => g > 0);
  const usual = median(gaps) || body[0].size * 1.2;
  // Larger type is set with more space between lines: a headline wrapped over three lines is one paragraph.
  const spacing = (size: number) => (size > bodySize ? usual * (size / bodySize) : usual);
  const left = Math.min(...body.map((l) => l.x));
  const right = Math.max(...body.map((l) => l.right));
  const paragraphs: string[] = [];
  let current = body[0].text.trim();
  for (let i = 1; i < body.length; i++) {
    const prev = body[i - 1];
    const line = body[i];
    const gap = prev.y - line.y;
    const previous = prev.text.trim();
    const newParagraph =
      gap > spacing(line.size) * 1.45 ||
      gap < -line.size ||
      Math.abs(line.size - prev.size) > prev.size * 0.25 ||
      (ENDS_SENTENCE.test(previous) && prev.right < right - (right - left) * 0.15) ||
      (ENDS_SENTENCE.test(previous) && line.x > left + line.size * 1.2);
    if (newParagraph) {
      paragraphs.push(current);
      current = line.text.trim();
    } else {
      current = joinLines(current, line.text.trim());
    }
  }
  paragraphs.push(current);
  return paragraphs.map(cleanParagraph).filter(Boolean);
}

/** Joins a wrapped line to its paragraph, mending words hyphenated across the break. */
export function joinLines(before: string, after: string): string {
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}

/** Joins the paragraphs of consecutive pages, continuing one that a page break cut mid-sentence. */
export function joinPages(pages: string[][]): string[] {
  const out: string[] = [];
  for (const page of pages) {
    const [first, ...rest] = page;
    if (first === undefined) continue;
    const last = out[out.length - 1];
    // A paragraph cut mid-sentence by the page break continues; a short unpunctuated line is a heading.
    const cut = last !== undefined && !ENDS_SENTENCE.test(last) && (/^\p{Ll}/u.test(first) || last.length >= 80);
    if (cut) out[out.length - 1] = joinLines(last, first);
    else out.push(first);
    out.push(...rest);
  }
  return out;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

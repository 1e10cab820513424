import { findQuoteMarks, type QuoteMark } from './marks';

/** A stretch of text between an opening and a closing quotation mark (marks included). */
export interface QuotedSpan {
  start: number;
  end: number;
  /** Where the words start and end, marks excluded. */
  innerStart: number;
  innerEnd: number;
  kind: 'double' | 'single';
}

export interface Paragraph {
  start: number;
  end: number;
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const start = m.index ?? 0;
    const body = m[0].trimEnd();
    if (body.trim()) out.push({ start, end: start + body.length });
  }
  return out;
}

function opensParagraph(text: string, p: Paragraph, mark: QuoteMark | undefined): boolean {
  return mark !== undefined && mark.side !== 'close' && text.slice(p.start, mark.at).trim() === '';
}

/**
 * Pairs quotation marks into quoted spans. A paragraph that opens a quotation and never closes it,
 * followed by a paragraph that opens with a quotation mark, is the news convention for one quotation
 * running across paragraphs: that yields one span.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const marks = findQuoteMarks(text);
  const spans: QuotedSpan[] = [];
  let m = 0;
  let open: QuoteMark | null = null;
  const paragraphs = paragraphsOf(text);
  const emit = (o: QuoteMark, close: number, closeLength: number) => {
    spans.push({ start: o.at, end: close + closeLength, innerStart: o.at + o.length, innerEnd: close, kind: o.kind });
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const here: QuoteMark[] = [];
    while (m < marks.length && marks[m].at < para.end) {
      if (marks[m].at >= para.start) here.push(marks[m]);
      m++;
    }
    let k = 0;
    if (open && opensParagraph(text, para, here[0])) k = 1; // the carried quotation goes on
    let single: QuoteMark | null = null;
    for (; k < here.length; k++) {
      const mark = here[k];
      if (mark.kind === 'double') {
        if (open === null) {
          if (mark.side !== 'close') open = mark;
        } else if (mark.side !== 'open') {
          emit(open, mark.at, mark.length);
          open = null;
        }
      } else if (open === null) {
        if (single === null && mark.side === 'open') single = mark;
        else if (single !== null && mark.side === 'close') {
          emit(single, mark.at, mark.length);
          single = null;
        }
      }
    }
    if (open && !opensParagraph(text, paragraphs[p + 1] ?? para, nextMarkIn(marks, paragraphs[p + 1]))) {
      emit(open, para.end, 0);
      open = null;
    }
  }
  return spans;
}

function nextMarkIn(marks: QuoteMark[], para: Paragraph | undefined): QuoteMark | undefined {
  if (!para) return undefined;
  return marks.find((mk) => mk.at >= para.start && mk.at < para.end);
}

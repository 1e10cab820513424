import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/main/ingest';
import { buildPdf } from './fixtures/pdf';
import { importFailure } from './fixtures/failure';

// Paragraphs wrapped at about 60 characters, as a typeset column would be.
const wrapped = (text: string) => text.match(/.{1,60}(\s|$)/g)!.map((l) => l.trim());

const FIRST = 'The ferry operator said on Monday that its winter timetable would stand only if the outer channel were deepened before October, a condition the harbour board called unrealistic.';
const SECOND = 'Board members asked the operator to share its draught figures so that an independent engineer could check them against the survey now under way.';
const THIRD = 'A decision is due in April.';

const failure = (name: string, bytes: Uint8Array) => importFailure(readDocument(name, bytes));

describe('PDF files', () => {
  it('reads the text layer and joins wrapped lines into paragraphs', async () => {
    const pdf = buildPdf({ pages: [[wrapped(FIRST), wrapped(SECOND), [THIRD]]] });
    const doc = await readDocument('ferry.pdf', pdf);
    expect(doc.text).toBe([FIRST, SECOND, THIRD].join('\n\n'));
    expect(doc.format).toBe('pdf');
    expect(doc.title).toBe('ferry');
  });

  it('takes title, author and creation date from the info dictionary', async () => {
    const pdf = buildPdf({ pages: [[wrapped(FIRST)]], info: { Title: 'Ferry timetable in doubt', Author: 'Nessa Arden', CreationDate: "D:20240305091500+09'00'" } });
    const doc = await readDocument('ferry.pdf', pdf);
    expect(doc).toMatchObject({ title: 'Ferry timetable in doubt', author: 'Nessa Arden', publishedAt: '2024-03-05', text: FIRST });
  });

  it('ignores a Title field that is only the name of the source file, and uses the headline line', async () => {
    const pdf = buildPdf({ pages: [[['Ferry timetable in doubt'], wrapped(FIRST)]], info: { Title: 'Microsoft Word - draft3.docx' } });
    const doc = await readDocument('ferry.pdf', pdf);
    expect(doc.title).toBe('Ferry timetable in doubt');
    expect(doc.text).toBe(FIRST);
  });

  it('reads a headline wrapped over lines of large type as one title, and the dateline under it as source and date', async () => {
    const pdf = buildPdf({
      heading: { lines: ['Harbour board orders a survey', 'of the outer channel before', 'any dredging begins'], size: 24 },
      pages: [[['By Nessa Arden'], ['The Ellery Courier, March 5, 2024'], ...[FIRST, SECOND, `${SECOND} ${FIRST}`].map(wrapped)]],
      info: { CreationDate: "D:20261128091500+00'00'" },
    });
    const doc = await readDocument('printed.pdf', pdf);
    expect(doc).toMatchObject({
      title: 'Harbour board orders a survey of the outer channel before any dredging begins',
      author: 'Nessa Arden',
      source: 'The Ellery Courier',
      publishedAt: '2024-03-05',
    });
    expect(doc.text).toBe([FIRST, SECOND, `${SECOND} ${FIRST}`].join('\n\n'));
  });

  it('continues a paragraph across a page break and drops page numbers', async () => {
    const lines = wrapped(FIRST);
    const pdf = buildPdf({ pages: [[lines.slice(0, 2), ['1']], [lines.slice(2), ['2']]] });
    const doc = await readDocument('ferry.pdf', pdf);
    expect(doc.text).toBe(FIRST);
  });

  it('mends words hyphenated at the end of a line', async () => {
    const pdf = buildPdf({ pages: [[['The board asked for an indepen-', 'dent engineer to check the figures.']]] });
    const doc = await readDocument('ferry.pdf', pdf);
    expect(doc.text).toBe('The board asked for an independent engineer to check the figures.');
  });

  it('reads a PDF that was saved with a .txt name', async () => {
    const doc = await readDocument('ferry.txt', buildPdf({ pages: [[wrapped(FIRST)]] }));
    expect(doc.format).toBe('pdf');
    expect(doc.text).toBe(FIRST);
  });

  it('tells the user to run OCR on a scanned PDF with no text layer', async () => {
    const error = await failure('scan.pdf', buildPdf({ imageOnly: true }));
    expect(error.reason).toBe('no-text-layer');
    expect(error.message).toMatch(/scan\.pdf has no text layer.*probably a scan.*Run OCR/);
  });

  it('explains that a password-protected PDF needs an unprotected copy', async () => {
    const error = await failure('locked.pdf', buildPdf({ encrypted: true, pages: [[wrapped(FIRST)]] }));
    // The reason comes from pdf.js's PasswordException, not from guessing.
    expect(error.reason).toBe('password');
    expect(error.message).toMatch(/locked\.pdf is protected by a password.*save or print a copy without protection/);
  });

  it('builds its locked fixture so that pdf.js itself asks for a password', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: buildPdf({ encrypted: true, pages: [[['x']]] }), isEvalSupported: false, verbosity: 0 });
    await expect(task.promise).rejects.toMatchObject({ name: 'PasswordException', code: pdfjs.PasswordResponses.NEED_PASSWORD });
    await task.destroy();
  });

  it.each([
    ['a truncated file', buildPdf({ pages: [[wrapped(FIRST)]] }).subarray(0, 120)],
    ['text with a .pdf name', new TextEncoder().encode('This is not a PDF at all, only words.')],
  ])('reports %s as damaged', async (_, bytes) => {
    const error = await failure('broken.pdf', bytes);
    expect(['unreadable', 'no-text-layer']).toContain(error.reason);
    expect(error.message).toMatch(/broken\.pdf/);
  });
});

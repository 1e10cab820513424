import { describe, expect, it } from 'vitest';
import { ImportError, normalizeForDuplicate, readDocument, readPastedText } from '../../../../src/main/ingest';
import { ARTICLE_TEXT, PARAGRAPHS } from './fixtures/articles';

const SAMPLE = 'Café talks in Ōsaka — “a fair deal”, said Zoë Müller';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(Buffer.concat([Buffer.from(bom ? mark : []), le]));
}

const file = (text: string) => new TextEncoder().encode(text);

describe('plain text encodings', () => {
  const article = `${SAMPLE}\n\n${ARTICLE_TEXT}`;

  it.each([
    ['UTF-8 without a byte-order mark', file(article)],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...file(article)])],
    ['UTF-16 LE with a byte-order mark', utf16(article, 'le', true)],
    ['UTF-16 BE with a byte-order mark', utf16(article, 'be', true)],
    ['UTF-16 LE without a byte-order mark', utf16(article, 'le', false)],
    ['UTF-16 BE without a byte-order mark', utf16(article, 'be', false)],
  ])('decodes %s', async (_, bytes) => {
    const doc = await readDocument('talks.txt', bytes);
    expect(doc.title).toBe(SAMPLE);
    expect(doc.text).toBe(ARTICLE_TEXT);
    expect(doc.format).toBe('txt');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', async () => {
    // “Caf\xe9” – 5 \x80 … as Word on Windows saves it.
    const bytes = new Uint8Array([...Buffer.from('Price list\n\n', 'latin1'), 0x93, ...Buffer.from('Caf', 'latin1'), 0xe9, 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x20, 0x85]);
    const doc = await readDocument('prices.txt', bytes);
    expect(doc.text).toBe('“Café” – 5 € …');
    expect(doc.text).not.toContain('\uFFFD');
  });
});

describe('plain text layout and details', () => {
  it('reads the headline, byline, source and date lines at the top and leaves them out of the text', async () => {
    const raw = `Harbour board orders survey\nBy Nessa Arden\nSource: The Ellery Courier\n5 March 2024\n\n${ARTICLE_TEXT}\n`;
    const doc = await readDocument('harbour.txt', file(raw));
    expect(doc).toMatchObject({ title: 'Harbour board orders survey', author: 'Nessa Arden', source: 'The Ellery Courier', publishedAt: '2024-03-05' });
    expect(doc.text).toBe(ARTICLE_TEXT);
  });

  it('reads labelled dates and addresses', async () => {
    const raw = `Title: Harbour board orders survey\n\nPublished: 2024-03-05\nURL: https://courier.example/harbour\nAuthor: Nessa Arden and Tom Vell\n\n${ARTICLE_TEXT}`;
    const doc = await readDocument('harbour.txt', file(raw));
    expect(doc).toMatchObject({ title: 'Harbour board orders survey', publishedAt: '2024-03-05', url: 'https://courier.example/harbour', author: 'Nessa Arden and Tom Vell' });
    expect(doc.text).toBe(ARTICLE_TEXT);
  });

  it('names the article after the file when the first line is prose, not a headline', async () => {
    const doc = await readDocument('port_ellery_notes.txt', file(PARAGRAPHS.join('\n')));
    expect(doc.title).toBe('port ellery notes');
    expect(doc.text).toBe(ARTICLE_TEXT);
  });

  it('keeps Windows line endings out of the text and joins hard-wrapped lines', async () => {
    const wrapped = PARAGRAPHS.map((p) => p.replace(/(.{60,70}?) /g, '$1\r\n')).join('\r\n\r\n');
    const doc = await readDocument('wrapped.txt', file(`Harbour board orders survey\r\n\r\n${wrapped}\r\n`));
    expect(doc.text).toBe(ARTICLE_TEXT);
    expect(doc.text).not.toContain('\r');
  });

  it('keeps list items as separate paragraphs', async () => {
    const doc = await readDocument('list.txt', file('Council decisions\n\nThe council agreed three things:\n- a survey of the channel\n- a public hearing\n- a report by spring'));
    expect(doc.text.split('\n\n')).toEqual(['The council agreed three things:', '- a survey of the channel', '- a public hearing', '- a report by spring']);
  });

  it.each([
    ['initials and abbreviations', 'Halloran v. Port Ellery Council: Judge J. R. Marsh Rules'],
    ['two short sentences in headline case', 'Survey First, Dredging Later. Is This The End?'],
    ['two short sentences above a longer paragraph', 'Game over. Will the council back down?'],
  ])('recognises a headline with %s', async (_, headline) => {
    const doc = await readDocument('a.txt', file(`${headline}\n\n${ARTICLE_TEXT}`));
    expect(doc.title).toBe(headline);
    expect(doc.text).toBe(ARTICLE_TEXT);
  });

  it('reads a "headline; deck" pair as news databases export it', async () => {
    const doc = await readDocument('a.txt', file(`Harbour board orders survey; \nDredging waits for an engineer's report.\n\n${ARTICLE_TEXT}`));
    expect(doc.title).toBe('Harbour board orders survey');
    expect(doc.text).toBe(`Dredging waits for an engineer's report.\n\n${ARTICLE_TEXT}`);
  });

  it.each([
    ['The Washington Post, October 9, 2016', 'The Washington Post', '2016-10-09'],
    ['9 October 2016 | Ellery Courier', 'Ellery Courier', '2016-10-09'],
    ['Le Monde — 9 octobre 2016', undefined, undefined],
  ])('reads the dateline “%s” as where and when', async (line, source, publishedAt) => {
    const doc = await readDocument('a.txt', file(`Harbour board orders survey\n${line}\n\n${ARTICLE_TEXT}`));
    expect(doc.source).toBe(source);
    expect(doc.publishedAt).toBe(publishedAt);
  });

  it('does not take a sentence that mentions a date for a date line', async () => {
    const doc = await readDocument('a.txt', file(`Harbour board orders survey\n\nThe vote took place on 5 March 2024 after a long debate.\n\n${ARTICLE_TEXT}`));
    expect(doc.publishedAt).toBeUndefined();
    expect(doc.text.startsWith('The vote took place on 5 March 2024')).toBe(true);
  });
});

describe('pasted text', () => {
  it('uses the given title', () => {
    const doc = readPastedText('Harbour survey', ARTICLE_TEXT);
    expect(doc).toMatchObject({ title: 'Harbour survey', text: ARTICLE_TEXT, format: 'paste' });
  });

  it('takes the first line as the title when none is given', () => {
    const doc = readPastedText('', `Harbour board orders survey\n\n${ARTICLE_TEXT}`);
    expect(doc.title).toBe('Harbour board orders survey');
    expect(doc.text).toBe(ARTICLE_TEXT);
  });

  it('keeps a pasted headline in the text when the user gave another title', () => {
    const doc = readPastedText('My notes on the harbour', `Harbour board orders survey\n\n${ARTICLE_TEXT}`);
    expect(doc.title).toBe('My notes on the harbour');
    expect(doc.text).toBe(`Harbour board orders survey\n\n${ARTICLE_TEXT}`);
  });

  it('shortens a long first paragraph into a title', () => {
    const doc = readPastedText('', PARAGRAPHS[0]);
    expect(doc.title.length).toBeLessThanOrEqual(121);
    expect(doc.text).toBe(PARAGRAPHS[0]);
  });

  it.each([
    ['nothing', ''],
    ['only whitespace', ' \n\t\n  '],
  ])('refuses a paste of %s with a plain message', (_, text) => {
    expect(() => readPastedText('', text)).toThrow(ImportError);
    expect(() => readPastedText('', text)).toThrow(/no article text to import\. Copy the article's text/);
  });
});

describe('normalizeForDuplicate', () => {
  it('treats case, spacing and punctuation differences as the same text', () => {
    expect(normalizeForDuplicate('The  Harbour, “Board”\n\nVoted — 5 to 2!')).toBe(normalizeForDuplicate('the harbour "board" voted 5 to 2'));
  });

  it('tells different words apart', () => {
    expect(normalizeForDuplicate('voted five to two')).not.toBe(normalizeForDuplicate('voted five to three'));
  });
});

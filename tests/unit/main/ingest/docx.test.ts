import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/main/ingest';
import { ARTICLE_TEXT, PARAGRAPHS } from './fixtures/articles';
import { buildDocx } from './fixtures/docx';
import { buildZip } from './fixtures/zip';
import { importFailure } from './fixtures/failure';

const failure = (name: string, bytes: Uint8Array) => importFailure(readDocument(name, bytes));

describe('Word documents', () => {
  it('reads paragraphs and headings, the Title paragraph as the title, and the core properties', async () => {
    const docx = buildDocx(
      [{ text: 'Harbour board orders survey', style: 'Title' }, { text: 'By Nessa Arden' }, ...PARAGRAPHS.slice(0, 2).map((text) => ({ text })), { text: 'What happens next', style: 'Heading1' }, ...PARAGRAPHS.slice(2).map((text) => ({ text }))],
      { title: 'Draft', creator: 'Courier Desk', created: '2024-03-05T09:00:00Z' },
    );
    const doc = await readDocument('harbour.docx', docx);
    expect(doc).toMatchObject({ title: 'Harbour board orders survey', author: 'Nessa Arden', publishedAt: '2024-03-05', format: 'docx' });
    expect(doc.text).toBe([...PARAGRAPHS.slice(0, 2), 'What happens next', ...PARAGRAPHS.slice(2)].join('\n\n'));
  });

  it('falls back to the core title and creator when the document has no headline or byline', async () => {
    const doc = await readDocument('notes.docx', buildDocx(PARAGRAPHS.map((text) => ({ text })), { title: 'Harbour notes', creator: 'Nessa Arden' }));
    expect(doc).toMatchObject({ title: 'Harbour notes', author: 'Nessa Arden', text: ARTICLE_TEXT });
  });

  it('reads a document stored without compression', async () => {
    const stored = buildZip({ 'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Only one line of text.</w:t></w:r></w:p></w:body></w:document>', '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' }, { store: true });
    const doc = await readDocument('one.docx', stored);
    expect(doc.text).toBe('Only one line of text.');
    expect(doc.title).toBe('one');
  });

  it.each([
    ['a truncated archive', buildDocx([{ text: 'x' }]).subarray(0, 200)],
    ['a ZIP with no document inside', buildZip({ 'readme.txt': 'hello' })],
    ['random bytes', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 37 + 11) % 256))],
    ['plain text with a .docx name', new TextEncoder().encode('Just some words, not a Word file.')],
  ])('reports %s as a damaged Word document', async (_, bytes) => {
    const error = await failure('report.docx', bytes);
    expect(error.reason).toBe('unreadable');
    expect(error.message).toMatch(/report\.docx could not be read as a Word document.*save it again as \.docx/);
  });

  it('tells the user to resave an old binary .doc', async () => {
    const ole = new Uint8Array(600);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await failure('old.docx', ole);
    expect(error.message).toMatch(/old Office document.*save it as \.docx/);
  });
});

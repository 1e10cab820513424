import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isDossierError } from '../../../../src/shared/errors';
import { MAX_IMPORT_BYTES, readDocument, readDocumentFile } from '../../../../src/main/ingest';
import { ARTICLE_TEXT } from './fixtures/articles';
import { buildZip } from './fixtures/zip';
import { importFailure } from './fixtures/failure';

const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const failure = importFailure;

const bytes = (text: string) => new TextEncoder().encode(text);

describe('files that cannot be imported', () => {
  it.each(['notes.txt', 'notes.md', 'page.html', 'paper.pdf', 'report.docx'])('refuses an empty %s', async (name) => {
    const error = await failure(readDocument(name, new Uint8Array()));
    expect(error).toMatchObject({ file: name, reason: 'empty', code: 'empty-import' });
    expect(error.message).toBe(`${name} is empty, so there is no article text to import. Check that you chose the right file, or that it was saved completely.`);
  });

  it.each(['notes.txt', 'notes.md'])('refuses a %s of only whitespace', async (name) => {
    const error = await failure(readDocument(name, bytes(' \n\t \r\n\u00a0\n')));
    expect(error.reason).toBe('empty');
    expect(error.message).toMatch(/contains only spaces and blank lines/);
  });

  it.each([
    ['only whitespace', ' \n\n '],
    ['only scripts and pictures', '<html><head><script>var x = 1;</script></head><body><img src="a.png"><style>p{}</style></body></html>'],
  ])('refuses a web page with %s', async (_, page) => {
    const error = await failure(readDocument('page.html', bytes(page)));
    expect(error.reason).toBe('empty');
    expect(error.message).toMatch(/^page\.html (has no readable text|contains only spaces)/);
  });

  it.each([
    ['NUL bytes', new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? 0 : 65 + (i % 26))))],
    ['control characters', new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i % 5 === 0 ? 3 : 97 + (i % 26))))],
  ])('refuses binary junk named .txt (%s)', async (_, junk) => {
    const error = await failure(readDocument('junk.txt', junk));
    expect(error.reason).toBe('binary');
    expect(error.message).toMatch(/^junk\.txt is named \.txt but is a binary file, not article text\. Check that you chose the right file/);
  });

  it('recognises a picture named .txt and suggests OCR', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const error = await failure(readDocument('scan.txt', png));
    expect(error.message).toMatch(/scan\.txt is named \.txt but is a PNG image.*run OCR/);
  });

  it('recognises a ZIP archive named .txt', async () => {
    const error = await failure(readDocument('bundle.txt', buildZip({ 'a.txt': 'hello' })));
    expect(error.message).toMatch(/bundle\.txt is named \.txt but is a ZIP archive/);
  });

  it('refuses an unknown kind of file and lists the ones it reads', async () => {
    const error = await failure(readDocument('figures.xlsx.csv', bytes('a,b\n1,2')));
    expect(error.reason).toBe('unknown-format');
    expect(error.message).toBe('Dossier cannot import .csv files (figures.xlsx.csv). It reads .txt, .md, .html, .htm, .pdf, .docx: save the article in one of those formats, or copy its text and paste it.');
  });

  it('refuses a 200 MB file from its size alone, before reading it', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 200 * 1024 * 1024);
    const error = await failure(readDocumentFile(path));
    expect(error).toMatchObject({ file: 'huge.txt', reason: 'too-large' });
    expect(error.message).toBe("huge.txt is 200 MB, larger than the 50 MB Dossier imports at once. Split it into smaller files, or copy the article's text and paste it instead.");
  });

  it('refuses bytes over the limit handed over in memory', async () => {
    // Zero-filled, so the system hands out its pages lazily; the size check must come before any parsing.
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const error = await failure(readDocument('big.md', big));
    expect(error.reason).toBe('too-large');
  });

  it('reads a file from disk by its path', async () => {
    const path = join(dir, 'harbour.txt');
    writeFileSync(path, `Harbour board orders survey\n\n${ARTICLE_TEXT}`);
    const doc = await readDocumentFile(path);
    expect(doc).toMatchObject({ title: 'Harbour board orders survey', text: ARTICLE_TEXT, format: 'txt' });
  });

  it('says so when the file is gone or is a folder', async () => {
    const gone = await failure(readDocumentFile(join(dir, 'missing.txt')));
    expect(gone.message).toMatch(/missing\.txt could not be opened \(it no longer exists\)/);
    const folder = await failure(readDocumentFile(dir));
    expect(folder.message).toMatch(/is a folder, not a file/);
  });

  it('passes through the app transports as a DossierError with a code', async () => {
    const error = await failure(readDocument('notes.txt', new Uint8Array()));
    expect(isDossierError(error)).toBe(true);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportBrief } from '../../../../src/main/export/brief';
import { ChromiumPdfPrinter } from '../../../../src/main/export/chromium-printer';
import { briefPrintHtml } from '../../../../src/main/export/print-html';
import type { ExportOptions } from '../../../../src/shared/api';
import { briefNote, notebookWith } from './fixture';

process.env.DOSSIER_AUTHOR = 'Jane Analyst';
const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-'));
const printer = new ChromiumPdfPrinter();
const second = { ...briefNote(), id: 'n-2', title: 'Korea watch 김정은', updatedAt: '2024-10-08T00:00:00.000Z' };

async function printPdf(name: string, ids: string[], options: Partial<ExportOptions> = {}) {
  const data = notebookWith(briefNote(), second);
  const file = await exportBrief(data, ids, { format: 'pdf', ...options }, printer);
  expect(file).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64' });
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(file.content, 'base64'));
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  return { file, text, info, fonts, flat: squash(text) };
}

/**
 * The text with no whitespace at all: where a line wraps depends on the machine's font metrics,
 * so a wrap (or a missing one) must never decide whether a test passes.
 */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('a brief as PDF', () => {
  let brief: Awaited<ReturnType<typeof printPdf>>;
  let sources: Awaited<ReturnType<typeof printPdf>>;
  let pack: Awaited<ReturnType<typeof printPdf>>;
  beforeAll(async () => {
    brief = await printPdf('brief.pdf', ['n-brief']);
    sources = await printPdf('sources.pdf', ['n-brief'], { citations: 'sources', paper: 'Letter' });
    pack = await printPdf('pack.pdf', ['n-brief', 'n-2'], { sourcesList: true });
  }, 60_000);

  it('has a title block with the author and date, and the note’s headings', () => {
    expect(brief.file.fileName).toBe('Ishiba cabinet brief.pdf');
    expect(brief.flat).toContain(squash('BRIEF Ishiba cabinet brief Jane Analyst · 7 October 2024'));
    expect(brief.flat).toContain(squash('Summary'));
    expect(brief.flat).toContain(squash('Regional reaction'));
  });

  it('sets lists, task lists, block quotes and tables', () => {
    expect(brief.flat).toContain(squash('Iwaya to Foreign Ministry Nakatani to Defence nested point'));
    expect(brief.flat).toContain(squash('1. First step 2. Second step'));
    expect(brief.flat).toContain(squash('☑ Call the embassy ☐ Read the SOFA text'));
    expect(brief.flat).toContain(squash('Peace needs deterrence.'));
    // A cell may wrap, so a table is checked by its cells' words, not by how they line up.
    for (const word of ['Post', 'Holder', 'Foreign', 'Minister', 'Takeshi', 'Iwaya', '|', 'acting']) expect(brief.flat).toContain(word);
  });

  it('renders Japanese, Chinese and Korean names', () => {
    for (const name of ['石破茂', '习近平', '김정은']) expect(brief.text).toContain(name);
  });

  it('prints citations with their footnotes: title, publication, date and address', () => {
    expect(brief.flat).toContain(squash('— Japan’s new cabinet leans on defence, Dossier Wire, 2 October 2024 1 Regional reaction'));
    expect(brief.flat).toContain(squash('NOTES 1. Japan’s new cabinet leans on defence, Dossier Wire, 2 October 2024, A. Reporter. https://example.com/japan-cabinet?x=1&y=2'));
    expect(brief.flat).toContain(squash('2. Seoul and Beijing watch Tokyo <closely>, Asia Desk, 5 October 2024.'));
    expect(brief.flat).not.toContain(squash('SOURCES'));
  });

  it('has page numbers and a running header on every page', () => {
    const pages = brief.text.split('\f').filter((page) => page.trim());
    pages.forEach((page, i) => {
      expect(page).toMatch(/^\s*Ishiba cabinet brief\s+Dossier brief/);
      expect(page).toMatch(new RegExp(`\\s${i + 1} ?/ ?${pages.length}\\s*$`));
    });
  });

  it('embeds every font it uses and is A4 unless asked for Letter', () => {
    const rows = brief.fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\byes\b/);
    expect(brief.info).toMatch(/Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(sources.info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('cites as a numbered Sources list when asked', () => {
    expect(sources.flat).toContain(squash('wishing for it, — Japan’s new cabinet leans on defence, Dossier Wire, 2 October 2024 [1]'));
    expect(sources.flat).toContain(squash('SOURCES 1. Japan’s new cabinet leans on defence'));
    expect(sources.flat).not.toContain(squash('NOTES'));
  });

  it('puts several notes into one document with a table of contents and a Sources list', () => {
    expect(pack.file.fileName).toBe('Briefs.pdf');
    expect(pack.flat).toContain(squash('BRIEFING PACK · 2 NOTES Briefs Jane Analyst · 8 October 2024'));
    expect(pack.flat).toContain(squash('CONTENTS 1. Ishiba cabinet brief 2 2. Korea watch 김정은 3'));
    expect(pack.text.split('\f')[2].replace(/\s+/g, '')).toMatch(/^BriefsDossierbriefKoreawatch김정은/); // the page the contents give
    expect(pack.flat).toMatch(new RegExp(`${squash('SOURCES 1. Japan’s new cabinet')}.*${squash('2. Seoul and Beijing')}`));
  });
});

describe('the print document', () => {
  const data = notebookWith(briefNote());
  const html = briefPrintHtml(data, data.notes, { title: 'A <b>brief</b>', date: '2024-10-07' }, { format: 'pdf' });

  it('holds no script and forbids loading anything', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`);
  });

  it('escapes note text, titles and addresses', () => {
    expect(html).toContain('Untrusted &lt;script&gt;alert(1)&lt;/script&gt; &amp; *stars*');
    expect(html).toContain('<h1>A &lt;b&gt;brief&lt;/b&gt;</h1>');
    expect(html).toContain('href="https://example.com/japan-cabinet?x=1&amp;y=2"');
    expect(html).not.toContain('javascript:');
  });
});

describe('PDF export failures', () => {
  it('says plainly when there is no Chromium, and leaves the note as it was', async () => {
    const data = notebookWith(briefNote());
    const before = JSON.stringify(data);
    await expect(exportBrief(data, ['n-brief'], { format: 'pdf' }, new ChromiumPdfPrinter('/no/such/chromium'))).rejects.toThrow(
      /PDF export needs Chromium, and there is none at \/no\/such\/chromium\. Install Chromium/,
    );
    expect(JSON.stringify(data)).toBe(before);
  });
});

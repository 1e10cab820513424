import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBrief } from '../../../../src/main/export/brief';
import { briefPrintHtml } from '../../../../src/main/export/print-html';
import { writeExport } from '../../../../src/main/export/write-export';
import type { Note } from '../../../../src/shared/model';
import { h, notebookWith, p, state, text } from './fixture';

// The smallest PNG there is: one transparent pixel.
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const figure = (src: string, caption = 'Who appears with whom: 12 people and 30 links. Drawn by Dossier.') => ({
  type: 'figure',
  version: 1,
  src,
  alt: 'Graph of 12 people and 30 links',
  caption,
  width: 1,
  height: 1,
});

function noteWith(...blocks: Record<string, unknown>[]): Note {
  return { id: 'n-fig', title: 'Alliance brief', createdAt: '2024-10-06T09:00:00.000Z', updatedAt: '2024-10-07T09:00:00.000Z', content: state(h('h3', 'Who appears with whom'), ...blocks, p(text('After the picture.'))) };
}

describe('a picture in a brief', () => {
  it('goes beside a Markdown brief as an image file the brief links to, with its caption under it', async () => {
    const data = notebookWith(noteWith(figure(`data:image/png;base64,${PIXEL}`)));
    const file = await exportBrief(data, ['n-fig'], { format: 'md' });
    expect(file.attachments).toEqual([{ fileName: 'alliance-brief-figure-1.png', mimeType: 'image/png', content: PIXEL, encoding: 'base64' }]);
    expect(file.content).toContain('![Graph of 12 people and 30 links](alliance-brief-figure-1.png)\n\n*Who appears with whom: 12 people and 30 links. Drawn by Dossier.*\n\nAfter the picture.');

    const folder = mkdtempSync(join(tmpdir(), 'dossier-figure-'));
    await writeExport(join(folder, file.fileName), file);
    expect(readdirSync(folder).sort()).toEqual(['Alliance brief.md', 'alliance-brief-figure-1.png']);
    expect(readFileSync(join(folder, 'alliance-brief-figure-1.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('prints the image inline with its caption as a figure', () => {
    const data = notebookWith(noteWith(figure(`data:image/png;base64,${PIXEL}`)));
    const html = briefPrintHtml(data, data.notes, { title: 'Alliance brief', date: '2024-10-07' }, { format: 'pdf' });
    expect(html).toContain(`<figure class="picture"><img src="data:image/png;base64,${PIXEL}" alt="Graph of 12 people and 30 links"><figcaption>Who appears with whom: 12 people and 30 links. Drawn by Dossier.</figcaption></figure>`);
  });

  it('never writes an image that is not carried inline, nor markup from its caption', async () => {
    const hostile = figure('https://example.com/track.png" onerror="alert(1)', '<script>alert(1)</script> *caption*');
    const data = notebookWith(noteWith(hostile));
    const md = await exportBrief(data, ['n-fig'], { format: 'md' });
    expect(md.attachments).toBeUndefined();
    expect(md.content).not.toContain('example.com');
    expect(md.content).toContain('\\*caption\\*');
    const html = briefPrintHtml(data, data.notes, { title: 'Alliance brief', date: '2024-10-07' }, { format: 'pdf' });
    expect(html).not.toContain('example.com');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses an attachment whose name reaches into another folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-figure-'));
    const file = { fileName: 'brief.md', mimeType: 'text/markdown', content: '# Brief', attachments: [{ fileName: '../escape.png', mimeType: 'image/png', content: PIXEL, encoding: 'base64' as const }] };
    await expect(writeExport(join(folder, 'brief.md'), file)).rejects.toThrow(/not a plain file name/);
    expect(existsSync(join(folder, '..', 'escape.png'))).toBe(false);
    expect(existsSync(join(folder, 'brief.md'))).toBe(false);
  });
});

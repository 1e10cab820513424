import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDossierError } from '../../../../src/shared/errors';
import type { PdfPrinter } from '../../../../src/main/export/pdf-printer';
import { NotebookService } from '../../../../src/main/service/notebook-service';

const ROOT = resolve(__dirname, '../../../..');
let file = '';
const running: NotebookService[] = [];

// The service thread, bundled as the build bundles it (out/main/notebook-service.js).
beforeAll(async () => {
  const folder = join(ROOT, 'node_modules/.cache/dossier-tests');
  mkdirSync(folder, { recursive: true });
  file = join(folder, `notebook-service-${process.pid}.cjs`);
  await build({ entryPoints: [join(ROOT, 'src/main/notebook-service.ts')], outfile: file, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'error' });
}, 60_000);
afterAll(async () => {
  for (const service of running) await service.close().catch(() => {});
});

const dir = () => mkdtempSync(join(tmpdir(), 'dossier-service-'));
async function start(dataDir = dir(), printer?: PdfPrinter) {
  const service = await NotebookService.start(dataDir, { file, printer });
  running.push(service);
  return service;
}

describe('the notebook service on its own thread', () => {
  it('answers the same API, keeping errors as the notebook raised them', async () => {
    const service = await start();
    const note = await service.api.createNote({ title: 'Harbour brief' });
    expect((await service.api.listNotes()).map((n) => n.title)).toEqual(['Harbour brief']);
    expect((await service.api.getNote(note.id)).title).toBe('Harbour brief');
    const error = await service.api.getNote('nope').catch((e: unknown) => e);
    expect(isDossierError(error) && error.code).toBe('not-found');
    expect((error as Error).message).toMatch(/no longer exists/);
    const { article } = await service.api.importText({ title: 'Quay', text: 'Harbour officials in Port Aldren said on Monday that the survey of the old quay would begin.' });
    expect((await service.api.search('survey')).articles.map((a) => a.id)).toEqual([article.id]);
  });

  it('tells the host when another notebook is opened, and keeps that notebook after a restart', async () => {
    const root = dir();
    const service = await start(root);
    expect(service.shelf).toMatchObject({ currentId: 'main', notebooks: [{ id: 'main' }] });
    const seen: string[] = [];
    service.onSwitch((shelf) => seen.push(shelf.currentId));
    const harbour = await service.api.createNotebook('Harbour');
    await expect.poll(() => seen).toEqual([harbour.id]);
    expect(service.shelf.notebooks.map((n) => n.name).sort()).toEqual(['Harbour', 'My notebook']);
    await service.close();
    expect(existsSync(join(root, 'cases', harbour.id, 'notebook.json.lock'))).toBe(false); // closing let the lock go

    const again = await start(root);
    expect(again.shelf.currentId).toBe(harbour.id);
  });

  it('says plainly why it could not start, as the notebook said it', async () => {
    const notAFolder = join(dir(), 'notes.txt');
    writeFileSync(notAFolder, 'a file where the notebook folder should be');
    const refused = await NotebookService.start(notAFolder, { file }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).not.toMatch(/^\s*at /m); // a message, not a stack
  });

  it('asks the host to print PDFs when the host has the printer (Electron)', async () => {
    const printed: string[] = [];
    const printer: PdfPrinter = {
      print: async (html, layout) => {
        printed.push(layout.runningTitle);
        return new TextEncoder().encode(`%PDF-1.7 ${html.length}`);
      },
    };
    const service = await start(dir(), printer);
    const note = await service.api.createNote({ title: 'Quay survey' });
    const file = await service.api.exportNotes([note.id], { format: 'pdf' });
    expect(printed).toEqual(['Quay survey']);
    expect(Buffer.from(file.content, 'base64').toString('latin1')).toMatch(/^%PDF-1\.7 \d+$/);
  });

  it('gives every call a plain message once the thread has stopped', async () => {
    const service = await start();
    await (service as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect(service.api.listNotes()).rejects.toThrow(/notebook service stopped unexpectedly.*restart Dossier/);
  });
});

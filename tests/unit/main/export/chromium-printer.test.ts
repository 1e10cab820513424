import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../../../../src/main/chromium';
import { ChromiumPdfPrinter } from '../../../../src/main/export/chromium-printer';

const layout = { paper: 'A4', runningTitle: 'Private brief' } as const;
const SECRET = 'Source KESTREL met the minister on Tuesday';
const html = `<!doctype html><html><body><h1>Private brief</h1><p>${SECRET}</p></body></html>`;
const freshRoot = () => mkdtempSync(join(tmpdir(), 'dossier-print-test-'));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('printing a brief through Chromium', () => {
  it('gives Chromium a private folder (0700) for everything it writes, and removes it even when Chromium fails', async () => {
    // A stand-in for Chromium that notes what it was given, then fails to start.
    const root = freshRoot();
    const tools = mkdtempSync(join(tmpdir(), 'dossier-fake-chromium-'));
    const notes = join(tools, 'seen');
    const fake = join(tools, 'chromium');
    writeFileSync(fake, `#!/bin/sh\nstat -c '%a %n' "$TMPDIR" > "${notes}"\nprintf '%s\\n' "$@" >> "${notes}"\nexit 1\n`, { mode: 0o700 });

    await expect(new ChromiumPdfPrinter(fake, root).print(html, layout)).rejects.toThrow(/Chromium could not be started to print the PDF/);

    const [folder, ...args] = readFileSync(notes, 'utf8').trim().split('\n');
    const [folderMode, folderPath] = folder.split(' ');
    expect(folderMode).toBe('700');
    expect(folderPath.startsWith(join(root, 'dossier-print-'))).toBe(true);
    expect(args).toContain(`--user-data-dir=${join(folderPath, 'profile')}`);
    // The brief went nowhere near the command line, and nothing is left behind.
    expect(args.join('\n')).not.toContain('KESTREL');
    expect(readdirSync(root)).toEqual([]);
  });

  it.skipIf(!existsSync(chromiumPath()))('prints from memory: no HTML file is ever written, and the private folder is gone afterwards', async () => {
    const root = freshRoot();
    const seen = new Map<string, number>();
    const files = new Set<string>();
    const look = () => {
      for (const entry of readdirSync(root)) {
        const folder = join(root, entry);
        try {
          seen.set(folder, mode(folder));
          for (const file of readdirSync(folder, { recursive: true }) as string[]) files.add(file);
        } catch {
          // Removed between the listing and the look.
        }
      }
    };
    const watcher = setInterval(look, 5);
    try {
      const pdf = await new ChromiumPdfPrinter(chromiumPath(), root).print(html, layout);
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    } finally {
      clearInterval(watcher);
    }
    expect(seen.size).toBe(1);
    expect([...seen.values()]).toEqual([0o700]);
    expect([...files].filter((f) => /\.html?$/i.test(f))).toEqual([]);
    expect(readdirSync(root)).toEqual([]);
  }, 60_000);
});

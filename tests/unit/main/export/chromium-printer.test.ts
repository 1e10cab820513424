import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../../../../src/main/chromium';
import { ChromiumPdfPrinter, printRoot } from '../../../../src/main/export/chromium-printer';

const layout = { paper: 'A4', runningTitle: 'Private brief' } as const;
const SECRET = 'Source KESTREL met the minister on Tuesday';
const html = `<!doctype html><html><body><h1>Private brief</h1><p>${SECRET}</p></body></html>`;
// Short: Chromium's socket goes under the print folder made in it (see printRoot).
const freshRoot = () => mkdtempSync(join(tmpdir(), 'dpt-'));
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

  it("makes the print folder where Chromium's socket path fits, in /tmp where the temporary folder's path is too long", () => {
    expect(printRoot('/tmp/dossier-run-Ab12Cd', 'linux')).toBe('/tmp/dossier-run-Ab12Cd');
    // A macOS user's TMPDIR, and a longer one still.
    const mac = '/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T';
    expect(printRoot(mac, 'darwin')).toBe(existsSync('/tmp') ? '/tmp' : mac);
    expect(printRoot(`/tmp/${'x'.repeat(60)}`, 'linux')).toBe('/tmp');
    // Windows has no such socket.
    expect(printRoot(`C:\\Users\\${'x'.repeat(60)}\\Temp`, 'win32')).toBe(`C:\\Users\\${'x'.repeat(60)}\\Temp`);
  });
});

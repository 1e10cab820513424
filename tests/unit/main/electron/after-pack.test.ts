import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The packaging hook (scripts/after-pack.cjs), run on a stand-in binary that carries Electron's
// fuse wire: the sentinel, wire version 1, eight fuses — as a stock Electron ships them.
const { default: afterPack, executablePath } = createRequire(__filename)('../../../../scripts/after-pack.cjs');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; cookie encryption, asar checks off.
const STOCK = '10110001';

function stockBinary(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-fuses-'));
  const file = join(dir, 'dossier');
  writeFileSync(file, Buffer.concat([Buffer.from('ELF…'), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(STOCK), Buffer.from('…rest')]));
  return { dir, file };
}

const wire = (file: string) => {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
  return bytes.subarray(at, at + 8).toString();
};

describe('the packaging hook', () => {
  it('flips the fuses Dossier ships with', async () => {
    const { dir, file } = stockBinary();
    await afterPack({ appOutDir: dir, electronPlatformName: 'linux', arch: 1, packager: { executableName: 'dossier', appInfo: { productFilename: 'Dossier' } } });
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, asar integrity on,
    // only app.asar on, V8 snapshot untouched, file:// extra privileges off.
    expect(wire(file)).toBe('01001100');
  });

  it('finds the binary electron-builder made on each platform', () => {
    const packager = { executableName: 'dossier', appInfo: { productFilename: 'Dossier' } };
    expect(executablePath({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(join('/o', 'dossier'));
    expect(executablePath({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(join('/o', 'Dossier.exe'));
    expect(executablePath({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(join('/o', 'Dossier.app'));
  });
});

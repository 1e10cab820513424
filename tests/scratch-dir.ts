import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The global set-up of both test runners (vitest.config.ts, playwright.config.ts). The tests make
// notebooks, exports and browser profiles in the system's temporary folder and do not all remove
// them; a run used to leave about 50 MB there. Every test of a run now works in one folder of its
// own, made here and set as TMPDIR, TEMP and TMP before the workers start (they inherit it, and
// os.tmpdir() reads it), and removed with all it holds when the run ends.
export default function scratchDir(): () => void {
  // Short: Chromium's single-instance socket path, made under TMPDIR, holds at most 107 characters.
  const dir = mkdtempSync(join(tmpdir(), 'dossier-run-'));
  const before = { TMPDIR: process.env.TMPDIR, TEMP: process.env.TEMP, TMP: process.env.TMP };
  process.env.TMPDIR = dir;
  process.env.TEMP = dir;
  process.env.TMP = dir;
  return () => {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
}

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { polnearFiles } from './corpora';
import { folderBytes } from './folder-bytes';

/** Peak resident memory of a running process, from Linux's /proc (null elsewhere). */
function peakRss(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Imports every PolNeAR article as a .txt file through the built CLI, five times over into one
 * notebook (each round's copies end with their own line, so none is a duplicate): the last 1,008
 * must cost about what the first did, and no import process may grow without bound.
 */
export async function benchImportPolnear(dataDir: string, cliPath: string, rounds = 5): Promise<void> {
  const files = polnearFiles(dataDir);
  if (files.length === 0) return console.log(`skipped: no PolNeAR texts under ${dataDir}/polnear`);
  const notebookDir = mkdtempSync(join(tmpdir(), 'dossier-bench-import-'));
  const copies = mkdtempSync(join(tmpdir(), 'dossier-bench-copies-'));
  const times: number[] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      const folder = join(copies, `round-${round}`);
      mkdirSync(folder);
      const batch = files.map((file, i) => {
        const copy = join(folder, `${i}-${basename(file)}`);
        writeFileSync(copy, round === 1 ? readFileSync(file) : `${readFileSync(file, 'utf8')}\n\n(Copy ${round} for the scale bench.)\n`);
        return copy;
      });
      const { seconds, lines, peak, code, errors } = await importBatch(cliPath, batch, notebookDir);
      times.push(seconds);
      const ratio = round === 1 ? '' : ` (${(seconds / times[0]).toFixed(2)}x the first)`;
      console.log(`  round ${round}: ${lines} of ${batch.length} imported (exit ${code}) in ${seconds.toFixed(1)} s${ratio}, ${(lines / seconds).toFixed(0)} articles/s, peak RSS ${peak ? `${(peak / 1e6).toFixed(0)} MB` : 'n/a'}, notebook ${(folderBytes(notebookDir) / 1e6).toFixed(1)} MB`);
      if (errors) console.log(`    stderr: ${errors.split('\n').slice(0, 3).join(' | ')}`);
    }
  } finally {
    rmSync(notebookDir, { recursive: true, force: true });
    rmSync(copies, { recursive: true, force: true });
  }
}

async function importBatch(cliPath: string, files: string[], notebookDir: string) {
  const started = performance.now();
  const child = spawn(process.execPath, [cliPath, 'import', ...files, '--data', notebookDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  let lines = 0;
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => {
    lines += chunk.toString().split('\n').length - 1;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk;
  });
  const timer = setInterval(() => {
    peak = Math.max(peak, peakRss(child.pid!) ?? 0);
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  return { seconds: (performance.now() - started) / 1000, lines, peak, code, errors };
}

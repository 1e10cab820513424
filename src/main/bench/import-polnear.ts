import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function polnearTexts(dataDir: string): string[] {
  const root = join(dataDir, 'polnear');
  if (!existsSync(root)) return [];
  return ['train', 'dev', 'test'].flatMap((split) => {
    const dir = join(root, split, 'text');
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)) : [];
  });
}

/** Peak resident memory of a running process, from Linux's /proc (null elsewhere). */
function peakRss(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Imports every PolNeAR article as a .txt file through the built CLI into a fresh notebook. */
export async function benchImportPolnear(dataDir: string, cliPath: string): Promise<void> {
  const files = polnearTexts(dataDir);
  if (files.length === 0) return console.log(`skipped: no PolNeAR texts under ${dataDir}/polnear`);
  const notebookDir = mkdtempSync(join(tmpdir(), 'dossier-bench-import-'));
  try {
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
    const seconds = (performance.now() - started) / 1000;
    const size = statSync(join(notebookDir, 'notebook.json')).size;
    console.log(`imported ${lines} of ${files.length} PolNeAR articles as .txt through the CLI (exit ${code})`);
    console.log(`  total ${seconds.toFixed(1)} s   ${(lines / seconds).toFixed(1)} articles/s   peak RSS ${peak ? `${(peak / 1e6).toFixed(0)} MB` : 'n/a'}   notebook ${(size / 1e6).toFixed(1)} MB`);
    if (errors) console.log(`  stderr: ${errors.split('\n').slice(0, 3).join(' | ')}`);
  } finally {
    rmSync(notebookDir, { recursive: true, force: true });
  }
}

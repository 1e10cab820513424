import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
/** The build under test: out/ unless DOSSIER_OUT names another (see electron.vite.config.ts). */
export const OUT = resolve(ROOT, process.env.DOSSIER_OUT ?? 'out');

export interface RunningDossier {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  stderr: () => string;
  stop(): Promise<void>;
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
}

/** Starts browser mode (the built out/main/web.js) on a data folder and waits for its address line. */
export function startDossier(dataDir = freshDataDir()): Promise<RunningDossier> {
  const child = spawn(process.execPath, [join(OUT, 'main/web.js'), '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => {
    err += d;
  });
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`Dossier did not start: ${err}`)), 20_000);
    child.on('exit', (code) => reject(new Error(`Dossier exited with ${code}: ${err}`)));
    child.stdout!.on('data', (d) => {
      out += d;
      const match = /Dossier is running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolvePromise({
        url: `${match[1]}/?token=${match[2]}`,
        origin: match[1],
        token: match[2],
        dataDir,
        process: child,
        stderr: () => err,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { DossierError } from '../../shared/errors';

/** One writer per notebook: a lock file holding the owner's pid, taken over only when that pid is gone. */
export function lockNotebook(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) unlinkSync(lockPath);
        } catch {}
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockPath);
      if (owner !== null && (owner === process.pid || isAlive(owner))) {
        throw new DossierError(
          'notebook-locked',
          `This notebook is already open in another Dossier (process ${owner}). Close that window or command first, then try again.`,
        );
      }
      try {
        unlinkSync(lockPath); // stale: its owner died without cleaning up
      } catch {}
    }
  }
  throw new DossierError('notebook-locked', 'Could not lock the notebook file. Close other Dossier windows and try again.');
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

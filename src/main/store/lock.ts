import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { DossierError } from '../../shared/errors';
import { currentOwner, judgeLock, type LockOwner, parseOwner } from './lock-owner';

/** How often a held lock is touched, so a Dossier on another computer can tell it is still in use. */
const HEARTBEAT_MS = 10_000;

/**
 * One writer per notebook: a lock file naming its owner (pid, a per-run token, the process's start
 * time, boot id and host). A lock that any crash left behind is recognised as stale and taken over,
 * so the user never has to delete a file; a Dossier that is still running is refused.
 */
export function lockNotebook(lockPath: string, me: LockOwner = currentOwner()): () => void {
  const content = JSON.stringify({ app: 'dossier', ...me, lockedAt: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createLock(lockPath, content)) return holdLock(lockPath, me);
    const found = readLock(lockPath);
    if (!found) continue; // released meanwhile
    const verdict = judgeLock(parseOwner(found.raw), me, found.ageMs);
    if (!verdict.stale) throw new DossierError('notebook-locked', verdict.message);
    removeIfUnchanged(lockPath, found.raw);
  }
  throw new DossierError('notebook-locked', 'Could not lock the notebook file. Close other Dossier windows and try again.');
}

/**
 * Creates the lock with its whole content at once (written aside, then hard-linked into place), so
 * no other Dossier can ever read it half-written. False when a lock is already there.
 */
function createLock(lockPath: string, content: string): boolean {
  const aside = `${lockPath}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(aside, content, { mode: 0o600 });
  try {
    linkSync(aside, lockPath);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: exclusive create, then write.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    return createExclusively(lockPath, content);
  } finally {
    try {
      unlinkSync(aside);
    } catch {}
  }
}

function createExclusively(lockPath: string, content: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx', 0o600);
    writeSync(fd, content);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readLock(lockPath: string): { raw: string; ageMs: number } | null {
  try {
    const { mtimeMs } = statSync(lockPath);
    return { raw: readFileSync(lockPath, 'utf8'), ageMs: Date.now() - mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Removes the stale lock, and only it: it is first moved aside, and if what was moved is not the
 * lock judged stale (another Dossier took over meanwhile), it is put back.
 */
function removeIfUnchanged(lockPath: string, staleRaw: string): void {
  const aside = `${lockPath}.stale-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // gone already
  }
  try {
    if (readFileSync(aside, 'utf8') !== staleRaw) linkSync(aside, lockPath);
  } catch {
    // Someone holds a newer lock in its place: theirs stands.
  } finally {
    try {
      unlinkSync(aside);
    } catch {}
  }
}

function isOurs(lockPath: string, me: LockOwner): boolean {
  try {
    const owner = parseOwner(readFileSync(lockPath, 'utf8'));
    return owner?.pid === me.pid && owner.token === me.token;
  } catch {
    return false;
  }
}

/** Keeps the lock fresh while held; the returned function releases it (once, and only if still ours). */
function holdLock(lockPath: string, me: LockOwner): () => void {
  const heartbeat = setInterval(() => {
    try {
      if (isOurs(lockPath, me)) utimesSync(lockPath, new Date(), new Date());
    } catch {}
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    try {
      if (isOurs(lockPath, me)) unlinkSync(lockPath);
    } catch {}
  };
}

import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { DossierError } from '../../shared/errors';

/**
 * A lowdb adapter whose saves are never half-written: write a temp file beside the target, fsync it,
 * rename it over the target, fsync the folder. A crash leaves either the old file or the new one.
 * Writes are serialised; when several are pending only the newest is written (as steno does).
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  private running: Promise<void> | null = null;
  private pending: { data: T; waiters: Array<{ resolve: () => void; reject: (e: unknown) => void }> } | null = null;

  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  write(data: T): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.pending) {
        this.pending.data = data;
        this.pending.waiters.push({ resolve, reject });
      } else {
        this.pending = { data, waiters: [{ resolve, reject }] };
      }
      if (!this.running) this.running = this.drain();
    });
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const { data, waiters } = this.pending;
      this.pending = null;
      try {
        writeFileAtomically(this.path, JSON.stringify(data));
        for (const w of waiters) w.resolve();
      } catch (error) {
        for (const w of waiters) w.reject(error);
      }
      await Promise.resolve();
    }
    this.running = null;
  }
}

/**
 * Writes `text` to `path` so that the old file stays until the new one is whole on disk: every byte
 * is checked written (a full disk writes short, silently), then fsync, then rename. Any failure
 * removes the temp file and leaves the old file as it was.
 */
export function writeFileAtomically(path: string, text: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeAll(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {}
    throw plainSaveError(error);
  }
  fsyncFolder(dirname(path));
}

function writeAll(fd: number, bytes: Buffer): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = writeSync(fd, bytes, offset, bytes.length - offset);
    // A write that makes no progress will never finish: treat it as the full disk it usually is.
    if (written <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    offset += written;
  }
}

/** A full disk or a read-only folder is something the user can fix: say so in plain words. */
export function plainSaveError(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new DossierError('disk-full', 'The disk is full, so your last change was not saved. Free some space, then try again; everything saved before is safe.');
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new DossierError('save-failed', `Dossier cannot write to the notebook folder (${code}), so your last change was not saved. Check the folder's permissions or disk, then try again.`);
  }
  return error as Error;
}

function fsyncFolder(folder: string): void {
  // Makes the rename itself durable; not supported on every platform (Windows), where it is skipped.
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {}
}

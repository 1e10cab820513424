import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

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

export function writeFileAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {}
    throw error;
  }
  fsyncFolder(dirname(path));
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

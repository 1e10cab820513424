import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** Who holds a notebook's lock, as the lock file records it. Old locks hold only a bare pid. */
export interface LockOwner {
  pid: number;
  /** Random for each run of Dossier: tells this run from an earlier one that had the same pid. */
  token?: string;
  /** The process's start time (clock ticks after boot, from /proc), where the system tells it. */
  startTime?: string;
  /** The kernel's boot id, where the system tells it: a lock from before a reboot is stale. */
  bootId?: string;
  hostname?: string;
}

export type LockVerdict = { stale: true } | { stale: false; message: string };

/** A lock not kept fresh for this long, by a Dossier on another computer, is taken to be abandoned. */
export const STALE_AFTER_MS = 60_000;
/** A lock file with no readable owner, younger than this, is still being written by its owner. */
const BEING_WRITTEN_MS = 5_000;

let self: LockOwner | undefined;

/** This process, as its lock names it. */
export function currentOwner(): LockOwner {
  self ??= { pid: process.pid, token: randomBytes(16).toString('hex'), startTime: processStartTime(process.pid), bootId: bootId(), hostname: hostname() };
  return self;
}

/** The lock file's text → its owner: JSON for this version, a bare pid for older ones, null when unreadable. */
export function parseOwner(raw: string): LockOwner | null {
  const text = raw.trim();
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const owner = JSON.parse(text) as LockOwner;
    return Number.isInteger(owner?.pid) && owner.pid > 0 ? owner : null;
  } catch {
    return null;
  }
}

/**
 * Whether a lock found on the notebook belongs to a Dossier that is still running. Anything a crash
 * can leave behind is stale, so the next start recovers by itself; only a live owner is refused.
 */
export function judgeLock(recorded: LockOwner | null, me: LockOwner, ageMs: number): LockVerdict {
  if (!recorded) {
    return ageMs < BEING_WRITTEN_MS ? live('Another Dossier is opening this notebook right now. Wait a moment, then try again.') : { stale: true };
  }
  if (recorded.hostname && recorded.hostname !== me.hostname) {
    // Its processes cannot be seen from here; a running Dossier keeps its lock fresh.
    if (ageMs > STALE_AFTER_MS) return { stale: true };
    return live(
      `This notebook is already open in Dossier on another computer (${recorded.hostname}). Close it there first. If Dossier is no longer running there, try again in a minute: its lock is released once it has not been kept fresh for ${STALE_AFTER_MS / 1000} seconds.`,
    );
  }
  if (recorded.bootId && me.bootId && recorded.bootId !== me.bootId) return { stale: true }; // written before a restart
  // A pid equal to ours is an earlier run (a container's PID 1 after a crash), unless the token is ours.
  if (recorded.pid === me.pid) return recorded.token !== undefined && recorded.token === me.token ? liveDossier(recorded.pid) : { stale: true };
  if (!isAlive(recorded.pid)) return { stale: true };
  // The pid is alive, but is it the process that wrote the lock, or a new one that got its number?
  const started = processStartTime(recorded.pid);
  if (recorded.startTime && started && recorded.startTime !== started) return { stale: true };
  if (!recorded.token && !mightBeDossier(recorded.pid)) return { stale: true };
  return liveDossier(recorded.pid);
}

const live = (message: string): LockVerdict => ({ stale: false, message });
const liveDossier = (pid: number) => live(`This notebook is already open in another Dossier (process ${pid}). Close that window or command first, then try again.`);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/<pid>/stat; the command name before it may itself hold spaces and parentheses. */
export function processStartTime(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] || undefined;
}

function bootId(): string | undefined {
  return readProc('/proc/sys/kernel/random/boot_id')?.trim() || undefined;
}

/** Whether the process could be a Dossier (a node, Electron or Dossier program); true when unknown. */
function mightBeDossier(pid: number): boolean {
  const name = readProc(`/proc/${pid}/comm`)?.trim();
  if (name === undefined) return true;
  const command = readProc(`/proc/${pid}/cmdline`) ?? '';
  return /^(node|nodejs|electron|dossier)/i.test(name) || /dossier|electron/i.test(command);
}

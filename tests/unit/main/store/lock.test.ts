import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockNotebook } from '../../../../src/main/store/lock';
import { currentOwner, processStartTime } from '../../../../src/main/store/lock-owner';
import { isDossierError } from '../../../../src/shared/errors';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

const lockFile = () => join(mkdtempSync(join(tmpdir(), 'dossier-lock-')), 'notebook.json.lock');
const leftBehind = (path: string, content: unknown) => writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));

function refusal(path: string): Error {
  try {
    lockNotebook(path)();
  } catch (error) {
    expect(isDossierError(error) && error.code).toBe('notebook-locked');
    return error as Error;
  }
  throw new Error('the lock was taken');
}

function takes(path: string, me = currentOwner()): void {
  const release = lockNotebook(path, me);
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: me.pid, token: me.token });
  release();
  expect(existsSync(path)).toBe(false);
}

/** A process that runs until the test ends, unrelated to Dossier. */
function bystander(): ChildProcess {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

/** A child Dossier process holding the lock; resolves once it has it. */
function childHolding(path: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'lock.child.ts'), path], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('locked') && resolve(child));
    child.on('exit', (code) => reject(new Error(`the child exited with ${code}`)));
  });
}

const waitForExit = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));

describe('the notebook lock', () => {
  it('writes who holds it: pid, a per-run token, start time, boot id and host, readable only by its owner', () => {
    const path = lockFile();
    const release = lockNotebook(path);
    const recorded = JSON.parse(readFileSync(path, 'utf8'));
    expect(recorded).toMatchObject({ pid: process.pid, hostname: hostname(), token: expect.stringMatching(/^[0-9a-f]{32}$/) });
    if (existsSync('/proc/self/stat')) expect(recorded.startTime).toBe(processStartTime(process.pid));
    expect(statSync(path).mode & 0o077).toBe(0);
    release();
  });

  it('refuses a second writer in the same process', () => {
    const path = lockFile();
    const release = lockNotebook(path);
    expect(refusal(path).message).toMatch(/already open in another Dossier/);
    release();
    takes(path);
  });

  it.each([
    ['an old lock holding only our own pid', () => String(process.pid)],
    ['a lock of ours from an earlier run (same pid, another token)', () => ({ ...currentOwner(), token: 'an-earlier-run' })],
    ['an empty lock', () => ''],
    ['a damaged lock', () => '{"pid": '],
  ])('recovers %s, left by a crash', (_, content) => {
    const path = lockFile();
    leftBehind(path, content());
    utimesSync(path, new Date(Date.now() - 10_000), new Date(Date.now() - 10_000));
    takes(path);
  });

  it.each([
    ['an old lock', (pid: number) => String(pid)],
    ['a lock', (pid: number) => ({ pid, token: 'x', startTime: '1', hostname: hostname() })],
  ])('recovers %s of a crashed Dossier that ran as PID 1, when the restart is PID 1 again', (_, content) => {
    const path = lockFile();
    leftBehind(path, content(1));
    takes(path, { ...currentOwner(), pid: 1 });
  });

  it('recovers a lock whose pid now belongs to an unrelated process that started later (pid reuse)', () => {
    const path = lockFile();
    const other = bystander();
    leftBehind(path, { pid: other.pid, token: 'x', startTime: '1', hostname: hostname() });
    takes(path);
  });

  it.skipIf(!existsSync('/proc/self/stat'))('refuses a lock whose pid and start time are those of a running process', () => {
    const path = lockFile();
    const other = bystander();
    leftBehind(path, { pid: other.pid, token: 'x', startTime: processStartTime(other.pid!), hostname: hostname() });
    expect(refusal(path).message).toMatch(`already open in another Dossier (process ${other.pid})`);
  });

  it('recovers an old lock whose pid now belongs to a process that is no Dossier', () => {
    const path = lockFile();
    leftBehind(path, String(bystander().pid));
    takes(path);
  });

  it('recovers a lock of a process that has exited', async () => {
    const path = lockFile();
    const gone = spawn(process.execPath, ['-e', '0']);
    await waitForExit(gone);
    leftBehind(path, { pid: gone.pid, token: 'x', hostname: hostname() });
    takes(path);
  });

  it('refuses a lock held by a running Dossier, and takes it over once that Dossier is killed', async () => {
    const path = lockFile();
    const child = await childHolding(path);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(child.pid);
    expect(refusal(path).message).toBe(`This notebook is already open in another Dossier (process ${child.pid}). Close that window or command first, then try again.`);
    child.kill('SIGKILL');
    await waitForExit(child);
    takes(path);
  }, 30_000);

  it('refuses a fresh lock from another computer, and recovers it once no longer kept fresh', () => {
    const path = lockFile();
    leftBehind(path, { pid: process.pid, token: 'x', hostname: 'analyst-laptop' });
    expect(refusal(path).message).toMatch(/already open in Dossier on another computer \(analyst-laptop\)\. Close it there first\. If Dossier is no longer running there, try again in a minute/);
    utimesSync(path, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    takes(path);
  });

  it('keeps its own lock fresh while held, so another computer can tell it is in use', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const path = lockFile();
      const release = lockNotebook(path);
      utimesSync(path, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
      vi.advanceTimersByTime(10_000);
      expect(Date.now() - statSync(path).mtimeMs).toBeLessThan(5_000);
      release();
    } finally {
      vi.useRealTimers();
    }
  });

  it('recovers a lock written before the computer restarted', () => {
    const path = lockFile();
    const me = currentOwner();
    if (!me.bootId) return;
    leftBehind(path, { pid: bystander().pid, token: 'x', hostname: hostname(), bootId: 'an-earlier-boot' });
    takes(path);
  });
});

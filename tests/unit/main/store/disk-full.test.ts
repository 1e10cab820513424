import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A real full disk: a 400 KB tmpfs mounted in a private mount namespace (unshare), so the test
// needs no cleanup and cannot touch the machine's own disks. Where namespaces are not allowed
// (macOS, Windows, locked-down containers) it says so and skips.
const probe = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$0"', tmpdir()], { encoding: 'utf8' });
const canMount = probe.status === 0;

describe.skipIf(!canMount)(`saving on a nearly full disk${canMount ? '' : ' (skipped: this machine cannot mount a private tmpfs)'}`, () => {
  it('never loses an acknowledged note, never keeps a failed one, and says the disk is full', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-full-'));
    const child = join(__dirname, 'disk-full.child.ts');
    const run = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=400k tmpfs "$0" && exec "$1" --import tsx "$2" "$0"', dir, process.execPath, child], {
      encoding: 'utf8',
      cwd: join(__dirname, '../../../..'),
      timeout: 120_000,
    });
    const report = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
    expect(report.crashed).toBeUndefined();
    expect(report.acknowledged).toBeGreaterThan(5);
    expect(report.failures).toHaveLength(3);
    for (const message of report.failures) expect(message).toMatch(/The disk is full, so your last change was not saved\. Free some space/);
    expect(report.lost).toBe(0);
    expect(report.inMemory).toBe(report.acknowledged);
    expect(report.reopened).toBe(report.acknowledged);
    expect(report).toMatchObject({ editRefused: true, editPutBack: true, journalRefused: true, journalPutBack: true, notice: null });
  }, 150_000);
});

import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { benchEntityFilter } from '../../../../src/main/bench/entities-filter';
import { benchTyping } from '../../../../src/main/bench/typing';

// A bench that needs Chromium, on a machine without it, says so and leaves nothing running: it used to start the
// browser-mode server first and leave it up when the launch failed, and `npm run bench` never exited.
const benchDirs = () => readdirSync(tmpdir()).filter((f) => f.startsWith('dossier-bench-'));

describe('the Chromium benches without Chromium', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it.each([
    ['the entity filter', benchEntityFilter],
    ['typing', benchTyping],
  ])('%s fails at the launch, before any server or notebook folder is made', async (_, bench) => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    const before = benchDirs();
    await expect(bench('/nonexistent/out')).rejects.toThrow(/nonexistent\/chromium/);
    expect(benchDirs()).toEqual(before);
  });
});

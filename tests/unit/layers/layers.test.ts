import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');

/** Lints one file placed at `path` in a copy of the project's layout, with the project's biome.json. */
function lint(path: string, source: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-layers-'));
  copyFileSync(join(ROOT, 'biome.json'), join(dir, 'biome.json'));
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), source);
  const run = spawnSync(BIOME, ['lint', '--config-path', dir, path], { cwd: dir, encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stdout + run.stderr };
}

describe('npm run lint holds the layers of STYLE.md', () => {
  it.each([
    ['src/renderer/src/probe.ts', "import { app } from 'electron';\nexport const x = app;\n", /never imports electron/],
    ['src/renderer/src/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /no node:\* imports/],
    ['src/renderer/src/library/probe.ts', "import { Notebook } from '../../../main/notebook';\nexport const x = Notebook;\n", /never imports src\/main/],
    ['src/shared/probe.ts', "import { join } from 'node:path';\nexport const x = join;\n", /no node:\* imports/],
    ['src/shared/probe.ts', "import { Notebook } from '../main/notebook';\nexport const x = Notebook;\n", /imports nothing from main/],
    ['src/shared/probe.ts', "import { app } from 'electron';\nexport const x = app;\n", /never imports electron/],
    ['src/main/export/probe.ts', "import { app } from 'electron';\nexport const x = app;\n", /Only src\/main\/electron/],
    ['src/main/probe.ts', "import { App } from '../renderer/src/App';\nexport const x = App;\n", /never imports the renderer/],
  ])('rejects %s importing across a layer', (path, source, message) => {
    const { ok, output } = lint(path, source);
    expect(ok).toBe(false);
    expect(output).toMatch(message);
  });

  it.each([
    ['src/main/electron/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/main/index.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/main/store/probe.ts', "import { join } from 'node:path';\nexport const x = join;\n"],
    ['src/renderer/src/probe.ts', "import { CONTENT_SECURITY_POLICY } from '../../shared/csp';\nexport const x = CONTENT_SECURITY_POLICY;\n"],
  ])('accepts %s importing within the rules', (path, source) => {
    expect(lint(path, source)).toMatchObject({ ok: true });
  });
});

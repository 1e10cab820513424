import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entitiesCommand } from '../../../../src/main/cli/entities';
import { openNotebook } from '../../../../src/main/open-notebook';
import { LATER, SAMPLE } from './helpers';

async function notebookDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-entities-cli-'));
  const { notebook, store } = await openNotebook(dir);
  await notebook.importText({ title: 'Sample', text: SAMPLE });
  await store.close();
  return dir;
}

async function entitiesIn(dir: string) {
  const { notebook, store } = await openNotebook(dir, { readOnly: true });
  try {
    return await notebook.listEntities();
  } finally {
    await store.close();
  }
}

describe('dossier entities', () => {
  it('renames, merges, retypes and ignores by name, and later imports obey', async () => {
    const dir = await notebookDir();
    const lines: string[] = [];
    const out = (line: string) => lines.push(line);
    expect(await entitiesCommand(['rename', 'Song Xuewen', 'Song Hsueh-wen'], dir, out)).toBe(0);
    expect(await entitiesCommand(['merge', 'China', 'Beijing', 'washington'], dir, out)).toBe(0);
    expect(await entitiesCommand(['retype', 'Dossier Wire', 'organization'], dir, out)).toBe(0);
    expect(await entitiesCommand(['ignore', 'Asian NATO'], dir, out)).toBe(0);
    expect(lines[1]).toMatch(/\tChina\t\(Beijing, Washington\)$/);

    const { notebook, store } = await openNotebook(dir);
    await notebook.importText({ title: 'Later', text: `${LATER} Beijing protested.` });
    await store.close();
    const entities = await entitiesIn(dir);
    const names = entities.map((e) => `${e.type} ${e.name}`);
    expect(names).toEqual(expect.arrayContaining(['PERSON Song Hsueh-wen', 'PLACE China', 'ORGANIZATION Dossier Wire']));
    expect(names.join('\n')).not.toMatch(/^[A-Z]+ (Beijing|Asian NATO|Song Xuewen)$/m);

    expect(await entitiesCommand(['undo'], dir, out)).toBe(0);
    expect(lines.at(-1)).toBe('Undone: Marked “Asian NATO” as not an entity');
  });

  it('says what to do when the name is unknown or the command incomplete', async () => {
    const dir = await notebookDir();
    await expect(entitiesCommand(['rename', 'Nobody', 'X'], dir, () => {})).rejects.toThrow(/No entity is named “Nobody”/);
    await expect(entitiesCommand(['merge', 'China'], dir, () => {})).rejects.toThrow(/entities merge INTO OTHER/);
    await expect(entitiesCommand(['frobnicate'], dir, () => {})).rejects.toThrow(/Say which correction/);
  });
});

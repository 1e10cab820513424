import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DossierWindow } from './models/DossierWindow';
import { freshDataDir, type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

test('opening a damaged notebook keeps the file aside, tells the user, and overwrites nothing', async ({ page }) => {
  const dataDir = freshDataDir();
  const damaged = '{"schemaVersion":1,"notes":[{"id":"x","title":"Half-writ';
  writeFileSync(join(dataDir, 'notebook.json'), damaged);

  dossier = await startDossier(dataDir);
  expect(dossier.stderr()).toContain('could not be read');
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your notebook file could not be read');
  await expect(alert).toContainText('notebook.damaged-');

  const kept = readdirSync(dataDir).filter((f) => f.startsWith('notebook.damaged-'));
  expect(kept).toHaveLength(1);
  expect(readFileSync(join(dataDir, kept[0]), 'utf8')).toBe(damaged);

  await app.newNote('Written after recovery');
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(alert).toHaveCount(0);
  expect(readFileSync(join(dataDir, kept[0]), 'utf8')).toBe(damaged);
});

test('a second Dossier on the same notebook is refused with a clear message', async () => {
  dossier = await startDossier();
  await expect(startDossier(dossier.dataDir)).rejects.toThrow(/already open in another Dossier/);
});

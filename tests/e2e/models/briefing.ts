import { expect, type Page } from '@playwright/test';
import { DossierWindow, LONG_ARTICLE, SAMPLE_ARTICLE } from './DossierWindow';
import { type RunningDossier, startDossier } from './server';

/** Browser mode on a fresh notebook with the two sample articles and a note, opened in the window. */
export async function openBriefingNotebook(page: Page): Promise<{ app: DossierWindow; dossier: RunningDossier }> {
  const dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.call('importText', { text: SAMPLE_ARTICLE, source: 'Dossier Wire' });
  await app.call('importText', { text: LONG_ARTICLE, source: 'Dossier Wire' });
  await app.call('createNote', { title: 'Budget brief' });
  await page.reload();
  await expect(app.noteTitle).toHaveValue('Budget brief');
  return { app, dossier };
}

import { expect, test } from '@playwright/test';
import { DossierWindow } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

const NATO = `NATO ministers meet

BRUSSELS, May 3 (Dossier Wire) - The North Atlantic Treaty Organization (NATO) met in Brussels on Friday. Ishiba floated an "Asian NATO" once more, and officials in Beijing called the Asian NATO idea premature.`;

const LATER = `Allies rehearse

WARSAW, May 9 (Dossier Wire) - The North Atlantic Treaty Organization (NATO) began an exercise near Warsaw on Thursday.`;

const row = (app: DossierWindow, name: string) => app.entities.getByRole('button', { name: new RegExp(`^${name}, \\d+ mentions?$`) });

test('a merge is chosen with arrow keys and Enter, lists each sentence once, and by default leaves later imports alone', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.importArticle({ title: 'NATO ministers meet', text: NATO });
  await expect(app.entityGroup('Key terms')).toContainText('Asian NATO');
  await app.entityScope('Notebook');

  const card = await app.openEntityCard('Asian NATO');
  await card.getByRole('button', { name: 'Merge…' }).click();
  const find = card.getByRole('searchbox', { name: 'Find entities to merge' });
  await expect(find).toBeFocused();
  await find.fill('North Atlantic');
  // Down from the search box to the first choice; Enter ticks it.
  await find.press('ArrowDown');
  const choice = card.getByRole('checkbox', { name: /North Atlantic Treaty Organization/ });
  await expect(choice).toBeFocused();
  await choice.press('Enter');
  await expect(choice).toBeChecked();
  await choice.press('ArrowUp');
  await expect(find).toBeFocused();
  // The merge asks how far it reaches; the articles so far is the default.
  await expect(card.getByRole('radio', { name: 'Only this notebook’s articles so far' })).toBeChecked();
  await expect(card.getByRole('radio', { name: 'These and later imports' })).not.toBeChecked();
  await card.getByRole('button', { name: 'Merge 1 into “Asian NATO”' }).press('Enter');
  await expect(card.getByRole('region', { name: 'Also named' })).toContainText('North Atlantic Treaty Organization');

  // The sentence naming it twice (the name and its acronym) is listed once.
  const mentions = card.getByRole('list', { name: 'Mentions in NATO ministers meet' });
  await expect(mentions.getByRole('listitem').filter({ hasText: 'met in Brussels' })).toHaveCount(1);
  await expect(mentions.getByRole('listitem').filter({ hasText: 'idea premature' })).toHaveCount(1);

  // A later article's NATO is NATO, not Asian NATO.
  await card.getByRole('button', { name: 'Back to entities' }).click();
  await app.importArticle({ title: 'Allies rehearse', text: LATER });
  await app.entityScope('Notebook');
  await app.entities.getByRole('searchbox', { name: 'Filter entities' }).fill('North Atlantic');
  await expect(row(app, 'North Atlantic Treaty Organization')).toHaveCount(1);
  const fresh = await app.openEntityCard('North Atlantic Treaty Organization');
  await expect(fresh.getByRole('list', { name: 'Mentions in Allies rehearse' })).toBeVisible();
  await expect(fresh.getByRole('list', { name: 'Mentions in NATO ministers meet' })).toHaveCount(0);
});

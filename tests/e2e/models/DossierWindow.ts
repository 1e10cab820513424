import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { ROOT } from './server';

export const SAMPLE_ARTICLE = readFileSync(join(ROOT, 'resources/sample-article.txt'), 'utf8');

/** The Dossier window as a user (or a screen reader) finds it: by role and accessible name. */
export class DossierWindow {
  readonly library: Locator;
  readonly entities: Locator;
  readonly editor: Locator;
  readonly noteTitle: Locator;

  constructor(readonly page: Page) {
    this.library = page.getByRole('navigation', { name: 'Library' });
    this.entities = page.getByRole('complementary', { name: 'Entities' });
    this.editor = page.getByRole('textbox', { name: 'Note text' });
    this.noteTitle = page.getByRole('textbox', { name: 'Note title' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.library).toBeVisible();
  }

  async importArticle(article: { title?: string; text: string; source?: string }): Promise<void> {
    await this.library.getByRole('button', { name: 'Import article…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import an article' });
    await expect(dialog).toBeVisible();
    if (article.title !== undefined) await dialog.getByRole('textbox', { name: 'Title' }).fill(article.title);
    await dialog.getByRole('textbox', { name: 'Text' }).fill(article.text);
    if (article.source) await dialog.getByRole('textbox', { name: 'Source' }).fill(article.source);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  }

  entityGroup(plural: string): Locator {
    return this.entities.getByRole('list', { name: plural });
  }

  /** Opens an entity's card from the sidebar (the row's button is named "<name>, <n> mentions"). */
  async openEntityCard(name: string): Promise<Locator> {
    await this.entities.getByRole('searchbox', { name: 'Filter entities' }).fill(name);
    await this.entities.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, \\d+ mentions$`) }).click();
    const card = this.entities.getByRole('region', { name: `Entity card: ${name}` });
    await card.waitFor();
    return card;
  }

  /** Chooses the notebook-wide scope of the entity sidebar. */
  async entityScope(name: 'This article' | 'This note' | 'Notebook'): Promise<void> {
    await this.entities.getByRole('group', { name: 'Scope' }).getByRole('button', { name }).click();
  }

  async newNote(title: string): Promise<void> {
    await this.library.getByRole('button', { name: 'New note' }).click();
    await expect(this.noteTitle).toBeVisible();
    await this.noteTitle.fill(title);
    await this.noteTitle.press('Enter');
  }

  toolbarButton(name: string): Locator {
    return this.page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
  }
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { ROOT } from './server';

export const SAMPLE_ARTICLE = readFileSync(join(ROOT, 'resources/sample-article.txt'), 'utf8');
/** A wire story of about 540 words (our own), long enough that the reader must scroll. */
export const LONG_ARTICLE = readFileSync(join(ROOT, 'tests/e2e/fixtures/long-article.txt'), 'utf8');

/** The Dossier window as a user (or a screen reader) finds it: by role and accessible name. */
export class DossierWindow {
  readonly library: Locator;
  readonly entities: Locator;
  readonly editor: Locator;
  readonly noteTitle: Locator;
  readonly reader: Locator;
  readonly centre: Locator;

  constructor(readonly page: Page) {
    this.library = page.getByRole('navigation', { name: 'Library' });
    this.entities = page.getByRole('complementary', { name: 'Entities' });
    this.editor = page.getByRole('textbox', { name: 'Note text' });
    this.noteTitle = page.getByRole('textbox', { name: 'Note title' });
    this.reader = page.getByRole('article', { name: 'Article' });
    this.centre = page.getByRole('main');
  }

  /** Opens a note or article from the library, showing the library first if a narrow window hid it. */
  async openFromLibrary(name: RegExp): Promise<void> {
    const show = this.page.getByRole('button', { name: 'Show library' });
    if (await show.isVisible()) await show.click();
    await this.library.getByRole('button', { name }).click();
  }

  /** Calls the notebook's API as the window does (browser mode: HTTP with the page's cookie). */
  async call<T = unknown>(method: string, ...args: unknown[]): Promise<T> {
    const body = await this.page.evaluate(
      async ([m, a]) => {
        const response = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(a) });
        return response.json();
      },
      [method, args] as const,
    );
    if (body.error) throw new Error(`${method}: ${body.error.message}`);
    return body.result as T;
  }

  /** How far the window itself (not a pane) is scrolled: always 0 in Dossier. */
  windowScrollTop(): Promise<number> {
    return this.page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
  }

  /** The scrolling page of the reader or editor. */
  centreScroller(): Locator {
    return this.centre.locator('.editor-scroll');
  }

  /** Selects `passage` in the reader's text as a mouse drag would. */
  async selectInReader(passage: string): Promise<void> {
    await this.reader.evaluate((el, text) => {
      const walker = document.createTreeWalker(el.querySelector('.reader-body') as Node, NodeFilter.SHOW_TEXT);
      let all = '';
      const nodes: Array<{ node: Text; at: number }> = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, at: all.length });
        all += n.nodeValue;
      }
      const start = all.indexOf(text);
      if (start < 0) throw new Error(`“${text}” is not in the article`);
      const end = start + text.length;
      const find = (offset: number) => nodes.findLast((x) => x.at <= offset) as { node: Text; at: number };
      const a = find(start);
      const b = find(end - 1);
      const range = document.createRange();
      range.setStart(a.node, start - a.at);
      range.setEnd(b.node, end - b.at);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }, passage);
  }

  separator(name: 'Resize library' | 'Resize entities'): Locator {
    return this.page.getByRole('separator', { name });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    // The library may be hidden (or a rail, in a narrow window); the centre is always there.
    await expect(this.centre).toBeVisible();
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
    // A card still open (an Escape that only closed a picker inside it) goes back to the list first.
    const back = this.entities.getByRole('button', { name: 'Back to entities' });
    if (await back.isVisible()) await back.click();
    await this.entities.getByRole('searchbox', { name: 'Filter entities' }).fill(name);
    await this.entities.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, \\d+ mentions?$`) }).click();
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

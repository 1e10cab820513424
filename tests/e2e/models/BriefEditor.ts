import { expect, type Locator, type Page } from '@playwright/test';

/** The note editor as a user finds it: its toolbar, text, find bar and link form, by role and name. */
export class BriefEditor {
  readonly text: Locator;
  readonly toolbar: Locator;
  readonly wordCount: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByRole('textbox', { name: 'Note text' });
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    this.wordCount = page.getByRole('status', { name: 'Word count' }).or(page.locator('output[aria-label="Word count"]'));
  }

  button(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** A formatting tool: its button where the bar has room for it, else the same item under More formatting. */
  async useTool(name: string): Promise<void> {
    const button = this.button(name);
    if (await button.isVisible()) return button.click();
    await this.toolbar.getByRole('button', { name: 'More formatting' }).click();
    await this.page.getByRole('menu', { name: 'More formatting' }).locator('[role^="menuitem"]').filter({ hasText: name }).click();
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** Selects the text just typed, `count` characters back from the cursor. */
  /**
   * Selects the `count` characters before the caret. Lexical takes in a selection the keys make only on
   * the browser's next selectionchange, so this waits until the editor's own selection holds them all:
   * a command given before that (Ctrl+K) would act on part of them.
   */
  async selectBack(count: number): Promise<void> {
    for (let i = 0; i < count; i++) await this.page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => this.selectedText()).toHaveLength(count);
  }

  /** The text of the editor's own (Lexical's) selection: '' when it is a caret. */
  selectedText(): Promise<string> {
    return this.text.evaluate((root) => {
      type State = { read<T>(fn: () => T): T; _selection: { getTextContent(): string } | null };
      const editor = (root as HTMLElement & { __lexicalEditor?: { getEditorState(): State } }).__lexicalEditor;
      const state = editor?.getEditorState();
      return state ? state.read(() => state._selection?.getTextContent() ?? '') : '';
    });
  }

  async expectPressed(name: string, pressed = true): Promise<void> {
    await expect(this.button(name)).toHaveAttribute('aria-pressed', String(pressed));
  }

  linkForm(): Locator {
    return this.page.getByRole('dialog', { name: /link/i });
  }

  findBar(): Locator {
    return this.page.getByRole('search', { name: 'Find in note' });
  }

  /** Pastes HTML as a word processor or web page would put it on the clipboard. */
  async pasteHtml(html: string, plain: string): Promise<void> {
    await this.text.evaluate(
      (el, [h, p]) => {
        const data = new DataTransfer();
        data.setData('text/html', h);
        data.setData('text/plain', p);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [html, plain],
    );
  }

  /** Waits until the autosave after typing has reached the notebook. */
  async waitForSave(): Promise<void> {
    await this.page.waitForTimeout(900);
  }
}

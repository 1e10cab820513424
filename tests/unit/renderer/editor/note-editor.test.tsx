// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteEditor } from '../../../../src/renderer/src/editor/NoteEditor';
import { recoveredContent } from '../../../../src/renderer/src/editor/recover-note';
import type { Note } from '../../../../src/shared/model';
import { mountEachTest } from '../mount';


const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const block = (type: string, children: unknown[], extra = {}) => ({ type, version: 1, direction: null, format: '', indent: 0, children, ...extra });
const note = (content: string): Note => ({ id: 'n-1', title: 'Harbour brief', content, createdAt: '2024-10-01T00:00:00.000Z', updatedAt: '2024-10-02T00:00:00.000Z' });
// Written by a later version: a node this one does not know, around the analyst's words.
const FROM_THE_FUTURE = JSON.stringify({
  root: block('root', [block('paragraph', [text('The ferry operator '), text('said the timetable stands.')]), block('hologram', [block('listitem', [text('Dredging starts in May.')])])]),
});

const dom = mountEachTest();
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

function open(content: string, onSaveContent = vi.fn()) {
  act(() => dom.root.render(<NoteEditor note={note(content)} onSaveContent={onSaveContent} onRename={() => {}} />));
  return onSaveContent;
}

const button = (name: RegExp) => [...dom.container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? '')) as HTMLButtonElement;

describe('a note whose saved text cannot be read', () => {
  it.each([
    ['text cut off mid-save', '{"root":{"children":[{"type":"paragraph","children":[{"type":"text","text":"The ferry'],
    ['a node this version does not know', FROM_THE_FUTURE],
    ['a state with no root', '{"notes":[]}'],
  ])('opens as an error panel, not a blank window: %s', (_, content) => {
    open(content);
    const panel = dom.container.querySelector('[role="alert"]');
    expect(panel?.textContent).toContain('“Harbour brief” cannot be opened');
    expect(panel?.textContent).toMatch(/saved text is damaged.*Nothing has been changed or deleted/);
    expect(dom.container.querySelector('[contenteditable]')).toBeNull();
  });

  it('shows the raw text, exactly as stored, on request', () => {
    open(FROM_THE_FUTURE);
    act(() => button(/Open the raw text/).click());
    expect(dom.container.querySelector('textarea')?.value).toBe(FROM_THE_FUTURE);
  });

  it('starts afresh with the words recovered from it, saves that and opens the editor', () => {
    const save = open(FROM_THE_FUTURE);
    act(() => button(/Start afresh/).click());
    expect(save).toHaveBeenCalledWith(recoveredContent(FROM_THE_FUTURE));
    expect(dom.container.querySelector('[role="alert"]')).toBeNull();
    const editor = dom.container.querySelector('[contenteditable]');
    expect(editor?.textContent).toContain('The ferry operator said the timetable stands.');
    expect(editor?.textContent).toContain('Dredging starts in May.');
  });

  it('opens a readable note in the editor as before', () => {
    open(JSON.stringify({ root: block('root', [block('paragraph', [text('All is well.')])]) }));
    expect(dom.container.querySelector('[role="alert"]')).toBeNull();
    expect(dom.container.querySelector('[contenteditable]')?.textContent).toBe('All is well.');
  });
});

describe('recovering the words of an unreadable note', () => {
  it('keeps each block’s text as a paragraph, in order', () => {
    const state = JSON.parse(recoveredContent(FROM_THE_FUTURE));
    expect(state.root.children.map((p: { children: Array<{ text: string }> }) => p.children[0].text)).toEqual(['The ferry operator said the timetable stands.', 'Dredging starts in May.']);
  });

  it('keeps the lines of text that is not JSON at all', () => {
    const state = JSON.parse(recoveredContent('first line\r\nsecond line'));
    expect(state.root.children.map((p: { children: Array<{ text: string }> }) => p.children[0].text)).toEqual(['first line', 'second line']);
  });
});

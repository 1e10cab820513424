import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCall } from '../../../../src/main/dispatch/call-notebook';
import { CALLS, LIMITS } from '../../../../src/main/dispatch/schemas';
import { openNotebook } from '../../../../src/main/open-notebook';
import { startWebServer, type WebServer } from '../../../../src/main/web/server';
import { NOTEBOOK_METHODS, type NotebookMethod } from '../../../../src/shared/api';

let web: WebServer;
let folder: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const data = mkdtempSync(join(tmpdir(), 'dossier-dispatch-'));
  const renderer = join(data, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Dossier</title>');
  folder = join(data, 'notebook');
  const { notebook, store } = await openNotebook(folder);
  web = await startWebServer(notebook, renderer);
  close = async () => {
    await web.close();
    await store.close();
  };
});
afterAll(() => close());

/** Every file in the notebook's folder with its content, whatever the store's layout. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[name] = readFileSync(path, 'utf8');
  }
  return files;
}

async function call(method: string, body: string): Promise<{ status: number; body: { result?: unknown; error?: { code: string; message: string } } }> {
  const res = await fetch(`http://127.0.0.1:${web.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dossier-token': web.token },
    body,
  });
  return { status: res.status, body: await res.json() };
}

const state = (children: unknown[] = []) => JSON.stringify({ root: { type: 'root', version: 1, children } });
// Built as text: JSON.stringify itself recurses, and would overflow on what these tests send.
const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

// Arguments each method accepts, with which one wrong argument at a time is sent.
const VALID: Record<NotebookMethod, unknown[]> = {
  info: [],
  listNotebooks: [],
  createNotebook: ['Case'],
  switchNotebook: ['main'],
  moveToNotebook: [{ kind: 'note', id: 'n' }, 'case-1'],
  changesSince: [0],
  listNotes: [],
  getNote: ['n'],
  createNote: [{ title: 'T' }],
  saveNote: ['n', { title: 'T' }],
  duplicateNote: ['n'],
  deleteNote: ['n'],
  listTrash: [],
  restoreNote: ['n'],
  getUiState: [],
  setUiState: [{ open: { kind: 'note', id: 'n' } }],
  listArticles: [],
  getArticle: ['a'],
  importText: [{ text: 'Some words.' }],
  importFile: [{ name: 'a.txt', dataBase64: 'YQ==' }],
  importUrl: ['https://example.com/a'],
  updateArticle: ['a', { title: 'T' }],
  listEntities: [{}],
  getEntityCard: ['e'],
  renameEntity: ['e', 'Name'],
  mergeEntities: ['e', ['f'], { laterImports: true }],
  splitAlias: ['e', 'Alias'],
  retypeEntity: ['e', 'PLACE'],
  deleteEntity: ['e'],
  ignoreEntity: ['e'],
  setQuoteSpeaker: ['a', 12, 'e'],
  dismissQuote: ['a', 12],
  editPost: ['e', 'Foreign Minister', { title: 'Defence Minister', organization: 'Japan' }],
  markEntity: ['a', 3, 9, 'TERM'],
  listCorrections: [],
  undoCorrection: [],
  exportEntityDossier: ['e'],
  exportEntitiesCsv: [],
  exportNote: ['n', 'md'],
  search: ['cabinet', { limit: 5 }],
  getTimeline: [{ limit: 100 }],
  getGraph: [{ types: ['PERSON'], maxNodes: 50, level: 'paragraph', evidence: 100, link: { source: 'e1', target: 'e2' } }],
  trashArticle: ['a'],
  restoreArticle: ['a'],
  listTrashedArticles: [],
  emptyTrash: [],
  exportNotes: [['n'], { format: 'md' }],
};

const OPTIONAL = new Set(['createNote:0', 'listEntities:0', 'mergeEntities:2', 'setQuoteSpeaker:2', 'editPost:1', 'editPost:2', 'search:1', 'getTimeline:0', 'getGraph:0']);
const LISTS = new Set(['mergeEntities:1', 'exportNotes:0']);

/** For every argument of every method: values of the wrong type, each sent in its place. */
const wrongTyped = NOTEBOOK_METHODS.flatMap((method) =>
  CALLS[method].flatMap(([name], i) => {
    const bad: [string, unknown][] = [
      ['a number', 42],
      ['a boolean', true],
      ['an object with an unknown field', { x: 1 }],
      ['a list of numbers', [1, 2]],
      ['a string', 'text'],
      ['a nested list', [[['deep']]]],
    ];
    if (!LISTS.has(`${method}:${i}`)) bad.push(['an empty list', []]);
    if (!OPTIONAL.has(`${method}:${i}`)) bad.push(['null', null]);
    return bad
      .filter(([, value]) => !(value === 'text' && typeof VALID[method][i] === 'string') && !(value === 42 && typeof VALID[method][i] === 'number'))
      .map(([what, value]) => [`${method}(${name} = ${what})`, method, VALID[method].map((arg, j) => (j === i ? value : arg))] as const);
  }),
);

const big = (n: number) => 'x'.repeat(n);
const FIELD_CASES: [string, string, unknown[] | string, RegExp][] = [
  ['a note title over 500 characters', 'saveNote', ['n', { title: big(501) }], /changes\.title must be at most 500 characters long/],
  ['a note content that is not an editor state', 'saveNote', ['n', { content: 'just text' }], /changes\.content must be a saved editor state/],
  ['a note content that is a JSON list', 'saveNote', ['n', { content: '[1]' }], /changes\.content must be a saved editor state/],
  ['a note content with a root that is not a node', 'createNote', [{ content: '{"root":"x"}' }], /input\.content must be a saved editor state/],
  ['a note content nested 10,000 deep', 'saveNote', ['n', { content: `{"root":{"children":${deepJson(10_000)}}}` }], /changes\.content must be a saved editor state/],
  ['a note content over 20 MB', 'createNote', [{ content: state([{ type: 'text', text: big(LIMITS.content) }]) }], /input\.content must be at most 20 MB long/],
  ['Markdown over 20 MB', 'createNote', [{ markdown: big(LIMITS.content + 1) }], /input\.markdown must be at most 20 MB long/],
  ['article text over 20 MB', 'importText', [{ text: big(LIMITS.content + 1) }], /input\.text must be at most 20 MB long/],
  ['an address over 8 KB', 'importUrl', [`https://example.com/${big(8192)}`], /url must be at most 8 KB long/],
  ['a javascript: address in Edit details', 'updateArticle', ['a', { url: 'javascript:alert(1)' }], /meta\.url must be a web address starting with http:\/\/ or https:\/\//],
  ['a data: address in Edit details', 'updateArticle', ['a', { url: 'data:text/html,x' }], /meta\.url must be a web address/],
  ['an entity name over 500 characters', 'renameEntity', ['e', big(501)], /name must be at most 500 characters long/],
  ['an empty id', 'getNote', [''], /id must not be empty/],
  ['an id over 200 characters', 'deleteNote', [big(201)], /id must be at most 200 characters long/],
  ['an unknown entity type', 'retypeEntity', ['e', 'WIZARD'], /type must be one of PERSON, ORGANIZATION, PLACE, DATE, TERM/],
  ['a number among the ids', 'mergeEntities', ['e', ['f', 7]], /otherIds\[1\] must be text/],
  ['a quote at a negative offset', 'dismissQuote', ['a', -1], /quoteStart must not be negative/],
  ['a selection ending mid-character', 'markEntity', ['a', 3, 9.5, 'PERSON'], /end must be a whole number/],
  ['a post with a title that is not text', 'editPost', ['e', null, { title: 7 }], /to\.title must be text/],
  ['over 10,000 ids', 'exportNotes', [Array(10_001).fill('n'), { format: 'md' }], /ids must list at most 10000 ids/],
  ['an unknown export format', 'exportNotes', [['n'], { format: 'docx' }], /options\.format must be "md" or "pdf"/],
  ['a prototype key', 'saveNote', ['n', JSON.parse('{"__proto__":{"polluted":1}}')], /changes\.__proto__ is not a field this call takes/],
  ['a huge remembered selection', 'setUiState', [{ noteSelection: big(LIMITS.uiState) }], /state is too large to remember/],
  ['too many arguments', 'getNote', ['n', 'extra'], /getNote takes at most 1 argument, and was given 2/],
  ['arguments to a call that takes none', 'listNotes', [1], /listNotes takes at most 0 arguments/],
  ['an argument nested 10,000 deep', 'setUiState', `[{"noteSelection":${deepJson(10_000)}}]`, /nested more than 64 levels deep/],
];

describe('every call is checked against the contract before the notebook is touched', () => {
  let before: Record<string, string>;
  beforeAll(() => {
    before = snapshot(folder);
  });

  it.each(wrongTyped)('refuses %s with 400', async (_, method, args) => {
    const { status, body } = await call(method, JSON.stringify(args));
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/^.+ Nothing was changed\.$/) });
  });

  it.each(FIELD_CASES)('refuses %s, naming the field', async (_, method, args, message) => {
    const { status, body } = await call(method, typeof args === 'string' ? args : JSON.stringify(args));
    expect(status).toBe(400);
    expect(body.error?.code).toBe('invalid-input');
    expect(body.error?.message).toMatch(message);
  });

  it.each([
    ['a body nested 10,000 deep', 'listNotes', deepJson(10_000)],
    ['a body nested 10,000 deep in an argument', 'createNote', `[{"title":${deepJson(10_000)}}]`],
    ['a body nested 65 deep', 'setUiState', `[{"noteSelection":${deepJson(63)}}]`],
    ['a body that is not JSON', 'listNotes', '[1,'],
    ['a body that is a string', 'listNotes', '"hi"'],
    ['an unknown call', 'dropNotebook', '[]'],
    ['an inherited name', 'hasOwnProperty', '[]'],
    ['a method name with a malformed escape', '%E0%A4%A', '[]'],
  ])('refuses %s with 400', async (_, method, body) => {
    const res = await call(method, body);
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('invalid-input');
  });

  it('stored nothing from any of them, and valid calls still work and save', async () => {
    expect(snapshot(folder)).toEqual(before);
    const created = await call('createNote', JSON.stringify([{ title: 'Brief' }]));
    expect(created.status).toBe(200);
    const id = (created.body.result as { id: string }).id;
    const content = state([{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Saved.' }] }]);
    const saved = await call('saveNote', JSON.stringify([id, { content }]));
    expect(saved.status).toBe(200);
    expect((saved.body.result as { content: string }).content).toBe(content);
    expect(snapshot(folder)).not.toEqual(before);
    expect((await call('getNote', JSON.stringify([id]))).body.result).toMatchObject({ title: 'Brief', content });
    // A note that is left empty, and the calls the window makes with an argument left out.
    expect((await call('saveNote', JSON.stringify([id, { content: '' }]))).status).toBe(200);
    expect((await call('listEntities', '[null]')).status).toBe(200);
    expect((await call('listEntities', '')).status).toBe(200);
    expect((await call('setUiState', JSON.stringify([{ open: { kind: 'note', id }, noteSelection: { anchor: [0, 1] } }]))).status).toBe(200);
  });
});

describe('calls as Electron IPC hands them over', () => {
  it('takes arguments left out as undefined', () => {
    expect(checkCall('listEntities', [undefined]).args).toEqual([undefined]);
    expect(checkCall('createNote', []).args[0]).toBeUndefined();
  });

  it('refuses a value that refers back to itself without walking it forever', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => checkCall('setUiState', [{ noteSelection: loop }])).toThrow(/nested more than 64 levels deep/);
  });

  it('refuses an argument nested 10,000 deep before any recursive check runs', () => {
    expect(() => checkCall('setUiState', [{ noteSelection: JSON.parse(deepJson(10_000)) }])).toThrow(/nested more than 64 levels deep/);
  });

  it('refuses values JSON cannot carry but IPC can', () => {
    expect(() => checkCall('renameEntity', ['e', new Map()])).toThrow(/name must be text/);
    expect(() => checkCall('importFile', [{ name: 'a', dataBase64: new Uint8Array(3) }])).toThrow(/file\.dataBase64 must be text/);
  });

  it('stores typed details as one line each, the address as parsed', () => {
    expect(checkCall('updateArticle', ['a', { title: 'A\r\nB', url: 'example.com/a b' }]).args[1]).toEqual({ title: 'A B', url: 'https://example.com/a%20b' });
  });
});

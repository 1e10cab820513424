import * as v from 'valibot';
import type { NotebookMethod } from '../../shared/api';
import { ENTITY_TYPES } from '../../shared/extraction';
import { typedArticleDetails, typedWebAddress } from '../articles/article-details';
import { MAX_IMPORT_BYTES } from '../ingest';
import { jsonTooDeep } from './depth';

/** What one call may carry: generous for anything a person writes, far short of what could hurt. */
export const LIMITS = {
  id: 200,
  /** Titles, names, aliases, sources, authors, dates. */
  name: 500,
  url: 8 * 1024,
  fileName: 1000,
  /** A note's saved editor state, Markdown to import, an article's pasted text. */
  content: 20 * 1024 * 1024,
  /** A file of MAX_IMPORT_BYTES, as base64. */
  base64: Math.ceil(MAX_IMPORT_BYTES / 3) * 4,
  ids: 10_000,
  /** Nesting of a note's editor state: about sixty levels of nested lists. */
  contentDepth: 256,
  uiState: 64 * 1024,
} as const;

const text = (max: number, what = `${max} characters`) => v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${what} long`));
const id = v.pipe(text(LIMITS.id), v.minLength(1, 'must not be empty'));
const name = text(LIMITS.name);
/** A place in an article's text: a character offset. */
const offset = v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(LIMITS.content, 'must be within the article'));
const ids = v.pipe(v.array(id, 'must be a list of ids'), v.maxLength(LIMITS.ids, `must list at most ${LIMITS.ids} ids`));

/** An object with exactly these fields. valibot's object schemas let a list through; this does not. */
const record = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'must be an object'),
    v.strictObject(entries),
  );

/** A top-level argument the caller may leave out; JSON turns a left-out one into null. */
const optionalArg = <S extends v.GenericSchema>(schema: S) =>
  v.pipe(
    v.nullish(schema),
    v.transform((value) => value ?? undefined),
  );

/** A note's content: empty, or a saved Lexical editor state (a JSON object with a root node). */
function isEditorState(content: string): boolean {
  if (content === '') return true;
  if (jsonTooDeep(content, LIMITS.contentDepth)) return false;
  try {
    const state = JSON.parse(content) as { root?: { children?: unknown } };
    return typeof state === 'object' && state !== null && !Array.isArray(state) && typeof state.root === 'object' && state.root !== null && Array.isArray(state.root.children);
  } catch {
    return false;
  }
}

const content = v.pipe(
  text(LIMITS.content, '20 MB'),
  v.check(isEditorState, `must be a saved editor state (JSON with a root node, nested at most ${LIMITS.contentDepth} deep) or empty`),
);

const isTypedAddress = (value: string) => {
  try {
    typedWebAddress(value);
    return true;
  } catch {
    return false;
  }
};

const articleDetails = {
  source: v.optional(name),
  author: v.optional(name),
  publishedAt: v.optional(name),
  url: v.optional(text(LIMITS.url, '8 KB')),
};

const paneWidth = v.pipe(v.number('must be a number'), v.finite(), v.minValue(0), v.maxValue(10_000));

const uiState = v.pipe(
  record({
    open: v.optional(record({ kind: v.picklist(['note', 'article'], 'must be "note" or "article"'), id })),
    noteSelection: v.optional(v.unknown()),
    layout: v.optional(
      record({
        libraryWidth: v.optional(paneWidth),
        entitiesWidth: v.optional(paneWidth),
        libraryCollapsed: v.optional(v.boolean()),
        entitiesCollapsed: v.optional(v.boolean()),
        focusMode: v.optional(v.boolean()),
      }),
    ),
  }),
  v.check((state) => JSON.stringify(state).length <= LIMITS.uiState, 'is too large to remember'),
);

/** Every method's arguments, in order; a method's tuple also says how many it takes. */
export const CALLS = {
  info: [],
  listNotebooks: [],
  createNotebook: [['name', name]],
  switchNotebook: [['id', id]],
  moveToNotebook: [
    ['item', record({ kind: v.picklist(['note', 'article'], 'must be "note" or "article"'), id })],
    ['notebookId', id],
  ],
  changesSince: [['revision', v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(-1, 'must be -1 or more'))]],
  listNotes: [],
  getNote: [['id', id]],
  createNote: [['input', optionalArg(record({ title: v.optional(name), content: v.optional(content), markdown: v.optional(text(LIMITS.content, '20 MB')) }))]],
  saveNote: [
    ['id', id],
    ['changes', record({ title: v.optional(name), content: v.optional(content) })],
  ],
  duplicateNote: [['id', id]],
  deleteNote: [['id', id]],
  listTrash: [],
  restoreNote: [['id', id]],
  getUiState: [],
  setUiState: [['state', uiState]],
  listArticles: [],
  getArticle: [['id', id]],
  importText: [['input', record({ text: text(LIMITS.content, '20 MB'), title: v.optional(name), ...articleDetails })]],
  importFile: [['file', record({ name: text(LIMITS.fileName), dataBase64: text(LIMITS.base64, `${MAX_IMPORT_BYTES / 1024 / 1024} MB of file`) })]],
  importUrl: [['url', text(LIMITS.url, '8 KB')]],
  updateArticle: [
    ['id', id],
    [
      'meta',
      v.pipe(
        record({
          title: v.optional(name),
          ...articleDetails,
          url: v.optional(v.pipe(text(LIMITS.url, '8 KB'), v.check(isTypedAddress, 'must be a web address starting with http:// or https://, or empty'))),
        }),
        // Stored as typed in Edit details would be: each detail on one line, the address as parsed.
        v.transform(typedArticleDetails),
      ),
    ],
  ],
  trashArticle: [['id', id]],
  restoreArticle: [['id', id]],
  listTrashedArticles: [],
  emptyTrash: [],
  listEntities: [['query', optionalArg(record({ articleId: v.optional(id), noteId: v.optional(id) }))]],
  getEntityCard: [['id', id]],
  renameEntity: [
    ['id', id],
    ['name', name],
  ],
  mergeEntities: [
    ['intoId', id],
    ['otherIds', ids],
    ['options', optionalArg(record({ laterImports: v.optional(v.boolean('must be true or false')) }))],
  ],
  splitAlias: [
    ['id', id],
    ['alias', name],
  ],
  retypeEntity: [
    ['id', id],
    ['type', v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`)],
  ],
  deleteEntity: [['id', id]],
  ignoreEntity: [['id', id]],
  setQuoteSpeaker: [
    ['articleId', id],
    ['quoteStart', offset],
    ['speakerId', v.nullable(id)],
  ],
  dismissQuote: [
    ['articleId', id],
    ['quoteStart', offset],
  ],
  editPost: [
    ['entityId', id],
    ['from', v.nullable(name)],
    ['to', v.nullable(record({ title: name, organization: v.optional(name), former: v.optional(v.boolean('must be true or false')) }))],
  ],
  markEntity: [
    ['articleId', id],
    ['start', offset],
    ['end', offset],
    ['type', v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`)],
  ],
  listCorrections: [],
  undoCorrection: [],
  exportEntityDossier: [['id', id]],
  exportEntitiesCsv: [],
  search: [
    ['query', text(LIMITS.name)],
    ['options', optionalArg(record({ limit: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1), v.maxValue(200))) }))],
  ],
  getTimeline: [
    [
      'options',
      optionalArg(
        record({
          articleId: v.optional(id),
          entityId: v.optional(id),
          limit: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1), v.maxValue(50_000))),
        }),
      ),
    ],
  ],
  getGraph: [
    [
      'options',
      optionalArg(
        record({
          articleId: v.optional(id),
          types: v.optional(v.pipe(v.array(v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`), 'must be a list of entity types'), v.maxLength(ENTITY_TYPES.length))),
          maxNodes: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1), v.maxValue(5_000))),
          maxEdges: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0), v.maxValue(50_000))),
          minWeight: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1), v.maxValue(1_000_000))),
          level: v.optional(v.picklist(['sentence', 'paragraph'], 'must be "sentence" or "paragraph"')),
          evidence: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0), v.maxValue(50_000))),
          aspect: v.optional(v.pipe(v.number('must be a number'), v.minValue(0.1), v.maxValue(10))),
          link: v.optional(record({ source: id, target: id })),
        }),
      ),
    ],
  ],
  exportNote: [
    ['id', id],
    ['format', v.picklist(['md'], 'must be "md"')],
  ],
  exportNotes: [
    ['ids', ids],
    [
      'options',
      record({
        format: v.picklist(['md', 'pdf'], 'must be "md" or "pdf"'),
        mentionLinks: v.optional(v.boolean('must be true or false')),
        citations: v.optional(v.picklist(['footnotes', 'sources'], 'must be "footnotes" or "sources"')),
        sourcesList: v.optional(v.boolean('must be true or false')),
        paper: v.optional(v.picklist(['A4', 'Letter'], 'must be "A4" or "Letter"')),
      }),
    ],
  ],
} satisfies Record<NotebookMethod, ReadonlyArray<readonly [string, v.GenericSchema]>>;

import { basename } from 'node:path';
import { importFromUrl, readArticleFile } from '../articles/import-article';
import { DossierError } from '../../shared/errors';
import { writeExport } from '../export/write-export';
import { openNotebookForCommand } from './open';
import { readText } from './files';

type Out = (line: string) => void;

/** The plain message for a file the command was given but cannot read. */
export async function importCommand(files: string[], dataDir: string, out: Out): Promise<number> {
  if (files.length === 0) throw new DossierError('invalid-input', 'Name at least one file or address to import: dossier import FILE|URL...');
  const { notebook, store } = await openNotebookForCommand(dataDir);
  let failures = 0;
  // A few files in flight at once: the extraction worker reads the next article while this
  // thread stores the last one. Lines still come out in the order the files were given.
  const IN_FLIGHT = 3;
  // Settles to a line or an error, never rejects: a failure waiting its turn must not crash the run.
  const importOne = async (file: string): Promise<{ line: string } | { error: Error }> => {
    try {
      const input = /^https?:\/\//i.test(file) ? await importFromUrl(file) : await readArticleFile(file);
      const { article, duplicateOf } = await notebook.importDocument(input);
      const counts = countByType((await notebook.getArticle(article.id)).entities.map((e) => e.type));
      return { line: `${article.id}\t${article.title}\t${counts}${duplicateOf ? (article.trashedAt ? '\t(already in the notebook, in the trash)' : '\t(already in the notebook)') : ''}` };
    } catch (error) {
      return { error: error as Error };
    }
  };
  // A line is printed only once its article is on disk, so a script may trust every line it reads.
  let saved: string[] = [];
  const printSaved = () => {
    for (const line of saved) out(line);
    saved = [];
  };
  try {
    await notebook.inBatch(async (checkpoint) => {
      const pending: Array<ReturnType<typeof importOne>> = [];
      for (let next = 0, done = 0; done < files.length; done++) {
        while (next < files.length && pending.length < IN_FLIGHT) pending.push(importOne(files[next++]));
        const file = files[done];
        const result = await pending.shift()!;
        if ('line' in result) saved.push(result.line);
        else {
          failures++;
          const message = result.error.message;
          // Most messages already name the file or address; the rest get it in front.
          process.stderr.write(`${message.includes(basename(file)) ? message : `${file}: ${message}`}\n`);
        }
        if (done % 100 === 99) {
          await checkpoint();
          printSaved();
        }
      }
    });
    printSaved();
  } finally {
    await store.close();
  }
  return failures > 0 ? 1 : 0;
}

function countByType(types: string[]): string {
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return ['PERSON', 'ORGANIZATION', 'PLACE', 'DATE', 'TERM'].map((t) => `${t}=${counts.get(t) ?? 0}`).join(' ');
}

export async function listCommand(what: string | undefined, dataDir: string, json: boolean, out: Out): Promise<number> {
  const { notebook, store } = await openNotebookForCommand(dataDir, { readOnly: true });
  try {
    if (what === 'notes') {
      const notes = await notebook.listNotes();
      if (json) out(JSON.stringify(notes, null, 2));
      else for (const n of notes) out(`${n.id}\t${n.updatedAt}\t${n.title}`);
    } else if (what === 'articles') {
      const articles = await notebook.listArticles();
      if (json) out(JSON.stringify(articles, null, 2));
      else for (const a of articles) out(`${a.id}\t${a.importedAt}\t${a.title}`);
    } else if (what === 'entities') {
      const entities = (await notebook.listEntities()).map(({ id, name, type, aliases, mentionCount, articleCount, roles }) => ({
        id,
        name,
        type,
        aliases,
        mentionCount,
        articleCount,
        roles: roles.map((r) => r.title),
      }));
      if (json) out(JSON.stringify(entities, null, 2));
      else for (const e of entities) out(`${e.id}\t${e.type}\t${e.name}\t×${e.mentionCount}`);
    } else {
      throw new DossierError('invalid-input', 'Say what to list: dossier list notes|articles|entities');
    }
  } finally {
    await store.close();
  }
  return 0;
}

export async function noteNewCommand(title: string | undefined, markdownFile: string | undefined, dataDir: string, out: Out): Promise<number> {
  if (!title?.trim()) throw new DossierError('invalid-input', 'Give the note a title: dossier note new --title "…"');
  const markdown = markdownFile ? readText(markdownFile) : undefined;
  const { notebook, store } = await openNotebookForCommand(dataDir);
  try {
    out((await notebook.createNote({ title, markdown })).id);
  } finally {
    await store.close();
  }
  return 0;
}

export async function exportCommand(noteIds: string[], args: { format: string; paper: string; out?: string }, dataDir: string): Promise<number> {
  if (noteIds.length === 0) throw new DossierError('invalid-input', 'Name the notes to export: dossier export NOTE_ID... --format md|pdf --out FILE');
  if (!args.out) throw new DossierError('invalid-input', 'Say where to write it: --out FILE');
  if (args.format !== 'md' && args.format !== 'pdf') throw new DossierError('invalid-input', `Unknown format "${args.format}". Use --format md or --format pdf.`);
  if (args.paper !== 'A4' && args.paper !== 'Letter') throw new DossierError('invalid-input', `Unknown paper size "${args.paper}". Use --paper A4 or --paper Letter.`);
  const { notebook, store } = await openNotebookForCommand(dataDir, { readOnly: true });
  try {
    const file = await notebook.exportNotes(noteIds, { format: args.format, paper: args.paper });
    await writeExport(args.out, file);
  } finally {
    await store.close();
  }
  return 0;
}

/** `dossier search QUERY`: the window's search, ranked and grouped, with the matching words in [brackets]. */
export async function searchCommand(words: string[], dataDir: string, json: boolean, out: Out): Promise<number> {
  const query = words.join(' ').trim();
  if (!query) throw new DossierError('invalid-input', 'Say what to look for: dossier search WORDS… (use "quotes" for a phrase)');
  const { notebook, store } = await openNotebookForCommand(dataDir, { readOnly: true });
  try {
    const results = await notebook.search(query);
    if (json) {
      out(JSON.stringify(results, null, 2));
      return 0;
    }
    const groups = [
      ['Notes', results.notes],
      ['Articles', results.articles],
      ['Entities', results.entities],
    ] as const;
    let found = 0;
    for (const [label, hits] of groups) {
      if (hits.length === 0) continue;
      out(`${label}:`);
      for (const hit of hits) {
        found++;
        const snippet = hit.snippet.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
        out(`  ${hit.id}\t${hit.title}${hit.detail ? `\t${hit.detail}` : ''}\n    ${snippet}`);
      }
    }
    if (found === 0) out(`Nothing in this notebook matches ${query}.`);
  } finally {
    await store.close();
  }
  return 0;
}

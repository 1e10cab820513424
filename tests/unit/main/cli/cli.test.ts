import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'src/main/cli.ts');
const SAMPLE = join(ROOT, 'resources/sample-article.txt');

function dossier(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('the dossier command', () => {
  const data = mkdtempSync(join(tmpdir(), 'dossier-cli-'));

  it('imports a file and prints one line with id, title and entity counts', () => {
    const { code, out } = dossier('import', SAMPLE, '--data', data);
    expect(code).toBe(0);
    const [id, title, counts] = out.trim().split('\t');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(title).toBe("Japan's new cabinet signals firmer line on regional defence");
    expect(counts).toMatch(/PERSON=\d+ ORGANIZATION=\d+ PLACE=\d+/);
  });

  it('lists what it imported, as text and as JSON', () => {
    expect(dossier('list', 'articles', '--data', data).out).toContain("Japan's new cabinet");
    const entities = JSON.parse(dossier('list', 'entities', '--json', '--data', data).out);
    expect(entities.find((e: { name: string }) => e.name === 'Shigeru Ishiba')).toMatchObject({ type: 'PERSON' });
    expect(entities[0]).toHaveProperty('aliases');
    expect(entities[0]).toHaveProperty('mentionCount');
  });

  it('creates a note from Markdown and exports it with its structure', () => {
    const md = join(data, 'in.md');
    writeFileSync(md, '## Outlook\n\nA **firm** line.\n\n1. Budget\n2. Alliance\n');
    const { out: id } = dossier('note', 'new', '--title', 'Outlook brief', '--markdown', md, '--data', data);
    const target = join(data, 'out.md');
    expect(dossier('export', id.trim(), '--format', 'md', '--out', target, '--data', data).code).toBe(0);
    const exported = readFileSync(target, 'utf8');
    expect(exported).toMatch(/^---\ntitle: "Outlook brief"\n(author: .*\n)?date: \d{4}-\d{2}-\d{2}\n---\n\n/);
    expect(exported.endsWith('# Outlook brief\n\n## Outlook\n\nA **firm** line.\n\n1. Budget\n2. Alliance\n')).toBe(true);
  });

  it('extracts JSONL in the scorers’ format without storing anything', () => {
    const input = join(data, 'in.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'd1', text: 'Prime Minister Shigeru Ishiba visited Tokyo.' })}\n`);
    const { code, out } = dossier('extract', '--jsonl', input);
    expect(code).toBe(0);
    const line = JSON.parse(out.trim());
    expect(line.id).toBe('d1');
    // The README's format: each mention with its entity's key, and each entity once in `canonical`.
    expect(line.entities).toContainEqual({ start: 15, end: 29, type: 'PERSON', text: 'Shigeru Ishiba', key: 'PERSON:shigeru ishiba' });
    expect(line.canonical).toContainEqual(
      expect.objectContaining({ key: 'PERSON:shigeru ishiba', type: 'PERSON', name: 'Shigeru Ishiba', aliases: [], mentions: [{ start: 15, end: 29 }] }),
    );
    expect(Array.isArray(line.quotes)).toBe(true);
  });

  it('skips JSONL lines that are not records, names them, extracts the rest and exits 1', () => {
    const input = join(data, 'mixed.jsonl');
    writeFileSync(input, ['{"id":"a","text":"Talks in Paris."}', 'not json', '{"id":"b"}', 'null', '', '{"id":"c","text":"Talks in Rome."}', '\u0000\u00ff'].join('\n'));
    const { code, out, err } = dossier('extract', '--jsonl', input);
    expect(code).toBe(1);
    expect(out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
    expect(err).toMatch(/line 2 of .*mixed\.jsonl skipped: it is not valid JSON/);
    expect(err).toMatch(/line 3 .* skipped: it has no "text" string/);
    expect(err).toMatch(/line 4 .* skipped: it is not a/);
    expect(err).toMatch(/4 of 6 lines skipped; the other 2 were extracted/);
    expect(err).not.toMatch(/unexpected error|\n\s+at /);
    expect(dossier('extract', '--jsonl', data).err).toMatch(/cannot be read \(EISDIR\)/);
  });

  it.each([
    [['extract', '--jsonl', '/no/such/in.jsonl'], /in\.jsonl: no such file/],
    [['extract', '/no/such/article.txt'], /article\.txt: no such file/],
    [['extract', '/no/such/article.txt', '--json'], /article\.txt: no such file/],
    [['extract'], /Name a file/],
    [['import', '/no/such/file.txt'], /file.txt could not be opened/],
    [['export', 'missing-id', '--format', 'md', '--out', '/tmp/x.md'], /no longer exists/],
    [['export', 'x', '--format', 'docx', '--out', '/tmp/x.docx'], /Unknown format/],
    [['note', 'new'], /Give the note a title/],
    [['list', 'things'], /Say what to list/],
    [['frobnicate'], /Unknown command/],
    [['import', '--no-such-flag'], /Unknown option/],
  ])('says what went wrong on stderr and exits non-zero: %j', (args, message) => {
    const { code, err } = dossier(...args, '--data', data);
    expect(code).not.toBe(0);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/unexpected error|\n\s+at /);
  });
});

describe('every command that opens a damaged notebook', () => {
  // A notebook with one note and a backup of it, then its file cut short as a crash of another tool might leave it.
  const template = mkdtempSync(join(tmpdir(), 'dossier-cli-damaged-'));
  dossier('note', 'new', '--title', 'Kept brief', '--data', template);
  const noteId = dossier('list', 'notes', '--json', '--data', template).out;
  dossier('note', 'new', '--title', 'Second brief', '--data', template); // this open backs up the first save

  function damagedCopy(): string {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-damaged-'));
    cpSync(template, dir, { recursive: true });
    writeFileSync(join(dir, 'notebook.json'), '{"schemaVersion": 2, "notes": [');
    return dir;
  }

  it.each([
    ['import', ['import', SAMPLE]],
    ['list notes', ['list', 'notes']],
    ['list articles', ['list', 'articles']],
    ['list entities', ['list', 'entities']],
    ['note new', ['note', 'new', '--title', 'After the damage']],
    ['entities undo', ['entities', 'undo']],
    ['export', ['export', 'NOTE', '--format', 'md', '--out', 'OUT']],
  ])('%s says what happened, where the kept file is and which backup opened', (_name, args) => {
    const dir = damagedCopy();
    const id = (JSON.parse(noteId) as Array<{ id: string }>)[0].id;
    const argv = (args as string[]).map((a) => (a === 'NOTE' ? id : a === 'OUT' ? join(dir, 'out.md') : a));
    const { err } = dossier(...argv, '--data', dir);
    expect(err).toContain('Your notebook file could not be read: it is not valid JSON');
    const kept = /kept unchanged as (\S+?)\.? /.exec(err)?.[1] ?? '';
    expect(existsSync(kept)).toBe(true);
    expect(readFileSync(kept, 'utf8')).toBe('{"schemaVersion": 2, "notes": [');
    expect(err).toMatch(/Dossier opened the last good backup \(.*backups.*\)/);
  });

  it('tells every time: a read-only command twice, then a command that writes', () => {
    const dir = damagedCopy();
    expect(dossier('list', 'notes', '--data', dir).err).toContain('could not be read');
    expect(dossier('list', 'notes', '--data', dir).err).toContain('could not be read');
    const listed = dossier('list', 'notes', '--data', dir);
    expect(listed.out).toContain('Kept brief');
  });
});

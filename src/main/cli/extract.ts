import { createReadStream, statSync } from 'node:fs';
import { primeExtractor } from '../extract/primer';
import { createInterface } from 'node:readline';
import { DossierError } from '../../shared/errors';
import { extract } from '../extract';
import { readText, unreadable } from './files';

type Out = (line: string) => void;

/**
 * The JSONL shape the reference scorers read, one line per input line with the same id:
 *   entities  every mention {start, end, type, text, key}, a DATE's with its ISO value when known;
 *   canonical every entity once {key, type, name, aliases, mentions, posts, iso?}, a person's posts
 *             with their status (current, former or new) and the span that states them;
 *   quotes    {start, end, text, speaker, speakerStart, speakerEnd, fragment}.
 */
export function extractionRecord(id: unknown, text: string, publishedAt?: string) {
  const result = extract(text, { publishedAt });
  const iso = new Map(result.entities.filter((e) => e.iso).map((e) => [e.key, e.iso]));
  return {
    id,
    entities: result.mentions.map(({ start, end, type, text: t, key }) => ({ start, end, type, text: t, key, ...(iso.has(key) ? { iso: iso.get(key) } : {}) })),
    canonical: result.entities.map((e) => ({
      key: e.key,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      mentions: e.mentions.map(({ start, end }) => ({ start, end })),
      posts: e.roles.map((r) => ({
        title: r.title,
        ...(r.organization ? { organization: r.organization } : {}),
        status: (r as { status?: string }).status ?? (r.former ? 'former' : 'current'),
        start: r.start,
        end: r.end,
      })),
      ...(e.iso ? { iso: e.iso } : {}),
    })),
    quotes: result.quotes.map(({ start, end, text: t, speaker, speakerStart, speakerEnd, fragment }) => ({
      start,
      end,
      text: t,
      speaker,
      speakerStart,
      speakerEnd,
      fragment,
    })),
  };
}

/** What a JSONL run did: lines read, and lines skipped because they were not {"id", "text"} records. */
export interface JsonlRun {
  lines: number;
  skipped: number;
}

// How many skipped lines are named one by one before the rest are only counted.
const NAMED_SKIPS = 10;

/**
 * One output line per input record, in order. A line that is not a record is skipped with a message
 * naming it (on `warn`), and the run goes on: one bad line in 10,000 costs that line, not the run.
 */
export async function extractJsonl(inPath: string, out: NodeJS.WritableStream, warn: (message: string) => void = () => {}): Promise<JsonlRun> {
  const lines = createInterface({ input: createReadStream(inPath, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let n = 0;
  let skipped = 0;
  const skip = (why: string) => {
    skipped++;
    if (skipped <= NAMED_SKIPS) warn(`line ${lineNo} of ${inPath} skipped: ${why}`);
  };
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    n++;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      skip('it is not valid JSON. Each line must be {"id": …, "text": "…"}.');
      continue;
    }
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      skip('it is not a {"id": …, "text": "…"} object.');
      continue;
    }
    const { id, text, publishedAt } = record as { id?: unknown; text?: unknown; publishedAt?: unknown };
    if (typeof text !== 'string') {
      skip('it has no "text" string.');
      continue;
    }
    out.write(`${JSON.stringify(extractionRecord(id, text, typeof publishedAt === 'string' ? publishedAt : undefined))}\n`);
  }
  return { lines: n, skipped };
}

export function extractFile(path: string): ReturnType<typeof extract> {
  return extract(readText(path));
}

export async function extractCommand(args: { file?: string; jsonl?: string; json: boolean }, out: Out): Promise<number> {
  if (args.jsonl) {
    const path = args.jsonl;
    try {
      if (!statSync(path).isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
    } catch (error) {
      throw unreadable(path, error);
    }
    // A batch: the extractor is primed first (extract/primer.ts), as the extraction worker is.
    primeExtractor();
    const run = await extractJsonl(path, process.stdout, (message) => process.stderr.write(`dossier: ${message}\n`));
    if (run.skipped === 0) return 0;
    process.stderr.write(`dossier: ${run.skipped} of ${run.lines} lines skipped; the other ${run.lines - run.skipped} were extracted. Fix or remove the lines named above and run again.\n`);
    return 1;
  }
  if (!args.file) throw new DossierError('invalid-input', 'Name a file: dossier extract FILE [--json], or dossier extract --jsonl IN.jsonl');
  if (args.json) {
    out(JSON.stringify(extractionRecord(args.file, readText(args.file)), null, 2));
    return 0;
  }
  const result = extractFile(args.file);
  for (const entity of result.entities) out(`${entity.type}\t${entity.name}\t×${entity.mentions.length}${entity.aliases.length ? `\t(${entity.aliases.join(', ')})` : ''}`);
  for (const quote of result.quotes.filter((q) => !q.fragment)) out(`QUOTE\t${quote.speaker ?? '?'}\t“${quote.text}”`);
  return 0;
}

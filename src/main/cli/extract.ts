import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { extract } from '../extract';

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

export async function extractJsonl(inPath: string, out: NodeJS.WritableStream): Promise<number> {
  const lines = createInterface({ input: createReadStream(inPath, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    n++;
    let record: { id?: unknown; text?: unknown; publishedAt?: unknown };
    try {
      record = JSON.parse(line);
    } catch {
      throw new Error(`Line ${n} of ${inPath} is not valid JSON. Each line must be {"id": …, "text": "…"}.`);
    }
    if (typeof record.text !== 'string') throw new Error(`Line ${n} of ${inPath} has no "text" string.`);
    const publishedAt = typeof record.publishedAt === 'string' ? record.publishedAt : undefined;
    out.write(`${JSON.stringify(extractionRecord(record.id, record.text, publishedAt))}\n`);
  }
  return n;
}

export function extractFile(path: string): ReturnType<typeof extract> {
  return extract(readFileSync(path, 'utf8'));
}

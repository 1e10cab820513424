import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { extract } from '../extract';

/** The JSONL shape the reference scorers read: one line per input line, same id. */
export function extractionRecord(id: unknown, text: string, publishedAt?: string) {
  const result = extract(text, { publishedAt });
  return {
    id,
    entities: result.mentions.map(({ start, end, type, text: t }) => ({ start, end, type, text: t })),
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

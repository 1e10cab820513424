import { describe, expect, it } from 'vitest';
import { extractionRecord } from '../../../../src/main/cli/extract';

describe('extract --json / --jsonl record', () => {
  const text = 'Former Governor Ella Brandt, the new chair of the Harbor Trust, spoke in Eastport on October 2nd.';
  const record = extractionRecord('a1', text, '2024-05-01');

  it('keeps the mention list the scorers read', () => {
    for (const m of record.entities) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("gives each person's posts with their status and offsets", () => {
    const person = record.canonical.find((e) => e.name === 'Ella Brandt');
    expect(person?.posts).toEqual([
      expect.objectContaining({ title: 'Governor', status: 'former' }),
      expect.objectContaining({ title: 'chair', organization: 'Harbor Trust', status: 'new' }),
    ]);
    for (const p of person?.posts ?? []) expect(text.slice(p.start, p.end)).toContain(p.title);
  });

  it('gives each date its ISO value, on the entity and on its mentions', () => {
    expect(record.canonical.find((e) => e.type === 'DATE')?.iso).toBe('2024-10-02');
    expect(record.entities.find((m) => m.type === 'DATE')).toMatchObject({ text: 'October 2nd', iso: '2024-10-02' });
  });
});

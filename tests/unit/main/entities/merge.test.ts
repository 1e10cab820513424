import { describe, expect, it } from 'vitest';
import { mergeExtraction } from '../../../../src/main/entities/merge';
import type { Extraction } from '../../../../src/shared/extraction';
import type { Entity } from '../../../../src/shared/model';

const found = (type: 'PERSON' | 'ORGANIZATION' | 'PLACE', name: string, start = 0): Extraction => ({
  entities: [{ key: `${type}:${name.toLowerCase()}`, type, name, aliases: [], mentions: [{ start, end: start + name.length }], roles: [] }],
  mentions: [{ start, end: start + name.length, type, text: name, key: `${type}:${name.toLowerCase()}` }],
  quotes: [],
});

describe('mergeExtraction', () => {
  it('keeps one entity for a full name the extractor typed otherwise in a later article', () => {
    const entities: Entity[] = [];
    const first = mergeExtraction(entities, 'a1', found('PERSON', 'Dana Whitfield'));
    const later = mergeExtraction(entities, 'a2', found('ORGANIZATION', 'Dana Whitfield', 10));
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ type: 'PERSON', name: 'Dana Whitfield' });
    expect(later.mentions[0].entityId).toBe(first.mentions[0].entityId);
  });

  it('keeps a one-word name apart by type: a country in one article, a surname in the next', () => {
    const entities: Entity[] = [];
    mergeExtraction(entities, 'a1', found('PLACE', 'Jordan'));
    mergeExtraction(entities, 'a2', found('PERSON', 'Jordan'));
    expect(entities.map((e) => e.type).sort()).toEqual(['PERSON', 'PLACE']);
  });
});

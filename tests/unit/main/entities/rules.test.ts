import { describe, expect, it } from 'vitest';
import { applyRules, type EntityRule } from '../../../../src/main/entities/rules';
import type { ExtractedEntity, Extraction } from '../../../../src/shared/extraction';

// "Beijing said Xi Jinping met Ishiba. Reuters reported." as an extractor might see it.
function extraction(): Extraction {
  const entity = (type: ExtractedEntity['type'], name: string, start: number, aliases: string[] = []): ExtractedEntity => ({
    key: `${type}:${name.toLowerCase()}`,
    type,
    name,
    aliases,
    mentions: [{ start, end: start + name.length }],
    roles: [],
  });
  const entities = [entity('PLACE', 'Beijing', 0), entity('PERSON', 'Xi Jinping', 13), entity('PERSON', 'Ishiba', 28), entity('PERSON', 'Reuters', 36)];
  return {
    entities,
    mentions: entities.map((e) => ({ start: e.mentions[0].start, end: e.mentions[0].end, type: e.type, text: e.name, key: e.key })),
    quotes: [{ start: 50, end: 60, text: 'We act', speaker: 'Ishiba', speakerStart: 28, speakerEnd: 34, fragment: false }],
  };
}

const names = (x: Extraction) => x.entities.map((e) => `${e.type} ${e.name}`);

describe('applyRules', () => {
  it('leaves an extraction alone when there are no rules', () => {
    const x = extraction();
    expect(applyRules(x, [])).toBe(x);
  });

  it('ignores a name, with its mentions, whatever its case', () => {
    const x = applyRules(extraction(), [{ kind: 'ignore', name: 'REUTERS' }]);
    expect(names(x)).not.toContain('PERSON Reuters');
    expect(x.mentions.map((m) => m.text)).not.toContain('Reuters');
  });

  it('retypes a name whatever type the extractor gave it this time', () => {
    const rule: EntityRule = { kind: 'retype', name: 'Reuters', from: 'PERSON', to: 'ORGANIZATION' };
    const x = applyRules(extraction(), [rule]);
    expect(names(x)).toContain('ORGANIZATION Reuters');
    expect(x.mentions.find((m) => m.text === 'Reuters')).toMatchObject({ type: 'ORGANIZATION', key: 'ORGANIZATION:reuters' });
    const guessed = applyRules(extraction(), [{ kind: 'retype', name: 'Reuters', from: 'PLACE', to: 'ORGANIZATION' }]);
    expect(names(guessed)).toContain('ORGANIZATION Reuters');
  });

  it('renames, keeping the old name as an alias, and the quote’s speaker follows', () => {
    const x = applyRules(extraction(), [{ kind: 'rename', name: 'ishiba', type: 'PERSON', to: 'Shigeru Ishiba' }]);
    const ishiba = x.entities.find((e) => e.name === 'Shigeru Ishiba');
    expect(ishiba).toMatchObject({ key: 'PERSON:shigeru ishiba', aliases: ['Ishiba'] });
    expect(x.quotes[0].speaker).toBe('Shigeru Ishiba');
  });

  it('joins a merged alias into its entity when both are in the same article', () => {
    const rule: EntityRule = { kind: 'alias', name: 'Beijing', type: 'PLACE', canonical: 'Xi Jinping', canonicalType: 'PERSON' };
    const x = applyRules(extraction(), [rule]);
    const xi = x.entities.find((e) => e.name === 'Xi Jinping');
    expect(names(x)).not.toContain('PLACE Beijing');
    expect(xi?.aliases).toContain('Beijing');
    expect(xi?.mentions).toHaveLength(2);
    expect(x.mentions.filter((m) => m.key === xi?.key)).toHaveLength(2);
  });

  it('takes the canonical name for a merged alias met on its own', () => {
    const x = applyRules(extraction(), [{ kind: 'alias', name: 'Ishiba', type: 'PERSON', canonical: 'Shigeru Ishiba' }]);
    expect(names(x)).toContain('PERSON Shigeru Ishiba');
  });

  it('applies rules oldest first, so a merge then a rename lands on the new name', () => {
    const rules: EntityRule[] = [
      { kind: 'alias', name: 'Ishiba', type: 'PERSON', canonical: 'Xi Jinping' },
      { kind: 'rename', name: 'Xi Jinping', type: 'PERSON', to: 'Xi' },
    ];
    const x = applyRules(extraction(), rules);
    expect(x.entities.find((e) => e.name === 'Xi')?.aliases).toEqual(expect.arrayContaining(['Ishiba', 'Xi Jinping']));
  });

  it('splits an alias out of the entity it was joined to', () => {
    const x = extraction();
    const ishiba = x.entities.find((e) => e.name === 'Ishiba')!;
    Object.assign(ishiba, { name: 'Shigeru Ishiba', aliases: ['Ishiba'], key: 'PERSON:shigeru ishiba' });
    for (const m of x.mentions) if (m.text === 'Ishiba') m.key = ishiba.key;
    const out = applyRules(x, [{ kind: 'split', name: 'Ishiba', type: 'PERSON', from: 'Shigeru Ishiba' }]);
    expect(out.entities.find((e) => e.name === 'Ishiba')?.mentions).toHaveLength(1);
    expect(out.entities.find((e) => e.name === 'Shigeru Ishiba')?.aliases).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../src/shared/extraction';
import { findEntities } from '../../../../src/main/extract/entities';
import { namesFromSpans } from '../../../../src/main/extract/names';
import { tokenize } from '../../../../src/main/extract/ner/tokenize';

const CABINET =
  'Prime Minister Shigeru Ishiba met Foreign Minister Takeshi Iwaya in Tokyo on Tuesday. ' +
  'Ishiba said the Chinese Communist Party (CCP) was testing Japan. The CCP did not reply. ' +
  'Officials in the United States welcomed the talks, and U.S. diplomats said the US would help.';

function mentionsOf(text: string, type?: EntityType) {
  return findEntities(text).mentions.filter((m) => !type || m.type === type);
}

function entityNamed(text: string, name: string) {
  return findEntities(text).entities.find((e) => e.name === name);
}

/** A text's tokens, and `count` of them from the first that reads `first` (spans as the tagger may read them). */
function tokensOf(text: string) {
  const tokens = tokenize(text);
  const from = (first: string, count: number) => {
    const i = tokens.findIndex((t) => t.text === first);
    return tokens.slice(i, i + count);
  };
  return { tokens, from };
}

describe('findEntities', () => {
  it('gives every mention its exact span in the text', () => {
    for (const m of mentionsOf(CABINET)) expect(CABINET.slice(m.start, m.end)).toBe(m.text);
  });

  it('never gives a name a bracket without its partner', () => {
    const text = 'Hajduk 2 Proleter (Z) 0, Rad (B) 1 and (Jerry) Koosman';
    const { tokens, from: at } = tokensOf(text);
    // As the tagger may read them: "Z )", "Rad ( B )", "Jerry ) Koosman".
    const spans = [
      { type: 'ORG', tokens: at('Z', 2) },
      { type: 'ORG', tokens: at('Rad', 4) },
      { type: 'PER', tokens: at('Jerry', 3) },
    ];
    expect(namesFromSpans(text, spans, [tokens]).map((m) => m.text)).toEqual(['Z', 'Rad (B)', 'Jerry', 'Koosman']);
  });

  it('leaves a quotation mark, a semicolon or a dash at the edge of a name out of it', () => {
    const text = 'The Tarrow board met; Quell Union agreed. “Ostrevo Foundation,” she said – Delmont Holdings –';
    const { tokens, from } = tokensOf(text);
    // As the tagger may read them: "; Quell Union", "“ Ostrevo Foundation ,”", "– Delmont Holdings –".
    const spans = [
      { type: 'ORG', tokens: from(';', 3) },
      { type: 'ORG', tokens: from('“', 3) },
      { type: 'ORG', tokens: tokens.slice(tokens.length - 4) },
    ];
    expect(namesFromSpans(text, spans, [tokens]).map((m) => m.text)).toEqual(['Quell Union', 'Ostrevo Foundation', 'Delmont Holdings']);
  });

  it('leaves a conjunction, a preposition or a pronoun that opens a sentence out of the name after it', () => {
    const text = 'Although Quell spoke first, the vote went on. For Ostrevo Foundation, it was a win.';
    const { tokens, from } = tokensOf(text);
    const spans = [
      { type: 'ORG', tokens: from('Although', 2) },
      { type: 'ORG', tokens: from('For', 3) },
    ];
    expect(namesFromSpans(text, spans, [tokens]).map((m) => m.text)).toEqual(['Quell', 'Ostrevo Foundation']);
  });

  it('keeps titles out of person names', () => {
    const people = mentionsOf(CABINET, 'PERSON').map((m) => m.text);
    expect(people).toContain('Shigeru Ishiba');
    expect(people).toContain('Takeshi Iwaya');
    expect(mentionsOf('President Joe Biden spoke first.', 'PERSON').map((m) => m.text)).toEqual(['Joe Biden']);
  });

  it('joins a later surname-only mention to the full name', () => {
    const ishiba = entityNamed(CABINET, 'Shigeru Ishiba');
    expect(ishiba?.key).toBe('PERSON:shigeru ishiba');
    expect(ishiba?.mentions).toHaveLength(2);
    expect(ishiba?.aliases).toContain('Ishiba');
  });

  it('keeps "Mr. Lindqvist" apart from the only full name ending so when hers is a woman\'s first name', () => {
    const text = 'President Lindqvist spoke in Oslo. Mr. Lindqvist and the first lady, Susan Lindqvist, left early. Mrs. Lindqvist waved.';
    const susan = entityNamed(text, 'Susan Lindqvist');
    expect(susan?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Susan Lindqvist', 'Lindqvist']);
    expect(entityNamed(text, 'Lindqvist')?.mentions).toHaveLength(2);
  });

  it('joins an acronym to its expansion', () => {
    const ccp = entityNamed(CABINET, 'Chinese Communist Party');
    expect(ccp?.type).toBe('ORGANIZATION');
    expect(ccp?.aliases).toContain('CCP');
    expect(ccp?.mentions).toHaveLength(3);
  });

  it('names a company without its legal form where the article also does, so its two names are one entity', () => {
    const text = 'Quellsoft Inc. said on Wednesday it would cut 1,200 jobs. Shares of Quellsoft fell. Tarrow Shipping Co. Ltd said nothing, and Tarrow Shipping never does. Delmont News Corp. rose.';
    const quellsoft = findEntities(text).entities.filter((e) => e.type === 'ORGANIZATION' && e.name.startsWith('Quellsoft'));
    expect(quellsoft).toHaveLength(1);
    expect(quellsoft[0]).toMatchObject({ name: 'Quellsoft', key: 'ORGANIZATION:quellsoft', aliases: ['Quellsoft Inc.'] });
    expect(entityNamed(text, 'Tarrow Shipping')?.aliases).toEqual(['Tarrow Shipping Co. Ltd']);
    // Named only with its form, a company keeps it: alone, "News Corp." would be "News".
    expect(entityNamed(text, 'Delmont News Corp.')?.type).toBe('ORGANIZATION');
  });

  it("joins a company's first word alone to the one company the article names with it and a legal form", () => {
    const text = 'Kestrova Gold Corp said on Tuesday it had won the bid. Kestrova said details would follow. Orvane Mining Ltd and Orvane Bank Plc rose; Orvane said nothing.';
    expect(entityNamed(text, 'Kestrova Gold Corp')?.aliases).toEqual(['Kestrova']);
    expect(findEntities(text).entities.filter((e) => e.name === 'Kestrova')).toEqual([]);
    // Two companies open with the word: which one is unsaid.
    expect(entityNamed(text, 'Orvane Mining Ltd')?.aliases).toEqual([]);
  });

  it('joins a long acronym in brackets to the name before it', () => {
    const text =
      'This brief assesses how the Ostrevo Defence Force and its partners, notably the United States Indo-Pacific Command (INDOPACOM) and the Royal Australian Navy, have responded. INDOPACOM declined to comment.';
    expect(entityNamed(text, 'United States Indo-Pacific Command')?.aliases).toEqual(['INDOPACOM']);
  });

  it('joins spelling variants of a place under one stable key', () => {
    const us = findEntities(CABINET).entities.filter((e) => e.key === 'PLACE:united states');
    expect(us).toHaveLength(1);
    expect(us[0].mentions).toHaveLength(3);
    expect(findEntities('The US sent aid.').entities.find((e) => e.type === 'PLACE')?.key).toBe('PLACE:united states');
  });

  it.each([
    ['Chinese', 'Foreign Minister Wang Yi met Premier Li Qiang in Beijing.', ['Wang Yi', 'Li Qiang']],
    ['Korean', 'South Korean President Yoon Suk-yeol telephoned Kim Jong-un on Monday.', ['Yoon Suk-yeol', 'Kim Jong-un']],
    ['Arabic', 'Crown Prince Mohammed bin Salman received Ahmed Aboul Gheit in Riyadh.', ['Mohammed bin Salman', 'Ahmed Aboul Gheit']],
    ['Russian', 'Sergei Lavrov and Maria Zakharova spoke to reporters in Moscow.', ['Sergei Lavrov', 'Maria Zakharova']],
    ['Spanish', 'Mexican President Claudia Sheinbaum thanked Marcelo Ebrard for his work.', ['Claudia Sheinbaum', 'Marcelo Ebrard']],
    ['African', 'Nigerian President Bola Tinubu hosted Kenyan President William Ruto in Abuja.', ['Bola Tinubu', 'William Ruto']],
  ])('finds %s names from context and shape', (_culture, text, names) => {
    expect(mentionsOf(text, 'PERSON').map((m) => m.text)).toEqual(names);
  });

  it('ends a name before a possessive', () => {
    const japan = mentionsOf("Japan's defence budget grew.", 'PLACE')[0];
    expect(japan.text).toBe('Japan');
  });

  it('splits hyphenated compounds of places', () => {
    expect(mentionsOf('The Japan-US alliance is strong.', 'PLACE').map((m) => m.text)).toEqual(['Japan', 'US']);
  });

  it('reads all-caps headlines', () => {
    const text = 'ISHIBA VISITS WASHINGTON\nTOKYO 2024-10-02\nJapanese Prime Minister Shigeru Ishiba flew to Washington.';
    const found = findEntities(text).mentions.map((m) => [m.text, m.type]);
    expect(found).toContainEqual(['ISHIBA', 'PERSON']);
    expect(found).toContainEqual(['WASHINGTON', 'PLACE']);
    expect(found).toContainEqual(['TOKYO', 'PLACE']);
  });

  it('finds coined and quoted terms', () => {
    const text = 'Ishiba revived the idea of an "Asian NATO" and a new Status of Forces Agreement.';
    const terms = mentionsOf(text, 'TERM').map((m) => m.text);
    expect(terms).toEqual(['Asian NATO', 'Status of Forces Agreement']);
  });

  it('does not take reported speech in quotation marks for a term', () => {
    expect(mentionsOf('"We will defend Japan," Ishiba said.', 'TERM')).toEqual([]);
  });

  it('takes a quoted lower-case phrase for a term only where the text names it so or quotes it twice', () => {
    // A speaker's word quoted in passing; markup's attributes.
    expect(mentionsOf('Tarrow said the mayor had done an “awful” job and was “very charming” in person.', 'TERM')).toEqual([]);
    expect(mentionsOf('<tweet pic="" author="quellnews" timestamp="1449075600">Vote today.</tweet>', 'TERM')).toEqual([]);
    // Named so, or quoted twice.
    expect(mentionsOf('Critics called the plan “voodoo economics” on Friday.', 'TERM').map((m) => m.text)).toEqual(['voodoo economics']);
    expect(mentionsOf('The “harbour accord” stalled. Talks on the “harbour accord” resume in May.', 'TERM').map((m) => m.text)).toEqual(['harbour accord', 'harbour accord']);
  });

  it('leaves roles to the role finder', () => {
    for (const e of findEntities(CABINET).entities) expect(e.roles).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(findEntities('')).toEqual({ mentions: [], entities: [] });
  });
});

import { describe, expect, it } from 'vitest';
import type { ExtractedEntity, ExtractedQuote } from '../../../../src/shared/extraction';
import { findQuotes } from '../../../../src/main/extract/quotes';

// Entities as a tagger would give them: every occurrence of each name (surname-only aliases included).
function entitiesFor(text: string, people: Record<string, string[]>, orgs: Record<string, string[]> = {}): ExtractedEntity[] {
  const build = (type: 'PERSON' | 'ORGANIZATION', name: string, forms: string[]): ExtractedEntity => {
    const mentions = forms.flatMap((form) => [...text.matchAll(new RegExp(form.replace(/[.]/g, '\\.'), 'g'))].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + form.length })));
    return { key: `${type}:${name.toLowerCase()}`, type, name, aliases: forms, mentions, roles: [] };
  };
  return [
    ...Object.entries(people).map(([name, forms]) => build('PERSON', name, forms)),
    ...Object.entries(orgs).map(([name, forms]) => build('ORGANIZATION', name, forms)),
  ];
}

const speakerWords = (text: string, q: ExtractedQuote) => (q.speakerStart < 0 ? null : text.slice(q.speakerStart, q.speakerEnd));
const statements = (quotes: ExtractedQuote[]) => quotes.filter((q) => !q.fragment);

describe('findQuotes: quoting conventions', () => {
  it.each([
    ['curly double quotes', '“The port will reopen next month,” Mariko Tanaka said.', 'The port will reopen next month,'],
    ['straight double quotes', '"The port will reopen next month," Mariko Tanaka said.', 'The port will reopen next month,'],
    ["the '' pairs of wire copy", "''The port will reopen next month,'' Mariko Tanaka said.", 'The port will reopen next month,'],
    ['single quotes used as quotation marks', '‘The port will reopen next month,’ Mariko Tanaka said.', 'The port will reopen next month,'],
    ['straight single quotes used as quotation marks', "'The port will reopen next month,' Mariko Tanaka said.", 'The port will reopen next month,'],
  ])('finds a quotation in %s', (_convention, text, words) => {
    const quotes = statements(findQuotes(text, entitiesFor(text, { 'Mariko Tanaka': ['Mariko Tanaka'] })));
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe(words);
    expect(quotes[0].speaker).toBe('Mariko Tanaka');
    expect(speakerWords(text, quotes[0])).toBe('Mariko Tanaka');
  });

  it('finds a colon-introduced quotation and its speaker before it', () => {
    const text = 'Mariko Tanaka said: “The port will reopen next month.”';
    const [q] = findQuotes(text, entitiesFor(text, { 'Mariko Tanaka': ['Mariko Tanaka'] }));
    expect(q.fragment).toBe(false);
    expect(speakerWords(text, q)).toBe('Mariko Tanaka');
  });

  it('gives both halves of a quotation split around its attribution the same speaker', () => {
    const text = 'Officials met on Monday. “We will act,” Mariko Tanaka said, “and soon.”';
    const quotes = findQuotes(text, entitiesFor(text, { 'Mariko Tanaka': ['Mariko Tanaka'] }));
    expect(quotes.map((q) => q.text)).toEqual(['We will act,', 'and soon.']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mariko Tanaka', 'Mariko Tanaka']);
    expect(quotes.every((q) => !q.fragment)).toBe(true);
  });

  it('joins a quotation that runs across paragraphs into one quote', () => {
    const text = '“The first shipment left on Tuesday. The second one is waiting at the dock.\n\n“We expect both to arrive before the holiday,” said Mariko Tanaka.';
    const quotes = findQuotes(text, entitiesFor(text, { 'Mariko Tanaka': ['Mariko Tanaka'] }));
    expect(quotes).toHaveLength(1);
    expect(quotes[0].start).toBe(0);
    expect(text.slice(quotes[0].start, quotes[0].end)).toMatch(/holiday,”$/);
    expect(quotes[0].speaker).toBe('Mariko Tanaka');
  });

  it('never takes apostrophes for quotation marks', () => {
    const text = "The mayor's aides don't expect a rush like the '90s, and Japan’s ministers won’t either.";
    expect(findQuotes(text, [])).toEqual([]);
  });

  it('marks a short quoted phrase inside a sentence as a fragment', () => {
    const text = 'The finance ministry described the plan as “premature” in a note to investors.';
    const [q] = findQuotes(text, []);
    expect(q.text).toBe('premature');
    expect(q.fragment).toBe(true);
  });

  it('keeps a short quotation that is attributed as a statement', () => {
    const text = 'Asked about the delay, Mariko Tanaka was brief. “Not yet,” she said.';
    const [q] = findQuotes(text, entitiesFor(text, { 'Mariko Tanaka': ['Mariko Tanaka'] }));
    expect(q.fragment).toBe(false);
  });
});

describe('findQuotes: speakers', () => {
  it.each([
    ['a pronoun after the quote', 'Kenji Mori opened the session. “We have the votes,” he added.', 'he', 'Kenji Mori'],
    ['an inverted verb', '“We have the votes,” said Kenji Mori, the party’s whip.', 'Kenji Mori', 'Kenji Mori'],
    ['a title before the name', '“We have the votes,” party whip Kenji Mori told reporters.', 'party whip Kenji Mori', 'Kenji Mori'],
    ['according to', '“We have the votes,” according to Kenji Mori.', 'Kenji Mori', 'Kenji Mori'],
    ['a participle after a clause', 'Kenji Mori dismissed the rumours, saying, “We have the votes and always did.”', 'Kenji Mori', 'Kenji Mori'],
  ])('finds the speaker named by %s', (_pattern, text, span, name) => {
    const [q] = statements(findQuotes(text, entitiesFor(text, { 'Kenji Mori': ['Kenji Mori'] })));
    expect(speakerWords(text, q)).toBe(span);
    expect(q.speaker).toBe(name);
  });

  it('resolves a description of an organisation to the last organisation named', () => {
    const text = 'The Harbour Gazette ran an editorial on Friday. “The council has lost its way,” the newspaper wrote.';
    const [q] = findQuotes(text, entitiesFor(text, {}, { 'Harbour Gazette': ['Harbour Gazette'] }));
    expect(speakerWords(text, q)).toBe('the newspaper');
    expect(q.speaker).toBe('Harbour Gazette');
  });

  it('resolves a description of a person to the last person named', () => {
    const text = 'The ministry named Aiko Hara as its new voice. “No decision has been taken,” the spokesperson said.';
    const [q] = findQuotes(text, entitiesFor(text, { 'Aiko Hara': ['Aiko Hara'] }));
    expect(speakerWords(text, q)).toBe('the spokesperson');
    expect(q.speaker).toBe('Aiko Hara');
  });

  it('resolves a surname to the full name of its entity', () => {
    const text = 'Aiko Hara arrived late. “We are ready to sign today,” Hara said.';
    const [q] = findQuotes(text, entitiesFor(text, { 'Aiko Hara': ['Aiko Hara', 'Hara'] }));
    expect(q.speaker).toBe('Aiko Hara');
  });

  it('finds the speaker even when the entity list misses the name', () => {
    const text = '“The bridge will be finished by spring,” Tomas Berg told the council.';
    const [q] = findQuotes(text, []);
    expect(speakerWords(text, q)).toBe('Tomas Berg');
    expect(q.speaker).toBe('Tomas Berg');
  });

  it('carries the speaker to a quotation in the same paragraph that has no attribution', () => {
    const text = '“The bridge will be finished by spring,” Tomas Berg said. “Then the ferry can stop running at night.”';
    const quotes = findQuotes(text, entitiesFor(text, { 'Tomas Berg': ['Tomas Berg'] }));
    expect(quotes.map((q) => q.speaker)).toEqual(['Tomas Berg', 'Tomas Berg']);
  });

  it('takes the speaker from a paragraph that ends with a colon', () => {
    const text = 'Tomas Berg continued:\n\n“The ferry will stop running at night once the bridge opens.”';
    const [q] = findQuotes(text, entitiesFor(text, { 'Tomas Berg': ['Tomas Berg'] }));
    expect(q.speaker).toBe('Tomas Berg');
  });

  it('takes the speaker from a dash signature after the quotation', () => {
    const text = '“The ferry was the only way home for twenty years.” ― Lena Ortiz';
    const [q] = findQuotes(text, []);
    expect(speakerWords(text, q)).toBe('Lena Ortiz');
  });
});

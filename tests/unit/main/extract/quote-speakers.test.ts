import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/main/extract';

// Invented articles, one for each way quote attribution went wrong on news from other outlets.
const said = (text: string) => extract(text).quotes.map((q) => ({ text: q.text, speaker: q.speaker, fragment: q.fragment, words: q.speakerStart < 0 ? null : text.slice(q.speakerStart, q.speakerEnd) }));

describe('quote attribution', () => {
  it('gives a quote-only paragraph the speaker of the quotation that closed the paragraph before', () => {
    const text = 'Mayor Lena Ortiz spoke to the council on Monday.\n“We will rebuild the harbour wall,” she said.\n“And we will do it before the winter storms.”';
    const quotes = said(text).filter((q) => !q.fragment);
    expect(quotes).toHaveLength(2);
    expect(quotes[1].speaker).toBe('Lena Ortiz');
  });

  it('treats scare quotes as no speech and gives them no speaker', () => {
    const text = 'Tomas Berg, the envoy, criticised the so-called “reset” in a speech on Friday.';
    const [q] = said(text);
    expect(q.fragment).toBe(true);
    expect(q.speaker).toBeNull();
  });

  it.each(['Furthermore', 'Within', 'Rather'])('never takes the sentence opener "%s" for a speaker', (opener) => {
    const text = `Ivo Marsh had left the room. ${opener}, “the vote was never going to pass,” ${opener} said.`;
    const [q] = said(text);
    expect(q.speaker).not.toBe(opener);
    expect(extract(text).mentions.map((m) => m.text)).not.toContain(opener);
  });

  it('resolves "she" to the last woman named, not to a man named after her', () => {
    const text = 'Maria Solano met John Harker in the capital. “We agreed on the timetable,” she said.';
    expect(said(text)[0].speaker).toBe('Maria Solano');
  });

  it('never resolves "he" to an organisation', () => {
    const text = 'Peter Lund left the Harbor Development Corporation in May. “It was time to go,” he said.';
    expect(said(text)[0].speaker).toBe('Peter Lund');
  });

  it('keeps a short spoken quotation as a statement', () => {
    const text = 'General Ada Okafor slammed the table. “Not on my watch!” she shouted.';
    const [q] = said(text);
    expect(q.fragment).toBe(false);
    expect(q.speaker).toBe('Ada Okafor');
  });
});

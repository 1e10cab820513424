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

  it('takes the name after a description for the speaker, and gives "he" only to a person', () => {
    const text = 'Speaking in Geneva, the U.N. envoy, Martin Hollis, warned that “the window for diplomacy is closing fast.” He added: “We cannot wait another month.”';
    const quotes = said(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Martin Hollis', 'Martin Hollis']);
    expect(quotes[0].words).toBe('Martin Hollis');
    const agency = 'The Harbour Authority defended the wall. “It will hold,” the Harbour Authority said.\n“We have checked it twice,” he added.';
    expect(said(agency).map((q) => q.speaker)).toEqual(['Harbour Authority', null]);
  });

  it('does not give an unnamed speaker the name of the last person named', () => {
    const text = 'Transport Secretary Mark Harper told reporters the offer was final.\n"I have never seen anything like it," said one negotiator, who asked not to be named.\n"It is a fair offer," a senior official said.';
    const quotes = said(text);
    expect(quotes.map((q) => q.words)).toEqual(['one negotiator', 'a senior official']);
    expect(quotes.map((q) => q.speaker)).toEqual([null, null]);
    // Nor the body, party or place an unnamed speaker belongs to; a body's spokesman or poll speaks for it.
    const members = [
      '"It is about trust," said one EU diplomat, who spoke on condition of anonymity.',
      '"We will win," a New Hampshire Republican said.',
      '"It is over," an EU spokesman said.',
      '"Voters have moved," a Quinnipiac University poll said.',
    ].join('\n');
    expect(said(members).map((q) => q.speaker)).toEqual([null, null, 'European Union', 'Quinnipiac University']);
  });

  it('reads "report" or "Post" before the verb as the end of the subject, not as the verb', () => {
    const text = [
      'The Harbour Authority published its findings on Monday.',
      '"The wall was never inspected," the Harbour Authority report said.',
      '"There were a lot of voices," the Washington Post reported.',
      '"We will report it," he said.',
    ].join('\n');
    const quotes = said(text);
    expect(quotes.map((q) => q.words)).toEqual(['the Harbour Authority report', 'the Washington Post', 'he']);
    expect(quotes[0].speaker).toBe('Harbour Authority');
  });

  it('takes no key term from words quoted after a verb of speech, but does from a so-called term', () => {
    const terms = (text: string) => extract(text).entities.filter((e) => e.type === 'TERM').map((e) => e.name);
    expect(terms('In a statement, Apex Mining said it “regrets the loss of life” and would help.')).toEqual([]);
    expect(terms('Ryan said that “we need more information” first.')).toEqual([]);
    expect(terms('Tomas Berg criticised the so-called “reset” on Friday.')).toEqual(['reset']);
  });

  it('takes a post in lower case and the name after it as the subject that speaks', () => {
    const text = 'The company stayed silent.\n\nUnion leader Thabo Nkosi was scathing: “They knew the shaft was unsafe. They did nothing.”';
    expect(said(text).map((q) => q.speaker)).toEqual(['Thabo Nkosi']);
  });

  it('gives "she" to a person made the subject after the last quotation, not to its speaker', () => {
    const text = 'Kenji Mori, who chairs the committee, was blunt. “We were misled,” Mori said. His deputy, Aiko Sato, agreed.\n\n“The numbers never added up,” she said.';
    expect(said(text).map((q) => q.speaker)).toEqual(['Kenji Mori', 'Aiko Sato']);
    // A person named only in passing leaves "he" to the last speaker.
    const passing = '“We were misled,” Kenji Mori said, citing a report by Aiko Sato.\n\n“The numbers never added up,” he said.';
    expect(said(passing).map((q) => q.speaker)).toEqual(['Kenji Mori', 'Kenji Mori']);
  });

  it('treats scare quotes as no speech and gives them no speaker', () => {
    const text = 'Tomas Berg, the envoy, criticised the so-called “reset” in a speech on Friday.';
    const [q] = said(text);
    expect(q.fragment).toBe(true);
    expect(q.speaker).toBeNull();
    // A term with an infinitive after it: "to counter" is no verb of attribution, "to" no speaker.
    const term = 'Deputy Minister Lena Marsh attended.\n\nSome analysts now speak of a "Pacific NATO" to counter China.';
    const [t] = said(term);
    expect(t.words).toBeNull();
    expect(t.speaker).toBeNull();
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

  it('names the person before a long description, not the description, when the verb comes last', () => {
    const text = '“The levy is unlawful,” Nadia Voss, the attorney general of Eastmark, one of the states that sued the agency, said on Monday.';
    const [q] = said(text);
    expect(q.words).toBe('Nadia Voss');
    expect(q.speaker).toBe('Nadia Voss');
  });

  it('finds the speaker of a quotation that runs on into the sentence before "NAME said"', () => {
    const text = 'Oskar Lind reviewed the budget. “I have admiration for the mechanics” of the plan, Mr. Lind said.';
    expect(said(text)[0].words).toBe('Mr. Lind');
  });

  it('takes the name a participle follows ("footage of NAME asking, …")', () => {
    const text = 'The advert uses footage of Clara Wren asking, “Why are we not further ahead?”';
    expect(said(text)[0].speaker).toBe('Clara Wren');
  });

  it('skips an opening phrase to find the subject that introduces a quotation with a colon', () => {
    const text = 'With party leaders worried about turnout, President Emil Darrow is trying a new message: “It is about me.”';
    expect(said(text)[0].speaker).toBe('Emil Darrow');
  });

  it('gives a quote-only paragraph the subject of the paragraph ending in a colon before it', () => {
    const text = 'When the senator died in 1998, Governor Ruth Pell released the following statement:\n\n“We offer our condolences to his family and friends.”';
    expect(said(text)[0].speaker).toBe('Ruth Pell');
  });

  it('reads an unlisted verb before the name ("… beamed Donald Hartley")', () => {
    const text = '“This is fantastic!” beamed Tobias Hale, a delegate from the coast.';
    expect(said(text)[0].speaker).toBe('Tobias Hale');
  });

  it('takes the title of a show or book for a name, not speech', () => {
    const text = 'Appearing on “Sunday Morning Report,” Senator Ilse Brandt said the bill would pass. Her memoir, “A Choice, Not an Echo,” sold well.';
    expect(said(text).every((q) => q.fragment)).toBe(true);
  });

  it('keeps a title-case quotation that someone is said to speak or that a memo is titled', () => {
    const text = 'The crowd chanted “Build the Wall.” The campaign released a memo titled “The Facts on Where the Race Stands.” “GROWING PARTY,” he declared.';
    expect(said(text).map((q) => q.fragment)).toEqual([false, false, false]);
  });

  it('reads single quotation marks in a headline as speech', () => {
    const text = "Mayor Sees 'Personal Insult' if Voters Stay Home\n\nThe mayor spoke on Sunday.";
    expect(said(text)[0].fragment).toBe(false);
  });

  it('carries the speaker on to a quote-only paragraph after a quotation that ran over two paragraphs', () => {
    const text = 'Mayor Lena Ortiz spoke on Monday.\n\n“We will rebuild the harbour wall before the storms. The city has waited long enough.\n\n“And we will pay for it without new taxes,” she said.\n\n“It is a promise.”';
    const quotes = said(text).filter((q) => !q.fragment);
    expect(quotes.at(-1)).toMatchObject({ text: 'It is a promise.', speaker: 'Lena Ortiz' });
  });

  it('resolves "she" past a woman named inside the quotation to the speaker before it', () => {
    const text = 'Actress Mara Lindqvist spoke on Monday.\n\n“I think Ruth Calder would step aside if she lost,” Lindqvist said. “But I cannot vote for Calder.”\n\n“Really,” she added when the host pressed her.';
    expect(said(text).at(-1)).toMatchObject({ text: 'Really,', speaker: 'Mara Lindqvist' });
  });

  it('takes a person\'s gender from "Mr." or "Ms." where the first-name lists do not know the name', () => {
    const text = 'Mr. Okonkwo met Ms. Adaeze Nwosu-Balogun in Lagos. Mr. Okonkwo left early. Later Ms. Nwosu-Balogun spoke to reporters. “We agreed on nothing,” he said.';
    expect(said(text)[0].speaker).toBe('Okonkwo');
  });

  it('gives a speaker named by a post the person who holds it, and a relative of the last speaker no one', () => {
    const text =
      'Maria Costa, the mayor of Porto Alegre, toured the flooded streets. Rui Lemos, a retired engineer, joined her.\n"We need help from Brasília now," the mayor said.\n"We might not make it to spring," her husband added.';
    expect(said(text).map((q) => q.speaker)).toEqual(['Maria Costa', null]);
  });

  it('reads a leading "Asked whether …," as leading in to the subject, and a post\'s office as speaking for its holder alone', () => {
    const asked = 'Harlan Voss said the crane had passed inspection.\nAsked whether the strike would spread, Dana Whitcomb was blunt: "It already has."';
    expect(said(asked)[0]).toMatchObject({ speaker: 'Dana Whitcomb', words: 'Dana Whitcomb' });
    const office =
      'Tarrow Shipping said the crane had passed inspection.\n"The minister has nothing to add," the minister\'s office replied.\nGovernor Ada Brenner signed the order. "It stands," the governor\'s office said.';
    expect(said(office).map((q) => q.speaker)).toEqual([null, 'Ada Brenner']);
  });

  it('goes on with the speaker in a short sentence of its own after their quotation, and gives "it" to no person', () => {
    const text =
      'Ms. Adeyemi, a nurse, said the clinic had been closed for weeks.\n"We had no power, no water," she said. "Nobody came."\nThe health ministry said supplies had been sent. "All facilities are operational," it said.';
    expect(said(text).map((q) => [q.text, q.fragment, q.speaker])).toEqual([
      ['We had no power, no water,', false, 'Adeyemi'],
      ['Nobody came.', false, 'Adeyemi'],
      ['All facilities are operational,', false, null],
    ]);
  });

  it('gives "he" to a person made the subject under a title after the last quotation, not to its speaker', () => {
    const text = '“We are not there yet,” Finance Minister Eelco Heinen told reporters.\n\nEconomy Minister Bruno Lemaire struck a more hopeful tone. Asked whether a deal was possible, he replied: “Yes. I am convinced of it.”';
    expect(said(text).map((q) => q.speaker)).toEqual(['Eelco Heinen', 'Bruno Lemaire']);
  });

  it('takes the name set off after a description opening the sentence for the subject who speaks', () => {
    const text = 'The mayor of Eastwick, Per Arne Olsen, has vowed to fight the closure, calling it “a betrayal of the people who built this town”.';
    expect(said(text).map((q) => q.speaker)).toEqual(['Per Arne Olsen']);
    expect(said(text)[0].words).toMatch(/Per Arne Olsen$/);
  });

  it('takes no dateline and no stretch of time for the subject who speaks', () => {
    const dateline = 'DES MOINES, Iowa (AP) — Darla Penn is promising to “rebuild every bridge in the state by next spring” as she tours Iowa.';
    expect(said(dateline)[0]).toMatchObject({ speaker: 'Darla Penn', words: 'Darla Penn' });
    const agency = 'WASHINGTON (AP) — Months after the vote, Darla Penn tells reporters that voters “want roads, not promises.”';
    expect(said(agency)[0]).toMatchObject({ speaker: 'Darla Penn' });
  });
});

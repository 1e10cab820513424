import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../src/main/extract/entities';
import { correctNames } from '../../../../src/main/extract/nameRules';
import { tagText } from '../../../../src/main/extract/ner/tagger';
import type { EntityType } from '../../../../src/shared/extraction';
import {
  acronymsActing,
  acronymsOfCommonWords,
  companiesByLegalForm,
  companiesByTheirKind,
  mediaNamedForPlaces,
  papersWithThe,
  companiesByTheirShares,
  companiesNamedShort,
  endsLikeOrganisation,
  fullNameStart,
  leadersOfChambers,
  monthsBeforeOrganisations,
  namesEndingInS,
  namesSpelledByAcronyms,
  newsAgencies,
  newspapers,
  numberedUnits,
  organisationsNamedAgain,
} from '../../../../src/main/extract/nameRules/organisations';
import { leadingArticles, signOffs } from '../../../../src/main/extract/nameRules/articles';
import { type NameMention, namesFromSpans } from '../../../../src/main/extract/names';
import { peopleOfBodies } from '../../../../src/main/extract/nameRules/people';
import { knownPlacesReadAsPeople, placesAfterWordsOfPlace, placesByGeography } from '../../../../src/main/extract/nameRules/places';
import { companiesInPriceTables, placesInFigureTables, weekdaysOpeningRows } from '../../../../src/main/extract/nameRules/tables';
import { groupsOfPeople } from '../../../../src/main/extract/nameRules/terms';
import { joinSplitOrganisations, organisationsListed, papersInPressReviews } from '../../../../src/main/extract/nameRules/organisations';
import { clubsBeforePlayers, clubsInPlayerBrackets, clubsInResults, clubsInScoreRows, clubsNamedElsewhere, clubsWithTownLetters, fixtureSides } from '../../../../src/main/extract/nameRules/clubs';
import { peopleReadAsPlaces, peopleReadInFullAsBodies, peopleWithMiddleInitials, royalsReadAsPlaces, sitesAndBodiesReadAsPeople, titledPeople } from '../../../../src/main/extract/nameRules/people';
import { joinMentions } from '../../../../src/main/extract/aliases';

/** A name read at its first place in `text` after `from`, with the type the tagger is taken to have given it. */
const readIn = (text: string, name: string, type: NameMention['type'], from = 0): NameMention => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, type, text: name };
};

// Invented sentences, one for each kind of mistake the Reuters-trained tagger makes on other text.
const named = (text: string, type?: EntityType) =>
  findEntities(text)
    .mentions.filter((m) => !type || m.type === type)
    .map((m) => m.text);

describe('name corrections', () => {
  it('corrects the same names where the rules read the tokens\' cues as where they read the whole text', () => {
    // Texts where the cue-gated rules change something (clubs in results, family names first, …) and where they do not.
    const texts = [
      'Sampdoria beat Bari 3-1 on Sunday, while second-placed Parma drew with Lecce. Newcomers Perugia lost 2-0 to Cremona.',
      'Fans of the club travelled from Lecce and Bari for the match, which the side won.',
      'Officials said Song Xuewen met Nguyen Tan Dung in Hanoi. The delegates said Mao Zedong was remembered.',
      'Halden is a port city in Norway. Velmar, the capital of the province, lies near the coast.',
      'Tarsk was a small fishing-port town of the north, and Yanjin is the county in which Brell, an island near it, lies.',
      'Reuters said Acme Corp shares rose 3 percent, and the newspaper Dagens Nyheter reported it on Monday.',
    ];
    for (const text of texts) {
      const tagged = tagText(text);
      const read = () => namesFromSpans(text, tagged.spans, tagged.sentences);
      expect(correctNames(text, read(), tagged.sentences, tagged.cues), text).toEqual(correctNames(text, read(), tagged.sentences));
    }
  });

  it('takes no name from the common words of a Title Case headline', () => {
    const text = 'Mayor Faces Tough Questions Over Harbour Budget\nThe mayor answered them on Monday.';
    expect(named(text, 'PERSON')).toEqual([]);
    expect(named(text, 'ORGANIZATION')).toEqual([]);
  });

  it('reads a row of results as names, not as a Title Case headline', () => {
    const text = 'Results on Saturday:\nHuddersfield 1 Crystal Palace 1\nNorwich 1 Wolverhampton Wanderers 0';
    expect(named(text, 'ORGANIZATION')).toContain('Crystal Palace');
    // One figure does not make a headline a table.
    expect(named('Minister Faces 3 Tough Questions\nThe minister answered them.', 'ORGANIZATION')).toEqual([]);
  });

  it('keeps a lone surname that is also a title', () => {
    expect(named('Billie Jean King picked the team. "We need her," King said on Friday.', 'PERSON')).toEqual(['Billie Jean King', 'King']);
    expect(named('John Major met the press. Major said the talks would go on.', 'PERSON')).toEqual(['John Major', 'Major']);
  });

  it("does not take a post's modifier before its head for a body", () => {
    expect(named('Defense Chief Faces Tough Questions Over Budget', 'ORGANIZATION')).toEqual([]);
    expect(named('The plan came from Treasury Secretary Jacob Lew on Monday.', 'ORGANIZATION')).toEqual([]);
  });

  it('does not take titles in the plural for people or a body', () => {
    const text = 'The Defense Ministers of the alliance met in Brussels on Tuesday.';
    expect(named(text, 'PERSON')).toEqual([]);
    expect(named(text, 'ORGANIZATION')).toEqual([]);
  });

  it('reads a town before its state or country as a place, not a list or a sign-off', () => {
    expect(named('Rauf spoke to Russia Today from Port Albion, Maine, and visitors joined him.', 'PLACE')).toEqual(['Port Albion', 'Maine']);
    // A list goes on after the region: the names in it keep their types.
    expect(named('Technology companies including Alphabet, Amazon, Apple and Facebook objected.', 'ORGANIZATION')).toContain('Alphabet');
    // A Reuters sign-off: the reporter, then the newsroom's city.
    expect(named('The talks ended.\n-- Amra Kevic, Belgrade newsroom +381 11 222 4254', 'PERSON')).toContain('Amra Kevic');
    expect(named('Acme Corp, Ohio, said on Monday it would cut 200 jobs.', 'PLACE')).not.toContain('Acme Corp');
    // After "in", a town named like a person ("Murray Hill") is the town.
    expect(named('The laboratory was founded in Murray Hill, New Jersey, in 1941.', 'PLACE')).toEqual(['Murray Hill', 'New Jersey']);
    // A compass point or a part before a place is part of its name.
    expect(named('The carrier sailed for the Eastern Mediterranean, and exports to Western Europe rose.', 'PLACE')).toEqual(['Eastern Mediterranean', 'Western Europe']);
    // A town, its province and its country, though the article names a body after the town.
    const address = 'The University of Aldmoor is a public university in Aldmoor, Ontario, Canada.';
    expect(named(address, 'PLACE')).toEqual(['Aldmoor', 'Ontario', 'Canada']);
    expect(named(address, 'ORGANIZATION')).toEqual(['University of Aldmoor']);
    // Countries listed after a region's name are a list still.
    expect(named('Companies such as Orvan, Quebec, Canada and Mexico objected.', 'PLACE')).not.toContain('Orvan');
  });

  it("reads a state's formal name as one place", () => {
    expect(named('Nicolae Ceausescu ruled the Socialist Republic of Romania until 1989.', 'PLACE')).toEqual(['Socialist Republic of Romania']);
    expect(named('The Federal Republic of Germany and the German Democratic Republic were reunited in 1990.', 'PLACE')).toEqual(['Federal Republic of Germany', 'German Democratic Republic']);
  });

  it('leaves a rank out of the name of the person who holds it', () => {
    expect(named('Field Marshal Bernard Montgomery commanded the Eighth Army.', 'PERSON')).toEqual(['Bernard Montgomery']);
    expect(named('General Ante Gotovina was arrested in Spain.', 'PERSON')).toEqual(['Ante Gotovina']);
    expect(named('Air Chief Marshal Sir Mike Wigston retired in 2023.', 'PERSON')).toEqual(['Mike Wigston']);
    expect(named('The offensive was led by Field Marshal Erich von Manstein.', 'PERSON')).toEqual(['Erich von Manstein']);
  });

  it("keeps only the name a Title Case headline's clause opens with, where the text names it elsewhere", () => {
    const text =
      'Former mayor Dana Whitcomb said on Monday that she would run again. Later, a blog ran the story as “Dana Whitcomb Says She Is Ready To Run Again For The Top Job In Tarrow”, and readers shared it.';
    expect(named(text, 'PERSON')).toEqual(['Dana Whitcomb', 'Dana Whitcomb']);
    expect(named(text).filter((n) => n.split(' ').length > 3)).toEqual([]);
    // A person's full name, named so elsewhere, then a common word: a clause ("Dana Whitcomb Backs Ferry Plan").
    const blog = 'Former mayor Dana Whitcomb said on Monday that she would run again, and Dana Whitcomb Backs Ferry Plan was the headline.';
    expect(named(blog).filter((n) => n.startsWith('Dana Whitcomb '))).toEqual([]);
    // Two names the article gives apart, read as one body across their "and".
    const pair = 'Ostrevo Holdings fell. Dana Whitcomb spoke. Shares in Ostrevo Holdings and Dana Whitcomb rose.';
    const readPair = (name: string, type: NameMention['type'], from = 0) => readIn(pair, name, type, from);
    const joined = [readPair('Ostrevo Holdings', 'ORGANIZATION'), readPair('Dana Whitcomb', 'PERSON'), readPair('Ostrevo Holdings and Dana Whitcomb', 'ORGANIZATION')];
    expect(correctNames(pair, joined, []).map((n) => `${n.type} ${n.text}`)).toEqual([
      'ORGANIZATION Ostrevo Holdings',
      'PERSON Dana Whitcomb',
      'ORGANIZATION Ostrevo Holdings',
      'PERSON Dana Whitcomb',
    ]);
    // A pronoun or an auxiliary verb after the first word: a clause.
    const verdict = 'Former mayor Dana Whitcomb said on Monday that she would run again, and Whitcomb Did Well In Tarrow was the headline.';
    expect(named(verdict).filter((n) => n.includes(' Did '))).toEqual([]);
    // A headline's verb or adverb after the first word: a clause; a work's title keeps it.
    const booed = 'Whitcomb spoke. The blog ran “Whitcomb Booed After Telling Council To Pipe Down” beside a review of Life After Tarrow.';
    const readBooed = (name: string, type: NameMention['type']) => readIn(booed, name, type);
    const headline = [readBooed('Whitcomb', 'PERSON'), readBooed('Whitcomb Booed After Telling Council To Pipe Down', 'ORGANIZATION'), readBooed('Life After Tarrow', 'TERM')];
    expect(correctNames(booed, headline, []).map((n) => `${n.type} ${n.text}`)).toEqual(['PERSON Whitcomb', 'PERSON Whitcomb', 'TERM Life After Tarrow']);
  });

  it('reads a person and the body or place they are "of" as two names, but keeps a title\'s "of" whole', () => {
    const text = 'Dana Whitcomb of Delmont Holdings met Mark Quell of Paris and the Duchess of Tarrow.';
    const read = (name: string) => readIn(text, name, 'PERSON');
    const names = [read('Dana Whitcomb of Delmont Holdings'), read('Mark Quell of Paris'), read('Duchess of Tarrow')];
    expect(peopleOfBodies(text, names).map((n) => `${n.type} ${n.text}`)).toEqual([
      'PERSON Dana Whitcomb',
      'ORGANIZATION Delmont Holdings',
      'PERSON Mark Quell',
      'PLACE Paris',
      'PERSON Duchess of Tarrow',
    ]);
  });

  it('reads a road as a place and leaves a dash at the edge of a name out of it', () => {
    expect(named("The university's main campus lies on the Badagry Expressway.", 'PERSON')).toEqual([]);
    expect(named('The Islamic State – Khorasan Province remains active in Kunar.', 'PLACE').every((n) => !/^[-–—]|[-–—]$/.test(n))).toBe(true);
  });

  it('reads the name a board sits over, or one a person founded, as an organisation', () => {
    const text = 'Ostby joined the board of Norsk Hydro in 1921. In 1920 he founded Ostby Kjemiske Fabrikker. It was founded by Dana Whitcomb.';
    expect(named(text, 'ORGANIZATION')).toEqual(['Norsk Hydro', 'Ostby Kjemiske Fabrikker']);
    expect(named(text, 'PERSON')).toEqual(['Ostby', 'Dana Whitcomb']);
    // A place that governs keeps its type.
    expect(named('He sits on the board of Norway’s sovereign wealth fund.', 'PLACE')).toEqual(['Norway']);
  });

  it('reads a name headed by a word of geography as a place', () => {
    const text = 'The Islamic Revolutionary Guard Corps Navy seized a tanker in the Strait of Hormuz on Friday. Sanders won Rhode Island.';
    expect(named(text, 'PLACE')).toEqual(['Strait of Hormuz', 'Rhode Island']);
    expect(named(text, 'ORGANIZATION')).toEqual(['Islamic Revolutionary Guard Corps Navy']);
    // A coast with "the" before it; a club's name in a table of results keeps the tagger's reading.
    expect(named('Turnout was high on the West Coast on Tuesday.', 'ORGANIZATION')).toEqual([]);
    expect(named('Australian rules football results:\nWest Coast 21 15 0 6 2151 1673\nGold Coast 21 5 1 15 351 483', 'PLACE')).toEqual([]);
    // Not a person with a known first name, nor a channel.
    expect(named('The film by director Michael Bay opens on Friday.', 'PERSON')).toEqual(['Michael Bay']);
    expect(named('He spoke on the Fox News Channel on Sunday.', 'PLACE')).toEqual([]);
    // A shoal, a reef or an atoll.
    expect(named('Patrol boats massed near Tarrow Shoal and off Quell Atoll.', 'PLACE')).toEqual(['Tarrow Shoal', 'Quell Atoll']);
    // Read as a term by the tagger.
    const gulf = 'The task force assumed responsibility for maritime security in the Gulf of Tarrow on 4 March.';
    expect(named(gulf, 'PLACE')).toEqual(['Gulf of Tarrow']);
    expect(named(gulf, 'TERM')).toEqual([]);
    // Read as two names across its "of".
    const split = 'Ships waited in the Gulf of Tarrow and the Bay of Velmar.';
    const readSplit = (name: string, type: NameMention['type']) => readIn(split, name, type);
    const two = [readSplit('Gulf', 'PLACE'), readSplit('Tarrow', 'PLACE'), readSplit('Bay', 'ORGANIZATION'), readSplit('Velmar', 'PLACE')];
    expect(correctNames(split, two, []).map((n) => `${n.type} ${n.text}`)).toEqual(['PLACE Gulf of Tarrow', 'PLACE Bay of Velmar']);
  });

  it("does not run a name on into a table's next column", () => {
    for (const gap of ['\t', '    ']) {
      const text = `Table 1: Deployments\nHMS Montrose${gap}Bahrain${gap}2019-2022\nHMS Defender${gap}Black Sea${gap}June 2021\n`;
      const names = findEntities(text).mentions.map((m) => m.text);
      expect(names).toContain('Bahrain');
      expect(names.some((n) => /\s{2,}|\t/.test(n))).toBe(false);
    }
    // Two spaces are as often a typo inside a name; on a table's row, with other wide gaps, they are a column's.
    expect(named('Officials said Maria  Lopez would attend.', 'PERSON')).toEqual(['Maria  Lopez']);
    const row = findEntities('Table 2\nHMS Montrose  Bahrain  2019-2022\n').mentions.map((m) => m.text);
    expect(row).toEqual(expect.arrayContaining(['HMS Montrose', 'Bahrain']));
  });

  it('keeps a body\'s "of" name whole over "and" one common word', () => {
    expect(named('Poland joined the Organisation for Economic Co-operation and Development in 1996.', 'ORGANIZATION')).toEqual([
      'Organisation for Economic Co-operation and Development',
    ]);
    // Not over a place or a person.
    expect(named('The Bank of Japan and Korea agreed.', 'ORGANIZATION')).not.toContain('Bank of Japan and Korea');
  });

  it("reads a title's office whole, not a person's", () => {
    expect(named("The Prime Minister's Office said Ishiba would visit Australia in November.", 'ORGANIZATION')).toEqual(["Prime Minister's Office"]);
  });

  it('reads a body named in a heading in capitals whole', () => {
    expect(named('MINISTRY OF DEFENCE\n\nANNUAL REPORT 2019\n\nThe report was published on Monday.', 'ORGANIZATION')).toEqual(['MINISTRY OF DEFENCE']);
  });

  it('reads a ship as a key term, not a person or a body', () => {
    const text = 'The tanker Stena Impero was seized. HMS Montrose sailed from Bahrain, and the aircraft carrier Carl Vinson followed.';
    const terms = findEntities(text).mentions.filter((m) => m.type === 'TERM').map((m) => m.text);
    expect(terms).toEqual(['Stena Impero', 'HMS Montrose', 'Carl Vinson']);
    expect(named(text, 'PERSON')).toEqual([]);
    // A ship's name after its prefix runs on over "of" and initials, where the tagger read a place or a person in it.
    const fleet = 'The Royal Navy will send HMS Prince of Wales. The USS Gerald R. Ford sailed from Norfolk.';
    expect(named(fleet, 'TERM')).toEqual(['HMS Prince of Wales', 'USS Gerald R. Ford']);
    expect(named(fleet, 'PLACE')).toEqual(['Norfolk']);
    // An airline is a carrier too, but no ship's word comes before it here; nor is a lone prefix a ship.
    expect(named('Delta said the RV market was slowing.', 'TERM')).toEqual([]);
  });

  it('reads a military operation as a key term, not a person or a place', () => {
    const text = 'Operation Barbarossa was the invasion of the Soviet Union. The offensive, code-named Operation Citadel, failed.';
    expect(named(text, 'TERM')).toEqual(['Operation Barbarossa', 'Operation Citadel']);
    expect(named(text, 'PERSON')).toEqual([]);
    // Where the tagger found only a piece of it, or nothing; not in a Title Case headline, nor after a body's word.
    expect(named('Operation Prosperity Guardian, a coalition, was launched in response.', 'TERM')).toEqual(['Operation Prosperity Guardian']);
    expect(named('Operation Costs Rise Sharply At Plant', 'TERM')).toEqual([]);
    expect(named('The Joint Special Operation Forces left.', 'TERM')).toEqual([]);
    expect(named('The allies launched Operation Prosperity Guardian in December.', 'TERM')).toEqual(['Operation Prosperity Guardian']);
    // A battle or a siege is an event too, not the person or place read in it.
    const battles = 'The Battle of Harrow Ridge was fought in 1644. He survived the Siege of Leningrad.';
    expect(named(battles, 'TERM')).toEqual(['Battle of Harrow Ridge', 'Siege of Leningrad']);
    expect(named(battles, 'PERSON')).toEqual([]);
  });

  it("reads a name before a word for an armed group's members as the group, but not a person's fighters", () => {
    const text = 'Boko Haram fighters raided a village. Boko Haram denied it. Charles Taylor fighters shelled the port, and Sunni Arab insurgents fled.';
    expect(named(text, 'ORGANIZATION')).toEqual(['Boko Haram', 'Boko Haram']);
    expect(named(text, 'PERSON')).toEqual(['Charles Taylor']);
    expect(named(text, 'TERM')).toEqual(['Sunni Arab']);
  });

  it('reads a storm as a key term, not a person or a place', () => {
    const text = 'Hurricane Delia struck Ostrevo in 2005, and Typhoon Mara hit Tarrow a year later. The National Hurricane Center warned.';
    expect(named(text, 'TERM')).toEqual(['Hurricane Delia', 'Typhoon Mara']);
    expect(named(text, 'PERSON')).toEqual([]);
    expect(named(text, 'ORGANIZATION')).toEqual(['National Hurricane Center']);
  });

  it('reads a dateline: the capitals are a place, the parenthesis an agency', () => {
    const text = 'PORT ALBION, Maine (Dossier Wire) — The harbour master resigned on Friday.';
    expect(named(text, 'PLACE')).toEqual(['PORT ALBION', 'Maine']);
    expect(named(text, 'ORGANIZATION')).toEqual(['Dossier Wire']);
    expect(named(text, 'PERSON')).toEqual([]);
    // The dash right after the parenthesis, or after a line break and a no-break space.
    for (const line of ['PORT ALBION, Maine (Dossier Wire)– The harbour master (the port’s) resigned.', 'PORT ALBION, Maine (Dossier Wire)\n\u00a0- The harbour master resigned.']) {
      expect(named(line, 'PLACE'), line).toEqual(['PORT ALBION', 'Maine']);
      expect(named(line, 'ORGANIZATION'), line).toEqual(['Dossier Wire']);
    }
  });

  it('reads a dateline in Title Case for a place the lists know, but not a lawmaker with party and state', () => {
    const text = 'Cleveland (Dossier Wire) – The convention opened.\nSen. Ada Voss (R-Texas) – a statement.\nQuellburg (Dossier Wire) – Nothing.';
    expect(named(text, 'PLACE')).toContain('Cleveland');
    expect(named(text, 'ORGANIZATION')).toContain('Dossier Wire');
    expect(named(text, 'PLACE')).not.toContain('Ada Voss');
    expect(named(text, 'PLACE')).not.toContain('Quellburg');
  });

  it('reads a dateline that carries the day: the agency is still an organisation, not a person', () => {
    for (const [line, places] of [
      ['OSAKA, October 4 (Dossier Wire) - Talks resumed on Friday.', ['OSAKA']],
      ['PORT ALBION, Maine, Oct. 4, 2016 (Dossier Wire) — Talks resumed on Friday.', ['PORT ALBION', 'Maine']],
      ['LAGOS, 4 May (Dossier Wire) - Talks resumed on Friday.', ['LAGOS']],
    ] as const) {
      expect(named(line, 'PLACE')).toEqual(places);
      expect(named(line, 'ORGANIZATION')).toEqual(['Dossier Wire']);
      expect(named(line, 'PERSON')).toEqual([]);
    }
  });

  it('reads a building, a site or a body read as a person by its last word, but not a person of that name', () => {
    const text = 'Reporters waited at Quell Tower. Tarrow Watch sued, and Senator John Tower spoke.';
    const read = (name: string) => readIn(text, name, 'PERSON');
    expect(sitesAndBodiesReadAsPeople([read('Quell Tower'), read('Tarrow Watch'), read('John Tower')]).map((n) => `${n.type} ${n.text}`)).toEqual([
      'PLACE Quell Tower',
      'ORGANIZATION Tarrow Watch',
      'PERSON John Tower',
    ]);
    // A common noun in the plural ends a body's name, not a person's with a first name, an initial or a first name for its last word.
    const plural = 'Voters polled by Orvane Decisions agreed. Mara Rivers, Jearl Miles and M. Dane Waters did not.';
    const readPlural = (name: string) => readIn(plural, name, 'PERSON');
    expect(sitesAndBodiesReadAsPeople(['Orvane Decisions', 'Mara Rivers', 'Jearl Miles', 'M. Dane Waters'].map(readPlural)).map((n) => `${n.type} ${n.text}`)).toEqual([
      'ORGANIZATION Orvane Decisions',
      'PERSON Mara Rivers',
      'PERSON Jearl Miles',
      'PERSON M. Dane Waters',
    ]);
    // A name ending in a word only bodies' names end in is a body, whatever the tagger read.
    expect(named('Kestrel Aerospace is an aircraft maker. The Halvorsen Brotherhood met the Orvane Peace Corps.', 'ORGANIZATION')).toEqual([
      'Kestrel Aerospace',
      'Halvorsen Brotherhood',
      'Orvane Peace Corps',
    ]);
  });

  it("takes no person, body or place from a community's or a faith's word", () => {
    const text = 'Dana Whitcomb courted Latino voters in Tarrow, where Hispanic families and Muslim leaders met her.';
    expect(named(text, 'PERSON')).toEqual(['Dana Whitcomb']);
    expect(named(text, 'ORGANIZATION')).toEqual([]);
    expect(named(text, 'PLACE')).toEqual(['Tarrow']);
    // Inside a longer name it stays.
    expect(named('The Pakistan Muslim League won the vote.', 'ORGANIZATION')).toEqual(['Pakistan Muslim League']);
  });

  it("takes no organisation or place from a lawmaker's party and state", () => {
    const text = 'Sen. Ada Voss (D-N.Y.) and Rep. Kim Ward, R-Texas, agreed with Rep. Jo Lee (R-S.C.) and Sen. Ivo Marsh (D-Newport News).';
    expect(named(text, 'PERSON')).toEqual(['Ada Voss', 'Kim Ward', 'Jo Lee', 'Ivo Marsh']);
    expect(named(text, 'ORGANIZATION')).toEqual([]);
    expect(named(text, 'PLACE')).toEqual([]);
  });

  it('reads a dateline with no agency, and not a section word or a headline in capitals before a dash', () => {
    for (const [line, places] of [
      ['PORT ALBION, Tenn. — The harbour master resigned on Friday.', ['PORT ALBION', 'Tenn']],
      ['CLEVELAND – As the convention opened on Monday, delegates arrived.', ['CLEVELAND']],
      ['MANCHESTER, N.H. -- The harbour master resigned on Friday.', ['MANCHESTER', 'N.H.']],
      ['EXCLUSIVE – The harbour master resigned on Friday.', []],
    ] as const) {
      expect(named(line, 'PLACE')).toEqual(places);
      expect(named(line, 'ORGANIZATION')).toEqual([]);
    }
    // "Golf" is a town too: not before a headline in capitals, nor as a section's word before a sentence.
    expect(named('GOLF - TARROW WINS FOURTH TITLE', 'PLACE')).not.toContain('GOLF');
    expect(named('GOLF - Tarrow won his fourth title on Sunday.', 'PLACE')).not.toContain('GOLF');
  });

  it('keeps "pro-" compounds from naming the place', () => {
    expect(named('The pro-Russia rebels held the bridge.', 'PLACE')).toEqual([]);
    expect(named('The Japan-US alliance held.', 'PLACE')).toEqual(['Japan', 'US']);
  });

  it('does not read the "Today" of a channel name as a date', () => {
    expect(named('She told Russia Today the plan would hold.', 'DATE')).toEqual([]);
    expect(named('The plan was signed today.', 'DATE')).toEqual(['today']);
  });

  it('does not take a greeting alone on its line for a place', () => {
    expect(named('Hello.\nThe delegates sat down.', 'PLACE')).toEqual([]);
  });

  it('keeps an organisation with "of" and "and" in its name whole', () => {
    expect(named('She joined the Institute of Peace and Security Studies last year.', 'ORGANIZATION')).toEqual([
      'Institute of Peace and Security Studies',
    ]);
    // A body "on" its field, one whose first word was read as a place, one "for the" a cause; a body alone stays one.
    expect(named('Officials from the Council on Foreign Relations met on Monday; the Court on Friday ruled.', 'ORGANIZATION')).toEqual([
      'Council on Foreign Relations',
      'Court',
    ]);
    expect(named('Officials from the Food and Agriculture Organization met in Rome.', 'ORGANIZATION')).toEqual(['Food and Agriculture Organization']);
    expect(named('Officials from the Democratic Forces for the Liberation of Rwanda met in Goma.', 'ORGANIZATION')).toEqual([
      'Democratic Forces for the Liberation of Rwanda',
    ]);
    // A people's or workers' body, whatever the part before the "'s" was read as.
    expect(named("Delegates of the Tarrow People's Party and the Quell Workers' Front met.", 'ORGANIZATION')).toEqual(["Tarrow People's Party", "Quell Workers' Front"]);
    // A regiment or an army "of" its country or cause.
    expect(named('Soldiers from the 2nd Battalion, Royal Regiment of Tarrow, trained near Ostrevo.', 'ORGANIZATION')).toContain('Royal Regiment of Tarrow');
    expect(named('The Republican majority in the House and Senate held.', 'ORGANIZATION')).toEqual(['House', 'Senate']);
    // Two bodies named whole, the first "of the" something, stay two.
    expect(named('The International Committee of the Red Cross and Médecins Sans Frontières treated the wounded.', 'ORGANIZATION')).toEqual([
      'International Committee of the Red Cross',
      'Médecins Sans Frontières',
    ]);
    // Two companies, the second ending in its legal form, stay two.
    const insurers = 'It won a contract from Life Insurance Co of Georgia and Southland Life Insurance Co, both Dutch-owned.';
    const at = (name: string) => readIn(insurers, name, 'ORGANIZATION');
    expect(joinSplitOrganisations(insurers, [at('Life Insurance Co of Georgia'), at('Southland Life Insurance Co')]).map((n) => n.text)).toEqual([
      'Life Insurance Co of Georgia',
      'Southland Life Insurance Co',
    ]);
  });

  it('reads a body "of the" or "for the" a field as one organisation', () => {
    const text =
      'The report, prepared by the Office of the Director of National Intelligence, was welcomed by analysts at the Institute for the Study of War and Reuters.';
    expect(named(text, 'ORGANIZATION')).toEqual(['Office of the Director of National Intelligence', 'Institute for the Study of War', 'Reuters']);
    expect(named(text, 'TERM')).toEqual([]);
    // The office of a post, too.
    expect(named('He met aides at the Office of the President on Monday.', 'ORGANIZATION')).toEqual(['Office of the President']);
    // Two bodies joined by "and the", and a body after a dateline's dash, without its "The".
    const both = 'WASHINGTON — The Department of Homeland Security agreed with analysts at the Institute for the Study of War and the Office of the Director of National Intelligence.';
    expect(named(both, 'ORGANIZATION')).toEqual(['Department of Homeland Security', 'Institute for the Study of War', 'Office of the Director of National Intelligence']);
  });

  it('tells a body, a post and a person apart where they run together', () => {
    const text =
      'Cybersecurity and Infrastructure Security Agency Director Nora Feld told the committee. She called for the impeachment of U.S. Attorney General Loretta Lynch.';
    expect(named(text, 'ORGANIZATION')).toEqual(['Cybersecurity and Infrastructure Security Agency']);
    expect(named(text, 'PERSON')).toEqual(['Nora Feld', 'Loretta Lynch']);
    expect(named(text, 'PLACE')).toEqual(['U.S.']);
    // A pronoun before "and" joins no body's name.
    expect(named('He and House Judiciary Committee Chairman Bob Goodlatte wrote to her.', 'ORGANIZATION')).toEqual(['House Judiciary Committee']);
  });

  it('takes no body or place from the portfolio in a minister\'s title', () => {
    const text = 'Ingrid Solberg, who served as Minister of Finance, met the Secretary for Foreign Affairs and the Secretary of the Army.';
    expect(named(text, 'PERSON')).toEqual(['Ingrid Solberg']);
    expect(named(text).filter((n) => n !== 'Ingrid Solberg')).toEqual(['Army']);
  });

  it('reads a region\'s name as a place and an acronym spelled out beside it as the body', () => {
    expect(named('The attack was claimed by Islamic State Khorasan Province, which has struck before.', 'PERSON')).toEqual([]);
    const text = 'UNAMA, the United Nations Assistance Mission in Afghanistan, condemned it. So did United States Forces Korea (USFK).';
    expect(named(text, 'ORGANIZATION')).toEqual(expect.arrayContaining(['UNAMA', 'United States Forces Korea']));
    expect(named(text, 'PLACE')).not.toContain('UNAMA');
    // A law's acronym keeps the law a term.
    expect(named('She vowed to defend the Affordable Care Act (ACA) in court.', 'ORGANIZATION')).not.toContain('Affordable Care Act');
    expect(named('MEMORANDUM FOR THE SECRETARY OF DEFENSE', 'ORGANIZATION')).toEqual([]);
  });

  it("reads a royal's title and a first name read as a town as the person, but not after a word of place or before its region", () => {
    const text = 'Royalist forces under Prince Rupert lost. The ferry docked in Prince Rupert. Prince George, B.C., was quiet.';
    const at = (name: string, from = 0) => readIn(text, name, 'PLACE', from);
    const names = [at('Prince Rupert'), at('Prince Rupert', 30), at('Prince George')];
    expect(royalsReadAsPlaces(text, names).map((n) => `${n.type} ${n.text} ${text.slice(n.start, n.end) === n.text}`)).toEqual([
      'PERSON Rupert true',
      'PLACE Prince Rupert true',
      'PLACE Prince George true',
    ]);
  });

  it("leaves a verb of assessing or saying that closes a body's name out of it", () => {
    const text = '1. The Joint Intelligence Committee assesses that the division has moved. The Harbour Authority said so.';
    expect(named(text, 'ORGANIZATION')).toEqual(['Joint Intelligence Committee', 'Harbour Authority']);
  });

  it('reads a paper with "The", a hall of fame, and a one-word body listed with bodies', () => {
    expect(named('She has written for The Guardian and Dagens Nyheter.', 'ORGANIZATION')).toContain('The Guardian');
    // Where the tagger read nothing there too, but not inside a longer title.
    const told = 'Das told The Statesman so.';
    expect(papersWithThe(told, [], new Set([0])).map((n) => n.text)).toEqual(['The Statesman']);
    const column = 'Linkins edits Eat The Press weekly.';
    expect(papersWithThe(column, [], new Set([0]))).toEqual([]);
    const hall = 'The band was inducted into the Rock and Roll Hall of Fame in 2016.';
    expect(named(hall, 'TERM')).toEqual(['Rock and Roll Hall of Fame']);
    expect(named(hall, 'PERSON')).toEqual([]);
    const listed = 'The club works with Greenpeace, the World Wildlife Fund and the Natural Resources Defense Council.';
    expect(named(listed, 'ORGANIZATION')).toEqual(['Greenpeace', 'World Wildlife Fund', 'Natural Resources Defense Council']);
  });

  it('takes no place from a stance, reads a channel named "Today", and no person from a headline\'s verb', () => {
    const text = 'The pro-Russia party said the plan would hurt pensioners, according to Russia Today.';
    expect(named(text, 'PLACE')).toEqual([]);
    expect(named(text, 'ORGANIZATION')).toEqual(['Russia Today']);
    expect(named('Opposition Leader Urges Budget Rethink\nThe opposition leader spoke on Monday.', 'PERSON')).toEqual([]);
    expect(named('The Commission opened an inquiry into Apple, Meta and Alphabet on Monday.', 'ORGANIZATION')).toContain('Alphabet');
  });

  it('reads what something was said or posted on as a channel, there and elsewhere in the article', () => {
    const text = 'Ada Brenner wrote on Facebook. Facebook did not comment. The group claimed on Telegram later on Monday that it had struck.';
    expect(named(text, 'ORGANIZATION')).toEqual(['Facebook', 'Facebook', 'Telegram']);
    expect(named(text, 'PERSON')).toEqual(['Ada Brenner']);
    expect(named('Officials said on Japan\'s NHK that talks would resume.', 'PLACE')).toEqual(['Japan']);
    // What has shares or a chief executive is a company, and so are its other readings; a person's "stock answer" is no share.
    const shares = 'Shares of Quellsoft fell. Quellsoft said it would appeal. Dana Whitcomb’s stock answer was no.';
    expect(named(shares, 'ORGANIZATION')).toEqual(['Quellsoft', 'Quellsoft']);
    expect(named(shares, 'PERSON')).toEqual(['Dana Whitcomb']);
    // What one takes to is a channel too; a known place is not.
    expect(named('Ada Brenner took to Quellnet to reply, then flew to Paris.', 'ORGANIZATION')).toEqual(['Quellnet']);
  });

  it('reads places named as villages, authors in a citation, and a body named by a heading in capitals', () => {
    const villages = 'Shelling hit the villages of Dar Halun and Ostrevo, officials said. A refugee on the island of Samos, Karim Haddad, 25, said.';
    expect(named(villages, 'PLACE')).toEqual(['Dar Halun', 'Ostrevo', 'Samos']);
    expect(named(villages, 'PERSON')).toEqual(['Karim Haddad']);
    // A town described as one at once is a place, though its name opens a body's elsewhere; a region's word ends a place.
    const described = 'Velmar Polytechnic Institute is a university in Velmar, the capital of the Ostrevo Region. Meanwhile, the city of Kessel voted.';
    expect(named(described, 'PLACE')).toEqual(['Velmar', 'Ostrevo Region', 'Kessel']);
    // A name described as a company or a group is an organisation, found or not, and so is the same name written again
    // where the tagger found nothing; a person described by a post at one, a people, a country as a producer, are not.
    const company = 'Quellsoft to cut 300 jobs\n\nQuellsoft, the accounting software maker, said on Monday it would cut jobs. Quellsoft\'s shares fell.';
    expect(named(company, 'ORGANIZATION')).toEqual(['Quellsoft', 'Quellsoft', 'Quellsoft']);
    const notBodies = 'Farid Soleiman, a spokesman for the group, spoke. Thousands of Oromos, a minority group that says it is shut out, marched. Iran, a major oil producer, objected. Last week, a local news agency said so.';
    expect(named(notBodies, 'ORGANIZATION')).toEqual([]);
    expect(named(notBodies, 'PERSON')).toEqual(['Farid Soleiman']);
    // A place the lists know that is only ever a first name, read alone as a person, is the place; not a relative named so.
    expect(findEntities('Mourners gathered after the Orlando attack.').mentions.map((m) => `${m.type} ${m.text}`)).toContain('PLACE Orlando');
    expect(findEntities('Her husband, Orlando, a teacher, spoke.').mentions.map((m) => `${m.type} ${m.text}`)).not.toContain('PLACE Orlando');
    // A title only a person holds, right before a person's name, is no body of its own.
    const titles = 'The late Justice Antonin Scalia wrote it. Sens. Ada Voss and Harlan Quell voted. The Justice Department sued.';
    expect(named(titles, 'ORGANIZATION')).toEqual(['Justice Department']);
    expect(named(titles, 'PERSON')).toEqual(['Antonin Scalia', 'Ada Voss', 'Harlan Quell']);
    // A known place after "the mayor of", "the streets of" is the place, not a club.
    expect(named('Crowds filled the streets of Nice, said the mayor of Leeds.', 'PLACE')).toEqual(['Nice', 'Leeds']);
    // Two places one space apart that the lists know whole are one place.
    expect(named('Ships crowded the South China Sea. She won the South Carolina primary.', 'PLACE')).toEqual(['South China Sea', 'South Carolina']);
    // A name said to be a place is one, and so are its readings alone elsewhere in the article.
    const opening = 'Halden is a port city in the south of Quellmark. In the 19th century Halden grew rapidly under Mayor Ines Lund.';
    expect(named(opening, 'PLACE')).toEqual(['Halden', 'Quellmark', 'Halden']);
    expect(named(opening, 'PERSON')).toEqual(['Ines Lund']);
    expect(named('Asked about it, she said it is a city in decline.', 'PLACE')).toEqual([]);
    expect(named('The campus lies on the north bank of the River Quell. River Plate beat Velez 2-1.', 'PLACE')).toEqual(['River Quell']);
    // A hill named after a word of place is a place, there and elsewhere in the article; not a person with a first name, nor a paper.
    const hill = 'Lawmakers on Capitol Hill met Grant Hill, a reporter for The Hill. Capitol Hill was quiet.';
    expect(named(hill, 'PLACE')).toEqual(['Capitol Hill', 'Capitol Hill']);
    expect(named(hill, 'PERSON')).toContain('Grant Hill');
    // A republic's formal name is a place though no list knows it; a bank named for one is a bank.
    expect(named('The Ministry of Defence of the Republic of Ostrevo met the Republic of Tarrow Bank.', 'PLACE')).toEqual(['Republic of Ostrevo']);
    // A town named as a person's would be: the outskirts, a port, a state say it is a place.
    expect(named('Shelling reached the outskirts of Karim Shah on Monday. Ferries left the port of Lena Ortiz at dawn.', 'PLACE')).toEqual(['Karim Shah', 'Lena Ortiz']);
    expect(named('The PLA Navy operates 350 ships (Smith and Jones, 2019).', 'PERSON')).toEqual(['Smith', 'Jones']);
    const letterhead = 'UNITED STATES DEPARTMENT OF STATE\nBUREAU OF POLITICAL-MILITARY AFFAIRS\n\nThe two sides signed the agreement.';
    expect(named(letterhead, 'ORGANIZATION')).toEqual(['UNITED STATES DEPARTMENT OF STATE', 'BUREAU OF POLITICAL-MILITARY AFFAIRS']);
  });

  it('reads the nastiest headings and citations without hanging (each regex has one reading of a word)', () => {
    // Each of these took exponential time before: a capitals line of "OF" and "THE" that ends in no name, a long
    // word in capitals in brackets. The test's own time limit is the check; nothing here times anything.
    const heading = `MINISTRY OF ${'A OF THE B AND '.repeat(16)}C 1\nThe text.`;
    expect(named(heading, 'ORGANIZATION')).not.toContain(heading.split('\n')[0]);
    expect(named(`See (${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(3)}) for more.`, 'PERSON')).toEqual([]);
    // A line of thousands of capitalised words, read as one name: each of its prefixes was looked up as a person's
    // (about 25 s for this one before; the test's own time limit is the check).
    expect(named(`Lawmakers on ${'Capitol Hill '.repeat(16000)}met.`, 'PERSON')).toHaveLength(1);
  });

  it('keeps a coined term apart from the body it borrows a name from', () => {
    const { mentions } = findEntities('Analysts called the new pact a Pacific NATO.');
    expect(mentions.filter((m) => m.type === 'ORGANIZATION')).toEqual([]);
    expect(mentions.filter((m) => m.type === 'TERM').map((m) => m.text)).toEqual(['Pacific NATO']);
  });

  it('reads a city after "from" as a place', () => {
    expect(named('The delegates came from Tulsa and Lyon.', 'PLACE')).toEqual(['Tulsa', 'Lyon']);
  });
});

describe('names the Reuters-trained tagger splits', () => {
  it('keeps a family name written first with the given name after it', () => {
    expect(named('Song Minghui, a lecturer in Harbin, said the plan would fail.', 'PERSON')).toEqual(['Song Minghui']);
    expect(named('The report was written by Fan Qiuming of the trade bureau.', 'PERSON')).toEqual(['Fan Qiuming']);
  });

  it('reads a place followed by a company word as the company', () => {
    expect(named('Shares in Lisbon Gas rose on Monday.', 'ORGANIZATION')).toEqual(['Lisbon Gas']);
    expect(named('Settlers moved into the West Bank on Friday.', 'PLACE')).toEqual(['West Bank']);
  });

  it('keeps a body named "Ministry of …" whole, and an organisation behind a possessive with its title', () => {
    const text = 'A spokesperson for the Ministry of Foreign Affairs of Eldoria said the talks would resume. The Prime Minister\'s Office said the visit would go ahead.';
    const orgs = named(text, 'ORGANIZATION');
    expect(orgs.some((o) => o.startsWith('Ministry of Foreign Affairs'))).toBe(true);
    expect(orgs).toContain("Prime Minister's Office");
    expect(orgs.some((o) => o.startsWith("'s"))).toBe(false);
    expect(named(text, 'PLACE')).not.toContain('Ministry of Foreign Affairs');
  });

  it('keeps a first name the tagger left off a person at the start of a sentence, but not a month', () => {
    expect(named('Donald J. Trump said on Monday that taxes would fall.', 'PERSON')).toEqual(['Donald J. Trump']);
    expect(named('In April Sarah Palin spoke in Wasilla.', 'PERSON')).toEqual(['Sarah Palin']);
  });

  it("keeps another country's first name the tagger left off a person inside a sentence, but not a common word opening one", () => {
    // "Per" is a Norwegian and Swedish first name; the Reuters-trained tagger knows only "per cent".
    expect(named('Mayor Per Arne Olsen said on Monday the ferry would stop.', 'PERSON')).toEqual(['Per Arne Olsen']);
    expect(named('The decision angered the mayor, Per Arne Olsen, who will appeal.', 'PERSON')).toEqual(['Per Arne Olsen']);
    expect(named('The ferry was praised by Søren Kierkegaard Hansen on Monday.', 'PERSON')).toEqual(['Søren Kierkegaard Hansen']);
    // At a sentence's start a capitalised common word stays out ("Will", "Per" there are the words).
    expect(named('The fares rose. Will Arne Olsen resign?', 'PERSON')).toEqual(['Arne Olsen']);
  });

  it("reads capitals in parentheses after an organisation's name as its short name", () => {
    const orgs = named('Trading was heavy on the Eldoria Stock Exchange (ESX) on Friday.', 'ORGANIZATION');
    expect(orgs).toEqual(['Eldoria Stock Exchange', 'ESX']);
    // A unit's short name with a digit or a hyphen, even where the tagger read it as a place; not a known place.
    const units = 'The 3rd Infantry Division (3ID) left Tarrow. Army Forces Quell (AFQ-AF) relieved it, with Delmont Holdings (USA).';
    expect(named(units, 'ORGANIZATION')).toEqual(expect.arrayContaining(['3ID', 'AFQ-AF']));
    expect(named(units, 'ORGANIZATION')).not.toContain('USA');
  });

  it("keeps an organisation's \"'s\" where no noun follows it, wherever the article writes the name", () => {
    const text = "Dorvak's was the prize. The bid for Dorvak's Bancshares Inc. lifted Dorvak's shares. Ford's Jaguar unit grew.";
    const mention = (name: string, type: NameMention['type'], from = 0) => readIn(text, name, type, from);
    const names = [
      mention('Dorvak', 'ORGANIZATION'),
      mention('Dorvak', 'ORGANIZATION', 30),
      mention('Bancshares Inc.', 'ORGANIZATION'),
      mention('Dorvak', 'ORGANIZATION', 60),
      mention('Ford', 'ORGANIZATION'),
      mention('Jaguar', 'ORGANIZATION'),
    ];
    expect(namesEndingInS(text, names).map((n) => n.text)).toEqual(["Dorvak's", "Dorvak's Bancshares Inc.", "Dorvak's", 'Ford', 'Jaguar']);
  });

  it("reads a region or a town read as a person's name as the place, with the word before it where the lists know them whole", () => {
    const text = 'Fishermen in Prince Edward Island and Nova Scotia met Ada Voss.';
    const at = (name: string) => readIn(text, name, 'PERSON');
    expect(knownPlacesReadAsPeople(text, [at('Edward Island'), at('Nova Scotia'), at('Ada Voss')]).map((n) => `${n.type} ${n.text}`)).toEqual([
      'PLACE Prince Edward Island',
      'PLACE Nova Scotia',
      'PERSON Ada Voss',
    ]);
  });

  it("reads a people's word read as a body as the key term, but not a place's name (a country's is the place) nor a possessive", () => {
    const text = "The Iraqi news agency said Sierra Leonean rebels fled. American's flights and the Vatican resumed.";
    const at = (name: string) => readIn(text, name, 'ORGANIZATION');
    expect(correctNames(text, [at('Iraqi'), at('Sierra Leonean'), at('American'), at('Vatican')], []).map((n) => `${n.type} ${n.text}`)).toEqual([
      'TERM Iraqi',
      'TERM Sierra Leonean',
      'ORGANIZATION American',
      'PLACE Vatican',
    ]);
  });

  it('reads "the X and Y Board" as one body where X is no name by itself', () => {
    expect(named('The tour starts in May, the Test and County Cricket Board said on Friday.', 'ORGANIZATION')).toEqual(['Test and County Cricket Board']);
    expect(named('Shares in the Braves and Cubs Baseball Club fell.', 'ORGANIZATION')).not.toContain('Braves and Cubs Baseball Club');
  });

  it('reads a name right after "newspaper" or "weekly", or a "person" right before "daily", as the paper', () => {
    const text = 'It told the news weekly Der Kurier so, and Zycie Nowa daily said the newspaper Granma agreed. A daily Lisbon paper disagreed, as did the quarterly journal Tarrow Review.';
    const mention = (name: string, type: NameMention['type']) => readIn(text, name, type);
    const names = [mention('Der Kurier', 'PERSON'), mention('Zycie Nowa', 'PERSON'), mention('Granma', 'PLACE'), mention('Lisbon', 'PLACE'), mention('Tarrow Review', 'PERSON')];
    expect(newspapers(text, names).map((n) => `${n.type} ${n.text}`)).toEqual([
      'ORGANIZATION Der Kurier',
      'ORGANIZATION Zycie Nowa',
      'ORGANIZATION Granma',
      'PLACE Lisbon',
      'ORGANIZATION Tarrow Review',
    ]);
    // The paper's other readings as a person are the paper; a person named after "newspaper" spreads to no other reading.
    const more = 'Zycie Nowa daily said so. Zycie Nowa said more. The newspaper Ana Reyes ran it; Ana Reyes said no.';
    const at = (name: string, from: number) => readIn(more, name, 'PERSON', from);
    expect(newspapers(more, [at('Zycie Nowa', 0), at('Zycie Nowa', 10), at('Ana Reyes', 0), at('Ana Reyes', 70)]).map((n) => n.type)).toEqual([
      'ORGANIZATION',
      'ORGANIZATION',
      'ORGANIZATION',
      'PERSON',
    ]);
  });

  it('reads an acronym the article spells out in lower-case words as a key term, everywhere in it', () => {
    const text = 'The bank said the cash reserve ratio (CRR) could rise. The CRR is 10 percent, the World Health Organization (WHO) said.';
    const at = (name: string, from = 0) => readIn(text, name, 'ORGANIZATION', from);
    expect(acronymsOfCommonWords(text, [at('CRR'), at('CRR', 60), at('World Health Organization'), at('WHO')]).map((n) => `${n.type} ${n.text}`)).toEqual([
      'TERM CRR',
      'TERM CRR',
      'ORGANIZATION World Health Organization',
      'ORGANIZATION WHO',
    ]);
  });

  it("reads a town's name and a paper's or a broadcaster's word, read as a place, as the paper or the broadcaster", () => {
    const text = 'He told the Miami Herald and Israel Radio, then flew to Miami and Times Square.';
    const at = (name: string) => readIn(text, name, 'PLACE');
    expect(mediaNamedForPlaces([at('Miami Herald'), at('Israel Radio'), at('Miami'), at('Times Square')]).map((n) => n.type)).toEqual([
      'ORGANIZATION',
      'ORGANIZATION',
      'PLACE',
      'PLACE',
    ]);
  });

  it('finds the full name an acronym spells, and only a name', () => {
    const start = (acronym: string, before: string) => {
      const at = fullNameStart(acronym, before);
      return at < 0 ? null : before.slice(at);
    };
    expect(start('UNIFIL', 'at the headquarters of the U.N. Interim Force in Lebanon')).toBe('U.N. Interim Force in Lebanon');
    expect(start('SLORC', 'but the State Law and Order Restoration Council')).toBe('State Law and Order Restoration Council');
    expect(start('IRGC', "talks with Iran's Revolutionary Guard Corps")).toBeNull();
    expect(start('CBF', 'a body chartered by the Brazilian Football Confederation')).toBeNull();
    expect(start('XYZ', 'nothing here spells it')).toBeNull();
  });

  it('makes the pieces of a name an acronym spells one organisation, never shrinking it', () => {
    const text = 'Officers of the Kelvar Interim Force in Lebanon (KIFL) and of the Welsh Orvane Farmers Union (OFU) met.';
    const at = (name: string, type: NameMention['type']) => readIn(text, name, type);
    const names = [at('Kelvar Interim Force', 'ORGANIZATION'), at('Lebanon', 'PLACE'), at('Welsh Orvane Farmers Union', 'ORGANIZATION')];
    expect(namesSpelledByAcronyms(text, names).map((n) => `${n.type} ${n.text}`)).toEqual([
      'ORGANIZATION Kelvar Interim Force in Lebanon',
      'ORGANIZATION Welsh Orvane Farmers Union',
    ]);
    // Read as places only, with capitals no name covers: the body whose field they are, its acronym too.
    const field = 'The Islamic State in Iraq and Syria (ISIS) retains fighters.';
    expect(named(field, 'ORGANIZATION')).toEqual(['Islamic State in Iraq and Syria', 'ISIS']);
    // The same where the tagger read a place no list knows among them.
    const pieces = (t: string, read: [string, NameMention['type']][]): NameMention[] => read.map(([name, type]) => readIn(t, name, type));
    const asPlaces = pieces(field, [['Islamic State', 'PLACE'], ['Iraq', 'PLACE'], ['Syria', 'PLACE']]);
    expect(namesSpelledByAcronyms(field, asPlaces).map((n) => `${n.type} ${n.text}`)).toEqual(['ORGANIZATION Islamic State in Iraq and Syria']);
    // Places all through, or a state's formal name, stay places; a disease stays out of the bodies.
    const states = 'Bosnia and Herzegovina (BiH) and the Democratic Republic of the Congo (DRC) voted. Cows caught Bovine Spongiform Encephalopathy (BSE).';
    expect(named(states, 'PLACE')).toEqual(['Bosnia and Herzegovina', 'Democratic Republic of the Congo', 'DRC']);
    expect(named(states, 'ORGANIZATION')).toEqual([]);
  });

  it("keeps a league table's town letter with its club, but not a party's letter after a name in running text", () => {
    const text = 'Division A\nHajduk 2 Proleter (Z) 0\nRadnicki (N) - Spartak\nA poll by Orvane Research (D) and others.';
    const at = (name: string, from = 0) => readIn(text, name, 'ORGANIZATION', from);
    const names = [at('Hajduk'), at('Proleter'), at('Z', text.indexOf('(')), at('Radnicki'), at('Spartak'), at('Orvane Research')];
    expect(clubsWithTownLetters(text, names).map((n) => n.text)).toEqual(['Hajduk', 'Proleter (Z)', 'Radnicki (N)', 'Spartak', 'Orvane Research']);
  });

  it("leaves a month's name before an organisation out of it", () => {
    const text = 'a rise in the August Orvane Association of Buyers index';
    const start = text.indexOf('August');
    const name = 'August Orvane Association of Buyers';
    const names: NameMention[] = [{ start, end: start + name.length, type: 'ORGANIZATION', text: name }];
    expect(monthsBeforeOrganisations(names).map((n) => [n.text, text.slice(n.start, n.end)])).toEqual([['Orvane Association of Buyers', 'Orvane Association of Buyers']]);
  });

  it('reads the capitalised words before "news agency" as the agency, but not a people\'s adjective', () => {
    const text = 'The pilot told the private Orvane news agency, and the Iranian news agency agreed.';
    expect(newsAgencies(text, newspapers(text, [])).map((n) => `${n.type} ${n.text}`)).toEqual(['ORGANIZATION Orvane']);
    // So do those before a paper's word, after an owner's possessive; not a description, a language, a day or a party's.
    const papers = [
      "Norway's Aftenbladet newspaper said so.",
      'He wrote in the Forward, a Jewish newspaper, and told the Bengali newspaper Banglabazar Patrika.',
      "The English-language daily, the Sunday tabloid and the Democrats' weekly radio address agreed.",
    ].join(' ');
    expect(newsAgencies(papers, []).map((n) => `${n.type} ${n.text} ${papers.slice(n.start, n.end)}`)).toEqual(['ORGANIZATION Aftenbladet Aftenbladet']);
  });

  it('reads the names of a line holding only them and a day as places', () => {
    const text = 'Rotor fans locked out\nGENOA, Italy 1996-08-29\nThe club said fans would be kept out.';
    expect(named(text, 'PLACE')).toEqual(expect.arrayContaining(['GENOA', 'Italy']));
    expect(named(text, 'ORGANIZATION')).not.toContain('GENOA');
  });

  it('reads a known place after a sentence-opening "In" as the place, not the club', () => {
    const text = 'Detroit beat Cleveland 5-3.\nIn Detroit, Bobby Higginson homered twice.';
    const start = text.lastIndexOf('Detroit');
    const read: NameMention[] = [{ start, end: start + 7, type: 'ORGANIZATION', text: 'Detroit' }];
    expect(placesAfterWordsOfPlace(text, read).map((n) => n.type)).toEqual(['PLACE']);
  });

  it('reads where something is based or someone was born as a place, and the region after its comma, known or not', () => {
    const text = 'Tarrow Rovers is a club based in Tarrow, Quellshire. Its founder, born in Ostrevo, Mara Quell, was its chairman. Analysts born in Delmont Holdings were not.';
    const read = (name: string, type: NameMention['type'], from = 0) => readIn(text, name, type, from);
    const names = [read('Tarrow Rovers', 'ORGANIZATION'), read('Tarrow', 'ORGANIZATION', 10), read('Quellshire', 'ORGANIZATION'), read('Ostrevo', 'PERSON'), read('Mara Quell', 'PERSON'), read('Delmont Holdings', 'ORGANIZATION')];
    expect(placesAfterWordsOfPlace(text, names).map((n) => n.type)).toEqual(['ORGANIZATION', 'PLACE', 'PLACE', 'PLACE', 'PERSON', 'ORGANIZATION']);
  });

  it('leaves a sentence\'s opening "The" out of the name after it, but not a paper\'s, a place\'s or one inside a sentence', () => {
    const text = [
      'Mara Quell spoke first.',
      'The Orvane Foundation refused to comment.',
      'The Vermont senators said so.',
      'The Quell campaign said nothing.',
      'The Orvane Times reported it.',
      'The Hague was quiet.',
      'She told The Orvane Foundation so.',
    ].join(' ');
    const at = (name: string, from = 0) => text.indexOf(name, from);
    const read = (name: string, type: NameMention['type'], from = 0): NameMention => ({ start: at(name, from), end: at(name, from) + name.length, type, text: name });
    const names = [
      read('Mara Quell', 'PERSON'),
      read('The Orvane Foundation', 'ORGANIZATION'),
      read('The Vermont', 'ORGANIZATION'),
      read('The Quell', 'ORGANIZATION'),
      read('The Orvane Times', 'ORGANIZATION'),
      read('The Hague', 'PLACE'),
      read('The Orvane Foundation', 'ORGANIZATION', at('She told')),
    ];
    const starts = new Set([0, ...[...text.matchAll(/\. /g)].map((m) => m.index + 2)]);
    expect(leadingArticles(text, names, starts).map((n) => `${n.type} ${n.text} ${text.slice(n.start, n.end) === n.text}`)).toEqual([
      'PERSON Mara Quell true',
      'ORGANIZATION Orvane Foundation true',
      'PLACE Vermont true',
      'PERSON Quell true',
      'ORGANIZATION The Orvane Times true',
      'PLACE The Hague true',
      'ORGANIZATION The Orvane Foundation true',
    ]);
    // A numbered or bulleted paragraph opens a sentence too.
    const paragraphs = 'Findings\n1. The Joint Intelligence Committee judges that attacks are likely.\n(b) The Defence Committee agrees.\n  • The Orvane Times reported it.';
    expect(named(paragraphs, 'ORGANIZATION')).toEqual(['Joint Intelligence Committee', 'Defence Committee', 'The Orvane Times']);
  });

  it('reads "Fort", "Mount", "Lake" or "Cape" before one name as a place, but not a longer name', () => {
    const text = 'Troops left Fort Orvane for Lake Quell; Fort Orvane Strikers won.';
    const read = (name: string, type: NameMention['type']) => readIn(text, name, type);
    const names = [read('Fort Orvane', 'ORGANIZATION'), read('Lake Quell', 'PERSON'), read('Fort Orvane Strikers', 'ORGANIZATION')];
    expect(placesByGeography(text, names).map((n) => n.type)).toEqual(['PLACE', 'PLACE', 'ORGANIZATION']);
  });

  it('makes a numbered military unit one organisation with its number', () => {
    const text = 'The 82nd Orvane Division joined the 1st Battalion, 5th Marines, after the 3rd round and the 21st Century.';
    const start = text.indexOf('Orvane Division');
    const names: NameMention[] = [{ start, end: start + 15, type: 'TERM', text: 'Orvane Division' }];
    expect(numberedUnits(text, names).map((n) => `${n.type} ${n.text} ${text.slice(n.start, n.end) === n.text}`)).toEqual([
      'ORGANIZATION 82nd Orvane Division true',
      'ORGANIZATION 1st Battalion true',
      'ORGANIZATION 5th Marines true',
    ]);
  });

  it("takes no names from a classified document's portion markings", () => {
    const text = '(S//NF) Officials met in Baghdad. (TS//SI//REL TO USA, FVEY) The plan changed. (U//FOUO) Talks resumed in Baghdad.';
    expect(findEntities(text).mentions.filter((m) => m.type !== 'DATE').map((m) => m.text)).toEqual(['Baghdad', 'Baghdad']);
  });

  it('reads a name ending in a word only organisations end in as an organisation', () => {
    expect(['Orvane Foundation', 'Quell National Committee', 'Brent Institution', 'Delmont Capital', 'Foundation', 'Orvane Bank', 'Quell Centre'].map(endsLikeOrganisation)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    // Labels, studios, clubs, commands and orchestras; not a front, a programme or the Oval Office.
    const bodies = ['Tarrow Records', 'Delmont Athletic', 'Quell Bros.', 'Harlow Pictures', 'Pacific Command', 'Brightwater Aviation', 'Velmar Symphony Orchestra', 'Quell Philharmonic'];
    expect([...bodies, 'Eastern Front', 'Meet the Press', 'Oval Office'].filter(endsLikeOrganisation)).toEqual(bodies);
  });

  it("reads a known place before a governor's or a senator's title as the place", () => {
    const text = 'Former Florida Gov. Jeb Bush and Texas manager Johnny Oates spoke.';
    const read = (name: string) => readIn(text, name, 'ORGANIZATION');
    expect(placesAfterWordsOfPlace(text, [read('Florida'), read('Texas')]).map((n) => n.type)).toEqual(['PLACE', 'ORGANIZATION']);
  });

  it("reads a faith's members or a people as a key term, but keeps a first name a person", () => {
    const names: NameMention[] = [
      { start: 0, end: 7, type: 'ORGANIZATION', text: 'Muslims' },
      { start: 8, end: 14, type: 'PLACE', text: 'Latino' },
      { start: 15, end: 24, type: 'PERSON', text: 'Christian' },
      { start: 25, end: 35, type: 'PERSON', text: 'Christians' },
    ];
    expect(groupsOfPeople(names).map((n) => n.type)).toEqual(['TERM', 'TERM', 'PERSON', 'TERM']);
    // Read as a person, a word that is no first name is the group too.
    expect(groupsOfPeople([{ start: 0, end: 6, type: 'PERSON', text: 'Latino' }]).map((n) => n.type)).toEqual(['TERM']);
  });

  it('reads a title and a name typed a body as the person, without the title, but not a body named for an office', () => {
    const text = 'Mara Quell spoke. Justice Quell wrote it. The Justice Department declined.';
    const read = (name: string) => readIn(text, name, name === 'Mara Quell' ? 'PERSON' : 'ORGANIZATION');
    expect(titledPeople([read('Mara Quell'), read('Justice Quell'), read('Justice Department')]).map((n) => `${n.type} ${n.text} ${text.slice(n.start, n.end)}`)).toEqual([
      'PERSON Mara Quell Mara Quell',
      'PERSON Quell Quell',
      'ORGANIZATION Justice Department Justice Department',
    ]);
    // A title only a person holds needs no list to know the name; "General" also heads companies' names.
    const more = 'Justice Brandt wrote. General Motors fell. Judge Ohio ruled.';
    const at = (name: string, type: NameMention['type']) => readIn(more, name, type);
    expect(titledPeople([at('Justice Brandt', 'ORGANIZATION'), at('General Motors', 'ORGANIZATION'), at('Judge Ohio', 'PLACE')]).map((n) => `${n.type} ${n.text}`)).toEqual([
      'PERSON Brandt',
      'ORGANIZATION General Motors',
      'PLACE Judge Ohio',
    ]);
  });

  it('leaves "Majority" or "Minority" before "Leader" to the title, and a month before a day to the date', () => {
    const text = 'said Senate Minority Leader Mara Quell on Dec. 22.';
    const start = text.indexOf('Senate');
    const names: NameMention[] = [{ start, end: start + 15, type: 'ORGANIZATION', text: 'Senate Minority' }];
    expect(leadersOfChambers(text, names).map((n) => text.slice(n.start, n.end))).toEqual(['Senate']);
    expect(findEntities('The shooting on Dec. 2 in Orvane shocked the town.').mentions.map((m) => `${m.type} ${m.text}`)).toContain('DATE Dec. 2');
  });

  it("takes no body from a month's short form, but leaves one in capitals outside brackets to the tagger", () => {
    const text = 'CONSUMER PRICES (%) Jul +0.1 +2.3\nKORVANE (SEP) 91.37 91.36\nDEC said on Monday it would cut jobs.';
    const names = [readIn(text, 'Jul', 'ORGANIZATION'), readIn(text, 'SEP', 'ORGANIZATION'), readIn(text, 'DEC', 'ORGANIZATION')];
    expect(correctNames(text, names, []).map((n) => n.text)).toEqual(['DEC']);
    // A person's first name is left alone.
    const jan = 'Coach Jan Orvik said the team was ready.';
    expect(correctNames(jan, [readIn(jan, 'Jan Orvik', 'PERSON')], []).map((n) => n.text)).toEqual(['Jan Orvik']);
  });

  it("reads a family name that is also a town's as the person where the article names the person more often", () => {
    // "Obama" is a town in Japan and a family name the lexicon knows from the training labels.
    const text = 'Obama spoke. Obama left. Obama returned. In Obama, people waited. Obama’s plan failed.';
    const at = (from: number) => text.indexOf('Obama', from);
    const mention = (start: number, type: NameMention['type']): NameMention => ({ start, end: start + 5, type, text: 'Obama' });
    const names = [mention(at(0), 'PERSON'), mention(at(1), 'PERSON'), mention(at(20), 'PERSON'), mention(at(40), 'PLACE'), mention(at(60), 'PLACE')];
    expect(peopleReadAsPlaces(text, names).map((n) => n.type)).toEqual(['PERSON', 'PERSON', 'PERSON', 'PLACE', 'PERSON']);
    // Before "administration" or "era" the name is the person's, even where the place outnumbers them.
    const office = 'In Obama, people waited. The Obama administration acted. Tokyo administration officials met.';
    const on = (name: string, from = 0) => readIn(office, name, 'PLACE', from);
    expect(peopleReadAsPlaces(office, [on('Obama'), on('Obama', 10), on('Tokyo')]).map((n) => n.type)).toEqual(['PLACE', 'PERSON', 'PLACE']);
    // Named once after a post only a person holds, the person wins though the place is read more often; not after "in".
    const cued = 'President Obama spoke. Later Obama left, and Obama returned. In Obama, people waited.';
    const read = (from: number, type: NameMention['type']): NameMention => ({ start: cued.indexOf('Obama', from), end: cued.indexOf('Obama', from) + 5, type, text: 'Obama' });
    expect(peopleReadAsPlaces(cued, [read(0, 'PERSON'), read(20, 'PLACE'), read(40, 'PLACE'), read(60, 'PLACE')]).map((n) => n.type)).toEqual(['PERSON', 'PERSON', 'PERSON', 'PLACE']);
  });
  it('reads a first name and a family name the article names alone as a person as that person, not a body', () => {
    // The pattern seen in 2016 news: the tagger read "Donald Trump" as a company (1996's "Trump" was one).
    const text = 'Donald Trump is promising a wall. Trump said so. Trump left. Georgia Power said no. Hillary Clinton Foundation staff met. Trump Hotels fell.';
    const find = (name: string, type: NameMention['type']) => readIn(text, name, type);
    const lone = (from: number): NameMention => ({ start: text.indexOf('Trump', from), end: text.indexOf('Trump', from) + 5, type: 'PERSON', text: 'Trump' });
    const names = [
      find('Donald Trump', 'ORGANIZATION'),
      lone(20),
      lone(50),
      find('Georgia Power', 'ORGANIZATION'),
      find('Hillary Clinton Foundation', 'ORGANIZATION'),
      find('Trump Hotels', 'ORGANIZATION'),
    ];
    // Georgia is a place before it is a first name; a foundation and a hotel company stay bodies.
    expect(peopleReadInFullAsBodies(text, names).map((n) => `${n.type} ${n.text}`)).toEqual([
      'PERSON Donald Trump',
      'PERSON Trump',
      'PERSON Trump',
      'ORGANIZATION Georgia Power',
      'ORGANIZATION Hillary Clinton Foundation',
      'ORGANIZATION Trump Hotels',
    ]);
    // Where the article says "Trump" alone as a body more often, the full name keeps the tagger's reading.
    // The tagger's MISC for a full name, a key term here, is the person the same way.
    expect(peopleReadInFullAsBodies(text, [find('Donald Trump', 'TERM'), lone(20)]).map((n) => n.type)).toEqual(['PERSON', 'PERSON']);
    const company = [find('Donald Trump', 'ORGANIZATION'), { ...lone(20), type: 'ORGANIZATION' as const }];
    expect(peopleReadInFullAsBodies(text, company).map((n) => n.type)).toEqual(['ORGANIZATION', 'ORGANIZATION']);
    // The full name read as a person's elsewhere at least as often as as anything else is the person there too.
    const twice = 'Donald Trump is promising a wall. Trump Hotels fell. Donald Trump said so.';
    const full = (from: number, type: NameMention['type']): NameMention => ({ start: twice.indexOf('Donald Trump', from), end: twice.indexOf('Donald Trump', from) + 12, type, text: 'Donald Trump' });
    const hotels: NameMention = { start: twice.indexOf('Trump Hotels'), end: twice.indexOf('Trump Hotels') + 12, type: 'ORGANIZATION', text: 'Trump Hotels' };
    expect(peopleReadInFullAsBodies(twice, [full(0, 'ORGANIZATION'), hotels, full(40, 'PERSON')]).map((n) => n.type)).toEqual(['PERSON', 'ORGANIZATION', 'PERSON']);
    // A name after an honorific or a candidate's word anywhere is a person's, and so are its other readings
    // as a body, alone or in full; not a hotel company of that name, nor a place the lists know before a post.
    const cued = 'Republican nominee Harlan Quell spoke. Quell said so. Quell Hotels fell. Mr. Tarrow left. Tarrow agreed. Fellow candidate Ohio Senator Ivo Marsh spoke.';
    const at = (name: string, type: NameMention['type'], from = 0) => readIn(cued, name, type, from);
    const read = [
      at('Harlan Quell', 'ORGANIZATION'),
      at('Quell', 'ORGANIZATION', 30),
      at('Quell Hotels', 'ORGANIZATION'),
      at('Tarrow', 'ORGANIZATION'),
      at('Tarrow', 'ORGANIZATION', cued.indexOf('Tarrow agreed')),
      at('Ohio', 'ORGANIZATION'),
      at('Ivo Marsh', 'PERSON'),
    ];
    expect(peopleReadInFullAsBodies(cued, read).map((n) => `${n.type} ${n.text}`)).toEqual([
      'PERSON Harlan Quell',
      'PERSON Quell',
      'ORGANIZATION Quell Hotels',
      'PERSON Tarrow',
      'PERSON Tarrow',
      'ORGANIZATION Ohio',
      'PERSON Ivo Marsh',
    ]);
    // A relative after the possessive; not a network's sister, nor an acronym.
    const kin = "Harlan Quell’s son spoke. Quell agreed. CNN's sister network and Mr. QBC aired it. QBC fell.";
    const k = (name: string, type: NameMention['type'], from = 0) => readIn(kin, name, type, from);
    expect(peopleReadInFullAsBodies(kin, [k('Harlan Quell', 'ORGANIZATION'), k('Quell', 'ORGANIZATION', 20), k('CNN', 'ORGANIZATION'), k('QBC', 'ORGANIZATION'), k('QBC', 'ORGANIZATION', 80)]).map((n) => n.type)).toEqual([
      'PERSON',
      'PERSON',
      'ORGANIZATION',
      'ORGANIZATION',
      'ORGANIZATION',
    ]);
  });

  it('types a family name several people in the article share as a person, joined to none of them', () => {
    const text = 'Donald Trump spoke. Melania Trump waved. Trump said so. Orlando Sentinel and Orlando Bloom. In Orlando, it rained.';
    const at = (name: string, from = 0) => text.indexOf(name, from);
    const m = (name: string, type: NameMention['type'], from = 0): NameMention => ({ start: at(name, from), end: at(name, from) + name.length, type, text: name });
    const { mentions } = joinMentions(text, [m('Donald Trump', 'PERSON'), m('Melania Trump', 'PERSON'), m('Trump', 'ORGANIZATION', 40)]);
    expect(mentions.map((x) => x.type)).toEqual(['PERSON', 'PERSON', 'PERSON']);
    // A shared first word is no family name: "Orlando" alone stays what the tagger said.
    const places = joinMentions(text, [m('Orlando Sentinel', 'PERSON'), m('Orlando Bloom', 'PERSON'), m('Orlando', 'PLACE', text.indexOf('In '))]);
    expect(places.mentions.map((x) => x.type)).toEqual(['PERSON', 'PERSON', 'PLACE']);
  });

  it("reads a town on either side of a fixture's v as its club, and leaves a country's national side a place", () => {
    const text = 'Fixtures: Torquay v Exeter, Wigan v\nChester. World Cup: Italy v Austria. Tennis: Agassi v Sampras.';
    const at = (name: string, type: NameMention['type']) => readIn(text, name, type);
    const names = [at('Torquay', 'PLACE'), at('Exeter', 'PLACE'), at('Wigan', 'PLACE'), at('Chester', 'PLACE'), at('Italy', 'PLACE'), at('Austria', 'PLACE'), at('Agassi', 'PERSON'), at('Sampras', 'PERSON')];
    expect(fixtureSides(text, names).map((n) => n.type)).toEqual(['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'PLACE', 'PLACE', 'PERSON', 'PERSON']);
    // "v." in a case's name, or a "v" in running text, is no fixture.
    const court = 'Texas v. Johnson was argued. In Texas, vitamin v sales rose.';
    expect(fixtureSides(court, [{ start: 0, end: 5, type: 'PLACE', text: 'Texas' }]).map((n) => n.type)).toEqual(['PLACE']);
  });

  it("reads a town before a player's position as the club, and a country's or a home nation's side as a place", () => {
    const text = 'Sao Paulo midfielder Andre, the Dortmund trio, Seattle catcher John Marzano, England striker Alan Shearer, Brazil goalkeeper Dida and a Boston lawyer.';
    const at = (name: string, type: NameMention['type']) => readIn(text, name, type);
    const names = [at('Sao Paulo', 'PLACE'), at('Dortmund', 'PLACE'), at('Seattle', 'PLACE'), at('England', 'PLACE'), at('Brazil', 'PLACE'), at('Boston', 'PLACE')];
    expect(clubsBeforePlayers(text, names).map((n) => n.type)).toEqual(['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'PLACE', 'PLACE', 'PLACE']);
    // With a possessive and a player's nationality between; a town's mayor stays the town's.
    const owned = "Middlesbrough's Italian striker Fabrizio Ravanelli and Bremen's mayor met.";
    const read = [{ start: 0, end: 13, type: 'PLACE', text: 'Middlesbrough' }, { start: owned.indexOf('Bremen'), end: owned.indexOf('Bremen') + 6, type: 'PLACE', text: 'Bremen' }] as NameMention[];
    expect(clubsBeforePlayers(owned, read).map((n) => n.type)).toEqual(['ORGANIZATION', 'PLACE']);
    // After a club's word or a side's, a promoted or relegated one's: the club.
    const kinds = 'Juventus lost to serie B club Pescara, then to newly-promoted Sunderland and Dutch side Groningen.';
    const clubs = ['Pescara', 'Sunderland', 'Groningen'].map((name) => readIn(kinds, name, 'PLACE'));
    expect(clubsInResults(kinds, clubs).map((n) => n.type)).toEqual(['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION']);
  });

  it('reads the names a list of bodies goes on to as bodies, after "the" and any white space too', () => {
    for (const text of ['Carriers such as  the Tarrow, Velmar and Quell objected.', 'Carriers LIKE The\tTarrow, Velmar and Quell objected.', 'Carriers, including Tarrow, Velmar and Quell, objected.']) {
      const names = ['Tarrow', 'Velmar', 'Quell'].map((name) => readIn(text, name, 'PLACE'));
      expect(organisationsListed(text, names).map((n) => n.type), text).toEqual(['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION']);
    }
    // Not where the list's opener is not right before the name, nor after a word no list of bodies opens with.
    for (const text of ['Carriers such as the new Tarrow, Velmar and Quell objected.', 'Towns such as Tarrow, Velmar and Quell objected.']) {
      const names = ['Tarrow', 'Velmar', 'Quell'].map((name) => readIn(text, name, 'PLACE'));
      expect(organisationsListed(text, names).map((n) => n.type), text).toEqual(['PLACE', 'PLACE', 'PLACE']);
    }
  });

  it("reads each side of a result's row as a club, whole, a country's side as a place, and leaves dates alone", () => {
    const text = 'Results on Saturday:\nLondon Irish 27 Bristol 28\nSale 31 Wasps 33 (halftime 10-14)\nTogo 1 Congo 0\nAug 27 Aug 26\nPrices rose 3 percent.';
    const at = (name: string, type: NameMention['type']) => readIn(text, name, type);
    const names = [at('London', 'PLACE'), at('Bristol', 'PLACE'), at('Wasps', 'PERSON'), at('Togo', 'ORGANIZATION'), at('Congo', 'PLACE')];
    expect(clubsInScoreRows(text, names).map((n) => `${n.text}:${n.type}`)).toEqual([
      'London Irish:ORGANIZATION',
      'Bristol:ORGANIZATION',
      'Sale:ORGANIZATION',
      'Wasps:ORGANIZATION',
      'Togo:PLACE',
      'Congo:PLACE',
    ]);
    // A line with more after the scores is no result's row.
    expect(clubsInScoreRows('Bristol 28 Bath 3 percent', []).map((n) => n.text)).toEqual([]);
    // A country's name against a club's is the club's.
    const league = 'Results:\nGuingamp 2 Monaco 1';
    expect(clubsInScoreRows(league, []).map((n) => `${n.text}:${n.type}`)).toEqual(['Guingamp:ORGANIZATION']);
    // A row ends where a line does in each way of writing it, or before a bracket; the last row where the text does.
    for (const row of ['Guingamp 2 Lorient 1\r\nMore.', 'Guingamp 2 Lorient 1\nMore.', 'Guingamp 2 Lorient 1 (Diallo 2)', 'Results:\nGuingamp 2 Lorient 1']) {
      expect(clubsInScoreRows(row, []).map((n) => n.text), row).toEqual(['Guingamp', 'Lorient']);
    }
  });

  it("reads a town in a match's result or a league's order as its club, and a country, a venue or a town's own club as no club", () => {
    const text =
      'Fiorentina beat Cosenza 3-1, Roma lost 3-0 to Palermo, second-placed Stuttgart drew, Nocerina 4-3 defeat of Piacenza. Belgium beat Turkey 2-1 and TOGO BEAT CONGO. They won 2-1 in Windhoek 6-0 on aggregate. Olympiakos beat Yugoslavia\'s Red Star. Prices in Boston rose.';
    const at = (name: string, type: NameMention['type'] = 'PLACE') => readIn(text, name, type);
    const names = [at('Cosenza'), at('Palermo'), at('Stuttgart'), at('Piacenza'), at('Turkey'), at('CONGO'), at('Windhoek'), at('Yugoslavia'), at('Boston')];
    expect(clubsInResults(text, names).map((n) => n.type)).toEqual(['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'PLACE', 'PLACE', 'PLACE', 'PLACE', 'PLACE']);
    // A known place that is no town is a former country's side or a region, not a club.
    const former = 'Brazil beat Yugoslavia 3-1, Italy lost 2-1 to Bosnia, and Bari beat Africa 2-0.';
    const atF = (name: string) => readIn(former, name, 'PLACE');
    expect(clubsInResults(former, [atF('Yugoslavia'), atF('Bosnia'), atF('Africa')]).map((n) => n.type)).toEqual(['PLACE', 'PLACE', 'PLACE']);
    expect(fixtureSides('Brazil v Yugoslavia, England v Pakistan.', [atF('Yugoslavia')].map((n) => ({ ...n, start: 10, end: 20 })), ).map((n) => n.type)).toEqual(['PLACE']);
  });

  it("reads the names in brackets after players' names as their clubs where most are no country, but not a state, a party or a nickname", () => {
    const people = (text: string, list: string[]) => list.map((name) => readIn(text, name, 'PERSON'));
    const squad = 'Midfielders - Alan Brel (Grasshoppers), Tomas Orvik (Kestrel Rovers), Ian Moor (Scotland).';
    const read = clubsInPlayerBrackets(squad, people(squad, ['Alan Brel', 'Tomas Orvik', 'Ian Moor']));
    expect(read.filter((n) => n.type === 'ORGANIZATION').map((n) => n.text)).toEqual(['Grasshoppers', 'Kestrel Rovers']);
    const nations = 'Wang Chen (China) beat Ana Orvik (Sweden), and Lia Brel (Aldmoor) lost.';
    expect(clubsInPlayerBrackets(nations, people(nations, ['Wang Chen', 'Ana Orvik', 'Lia Brel'])).filter((n) => n.type !== 'PERSON')).toEqual([]);
    const senate = 'Sen. Ted Vance (R-Texas), Rep. Al Moor (D), Sen. Lia Brel (Tex.) and James Leander (Leo) Nichols spoke.';
    expect(clubsInPlayerBrackets(senate, people(senate, ['Ted Vance', 'Al Moor', 'Lia Brel', 'James Leander'])).filter((n) => n.type !== 'PERSON')).toEqual([]);
  });

  it('reads a town opening a row of figures as the place they are about, and a league table\'s town as its club', () => {
    const text = 'Airport passengers:\nBremen 1,453 up 13.1\nDresden 792 up 11.4\nSydney 21 15 1 5 2067 1687 122.5 62\nBrisbane 10.11 (71) Carlton 8.7 (55)\nStatoil 1,200 up 3.0';
    const at = (name: string) => readIn(text, name, 'ORGANIZATION');
    const names = [at('Bremen'), at('Dresden'), at('Sydney'), at('Brisbane'), at('Carlton'), at('Statoil')];
    expect(placesInFigureTables(text, names).map((n) => n.type)).toEqual(['PLACE', 'PLACE', 'ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION']);
  });

  it("reads a sign-off's desk in lower case as its town, and leaves a telephone's label out of the desk's name", () => {
    const text = 'Shares rose.\n-- Sydney newsroom 61-2 9373-1800\n- Air Cargo Newsroom Tel+44 171 542 7706 Fax+44 171 542 5017\nThe Sydney newsroom said so.';
    const at = (name: string, type: NameMention['type'], from = 0) => readIn(text, name, type, from);
    const names = [at('Sydney newsroom', 'ORGANIZATION'), at('Air Cargo Newsroom Tel', 'ORGANIZATION'), at('Fax', 'ORGANIZATION'), at('Sydney newsroom', 'ORGANIZATION', 60)];
    expect(signOffs(text, names).map((n) => `${n.type} ${n.text} ${text.slice(n.start, n.end) === n.text}`)).toEqual([
      'PLACE Sydney true',
      'ORGANIZATION Air Cargo Newsroom true',
      'ORGANIZATION Sydney newsroom true',
    ]);
  });

  it("leaves a weekday opening a table's row out of the name after it", () => {
    const text = 'COMPANY PERIOD CONSENSUS\nMON Kestrel Holdings YR EPS 93.12\nTHU Orvane YR DIV 41.8\nMONTE Carlo SA said.';
    const at = (name: string) => readIn(text, name, 'ORGANIZATION');
    const names = weekdaysOpeningRows(text, [at('MON Kestrel Holdings'), at('THU Orvane'), at('MONTE Carlo SA')]);
    expect(names.map((n) => [n.text, text.slice(n.start, n.end)])).toEqual([
      ['Kestrel Holdings', 'Kestrel Holdings'],
      ['Orvane', 'Orvane'],
      ['MONTE Carlo SA', 'MONTE Carlo SA'],
    ]);
  });

  it("reads a press review's headings in capitals as its papers, but not a section's heading, a country's or one outside a review", () => {
    const text =
      "PRESS DIGEST - Lebanon - Aug 22.\nThese are the leading stories in the Beirut press.\nAN-NAHAR\n- Confrontation is escalating.\nTHE NATION\n- Prices may go up.\nFRONT PAGE\n-- A story.\nIRAQ\n- Another story.\nLEBANON SAYS\nNo list follows.";
    const m = (name: string, type: NameMention['type']) => readIn(text, name, type);
    const out = papersInPressReviews(text, [m('Lebanon', 'PLACE'), m('AN-NAHAR', 'PLACE'), m('IRAQ', 'PLACE')]);
    expect(out.map((n) => `${n.text}/${n.type}`)).toEqual(['Lebanon/PLACE', 'AN-NAHAR/ORGANIZATION', 'THE NATION/ORGANIZATION', 'IRAQ/PLACE']);
    const notes = 'Meeting notes\nKEY POINTS\n- Budget agreed.';
    expect(papersInPressReviews(notes, [])).toEqual([]);
  });

  it("reads a name in capitals opening a row of prices as the company, but not a figure's label, a market's town or a person", () => {
    const text =
      'PRAGUE STOCK EXCHANGE\nKOMERCNI BANKA 2320.00 2370.00 7000 16408.700\n- AHOLD 7,190 1,123 10.01\nSTRIKE PRICE 25.00 26.00 27.00\nLONDON 3,907.5 +16.4 3,907.5\nWASIM AKRAM 3 5 1 98.50\nEPS 11.61 yen 3.92 yen\nSKODA 10 12 14';
    const person: NameMention = { start: text.indexOf('WASIM AKRAM'), end: text.indexOf('WASIM AKRAM') + 11, type: 'PERSON', text: 'WASIM AKRAM' };
    const bank: NameMention = { start: text.indexOf('KOMERCNI'), end: text.indexOf('KOMERCNI') + 8, type: 'PLACE', text: 'KOMERCNI' };
    const out = companiesInPriceTables(text, [bank, person]);
    expect(out.map((n) => `${n.text}/${n.type}`)).toEqual(['KOMERCNI BANKA/ORGANIZATION', 'AHOLD/ORGANIZATION', 'WASIM AKRAM/PERSON']);
  });

  it('reads the names a list of companies goes on to as organisations, and stops where the list does', () => {
    const text = 'Technology companies including Alphabet, Amazon, Apple and Ann Lee objected in Seattle. Companies from China fell.';
    const at = (name: string, type: NameMention['type']) => readIn(text, name, type);
    const names = [at('Alphabet', 'PLACE'), at('Amazon', 'PLACE'), at('Apple', 'ORGANIZATION'), at('Ann Lee', 'PERSON'), at('Seattle', 'PLACE'), at('China', 'PLACE')];
    expect(organisationsListed(text, names).map((n) => n.type)).toEqual(['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'PERSON', 'PLACE', 'PLACE']);
  });

  it('reads a first name, a middle initial and a family name as a person, and leaves longer names alone', () => {
    const m = (text: string, type: NameMention['type']): NameMention => ({ start: 0, end: text.length, type, text });
    const out = peopleWithMiddleInitials([m('Donald J. Trump', 'ORGANIZATION'), m('Ella J. Brandt', 'PLACE'), m('John F. Kennedy Airport', 'PLACE'), m('Q. R. Holdings', 'ORGANIZATION')]);
    expect(out.map((n) => n.type)).toEqual(['PERSON', 'PERSON', 'PLACE', 'ORGANIZATION']);
  });

  it("reads a club's town as the club elsewhere in the article, but not after a preposition of place or before its region", () => {
    const text = 'Sao Paulo lead the table. The match in Sao Paulo was sold out. Sao Paulo, Brazil, is hot. From which Sao Paulo scored. Santos won.';
    const all = (name: string) => [...text.matchAll(new RegExp(name, 'g'))].map((m): NameMention => ({ start: m.index, end: m.index + name.length, type: 'PLACE', text: name }));
    const names = () => [...all('Sao Paulo'), ...all('Santos')].sort((a, b) => a.start - b.start);
    expect(clubsNamedElsewhere(text, names(), new Set(['Sao Paulo'])).map((n) => n.type)).toEqual(['ORGANIZATION', 'PLACE', 'PLACE', 'ORGANIZATION', 'PLACE']);
    // No club found: every town stays a place.
    expect(clubsNamedElsewhere(text, names(), new Set()).map((n) => n.type)).toEqual(['PLACE', 'PLACE', 'PLACE', 'PLACE', 'PLACE']);
  });

  it('reads a name whose shares or stockholders the text speaks of as a company, the word capitalised or not, but not a known place', () => {
    const one = (text: string, name: string, type: NameMention['type'] = 'PERSON'): string => {
      const at = text.indexOf(name);
      return companiesByTheirShares(text, [{ start: at, end: at + name.length, type, text: name }])[0].type;
    };
    expect(one('Shares of Halvorsen fell 4 percent.', 'Halvorsen')).toBe('ORGANIZATION');
    expect(one('Stockholders of Halvorsen met on Monday.', 'Halvorsen')).toBe('ORGANIZATION');
    expect(one('Investors sold shares of Halvorsen.', 'Halvorsen')).toBe('ORGANIZATION');
    expect(one("Halvorsen's chief executive resigned.", 'Halvorsen')).toBe('ORGANIZATION');
    expect(one('A stake in Hungary was sold.', 'Hungary', 'PLACE')).toBe('PLACE');
    // A known place too where the cue is a company's alone; never a country.
    expect(one('We are pleased that Arequipa shareholders agreed.', 'Arequipa', 'PLACE')).toBe('ORGANIZATION');
    expect(one('Shares in Slough rose.', 'Slough', 'PLACE')).toBe('ORGANIZATION');
    expect(one('Shares of Canada fell.', 'Canada', 'PLACE')).toBe('PLACE');
    expect(one('Halvorsen spoke on Monday.', 'Halvorsen')).toBe('PERSON');
  });

  it('reads an unread acronym before what a body does as a body, and the same acronym elsewhere, but not a measure or part of a longer name', () => {
    const text = 'Palkhivala said KCC had secured approval. The KCC plant is in Pune. GDP has grown, the CEO said, and USA TODAY reported it.\nKCC 4.5 5.0';
    const names = acronymsActing(text, []);
    expect(names.map((n) => `${n.type} ${text.slice(n.start, n.end)}@${n.start}`)).toEqual([`ORGANIZATION KCC@${text.indexOf('KCC')}`, `ORGANIZATION KCC@${text.indexOf('The KCC') + 4}`]);
  });

  it('reads a name right after a word for a kind of company as the company, and its other readings, but not a person in full or a group of', () => {
    const text =
      'Brazil may sell private bank Bamerindus. Bamerindus said so. The oil group Kestrel Vantor rose. A group Ana Brel won by 2 points, and the World Cup group seven match and the Aldmoor firm and group C. went on. The brewing company Halvik Lager grew.';
    const at = (name: string, type: NameMention['type'], from = 0) => readIn(text, name, type, from);
    const names = [at('Bamerindus', 'PERSON'), at('Bamerindus', 'PERSON', 40), at('Ana Brel', 'PERSON'), at('World Cup', 'TERM'), at('Aldmoor', 'PLACE'), at('Halvik Lager', 'PERSON')];
    expect(companiesByTheirKind(text, names).map((n) => `${n.type} ${n.text}`)).toEqual([
      'ORGANIZATION Bamerindus',
      'ORGANIZATION Bamerindus',
      'ORGANIZATION Kestrel Vantor',
      'PERSON Ana Brel',
      'TERM World Cup',
      'ORGANIZATION Aldmoor',
      // Read as a person in full, but with no first name the lists know.
      'ORGANIZATION Halvik Lager',
    ]);
  });

  it('reads the other readings of a name the tagger already read as a company after such a word as the company, but not a first name', () => {
    const text = 'The state bank Kestrova rose. Kestrova said so. Analysts at the Maren group agreed, and Maren Holt did too.';
    const at = (name: string, type: NameMention['type'], from = 0) => readIn(text, name, type, from);
    const names = [at('Kestrova', 'ORGANIZATION'), at('Kestrova', 'PERSON', 25), at('Maren', 'ORGANIZATION'), at('Maren Holt', 'PERSON')];
    expect(companiesByTheirKind(text, names).map((n) => `${n.type} ${n.text}`)).toEqual(['ORGANIZATION Kestrova', 'ORGANIZATION Kestrova', 'ORGANIZATION Maren', 'PERSON Maren Holt']);
  });

  it("reads unread capitalised words before a legal form as a company, and its name without the form elsewhere", () => {
    // One word before the form is left to the tagger ("The Kestrel Co."), as is a title alone ("the Miss Universe title").
    const text = 'Advanced Medical buying IVAC. Advanced Medical Inc. said so. Advanced Medical, through IMED, grew. The Kestrel Co. and Miss Universe Inc. agreed; she won the Miss Universe title. Advanced Medical Systems did not.';
    const termAt = text.indexOf('Advanced Medical,');
    const names = companiesByLegalForm(text, [{ start: termAt, end: termAt + 16, type: 'TERM', text: 'Advanced Medical' }]);
    expect(names.map((n) => `${n.type} ${text.slice(n.start, n.end)}`)).toEqual([
      'ORGANIZATION Advanced Medical',
      'ORGANIZATION Advanced Medical Inc.',
      'ORGANIZATION Advanced Medical',
      'ORGANIZATION Miss Universe Inc.',
    ]);
  });

  it("reads a one-word name that opens a company's name with its legal form as the company, but not a known place or a person named in full", () => {
    const text = 'Kestrova Gold Corp bid for Velmar. Kestrova said so. Kestrova chairman Ana Kestrova agreed. Toronto Dominion Ltd rose in Toronto. Orbel said mines in Orbel and Orbel Mining AG grew.';
    const reads: [string, NameMention['type']][] = [
      ['Kestrova Gold Corp', 'ORGANIZATION'],
      ['Kestrova', 'PERSON'],
      ['Kestrova', 'PERSON'],
      ['Ana Kestrova', 'PERSON'],
      ['Toronto Dominion Ltd', 'ORGANIZATION'],
      ['Toronto', 'PLACE'],
      ['Orbel', 'PERSON'],
      ['Orbel', 'PLACE'],
      ['Orbel Mining AG', 'ORGANIZATION'],
    ];
    let from = 0;
    const names = reads.map(([name, type]): NameMention => {
      const start = text.indexOf(name, from);
      from = start + name.length;
      return { start, end: start + name.length, type, text: name };
    });
    // Kestrova is also a family name the text gives in full; Toronto a known place; the second Orbel follows "in".
    expect(companiesNamedShort(text, names).map((n) => n.type)).toEqual(['ORGANIZATION', 'PERSON', 'PERSON', 'PERSON', 'ORGANIZATION', 'PLACE', 'ORGANIZATION', 'PLACE', 'ORGANIZATION']);
    // A name ending in a legal form is a company's, whatever the tagger typed it, and so is its first word alone.
    const sa = 'Cofinec S.A. fell. Cofinec said so.';
    const read: NameMention[] = [
      { start: 0, end: 12, type: 'PERSON', text: 'Cofinec S.A.' },
      { start: 19, end: 26, type: 'PERSON', text: 'Cofinec' },
    ];
    expect(companiesNamedShort(sa, read).map((n) => n.type)).toEqual(['PERSON', 'ORGANIZATION']);
    expect(endsLikeOrganisation('Cofinec S.A.')).toBe(true);
    const plain = names.filter((n) => n.text !== 'Ana Kestrova');
    expect(companiesNamedShort(text, plain).map((n) => n.type).slice(0, 3)).toEqual(['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION']);
  });

  it('reads an organisation named again where the tagger read nothing, only where it stands alone', () => {
    const text =
      'Korvane director Ilse Moor said profit rose. Korvane earlier said sales fell, and Korvane\'s shares rose. The Israel-Korvane deal, ' +
      'Korvane Mining and 220 Korvane are other things. The German government and the Authority met; German officials and the Authority spoke.';
    const at = (w: string, from = 0) => text.indexOf(w, from);
    const names: NameMention[] = [
      { start: 0, end: 7, type: 'ORGANIZATION', text: 'Korvane' },
      { start: at('Ilse'), end: at('Ilse') + 9, type: 'PERSON', text: 'Ilse Moor' },
      { start: at('German'), end: at('German') + 6, type: 'ORGANIZATION', text: 'German' },
      { start: at('Authority'), end: at('Authority') + 9, type: 'ORGANIZATION', text: 'Authority' },
    ];
    const found = organisationsNamedAgain(text, names).filter((n) => n.type === 'ORGANIZATION').map((n) => `${n.text}@${n.start}`);
    // The first, then the one alone and the one before "'s"; not in "Israel-Korvane", before "Mining" or after a figure;
    // a people's word or a body's word read so once, only there.
    expect(found).toEqual([`Korvane@0`, `Korvane@${at('Korvane earlier')}`, `Korvane@${at("Korvane's")}`, `German@${at('German')}`, `Authority@${at('Authority')}`]);
    // A name read as an organisation in one place and a person in another is left as read.
    const mixed: NameMention[] = [names[0], { start: at('Korvane', 10), end: at('Korvane', 10) + 7, type: 'PERSON', text: 'Korvane' }];
    expect(organisationsNamedAgain(text, mixed)).toEqual(mixed);
  });

  it("reads the sides of a cup's row, each with its country in brackets, as clubs", () => {
    const text = 'UEFA Cup results.\nIn Plovdiv: Sokol Brezno (Bulgaria) 1 Olimpija (Slovenia) 0\nHarbor Glenn (Austria) v Ekeren (Belgium)\n';
    const orgs = named(text, 'ORGANIZATION');
    for (const club of ['Sokol Brezno', 'Olimpija', 'Harbor Glenn', 'Ekeren']) expect(orgs).toContain(club);
    expect(named(text, 'PLACE')).toEqual(expect.arrayContaining(['Plovdiv', 'Bulgaria', 'Slovenia', 'Austria', 'Belgium']));
    // A golfer's country and scores: no club.
    expect(named('Kell Marsden (Sweden) 67 65, Oda Lunn (Spain) 66 64', 'ORGANIZATION')).toEqual([]);
  });

  it("keeps a people's republic whole as one place, and a decoration after 'Order of' as a key term", () => {
    expect(named("Delegates of the Ostrevan People's Republic met.", 'PLACE')).toEqual(["Ostrevan People's Republic"]);
    expect(named("The People's Republic of China said on Monday it would respond.", 'PLACE')).toEqual(["People's Republic of China"]);
    expect(named("the Chinese People's Liberation Army moved.", 'ORGANIZATION')).toEqual(["Chinese People's Liberation Army"]);
    const text = 'She was awarded the Order of the White Star and the Order of Lenin.';
    expect(named(text, 'TERM')).toEqual(['Order of the White Star', 'Order of Lenin']);
    expect(named(text, 'PLACE')).toEqual([]);
    expect(named(text, 'PERSON')).toEqual([]);
    // "Order" in a body's name, no "of" after it: left as read.
    expect(named('The Law and Order Restoration Council met in Yangon.', 'ORGANIZATION')).toEqual(['Law and Order Restoration Council']);
  });
});

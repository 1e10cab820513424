import { extract } from './index';

// Invented texts, each for a name rule that asks the tokens' cues before it reads the text: a paper, an agency, shares, a
// description, a fixture, a legal form, a place described, numbered units, a dateline, a stance and a portfolio, a paper
// after "The", companies by kind, results, bodies of the, acronyms, a price table, vessels, bodies in capitals, acronyms
// spelled out, boards and lists of bodies.
export const RULE_TEXTS: readonly string[] = [
  'The daily Zycie Nowa said the plan had failed. Zycie Nowa daily reported on Monday that Ana Reyes would resign.',
  'The state-run Velmaran news agency said talks had stalled. Norway’s Aftenbladet newspaper disagreed.',
  'Shares of Arequipa fell 4 percent. Arequipa shareholders met on Tuesday; Quellsoft’s chief executive was absent.',
  'Quellsoft, the accounting software maker, said it would appeal. Cotecna, a Swiss company that inspects cargo, agreed.',
  'Results on Saturday: Torquay v Exeter 2-1, Wigan v Chester 0-0.',
  'Advanced Medical Inc. said profits rose. Advanced Medical reported a loss last year; Dunmore S.A said nothing.',
  'Fighting was reported near Hudur, a town in the south. Halden is a port city in the east of the country.',
  'Soldiers of the 82nd Airborne Division and the 1st Battalion, 5th Marines, arrived.',
  'GENOA, Italy 1996-08-29\nThe club said its coach would stay.',
  'The pro-Russia party won. The Minister of Foreign Affairs, Ito, said the Minister for Trade would travel.',
  'She has written for The Guardian and told The Statesman that the plan had failed.',
  'The private bank Bamerindus said its state-bank rival Banespa and the group Koninklijke Boskalis Westminster would merge.',
  'Sao Paulo midfielder Andre scored twice. Fiorentina easily beat Cosenza 3-1 and second-placed Stuttgart lost 3-0 to Palermo.',
  'The Institute for the Study of War and the Office of the Mayor said the Council on Foreign Relations and the Council of Europe met.',
  'ALTA said on Monday it would appeal, and AT&T’s chairman agreed; ALTA has 3,000 staff. A USA TODAY investigation found that S&P said so.',
  'PRAGUE STOCKS\nCESKA SPORITELNA 335.00 375.00 533153 198354.941\n- AHOLD 7,190 1,123 10.01\nTOTAL 1,113,785 2.5 7\n',
  'The tanker Stena Impero and HMS Defender sailed; the aircraft carrier Carl Vinson followed. Operation Prosperity Guardian began.',
  'MINISTRY OF DEFENCE\nBUREAU OF POLITICAL-MILITARY AFFAIRS\nThe DEPARTMENT OF STATE said Sen. Ada Voss (D-N.Y.) and Rep. Kim Ward, R-Texas, agreed.',
  'Kenya’s ODM, the Orange Democratic Movement, and the IEBC, the Independent Electoral and Boundaries Commission, met.',
  'He sits on the board of Norsk Hydro and co-founded Ostby Kjemiske; the board of the Velmar Trust met. Banks such as Arequipa, Quellsoft and Cotecna, and companies including the Dunmore Group, fell.',
];

// Sentences whose dates the cues must not lose or add: a verb "may", a month before a day, a slash date, an underscore
// before a weekday (no word boundary there), a time counted back, a bare year, a weekend.
export const DATED_TEXTS: readonly string[] = [
  'The talks may resume. Talks may 5 resume, officials said on Monday.',
  'The vote, set for 12/25/2016, was moved; the file tmp_Monday was not.',
  'The law passed in 1998, two weeks ago, and takes effect next month.',
  'MARCH 3 was the deadline. The march ended at noon.',
  'Published 2016-08-30. Yesterday the Jan. session opened; talks run through Sept.',
  'He could not go. They will meet this weekend in Chicago.',
];

let primed = false;

/**
 * Extracts the texts above once a process, so each rule's rare branches have run before the optimising compiler
 * builds the rules: code it builds without them is thrown away and built again the first time one is taken, and
 * until then the rule runs slower, which a long run sees each time the text changes kind (from wire stories to
 * short, name-dense ones). About 100–150 ms once; where extraction runs long (the extraction worker, once it has
 * answered its first article; `extract --jsonl`; the bench, which times extraction as they run it). Nothing is
 * kept but what the extractor caches anyway.
 */
export function primeExtractor(): void {
  if (primed) return;
  primed = true;
  for (const text of RULE_TEXTS) extract(text, { publishedAt: '2016-09-01' });
  for (const text of DATED_TEXTS) extract(text, { publishedAt: '2016-09-01' });
}

import lexiconFile from './ner.lexicon.model.json';

/**
 * What the tagger knows about words beyond its weights, built by scripts/build-ner-lexicon.ts:
 * word classes learned from unlabelled text, the words text writes in lower case, and name lists
 * from npm packages (places, demonyms, first names with gender, family names written first) and from the training labels
 * (family names, places, organisations that recur). Lists are '|'-joined; classes are
 * "word path" lines, the path's prefixes being the coarser classes ("3.7.12" → "3", "3.7").
 */
export interface LexiconFile {
  version: number;
  clusters: string;
  lower: string;
  places: string;
  /** Countries' first-level regions (country-region-data) not on the place list: known places to the rules, not to the tagger. */
  regions?: string;
  demonyms: string;
  given: string;
  female: string;
  male: string;
  family: string;
  organizations: string;
  /** Family names that come before the given name (Chinese, Vietnamese): "Song" in "Song Xuewen". */
  familyFirst?: string;
  /** First names of other countries that the lists above lack ("Per", "Søren"): faker's other locales. */
  world?: string;
}

export interface Lexicon {
  /** Lower-case word → its classes, coarse to fine. */
  classes: Map<string, readonly string[]>;
  lower: Set<string>;
  places: string[];
  regions: string[];
  demonyms: string[];
  given: Set<string>;
  female: Set<string>;
  male: Set<string>;
  family: Set<string>;
  organizations: string[];
  familyFirst: Set<string>;
  world: Set<string>;
}

const list = (s: string) => (s ? s.split('|') : []);
const lowerSet = (s: string) => new Set(list(s).map((w) => w.toLowerCase()));

let lexicon: Lexicon | undefined;

/** The shipped lexicon, parsed once on first use. */
export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const file = lexiconFile as LexiconFile;
  const classes = new Map<string, readonly string[]>();
  for (const line of file.clusters.split('\n')) {
    const space = line.lastIndexOf(' ');
    const path = line.slice(space + 1);
    const a = path.indexOf('.');
    const b = path.indexOf('.', a + 1);
    classes.set(line.slice(0, space), [path.slice(0, a), path.slice(0, b), path]);
  }
  lexicon = {
    classes,
    lower: new Set(list(file.lower)),
    places: list(file.places),
    regions: list(file.regions ?? ''),
    demonyms: list(file.demonyms),
    given: lowerSet(file.given),
    female: lowerSet(file.female),
    male: lowerSet(file.male),
    family: lowerSet(file.family),
    organizations: list(file.organizations),
    familyFirst: lowerSet(file.familyFirst ?? ''),
    world: lowerSet(file.world ?? ''),
  };
  return lexicon;
}

/** The gender the honorific right before `at` gives ("Mr." male; "Mrs.", "Ms.", "Miss" female), if any. */
export function honorificBefore(text: string, at: number): 'female' | 'male' | undefined {
  const m = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/.exec(text.slice(Math.max(0, at - 6), at));
  return m ? (m[1] === 'Mr' ? 'male' : 'female') : undefined;
}

/** A first or family name the lists know. */
export function isPersonalName(word: string): boolean {
  const lex = loadLexicon();
  const w = word.toLowerCase();
  return lex.given.has(w) || lex.family.has(w);
}

/** A first name the lists know: stdlib's given names, or a name the gender lists give one gender. */
export function isFirstName(word: string): boolean {
  // One look-up in the three lists joined, made on first use: most words asked about are in none of them.
  if (!firstNames) {
    const lex = loadLexicon();
    firstNames = new Set([...lex.given, ...lex.male, ...lex.female]);
  }
  return firstNames.has(word.toLowerCase());
}

let firstNames: Set<string> | undefined;

/** "female", "male" or undefined for a first name the lists give one gender only. */
export function genderOfFirstName(name: string): 'female' | 'male' | undefined {
  const lex = loadLexicon();
  const w = name.toLowerCase();
  return lex.female.has(w) ? 'female' : lex.male.has(w) ? 'male' : undefined;
}

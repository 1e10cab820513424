// Spellings of one place or body, mapped to the name every article's entity is keyed by.
// Keeping the canonical name fixed is what lets "US" in one article and "United States" in
// another land on the same key.
import type { EntityType } from '../../shared/extraction';

const GROUPS: Record<string, string[]> = {
  'United States': ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America', 'the United States'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  'United Nations': ['UN', 'U.N.'],
  'European Union': ['EU', 'E.U.'],
  'Soviet Union': ['USSR', 'U.S.S.R.'],
  China: ["People's Republic of China", 'PRC', 'Mainland China'],
  'South Korea': ['Republic of Korea', 'ROK'],
  'North Korea': ["Democratic People's Republic of Korea", 'DPRK'],
  Netherlands: ['Holland', 'The Netherlands'],
  Kyiv: ['Kiev'],
  Myanmar: ['Burma'],
  'United Arab Emirates': ['UAE', 'U.A.E.'],
  'Self-Defense Forces': ['SDF', 'Self-Defence Forces', 'JSDF', 'Japan Self-Defense Forces'],
  'Liberal Democratic Party': ['LDP'],
  'Chinese Communist Party': ['CCP', 'Communist Party of China', 'CPC'],
  "People's Liberation Army": ['PLA'],
  'North Atlantic Treaty Organization': ['NATO'],
};

// The bodies among the groups; every other group is a place.
const ORGANIZATIONS = new Set(['United Nations', 'European Union', 'Self-Defense Forces', 'Liberal Democratic Party', 'Chinese Communist Party', "People's Liberation Army", 'North Atlantic Treaty Organization']);

const CANONICAL = new Map<string, string>();
for (const [name, variants] of Object.entries(GROUPS)) {
  CANONICAL.set(normalizeWhole(name), name);
  for (const v of variants) CANONICAL.set(normalizeWhole(v), name);
}

// Printable ASCII words, one space apart: no accent, curly quote or other white space for normalizeWhole() to change.
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

// Names recur within and across articles, and normalising one means several passes over it.
const normalized = new Map<string, string>();

/** Lower case, no accents, one space, straight apostrophes: the form keys are made of. */
export function normalizeName(name: string): string {
  // Most names are plain ASCII words one space apart, which normalizeWhole() only lower-cases: cheaper done than looked up.
  if (PLAIN.test(name)) return name.toLowerCase();
  let key = normalized.get(name);
  if (key === undefined) {
    // Bounded so a long-running app never grows without limit.
    if (normalized.size > 100_000) normalized.clear();
    key = normalizeWhole(name);
    normalized.set(name, key);
  }
  return key;
}

/** The whole normalisation, which normalizeName skips for plain names (exported so a test can hold the two to each other). */
export function normalizeWhole(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The fixed canonical name for a known variant ("U.S." → "United States"), else undefined. */
export function canonicalVariant(name: string): string | undefined {
  return CANONICAL.get(normalizeName(name));
}

/** The type a known variant always has ("US" is a place even where the tagger hesitates). */
export function variantType(name: string): EntityType | undefined {
  const canonical = canonicalVariant(name);
  if (!canonical) return undefined;
  return ORGANIZATIONS.has(canonical) ? 'ORGANIZATION' : 'PLACE';
}

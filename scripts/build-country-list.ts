// Writes src/main/extract/ner/countries.json: the countries' names and spellings from world-countries
// (scripts/ner/sources.ts), for the rules that must tell a country from a town ("Italy v Austria" are
// national sides, places in CoNLL-2003's labels; "Torquay v Exeter" are clubs). Deterministic.
// Usage: npx tsx scripts/build-country-list.ts
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countryNames } from './ner/sources';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/main/extract/ner/countries.json');
const names = [...countryNames()].sort();
writeFileSync(out, `${JSON.stringify({ source: 'world-countries (common and official names, spellings)', names })}\n`);
console.log(`wrote ${out}: ${names.length} names`);

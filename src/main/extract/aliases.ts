import type { EntityType, ExtractedEntity, ExtractedMention } from '../../shared/extraction';
import type { NameMention } from './names';
import { genderOfFirstName, honorificBefore } from './ner/lexicon';
import { canonicalVariant, normalizeName, variantType } from './variants';

const SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', '&']);
const isAcronym = (s: string) => /^(?:\p{Lu}\.?){2,10}$/u.test(s);
const words = (s: string) => s.split(/\s+/);
// Whether a name is more than one word as words() splits it: a test, not a split, where only that is asked.
const SPACE = /\s/;
const mixedCase = (s: string) => /\p{Ll}/u.test(s);

// A company's legal form, abbreviated, as its name's last word. Not the words written out ("Federal Deposit Insurance
// Corporation", "Standard Chartered Limited" are names whole).
const LEGAL_FORMS = ['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'L.L.C.', 'plc', 'Plc', 'PLC', 'P.L.C.', 'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'GmbH', 'SpA', 'S.p.A.'];
const LEGAL_FORM_WORDS = new Set(LEGAL_FORMS);
// The same forms at a name's end, with the white space and the comma some write before them.
const LEGAL_FORM = new RegExp(`,?\\s+(?:${LEGAL_FORMS.map((f) => f.replace(/\./g, '\\.')).join('|')})$`, 'u');

/** "Quellsoft Inc." → "Quellsoft", "Tarrow Shipping Co. Ltd" → "Tarrow Shipping"; a partnership's "& Co." stays. */
export function withoutLegalForm(name: string): string {
  // The last word looked up first: most names end in none.
  if (!LEGAL_FORM_WORDS.has(name.slice(name.lastIndexOf(' ') + 1))) return name;
  let base = name;
  for (let m = LEGAL_FORM.exec(base); m && m.index > 0; m = LEGAL_FORM.exec(base)) base = base.slice(0, m.index);
  return base === name || !/^\p{Lu}/u.test(base) || /(?:&|\band)$/.test(base) ? name : base;
}

/** "Chinese Communist Party" → "CCP", "Self-Defense Forces" → "SDF". */
function initials(name: string): string {
  // A loop, not flatMap(), filter() and map(): their arrays change kind with the caller's tier (see readDocument in ner/scorer.ts).
  let out = '';
  for (const word of words(name)) for (const w of word.split('-')) if (w && !SMALL.has(w.toLowerCase())) out += w[0].toUpperCase();
  return out;
}

/**
 * Joins the mentions of one article into entities: known variants ("US", "United States"),
 * acronyms to their expansions, and a lone surname to the one full name it ends (or starts,
 * for names written family name first: "Xi" of "Xi Jinping").
 */
export function joinMentions(text: string, names: NameMention[]): { mentions: ExtractedMention[]; entities: ExtractedEntity[] } {
  // Built by push, not map(), so they are packed arrays in every tier (see readDocument in ner/scorer.ts).
  const canonical: string[] = [];
  const types: EntityType[] = [];
  for (const m of names) {
    canonical.push(canonicalVariant(m.text) ?? m.text);
    types.push(m.type === 'TERM' ? m.type : (variantType(m.text) ?? m.type));
  }
  // Lone surnames first: retype and point them at the full name they shorten.
  const byPart = new Map<string, Set<string>>();
  for (let i = 0; i < names.length; i++) {
    if (names[i].type !== 'PERSON' || !SPACE.test(canonical[i])) continue;
    const ws = words(canonical[i]);
    for (const part of [ws[ws.length - 1], ws[0]]) {
      const key = normalizeName(part);
      const set = byPart.get(key) ?? new Set();
      set.add(canonical[i]);
      byPart.set(key, set);
    }
  }
  // "Mr. Obama" is not "Michelle Obama": the honorific before a lone surname, set against the gender of
  // the full name's first name. Where any lone use of the surname says the other gender, only the uses
  // whose honorific fits join the full name; the rest stay the surname's own.
  const honorific = (i: number) => honorificBefore(text, names[i].start);
  const clash = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    if (SPACE.test(canonical[i])) continue;
    const full = byPart.get(normalizeName(canonical[i]));
    const said = honorific(i);
    if (full?.size !== 1 || !said) continue;
    const gender = genderOfFirstName(words([...full][0])[0]);
    if (gender && gender !== said) clash.add(normalizeName(canonical[i]));
  }
  for (let i = 0; i < names.length; i++) {
    if (SPACE.test(canonical[i]) || types[i] === 'TERM') continue;
    const key = normalizeName(canonical[i]);
    const full = byPart.get(key);
    if (!full) continue;
    if (types[i] !== 'PERSON' && canonicalVariant(names[i].text)) continue;
    // "Trump" where the article names Donald, Melania and Eric Trump: a person, though which one is unsaid.
    if (full.size > 1) {
      if ([...full].every((f) => normalizeName(words(f).at(-1) ?? '') === key)) types[i] = 'PERSON';
      continue;
    }
    if (clash.has(key) && honorific(i) !== genderOfFirstName(words([...full][0])[0])) continue;
    types[i] = 'PERSON';
    canonical[i] = [...full][0];
  }
  // "Quellsoft Inc.", "Tarrow Shipping Co. Ltd": a company is named without its legal form where the article also
  // names it so, so "Quellsoft" and "Quellsoft Inc." are one entity; alone, "News Corp." would be "News".
  const bodies = new Set<string>();
  for (let i = 0; i < names.length; i++) if (types[i] === 'ORGANIZATION') bodies.add(normalizeName(canonical[i]));
  for (let i = 0; i < names.length; i++) {
    if (types[i] !== 'ORGANIZATION') continue;
    const base = withoutLegalForm(canonical[i]);
    if (base !== canonical[i] && bodies.has(normalizeName(base))) canonical[i] = base;
  }
  // "Kestrova Gold Corp said … Kestrova said": a company's first word alone is its short name where the article names
  // one company only with that first word (any other body opening with it leaves it open), and that with a legal form.
  const firstWords = new Map<string, Set<string>>();
  const withForm = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    if (types[i] !== 'ORGANIZATION' || !SPACE.test(canonical[i])) continue;
    const ws = words(canonical[i]);
    if (withoutLegalForm(names[i].text) !== names[i].text) withForm.add(canonical[i]);
    const key = normalizeName(ws[0]);
    const set = firstWords.get(key) ?? new Set();
    set.add(canonical[i]);
    firstWords.set(key, set);
  }
  if (firstWords.size)
    for (let i = 0; i < names.length; i++) {
      if (types[i] !== 'ORGANIZATION' || SPACE.test(canonical[i])) continue;
      const full = firstWords.get(normalizeName(canonical[i]));
      if (full?.size === 1 && withForm.has([...full][0])) canonical[i] = [...full][0];
    }
  // No vote for one type per name here: the tagger's second pass already reads a name alike across the
  // article where its readings agree, and where they do not ("Leeds" the club, "Leeds" the city) forcing
  // one type cost CoNLL dev ORG F1 0.006.
  // Acronyms: "(CCP)" right after a name, or capitals matching a name's initials.
  const expansions = new Map<string, string>();
  for (let i = 0; i < names.length; i++) {
    if ((types[i] !== 'ORGANIZATION' && types[i] !== 'PLACE') || !SPACE.test(canonical[i])) continue;
    expansions.set(initials(canonical[i]), canonical[i]);
    const after = /^\s*\(\s*([\p{Lu}.&]{2,10})\s*\)/u.exec(text.slice(names[i].end, names[i].end + 16));
    if (after) expansions.set(after[1].replace(/\./g, ''), canonical[i]);
  }
  for (let i = 0; i < names.length; i++) {
    if (!isAcronym(names[i].text) || types[i] === 'PERSON' || types[i] === 'TERM') continue;
    const full = expansions.get(names[i].text.replace(/\./g, ''));
    if (full && !canonicalVariant(names[i].text)) canonical[i] = full;
  }
  return build(names, types, canonical);
}

function build(names: NameMention[], types: EntityType[], canonical: string[]) {
  const mentions: ExtractedMention[] = [];
  const entities = new Map<string, ExtractedEntity>();
  for (let i = 0; i < names.length; i++) {
    const { start, end, text } = names[i];
    const key = `${types[i]}:${normalizeName(canonical[i])}`;
    mentions.push({ start, end, type: types[i], text, key });
    let entity = entities.get(key);
    if (!entity) {
      entity = { key, type: types[i], name: canonical[i], aliases: [], mentions: [], roles: [] };
      entities.set(key, entity);
    }
    entity.mentions.push({ start, end });
    // A headline's "LONDON" should not name the entity when the body says "London".
    if (!mixedCase(entity.name) && mixedCase(text) && normalizeName(text) === normalizeName(entity.name)) entity.name = text;
  }
  // Each entity's other spellings, in the order the article gives them: one pass over the mentions, not one a entity.
  const seen = new Map<string, Set<string>>();
  for (const entity of entities.values()) seen.set(entity.key, new Set([entity.name]));
  for (const m of mentions) {
    const spellings = seen.get(m.key) as Set<string>;
    if (spellings.has(m.text)) continue;
    spellings.add(m.text);
    (entities.get(m.key) as ExtractedEntity).aliases.push(m.text);
  }
  return { mentions, entities: [...entities.values()] };
}

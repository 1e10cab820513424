import type { NameMention } from '../names';
import { isTitleWord } from '../ner/gazetteer';
import { variantType } from '../variants';

// Names that are neither people, bodies nor places: ships, and terms coined from a body's name.

// "HMS Defender", "USS Ford", "RFA Tidespring"; "the tanker Stena Impero", "the frigate Montrose".
const SHIP_PREFIX = /^(?:HMS|USS|USNS|RFA|HMAS|HMCS|HMNZS|INS|MV)$/;
const VESSEL_BEFORE = /\b(?:tanker|ship|vessel|warship|frigate|destroyer|submarine|freighter|ferry|yacht|cruiser|trawler|corvette|icebreaker|liner|aircraft carrier)\s+$/i;

/** A ship is named like a person or a body, but it is neither: a key term, with its prefix. */
export function vessels(text: string, names: NameMention[]): NameMention[] {
  return names.map((n) => {
    if (n.type !== 'PERSON' && n.type !== 'ORGANIZATION') return n;
    const ws = n.text.split(' ');
    if (ws.length > 1 && SHIP_PREFIX.test(ws[0])) return { ...n, type: 'TERM' };
    const prefix = /(\S+) $/.exec(text.slice(Math.max(0, n.start - 8), n.start));
    if (prefix && SHIP_PREFIX.test(prefix[1])) {
      const start = n.start - prefix[0].length;
      return { start, end: n.end, type: 'TERM', text: text.slice(start, n.end) };
    }
    return VESSEL_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start)) ? { ...n, type: 'TERM' } : n;
  });
}

/** "Pacific NATO", "Asian NATO": a place or people's name before a well-known body's short name coins a term. */
export function coinedTerms(text: string, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, n.start - 30), n.start));
    const coins = before && !variantType(before[1]) && !isTitleWord(before[1]) && !/^(?:The|A|An|In|On|At|By|For|With|From|And|But)$/.test(before[1]);
    if (coins && n.type === 'ORGANIZATION' && variantType(n.text) === 'ORGANIZATION' && (!prev || prev.end <= n.start - before[0].length || prev.type === 'PLACE' || prev.type === 'TERM')) {
      if (prev && prev.end > n.start - before[0].length) out.pop();
      const start = n.start - before[0].length;
      out.push({ start, end: n.end, type: 'TERM', text: text.slice(start, n.end) });
      continue;
    }
    out.push(n);
  }
  return out;
}

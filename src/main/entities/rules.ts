import type { EntityType, ExtractedEntity, Extraction } from '../../shared/extraction';
import { normalizeName } from '../extract/variants';
import type { CorrectionSnapshot } from './snapshot';
import { loosePhrase } from '../../shared/regexp';

/**
 * Corrections remembered as rules, applied to every later import, oldest first, so a later
 * correction builds on an earlier one (merge C into A, then rename A to B: C lands in B).
 * A rule names text as the user wrote it; matching is case-, accent- and whitespace-insensitive.
 */
export type EntityRule =
  /**
   * `name` (of `type`) is another name of `canonical`; fromId/intoId keep merged-away ids resolvable.
   * laterImports false: a merge the user kept to the articles so far, recorded only so old ids resolve.
   */
  | { kind: 'alias'; name: string; type: EntityType; canonical: string; canonicalType?: EntityType; fromId?: string; intoId?: string; laterImports?: false }
  | { kind: 'ignore'; name: string }
  | { kind: 'retype'; name: string; from?: EntityType; to: EntityType }
  | { kind: 'rename'; name: string; type: EntityType; to: string }
  /** `name` is not `from`: its mentions stand as an entity of their own. */
  | { kind: 'split'; name: string; type: EntityType; from: string }
  /** The words `name`, wherever an article says them, name an entity of `type` (Mark as…). */
  | { kind: 'mark'; name: string; type: EntityType };

/** What undo needs to put the notebook back: a snapshot of what the correction changed. */
export interface CorrectionRecord {
  undo: CorrectionSnapshot;
}

export const sameName = (a: string, b: string): boolean => normalizeName(a) === normalizeName(b);
export const entityKey = (type: EntityType, name: string): string => `${type}:${normalizeName(name)}`;

const names = (e: ExtractedEntity) => [e.name, ...e.aliases];
const isCalled = (e: ExtractedEntity, name: string) => names(e).some((n) => sameName(n, name));

/**
 * Applies the user's rules to a fresh extraction before it is merged into the notebook. Pure.
 * `text`, the article's, lets a name the user marked be found where the extractor found none.
 */
export function applyRules(extraction: Extraction, rules: EntityRule[], text?: string): Extraction {
  if (rules.length === 0) return extraction;
  const draft = new Draft(extraction, text);
  for (const rule of rules) draft.apply(rule);
  return draft.result();
}

/** A working copy of one extraction: entities by key, and each mention's key as rules move it. */
class Draft {
  private entities: ExtractedEntity[];
  private mentions: Extraction['mentions'];
  private quotes: Extraction['quotes'];

  constructor(
    extraction: Extraction,
    private readonly text?: string,
  ) {
    this.entities = extraction.entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [...e.mentions], roles: [...e.roles] }));
    this.mentions = extraction.mentions.map((m) => ({ ...m }));
    this.quotes = extraction.quotes.map((q) => ({ ...q }));
  }

  apply(rule: EntityRule): void {
    if (rule.kind === 'ignore') {
      for (const e of this.entities.filter((x) => sameName(x.name, rule.name))) this.drop(e);
      // An ignored name met as another entity's alias loses just those mentions.
      this.mentions = this.mentions.filter((m) => !sameName(m.text, rule.name));
      for (const e of this.entities) e.aliases = e.aliases.filter((a) => !sameName(a, rule.name));
    } else if (rule.kind === 'retype') {
      // Whatever type the extractor guesses next time, the user's word stands.
      for (const e of this.entities.filter((x) => isCalled(x, rule.name) && x.type !== rule.to)) this.rekey(e, rule.to, e.name);
    } else if (rule.kind === 'rename') {
      for (const e of this.entities.filter((x) => x.type === rule.type && isCalled(x, rule.name))) this.rekey(e, e.type, rule.to);
    } else if (rule.kind === 'alias') {
      if (rule.laterImports === false) return;
      const intoType = rule.canonicalType ?? rule.type;
      for (const e of this.entities.filter((x) => x.type === rule.type && isCalled(x, rule.name))) {
        if (e.type === intoType && sameName(e.name, rule.canonical)) continue;
        const into = this.entities.find((x) => x !== e && x.type === intoType && sameName(x.name, rule.canonical));
        if (into) this.join(e, into);
        else this.rekey(e, intoType, rule.canonical);
      }
    } else if (rule.kind === 'split') {
      for (const e of this.entities.filter((x) => x.type === rule.type && sameName(x.name, rule.from))) this.splitOut(e, rule.name);
    } else if (rule.kind === 'mark') {
      this.mark(rule.name, rule.type);
    }
  }

  /**
   * Every place the text says the marked words, as whole words, becomes a mention of the marked
   * entity. Names the extractor found inside those words, or on exactly them as another type, give
   * way (the user's word stands); a longer name around them is left alone.
   */
  private mark(name: string, type: EntityType): void {
    const text = this.text;
    const phrase = loosePhrase(name);
    if (!text || !phrase) return;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, 'gu');
    const key = entityKey(type, name);
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const overlapping = this.mentions.filter((x) => x.start < end && start < x.end);
      if (overlapping.some((x) => x.key === key && x.start === start && x.end === end)) continue;
      // A longer name around the words, or one reaching across their edge, keeps its place.
      if (overlapping.some((x) => x.start < start || x.end > end)) continue;
      for (const x of overlapping) this.dropMention(x);
      let entity = this.entities.find((x) => x.key === key);
      if (!entity) {
        entity = { key, type, name: name.trim().replace(/\s+/g, ' '), aliases: [], mentions: [], roles: [] };
        this.entities.push(entity);
      }
      entity.mentions.push({ start, end });
      this.mentions.push({ start, end, type, text: m[0], key });
    }
    this.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** One mention gone; an entity left with none in this article goes too. */
  private dropMention(x: Extraction['mentions'][number]): void {
    this.mentions = this.mentions.filter((m) => m !== x);
    const owner = this.entities.find((e) => e.key === x.key);
    if (!owner) return;
    owner.mentions = owner.mentions.filter((s) => !(s.start === x.start && s.end === x.end));
    if (owner.mentions.length === 0 && !this.mentions.some((m) => m.key === owner.key)) {
      this.entities = this.entities.filter((e) => e !== owner);
      for (const q of this.quotes) if (q.speaker && names(owner).includes(q.speaker)) q.speaker = null;
    }
  }

  result(): Extraction {
    return { entities: this.entities, mentions: this.mentions, quotes: this.quotes };
  }

  private drop(e: ExtractedEntity): void {
    this.entities = this.entities.filter((x) => x !== e);
    this.mentions = this.mentions.filter((m) => m.key !== e.key);
    for (const q of this.quotes) if (q.speaker && names(e).includes(q.speaker)) q.speaker = null;
  }

  /** Gives the entity a new type and canonical name; the old name stays as an alias. */
  private rekey(e: ExtractedEntity, type: EntityType, name: string): void {
    const key = entityKey(type, name);
    const other = this.entities.find((x) => x !== e && x.key === key);
    if (other) {
      this.join(e, other);
      return;
    }
    this.renameSpeaker(e.name, name);
    for (const m of this.mentions) if (m.key === e.key) Object.assign(m, { key, type });
    if (!sameName(e.name, name)) e.aliases = [e.name, ...e.aliases.filter((a) => !sameName(a, name))];
    Object.assign(e, { key, type, name });
  }

  /** Folds `e` into `into`: its mentions, aliases and roles follow. */
  private join(e: ExtractedEntity, into: ExtractedEntity): void {
    for (const m of this.mentions) if (m.key === e.key) Object.assign(m, { key: into.key, type: into.type });
    for (const alias of names(e)) if (!isCalled(into, alias)) into.aliases.push(alias);
    into.mentions.push(...e.mentions);
    into.roles.push(...e.roles);
    this.renameSpeaker(e.name, into.name);
    this.entities = this.entities.filter((x) => x !== e);
  }

  private splitOut(e: ExtractedEntity, alias: string): void {
    const moved = this.mentions.filter((m) => m.key === e.key && sameName(m.text, alias));
    e.aliases = e.aliases.filter((a) => !sameName(a, alias));
    if (moved.length === 0) return;
    const key = entityKey(e.type, alias);
    const own = this.entities.find((x) => x !== e && x.key === key);
    const target: ExtractedEntity = own ?? { key, type: e.type, name: alias, aliases: [], mentions: [], roles: [] };
    if (!own) this.entities.push(target);
    for (const m of moved) m.key = key;
    const spans = new Set(moved.map((m) => m.start));
    target.mentions.push(...e.mentions.filter((s) => spans.has(s.start)));
    e.mentions = e.mentions.filter((s) => !spans.has(s.start));
  }

  private renameSpeaker(from: string, to: string): void {
    for (const q of this.quotes) if (q.speaker === from) q.speaker = to;
  }
}

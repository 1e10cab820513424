import { isKnownPlace } from '../ner/gazetteer';
import { isPersonalName } from '../ner/lexicon';

/** A place, or a first or family name the lexicon knows. */
export function isKnownName(word: string): boolean {
  return isKnownPlace(word) || isPersonalName(word);
}

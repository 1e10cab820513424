import type { ExtractOptions, Extraction } from '../../shared/extraction';
import { findEntities } from './entities';
import { findQuotes } from './quotes';

/** Text → entities, roles and quotes. Pure: nothing is stored. */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const { mentions, entities } = findEntities(text, options);
  const quotes = findQuotes(text, entities);
  return { mentions, entities, quotes };
}

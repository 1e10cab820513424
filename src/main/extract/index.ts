import type { ExtractOptions, Extraction } from '../../shared/extraction';
import { findEntities } from './entities';
import { findQuotes } from './quotes';
import { findRoles } from './roles';

/** Text → entities, roles and quotes. Pure: nothing is stored. */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const { mentions, entities } = findEntities(text, options);
  findRoles(text, entities);
  const quotes = findQuotes(text, entities);
  return { mentions, entities, quotes };
}

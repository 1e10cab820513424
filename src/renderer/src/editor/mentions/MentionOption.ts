import { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { EntitySummary } from '../../../../shared/model';

/** One entity in the @ typeahead; `alias` is set when the query matched an alias, not the name. */
export class MentionOption extends MenuOption {
  constructor(
    readonly entity: EntitySummary,
    readonly alias?: string,
  ) {
    super(entity.id);
  }
}

const LIMIT = 8;

/** Entities whose name or an alias contains the query; names that start with it come first. */
export function mentionOptions(entities: readonly EntitySummary[], query: string): MentionOption[] {
  const q = query.trim().toLowerCase();
  const scored: Array<{ option: MentionOption; score: number }> = [];
  for (const entity of entities) {
    const names = [entity.name, ...entity.aliases];
    const hit = names.findIndex((n) => n.toLowerCase().includes(q));
    if (hit < 0) continue;
    const name = names[hit].toLowerCase();
    const score = (name.startsWith(q) ? 0 : name.includes(` ${q}`) ? 1 : 2) * 1e6 - entity.mentionCount;
    scored.push({ option: new MentionOption(entity, hit > 0 ? names[hit] : undefined), score });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, LIMIT)
    .map((s) => s.option);
}

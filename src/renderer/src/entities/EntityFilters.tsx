import type { EntityType } from '../../../shared/extraction';
import { type EntityScope, type EntitySort, TYPE_LABELS, TYPE_ORDER, typeClass } from './types';

interface Props {
  scope: EntityScope;
  scopes: EntityScope[];
  onScope: (scope: EntityScope) => void;
  text: string;
  onText: (text: string) => void;
  types: ReadonlySet<EntityType>;
  onToggleType: (type: EntityType) => void;
  sort: EntitySort;
  onSort: (sort: EntitySort) => void;
}

const SHORT: Record<EntityType, string> = { PERSON: 'People', ORGANIZATION: 'Orgs', PLACE: 'Places', DATE: 'Dates', TERM: 'Terms' };
const SCOPE_LABELS: Record<EntityScope, string> = { article: 'This article', note: 'This note', notebook: 'Notebook' };

/** Scope, text filter, type toggles and sort order of the entity sidebar. */
export function EntityFilters({ scope, scopes, onScope, text, onText, types, onToggleType, sort, onSort }: Props) {
  return (
    <div className="entity-filters">
      <fieldset className="scope-switch">
        <legend className="visually-hidden">Scope</legend>
        {scopes.map((s) => (
          <button key={s} type="button" aria-pressed={scope === s} className={scope === s ? 'on' : ''} onClick={() => onScope(s)}>
            {SCOPE_LABELS[s]}
          </button>
        ))}
      </fieldset>
      <input type="search" placeholder="Filter entities" aria-label="Filter entities" value={text} onChange={(e) => onText(e.target.value)} />
      <div className="filter-row">
        <fieldset className="type-toggles">
          <legend className="visually-hidden">Types shown</legend>
          {TYPE_ORDER.map((t) => (
            <button
              key={t}
              type="button"
              className={`type-toggle ${typeClass(t)}`}
              aria-pressed={types.has(t)}
              aria-label={TYPE_LABELS[t].plural}
              onClick={() => onToggleType(t)}
              title={`Show or hide ${TYPE_LABELS[t].plural.toLowerCase()}`}
            >
              <span className="dot" aria-hidden="true" />
              {SHORT[t]}
            </button>
          ))}
        </fieldset>
        <select aria-label="Sort by" value={sort} onChange={(e) => onSort(e.target.value as EntitySort)}>
          <option value="mentions">Most mentioned</option>
          <option value="name">Name</option>
          <option value="lastSeen">Last seen</option>
        </select>
      </div>
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { EntityQuery } from '../../../shared/api';
import { api } from '../lib/api';
import type { EntityScope, ListedEntity } from './types';

export interface OpenThing {
  kind: 'note' | 'article';
  id: string;
}

/** The scope the sidebar starts in for what is open: the article itself; for a note, the notebook. */
export function defaultScope(open: OpenThing | null): EntityScope {
  return open?.kind === 'article' ? 'article' : 'notebook';
}

/** Fetches the entities of the chosen scope again whenever the scope, the open item or `revision` changes. */
export function useEntityScope(open: OpenThing | null, revision: number, onError: (error: unknown) => void) {
  const [scope, setScope] = useState<EntityScope>(defaultScope(open));
  const [entities, setEntities] = useState<ListedEntity[]>([]);
  const openKey = open ? `${open.kind}:${open.id}` : '';
  const openKind = open?.kind ?? null;
  // A new open item resets the scope.
  useEffect(() => {
    if (openKey) setScope(openKind === 'article' ? 'article' : 'notebook');
  }, [openKey, openKind]);
  const effective: EntityScope = scope === 'article' && open?.kind !== 'article' ? 'notebook' : scope === 'note' && open?.kind !== 'note' ? 'notebook' : scope;
  // biome-ignore lint/correctness/useExhaustiveDependencies: revision is the signal to fetch again
  useEffect(() => {
    let live = true;
    const id = openKey.slice(openKey.indexOf(':') + 1);
    const query: EntityQuery = effective === 'article' ? { articleId: id } : effective === 'note' ? { noteId: id } : {};
    api.listEntities(query).then((list) => live && setEntities(list), onError);
    return () => {
      live = false;
    };
  }, [effective, openKey, revision, onError]);
  return { scope: effective, setScope, entities };
}

import { useEffect, useState } from 'react';
import type { Correction } from '../../../shared/model';
import { api } from '../lib/api';

/** The newest correction, offered for undo; fetched again whenever `revision` changes. */
export function useUndo(revision: number): { last: Correction | null } {
  const [last, setLast] = useState<Correction | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: revision is the signal to fetch again
  useEffect(() => {
    let live = true;
    api.listCorrections().then(
      (list) => live && setLast(list.at(-1) ?? null),
      () => live && setLast(null),
    );
    return () => {
      live = false;
    };
  }, [revision]);
  return { last };
}

import { useEffect, useState } from 'react';
import type { SearchResults } from '../../../shared/model';
import { api } from '../lib/api';

const DEBOUNCE_MS = 150;

/** The notebook's search results for what is typed, asked for once typing pauses; older answers never win. */
export function useSearch(query: string, revision = 0): { results: SearchResults | null; searching: boolean } {
  const [results, setResults] = useState<SearchResults | null>(null);
  const [searching, setSearching] = useState(false);
  // `revision` asks again, with the same words, after the notebook changed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: revision is a trigger, not a value read
  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setResults(null);
      setSearching(false);
      return;
    }
    let current = true;
    setSearching(true);
    const timer = setTimeout(() => {
      api
        .search(text, { limit: 30 })
        .then((found) => current && setResults(found))
        .catch(() => current && setResults({ query: text, notes: [], articles: [], entities: [] }))
        .finally(() => current && setSearching(false));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, revision]);
  return { results, searching };
}

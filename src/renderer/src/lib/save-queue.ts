import type { Note } from '../../../shared/model';
import { api } from './api';

// One save in flight per note, and only the newest waiting: two saves sent at once could arrive
// (over HTTP, on two connections) in the other order and put older text over newer.
const inFlight = new Map<string, Promise<void>>();
const waiting = new Map<string, string>();

export function saveNoteContent(id: string, content: string, onSaved: (note: Note) => void, onError: (error: unknown) => void): void {
  waiting.set(id, content);
  if (inFlight.has(id)) return;
  const run = async () => {
    while (waiting.has(id)) {
      const next = waiting.get(id)!;
      waiting.delete(id);
      try {
        onSaved(await api.saveNote(id, { content: next }));
      } catch (error) {
        onError(error);
      }
    }
    inFlight.delete(id);
  };
  inFlight.set(id, run());
}

// The open editor's "save what is typed now", by note: autosave waits for a pause in typing.
const flushers = new Map<string, () => void>();

/** Lets `settleSaves` save what the editor holds for the note at once; returns the undo. */
export function registerFlush(id: string, flush: () => void): () => void {
  flushers.set(id, flush);
  return () => {
    if (flushers.get(id) === flush) flushers.delete(id);
  };
}

/** Saves what the editor holds for the note now, and resolves once every save of it has been answered. */
export function settleSaves(id: string): Promise<void> {
  flushers.get(id)?.();
  return inFlight.get(id) ?? Promise.resolve();
}

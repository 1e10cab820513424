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

/** Resolves once every save sent for the note has been answered (at once when none is on its way). */
export function savesSettled(id: string): Promise<void> {
  return inFlight.get(id) ?? Promise.resolve();
}

import type { PaneLayout, UiState } from '../../../shared/model';
import { api } from '../lib/api';

/**
 * Where the user was (open note or article, cursor in the note), kept in the notebook itself: in
 * browser mode the page's origin changes per launch, so localStorage would forget it.
 */
let state: UiState = {};
let timer: number | undefined;

function push(): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(flushUiState, 400);
}

// Where the user was is kept even when the page goes (a reload, a closed tab) before the pause is over.
window.addEventListener('pagehide', () => {
  if (timer !== undefined) flushUiState();
});

export function flushUiState(): void {
  window.clearTimeout(timer);
  timer = undefined;
  api.setUiState(state).catch(() => {
    // Losing the cursor position is not worth bothering the user about.
  });
}

export async function recallUiState(): Promise<UiState> {
  state = await api.getUiState().catch(() => ({}));
  return state;
}

export function rememberOpen(open: UiState['open']): void {
  if (state.open?.kind === open?.kind && state.open?.id === open?.id) return;
  // The cursor belonged to the note that was open; the pane layout belongs to the window.
  state = { open, layout: state.layout };
  push();
}

export function rememberLayout(layout: PaneLayout): void {
  state = { ...state, layout };
  push();
}

export function rememberCursor(noteId: string, selection: unknown): void {
  if (state.open?.kind !== 'note' || state.open.id !== noteId) return;
  state = { ...state, noteSelection: selection };
  push();
}

/** The saved cursor for this note, if it was the one open when the notebook was last used. */
export function savedCursor(noteId: string): unknown {
  return state.open?.kind === 'note' && state.open.id === noteId ? state.noteSelection : undefined;
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', () => timer !== undefined && flushUiState());

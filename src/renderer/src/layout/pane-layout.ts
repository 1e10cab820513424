import type { PaneLayout } from '../../../shared/model';

export type Side = 'library' | 'entities';

/** How wide each side pane may be dragged, and where it starts. */
export const PANE_WIDTH: Record<Side, { min: number; max: number; initial: number }> = {
  library: { min: 200, max: 480, initial: 260 },
  entities: { min: 260, max: 600, initial: 330 },
};
/** The reader and the editor need this much to stay readable; side panes give way below it. */
export const MIN_CENTRE = 500;
/** A hidden side pane leaves a rail this wide, with the button that shows it again. */
export const RAIL = 40;
const SPLITTER = 1;

/** How a side pane is shown: beside the centre, as a rail (hidden by the user or for want of room), or not at all (focus mode). */
export type PaneMode = 'docked' | 'rail' | 'none';

export interface ShownLayout {
  library: PaneMode;
  entities: PaneMode;
  libraryWidth: number;
  entitiesWidth: number;
  /** A pane shown as a rail only because the window is too narrow: showing it lays it over the centre. */
  squeezed: Record<Side, boolean>;
}

export const clampWidth = (side: Side, width: number) => Math.round(Math.min(PANE_WIDTH[side].max, Math.max(PANE_WIDTH[side].min, width)));

export function paneWidth(layout: PaneLayout, side: Side): number {
  const width = side === 'library' ? layout.libraryWidth : layout.entitiesWidth;
  return clampWidth(side, width ?? PANE_WIDTH[side].initial);
}

export function isCollapsed(layout: PaneLayout, side: Side): boolean {
  return !!(side === 'library' ? layout.libraryCollapsed : layout.entitiesCollapsed);
}

/**
 * What the window shows for a layout at a width: the library gives way first (to a rail), then the
 * entities pane narrows to its minimum, then it too becomes a rail, so the centre keeps MIN_CENTRE.
 */
export function shownLayout(layout: PaneLayout, windowWidth: number): ShownLayout {
  const squeezed = { library: false, entities: false };
  let libraryWidth = paneWidth(layout, 'library');
  let entitiesWidth = paneWidth(layout, 'entities');
  if (layout.focusMode) return { library: 'none', entities: 'none', libraryWidth, entitiesWidth, squeezed };
  let library: PaneMode = isCollapsed(layout, 'library') ? 'rail' : 'docked';
  let entities: PaneMode = isCollapsed(layout, 'entities') ? 'rail' : 'docked';
  const width = (side: Side, mode: PaneMode) => (mode === 'docked' ? (side === 'library' ? libraryWidth : entitiesWidth) + SPLITTER : RAIL);
  const centre = () => windowWidth - width('library', library) - width('entities', entities);
  if (library === 'docked' && centre() < MIN_CENTRE) {
    library = 'rail';
    squeezed.library = true;
  }
  if (entities === 'docked' && centre() < MIN_CENTRE) entitiesWidth = Math.max(PANE_WIDTH.entities.min, entitiesWidth - (MIN_CENTRE - centre()));
  if (entities === 'docked' && centre() < MIN_CENTRE) {
    entities = 'rail';
    squeezed.entities = true;
  }
  if (library === 'docked' && entities !== 'docked') libraryWidth = Math.min(libraryWidth, Math.max(PANE_WIDTH.library.min, windowWidth - RAIL - MIN_CENTRE));
  return { library, entities, libraryWidth, entitiesWidth, squeezed };
}

/** The widest a pane may be dragged in this window, leaving the centre its minimum. */
export function maxWidth(side: Side, shown: ShownLayout, windowWidth: number): number {
  const other: Side = side === 'library' ? 'entities' : 'library';
  const otherWidth = shown[other] === 'docked' ? (other === 'library' ? shown.libraryWidth : shown.entitiesWidth) + SPLITTER : shown[other] === 'rail' ? RAIL : 0;
  return Math.max(PANE_WIDTH[side].min, Math.min(PANE_WIDTH[side].max, windowWidth - otherWidth - MIN_CENTRE - SPLITTER));
}

import { $createRangeSelection, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, $setSelection, type LexicalNode, type PointType } from 'lexical';

/** A selection point as child indexes from the root plus an offset: stable across reloads, unlike node keys. */
export interface SavedPoint {
  path: number[];
  offset: number;
  type: 'text' | 'element';
}

export interface SavedSelection {
  anchor: SavedPoint;
  focus: SavedPoint;
}

function $pathOf(node: LexicalNode): number[] {
  const path: number[] = [];
  for (let n: LexicalNode | null = node; n?.getParent(); n = n.getParent()) path.unshift(n.getIndexWithinParent());
  return path;
}

function $save(point: PointType): SavedPoint {
  return { path: $pathOf(point.getNode()), offset: point.offset, type: point.type };
}

export function $saveSelection(): SavedSelection | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return { anchor: $save(selection.anchor), focus: $save(selection.focus) };
}

function $resolve(point: SavedPoint): { key: string; offset: number; type: 'text' | 'element' } | null {
  let node: LexicalNode | null = $getRoot();
  for (const index of point.path) {
    node = $isElementNode(node) ? node.getChildAtIndex(index) : null;
    if (!node) return null;
  }
  if (point.type === 'text' && $isTextNode(node)) return { key: node.getKey(), offset: Math.min(point.offset, node.getTextContentSize()), type: 'text' };
  if (point.type === 'element' && $isElementNode(node)) return { key: node.getKey(), offset: Math.min(point.offset, node.getChildrenSize()), type: 'element' };
  return null;
}

/** Puts the cursor back where it was saved; false when the note changed too much for that. */
export function $restoreSelection(saved: unknown): boolean {
  const s = saved as SavedSelection | null;
  if (!s?.anchor?.path || !s.focus?.path) return false;
  const anchor = $resolve(s.anchor);
  const focus = $resolve(s.focus);
  if (!anchor || !focus) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(anchor.key, anchor.offset, anchor.type);
  selection.focus.set(focus.key, focus.offset, focus.type);
  $setSelection(selection);
  return true;
}

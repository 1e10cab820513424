const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** A shortcut as this platform writes it: "Ctrl+B" or "⌘B". */
export function shortcut(keys: string): string {
  if (!isMac) return keys.replace('Mod+', 'Ctrl+');
  return keys.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}

/** "Bold (Ctrl+B)": the tooltip of a control with its shortcut. */
export function withShortcut(label: string, keys?: string): string {
  return keys ? `${label} (${shortcut(keys)})` : label;
}

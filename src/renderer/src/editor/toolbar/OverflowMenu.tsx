import { type ReactNode, useEffect, useRef, useState } from 'react';
import { shortcut } from './shortcuts';

export interface MenuTool {
  id: string;
  label: string;
  keys?: string;
  glyph: ReactNode;
  pressed?: boolean;
  disabled?: boolean;
  run: () => void;
}

/**
 * The toolbar's "More" button: the tools that do not fit the width, as a menu (arrow keys, Enter,
 * Escape back to the button), so a narrow window gets one row of tools, not three.
 */
export function OverflowMenu({ tools, onDone }: { tools: MenuTool[]; /** After a tool ran, if it left the focus nowhere. */ onDone?: () => void }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([disabled])')?.focus();
    const close = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);
  if (tools.length === 0) return null;

  const onMenuKey = (event: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([disabled])') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next: Record<string, number> = { ArrowDown: (at + 1) % items.length, ArrowUp: (at - 1 + items.length) % items.length, Home: 0, End: items.length - 1 };
    if (event.key in next) {
      event.preventDefault();
      items[next[event.key]]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <div className="tb-more">
      <button
        ref={button}
        type="button"
        className="tb-btn"
        aria-label="More formatting"
        title="More formatting"
        aria-haspopup="menu"
        aria-expanded={open}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown') return;
          e.preventDefault();
          setOpen(true);
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div ref={menu} role="menu" aria-label="More formatting" className="tb-menu" tabIndex={-1} onKeyDown={onMenuKey}>
          {tools.map((tool) => {
            const run = () => {
              setOpen(false);
              tool.run();
              window.setTimeout(() => {
                if (!document.activeElement || document.activeElement === document.body) onDone?.();
              }, 0);
            };
            const content = (
              <>
                <span className="tb-menu-glyph" aria-hidden="true">
                  {tool.glyph}
                </span>
                <span className="tb-menu-label">{tool.label}</span>
                {tool.keys && <span className="tb-menu-keys">{shortcut(tool.keys)}</span>}
              </>
            );
            // A tool with a state (bold, a heading) is a checkbox item that says whether it is on.
            return tool.pressed === undefined ? (
              <button key={tool.id} type="button" role="menuitem" disabled={tool.disabled} tabIndex={-1} className="tb-menu-item" onMouseDown={(e) => e.preventDefault()} onClick={run}>
                {content}
              </button>
            ) : (
              <button
                key={tool.id}
                type="button"
                role="menuitemcheckbox"
                aria-checked={tool.pressed}
                disabled={tool.disabled}
                tabIndex={-1}
                className="tb-menu-item"
                onMouseDown={(e) => e.preventDefault()}
                onClick={run}
              >
                {content}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}

// @vitest-environment jsdom
import { act, useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { VirtualList } from '../../../../src/renderer/src/lib/VirtualList';
import { mountEachTest } from '../mount';

const dom = mountEachTest();

/** A pane with a list of rows (the first the tab stop) and, while `toolbar` is set, a control of its own above the list. */
function Pane({ rows, toolbar }: { rows: string[]; toolbar: boolean }) {
  const scroller = useRef<HTMLDivElement>(null);
  return (
    <div ref={scroller}>
      {toolbar && <button type="button">Key terms</button>}
      <VirtualList
        items={rows}
        height={() => 24}
        scroller={scroller}
        render={(visible) =>
          visible.map((row, i) => (
            <button type="button" key={row} tabIndex={i === 0 ? 0 : -1}>
              {row}
            </button>
          ))
        }
      />
    </div>
  );
}

const show = (rows: string[], toolbar = true) => act(() => dom.root.render(<Pane rows={rows} toolbar={toolbar} />));
const named = (name: string) => [...dom.container.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

describe('the virtual list’s hold on the keyboard focus', () => {
  it('puts the focus back on its tab stop when the focused row is mounted anew', () => {
    show(['Tarrow Shipping', 'Harlan Voss']);
    named('Tarrow Shipping').focus();
    // The same row under a new key: React mounts it anew and the browser drops the focus to the page.
    show(['Tarrow Shipping ', 'Harlan Voss']);
    expect(document.activeElement).toBe(named('Tarrow Shipping '));
  });

  it('lets the focus go once it has landed elsewhere, even after it fell from a row to the page first', () => {
    show(['Tarrow Shipping', 'Harlan Voss']);
    named('Tarrow Shipping').focus();
    // The list empties (a reload): the focused row goes, and the focus with it.
    show([]);
    expect(document.activeElement).toBe(document.body);
    // The pane puts the focus on a control of its own; then that control goes as the rows come back.
    named('Key terms').focus();
    show(['Tarrow Shipping', 'Harlan Voss'], false);
    expect(document.activeElement).toBe(document.body);
  });
});

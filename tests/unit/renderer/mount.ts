import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom lays nothing out, so it has no ResizeObserver; the toolbar's overflow menu and the virtual list ask for one.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** A React root in a fresh element of the page for each test of the file, unmounted after it (jsdom tests only). */
export function mountEachTest(): { container: HTMLDivElement; root: Root } {
  const dom = {} as { container: HTMLDivElement; root: Root };
  beforeEach(() => {
    dom.container = document.createElement('div');
    document.body.append(dom.container);
    dom.root = createRoot(dom.container);
  });
  afterEach(() => {
    act(() => dom.root.unmount());
    dom.container.remove();
  });
  return dom;
}

import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());

// jsdom lacks these; Mantine reads them.
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false,
})) as any;
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as any;
// jsdom has no FontFaceSet; Mantine's autosize Textarea listens on it.
if (!(document as any).fonts) {
  (document as any).fonts = { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() };
}
// jsdom has no scrollIntoView; Mantine's Select scrolls the selected option into view.
Element.prototype.scrollIntoView ??= () => {};

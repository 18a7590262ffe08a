import { byId, fill, h } from './dom.ts';

// Progress and errors are always visible: a busy line while anything loads, and one red line per
// failure that stays until dismissed. The panels also show their own state in place.

let pending = 0;
const labels = new Map<number, string>();
let nextId = 0;

/** Runs `work`, showing `label` in the status bar meanwhile. */
export async function track<T>(label: string, work: () => Promise<T>): Promise<T> {
  const id = nextId++;
  labels.set(id, label);
  pending++;
  render();
  try {
    return await work();
  } finally {
    labels.delete(id);
    pending--;
    render();
  }
}

export function showError(message: string): void {
  const list = byId('errors');
  // One bad filter fails every panel with the same message: say it once.
  if ([...list.children].some((item) => item.getAttribute('data-message') === message)) return;
  const item = h('li', { class: 'error', role: 'alert', 'data-message': message }, message, h('button', { type: 'button', class: 'dismiss', 'aria-label': 'dismiss', onclick: () => item.remove() }, '×'));
  list.append(item);
  // A flood of identical failures (server gone) should not push the page down forever.
  while (list.children.length > 5) list.firstElementChild?.remove();
}

function render(): void {
  const busy = byId('busy');
  busy.hidden = pending === 0;
  fill(busy, h('span', { class: 'spinner', 'aria-hidden': 'true' }), [...labels.values()].join(' · ') || 'working…');
  document.body.toggleAttribute('data-busy', pending > 0);
}

/** A panel's own placeholder line: "loading…", "no events match", or an error. */
export function panelNote(el: Element, kind: 'loading' | 'empty' | 'error', text: string): void {
  fill(el, h('p', { class: `note note-${kind}` }, text));
}

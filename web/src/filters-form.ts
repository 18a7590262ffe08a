import { h } from './dom.ts';
import { CERTAINTIES, PLOVER_TYPES } from './plover.ts';
import { FILTER_KEYS, type Filters } from './url-state.ts';

// The filter bar. Selects apply at once; text fields on Enter, on leaving the field, or "apply".

let form: HTMLFormElement | null = null;

export function setupFilters(el: HTMLFormElement, apply: (filters: Filters) => void): void {
  form = el;
  addOptions(el.querySelector('select[name=type]'), PLOVER_TYPES);
  addOptions(el.querySelector('select[name=certainty]'), CERTAINTIES);
  const read = (): Filters => {
    const data = new FormData(el);
    const filters: Filters = {};
    for (const key of FILTER_KEYS) {
      const value = String(data.get(key) ?? '').trim();
      if (value) filters[key] = value;
    }
    return filters;
  };
  el.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(read());
  });
  el.addEventListener('change', () => apply(read()));
  el.querySelector('#clear-filters')?.addEventListener('click', () => {
    el.reset();
    apply({});
  });
}

export function showFilters(filters: Filters): void {
  if (form === null) return;
  for (const key of FILTER_KEYS) {
    const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = filters[key] ?? '';
  }
}

function addOptions(select: HTMLSelectElement | null, values: readonly string[]): void {
  select?.append(...values.map((v) => h('option', { value: v }, v)));
}

import { fill, h } from './dom.ts';
import type { Unit } from './url-state.ts';

// The events panel's own controls: count reports or incidents, and download the current view.

/** Two radio buttons: arrow keys move between them, as for any radio group. */
export function renderUnitToggle(el: HTMLElement, unit: Unit, change: (unit: Unit) => void): void {
  const option = (value: Unit, label: string, hint: string) => h('label', { class: 'unit-option', title: hint },
    h('input', { type: 'radio', name: 'unit', value, checked: unit === value, onchange: () => change(value) }), ` ${label}`);
  fill(el, h('legend', {}, 'count'),
    option('report', 'reports', 'one row per article sentence that tells an event'),
    option('incident', 'incidents', 'one row per real-world event: the reports of it across outlets, linked'));
}

/** Links to GET /export with the view's filters: every matching row, not only this page. */
export function downloadLinks(el: HTMLElement, query: string, unit: Unit): void {
  const what = unit === 'incident' ? 'incidents' : 'events';
  const link = (format: 'csv' | 'jsonl') => h('a', {
    class: `download download-${format}`,
    href: `export?${query}${query ? '&' : ''}format=${format}`,
    download: `eventlens-${what}.${format}`,
  }, format.toUpperCase());
  fill(el, `download these ${what}: `, link('csv'), ' ', link('jsonl'));
}

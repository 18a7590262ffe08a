// Keyboard access to the charts with one tab stop each (a "roving tabindex"): Tab reaches the chart's
// first mark, the arrow keys move between its marks, Enter or Space does what a click does, and each
// mark is announced by its label. 180 timeline bars are then one Tab, not 180.

export function rovingMarks(marks: readonly Element[], label: (mark: Element) => string): void {
  marks.forEach((mark, i) => {
    mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-label', label(mark));
    mark.addEventListener('keydown', (e) => {
      const key = (e as KeyboardEvent).key;
      const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 0;
      if (step !== 0) {
        const next = marks[(i + step + marks.length) % marks.length];
        mark.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
        (next as HTMLElement | SVGElement).focus();
        e.preventDefault();
      } else if (key === 'Enter' || key === ' ') {
        mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        e.preventDefault();
      }
    });
  });
}

/** The text of an SVG mark's <title>, its tooltip. */
export const titleOf = (mark: Element) => mark.querySelector('title')?.textContent ?? '';

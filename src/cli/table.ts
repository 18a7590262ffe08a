import type { Event } from '../schema/event.ts';

const who = (a: Event['actor']) => (a ? (a.code && a.code !== a.name ? `${a.name} (${a.code})` : a.name) : '—');

/** A fixed-width table of events for humans; JSON is for machines. */
export function formatEventTable(events: readonly Event[]): string {
  const rows = events.map((e) => [
    e.type,
    `${who(e.actor)} → ${who(e.target)}`,
    e.date ? `${e.date.value}${e.date.precision === 'day' ? '' : ` (${e.date.precision})`}` : '—',
    e.location ? e.location.name : '—',
    typeof e.provenance.source === 'string' ? 'outlet' : e.provenance.source.name,
    e.provenance.certainty,
  ]);
  const header = ['TYPE', 'ACTOR → TARGET', 'DATE', 'PLACE', 'ASSERTED BY', 'CERTAINTY'];
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

import { LINK_THRESHOLD } from './compare.ts';
import type { Incident, IncidentFigure, IncidentReport, Reconciled } from './incident.ts';

// `eventlens incident ID [--explain]` as text: the reconciled fields with their reasons and conflicts,
// then each report; with `explain`, why each report is in the incident (its strongest link: every
// check, its reason id, distances and date spans).

export function describeIncident(incident: Incident, options: { explain?: boolean } = {}): string[] {
  const i = incident;
  const who = `${i.actor?.code ?? i.actor?.name ?? '?'} → ${i.target?.code ?? i.target?.name ?? '?'}`;
  const lines = [
    `${i.id}  ${i.type} ${i.cameo}  ${who}  ${i.date === null ? 'undated' : `${i.date.value} (${i.date.precision})`}  ${placeText(i)}`,
    `  ${i.num_reports} report${i.num_reports === 1 ? '' : 's'} (${i.num_events} events, ${i.num_articles} articles) from ${i.num_sources} source${i.num_sources === 1 ? '' : 's'}: ${i.outlets.join(', ')}`
      + `; reported ${i.first_report ?? '?'} to ${i.last_report ?? '?'}`,
    `  certainty  ${i.certainty}: ${i.certainty_reason}${i.claimed_by.length > 0 ? `; attributed to ${i.claimed_by.join(', ')}` : ''}`,
  ];
  const field = (name: string, value: string, r: Reconciled | null) => {
    if (r === null) return;
    lines.push(`  ${name.padEnd(9)}  ${value}: ${r.reason}`);
    if (r.conflict !== null) lines.push(`  ${''.padEnd(9)}  conflict: ${r.conflict}`);
  };
  field('date', i.date === null ? '' : `${i.date.value} (${i.date.precision}, ${i.date.start}..${i.date.end})`, i.date);
  field('place', placeText(i), i.location);
  field('actor', i.actor === null ? '' : `${i.actor.code ?? '-'} ${i.actor.name}`, i.actor);
  field('target', i.target === null ? '' : `${i.target.code ?? '-'} ${i.target.name}`, i.target);
  for (const [kind, f] of Object.entries(i.numbers) as [string, IncidentFigure][]) field(kind, figureText(f), f);
  lines.push('  reports:');
  i.reports.forEach((r, n) => {
    lines.push(`  ${String(n + 1).padStart(3)}. ${r.key}  ${r.outlet}  ${r.reported_at ?? ''}  ${r.source === 'outlet' ? r.certainty : `${r.certainty} by ${r.source}`}`
      + `  ${r.date ?? 'undated'}  ${r.place ?? 'no place'}  "${r.trigger}"`);
    if (options.explain) lines.push(...explainReport(r));
  });
  return lines;
}

function explainReport(r: IncidentReport): string[] {
  const { link } = r;
  if (link.rule === 'alone') return ['       alone: no other report tells this event'];
  if (link.rule === 'same-mention') return [`       same sentence as ${link.with}: the coder wrote one event per participant`];
  return [
    `       linked to ${link.with}: score ${link.score} ≥ ${LINK_THRESHOLD}, no check failed`,
    ...link.checks.map((c) => `         ${c.ok ? '✓' : '✗'} ${c.rule.padEnd(22)} ${c.points > 0 ? `+${c.points}` : c.points < 0 ? String(c.points) : '  '}  ${c.detail}`),
  ];
}

function placeText(i: Incident): string {
  const l = i.location;
  if (l === null) return 'no place';
  return `${l.name}${l.country !== null && l.name !== l.country ? `, ${l.country}` : ''} (${l.geo_precision}${l.centroid ? ', centroid' : ''})`;
}

export function figureText(f: IncidentFigure): string {
  const range = f.min === f.value && f.max === f.value ? '' : ` (${f.min}–${f.max ?? '…'})`;
  return `${f.value}${range} ${f.hedge}`;
}

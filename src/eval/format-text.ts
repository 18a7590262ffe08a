import type { DocReport, EvalReport, FieldScore, LevelScore } from './eval-report.ts';

// Human output of `eventlens eval`: the score table first, then, for each document
// with something wrong, what was missed, what was invented and which fields were
// off — enough to go straight to the sentence that needs a new or better rule.

const EXCERPT = 120;

const num = (x: number): string => x.toFixed(4);
const pad = (s: string | number, width: number): string => String(s).padEnd(width);
const quote = (s: string): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return `"${flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat}"`;
};

function levelRow(name: string, s: LevelScore): string {
  return [pad(name, 14), pad(num(s.precision), 10), pad(num(s.recall), 8), pad(num(s.f1), 8),
    pad(s.tp, 5), pad(s.fp, 5), s.fn].join('');
}

function fieldRow(name: string, s: FieldScore): string {
  return [pad(name, 14), pad(num(s.accuracy), 10), `${s.correct}/${s.n}`].join('');
}

function docSection(d: DocReport): string[] {
  const head = `doc ${d.id}: tp ${d.events.tp}, fp ${d.events.fp}, fn ${d.events.fn}`
    + (d.optional_matched > 0 ? `, optional matched ${d.optional_matched}` : '');
  const lines = [head];
  if (d.misses.length > 0) {
    lines.push('  missed (gold events with no extracted match):');
    for (const g of d.misses) lines.push(`    ${pad(g.type, 10)} ${quote(g.evidence)}`);
  }
  if (d.false_positives.length > 0) {
    lines.push('  false positives (extracted events with no gold match):');
    for (const e of d.false_positives) {
      lines.push(`    ${pad(e.type, 10)} trigger ${quote(e.trigger.text)} in ${quote(e.evidence.sentence)}`);
    }
  }
  if (d.mismatches.length > 0) {
    lines.push('  field mismatches (matched events):');
    for (const m of d.mismatches) {
      lines.push(`    ${pad(m.type, 10)} ${m.field}: gold ${m.gold} | extracted ${m.extracted}  @ ${quote(m.evidence)}`);
    }
  }
  return lines;
}

/** The score tables and the reader's issues, without the per-document listing. */
export function formatScores(report: EvalReport): string[] {
  const out = [
    `eventlens eval: ${report.documents} document(s)`,
    '',
    [pad('level', 14), pad('precision', 10), pad('recall', 8), pad('f1', 8), pad('tp', 5), pad('fp', 5), 'fn'].join(''),
    levelRow('events', report.events),
    levelRow('actor', report.actor),
    levelRow('actor_target', report.actor_target),
    '',
    [pad('field', 14), pad('accuracy', 10), 'correct/n'].join(''),
    fieldRow('date', report.date),
    fieldRow('location', report.location),
    fieldRow('certainty', report.certainty),
    fieldRow('attribution*', report.extra.attribution),
    '* not part of --json output',
  ];
  if (report.issues.length > 0) {
    out.push('', `issues (${report.issues.length}):`, ...report.issues.map((i) => `  ${i.message}`));
  }
  return out;
}

export function formatText(report: EvalReport): string {
  const out = formatScores(report);
  const faulty = report.docs.filter((d) => d.misses.length + d.false_positives.length + d.mismatches.length > 0);
  for (const d of faulty) out.push('', ...docSection(d));
  if (faulty.length < report.docs.length) {
    out.push('', `${report.docs.length - faulty.length} document(s) fully correct.`);
  }
  return `${out.join('\n')}\n`;
}

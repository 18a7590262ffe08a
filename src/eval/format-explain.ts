import { shortRule, type DocExplanation, type MissCause } from './explain.ts';

// Human output of `eventlens eval --explain`: per document, each missed gold event with how far a
// trigger of its type got, each false event with the rules that made it, each field mismatch; then
// the causes, counted.

const EXCERPT = 110;
const quote = (s: string): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return `"${flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat}"`;
};
const who = (r: { text: string; code: string | null } | null) => (r === null ? '—' : r.code ? `${r.text} [${r.code}]` : r.text);

const CAUSE: Record<MissCause, string> = {
  'paired-elsewhere': 'event of the right type produced, paired with another gold event',
  dropped: 'trigger of the right type found, dropped',
  'wrong-type': 'event produced with another type',
  'other-type-dropped': 'only a trigger of another type, dropped',
  'no-trigger': 'no trigger in the evidence sentence',
};

export function formatExplain(docs: readonly DocExplanation[]): string {
  const out: string[] = [];
  for (const d of docs) {
    if (d.misses.length + d.falses.length + d.mismatches.length === 0) continue;
    out.push('', `doc ${d.id}`);
    for (const m of d.misses) {
      const g = m.gold;
      out.push(`  MISSED ${g.type} ${g.actor ?? '—'} → ${g.target ?? '—'} in ${quote(g.evidence)}`, ...m.lines.map((l) => `      ${l}`));
    }
    for (const f of d.falses) {
      const e = f.event;
      const why = f.repeats.length ? ' — repeats a matched gold event of that sentence'
        : f.otherTypes.length ? ` — the gold codes this sentence as ${[...new Set(f.otherTypes.map((g) => g.type))].join('/')}` : '';
      out.push(`  FALSE  ${e.type} ${who(e.actor)} → ${who(e.target)} trigger ${quote(e.trigger.text)}${why}`,
        `      in ${quote(e.evidence.sentence)}`, `      rules: ${f.rules.map(shortRule).join(', ')}`);
    }
    for (const m of d.mismatches) out.push(`  FIELD  ${m.type} ${m.field}: gold ${m.gold} | extracted ${m.extracted} in ${quote(m.evidence)}`);
  }
  out.push('', ...summary(docs));
  return `${out.join('\n').replace(/^\n/, '')}\n`;
}

/** Misses by cause and the reasons behind them; false events by the pattern that made them. */
function summary(docs: readonly DocExplanation[]): string[] {
  const misses = docs.flatMap((d) => d.misses);
  const falses = docs.flatMap((d) => d.falses);
  const lines = [`missed gold events: ${misses.length}`];
  for (const [cause, n] of count(misses.map((m) => m.cause))) lines.push(`  ${String(n).padStart(4)}  ${CAUSE[cause as MissCause]}`);
  lines.push('reasons a right-type trigger was dropped:');
  for (const [reason, n] of count(misses.filter((m) => m.cause === 'dropped').flatMap((m) => [...new Set(m.reasons)]))) lines.push(`  ${String(n).padStart(4)}  ${reason}`);
  lines.push(`false events: ${falses.length} (${falses.filter((f) => f.repeats.length).length} repeat a matched gold event's sentence, ${falses.filter((f) => !f.repeats.length && f.otherTypes.length).length} have a gold event of another type there)`);
  lines.push('false events by pattern (top 15):');
  for (const [rule, n] of count(falses.map((f) => f.rules.find((r) => r.startsWith('pattern:')) ?? 'pattern:?')).slice(0, 15)) lines.push(`  ${String(n).padStart(4)}  ${shortRule(rule)}`);
  return lines;
}

function count(keys: readonly string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Event } from '../../src/schema/event.ts';
import { normaliseName, scoreDocuments, type EvalReport } from '../../src/eval/index.ts';
import { goldDoc, makeEvent, ref, type EventSpec, type GoldSpec } from './make-event.ts';

const TEXT = 'Rebels attacked the army base in Kabul on Monday. The government condemned the rebels. '
  + 'Police arrested protesters in Herat. The Taliban said they had called off the raid.';
const ATTACK = 'Rebels attacked the army base in Kabul';
const CONDEMN = 'The government condemned the rebels';
const ARREST = 'Police arrested protesters in Herat';
const CALLED_OFF = 'called off the raid';

const CODES: Readonly<Record<string, string>> = { 'united states': 'USA', washington: 'USA' };
const resolve = (name: string): string | null => CODES[normaliseName(name)] ?? null;

interface Row {
  readonly name: string;
  readonly gold: readonly GoldSpec[];
  readonly extracted: readonly EventSpec[];
  /** Paths into the report, e.g. "events.tp", with the number expected there. */
  readonly expect: Readonly<Record<string, number>>;
}

const g = (type: string, evidence: string, extra: Readonly<Record<string, unknown>> = {}): GoldSpec =>
  ({ type, evidence, ...extra });

const ROWS: readonly Row[] = [
  {
    name: 'perfect match',
    gold: [g('ASSAULT', ATTACK), g('ACCUSE', CONDEMN)],
    extracted: [{ type: 'ASSAULT', evidence: ATTACK, trigger: 'attacked' }, { type: 'ACCUSE', evidence: CONDEMN }],
    expect: { 'events.tp': 2, 'events.fp': 0, 'events.fn': 0, 'events.precision': 1, 'events.recall': 1, 'events.f1': 1 },
  },
  {
    name: 'one FP and one FN',
    gold: [g('ASSAULT', ATTACK), g('ACCUSE', CONDEMN)],
    extracted: [{ type: 'ASSAULT', evidence: ATTACK }, { type: 'COERCE', evidence: ARREST }],
    expect: { 'events.tp': 1, 'events.fp': 1, 'events.fn': 1, 'events.precision': 0.5, 'events.recall': 0.5 },
  },
  {
    name: 'right evidence, wrong type',
    gold: [g('ASSAULT', ATTACK)],
    extracted: [{ type: 'ACCUSE', evidence: ATTACK }],
    expect: { 'events.tp': 0, 'events.fp': 1, 'events.fn': 1, 'events.f1': 0 },
  },
  {
    name: 'right type, evidence elsewhere',
    gold: [g('ASSAULT', ATTACK)],
    extracted: [{ type: 'ASSAULT', evidence: ARREST }],
    expect: { 'events.tp': 0, 'events.fp': 1, 'events.fn': 1 },
  },
  {
    name: 'partial evidence overlap is enough',
    gold: [g('ASSAULT', 'army base in Kabul on Monday')],
    extracted: [{ type: 'ASSAULT', evidence: ATTACK }],
    expect: { 'events.tp': 1 },
  },
  {
    name: 'alt_types accepted',
    gold: [g('THREATEN', ATTACK, { alt_types: ['MOBILIZE'] })],
    extracted: [{ type: 'MOBILIZE', evidence: ATTACK }],
    expect: { 'events.tp': 1, 'events.fp': 0, 'events.fn': 0 },
  },
  {
    name: 'nothing extracted',
    gold: [g('ASSAULT', ATTACK)],
    extracted: [],
    expect: { 'events.tp': 0, 'events.fn': 1, 'events.precision': 0, 'events.recall': 0 },
  },
  {
    name: 'optional matched: neither TP nor FP',
    gold: [g('ASSAULT', ATTACK), g('RETREAT', CALLED_OFF, { optional: true })],
    extracted: [{ type: 'ASSAULT', evidence: ATTACK }, { type: 'RETREAT', evidence: CALLED_OFF }],
    expect: { 'events.tp': 1, 'events.fp': 0, 'events.fn': 0 },
  },
  {
    name: 'optional unmatched: not FN',
    gold: [g('ASSAULT', ATTACK), g('RETREAT', CALLED_OFF, { optional: true })],
    extracted: [{ type: 'ASSAULT', evidence: ATTACK }],
    expect: { 'events.tp': 1, 'events.fp': 0, 'events.fn': 0 },
  },
  {
    name: 'optional gold does not take the extracted event a required gold needs',
    // The optional gold is the closer span, yet the required one must get the pair.
    gold: [g('RETREAT', 'The Taliban said they had called off the raid', { optional: true }), g('RETREAT', CALLED_OFF)],
    extracted: [{ type: 'RETREAT', evidence: 'The Taliban said they had called off the raid', trigger: 'called' }],
    expect: { 'events.tp': 1, 'events.fp': 0, 'events.fn': 0 },
  },
  {
    name: 'one-to-one: two extracted on one gold',
    gold: [g('ASSAULT', ATTACK)],
    extracted: [{ type: 'ASSAULT', evidence: ATTACK }, { type: 'ASSAULT', evidence: 'army base in Kabul' }],
    expect: { 'events.tp': 1, 'events.fp': 1, 'events.fn': 0 },
  },
  {
    name: 'two gold events sharing one evidence both match',
    gold: [g('ASSAULT', ATTACK, { date: '2020-03-11' }), g('ASSAULT', ATTACK, { date: '2020-03-14' })],
    extracted: [
      { type: 'ASSAULT', evidence: ATTACK, date: '2020-03-14' },
      { type: 'ASSAULT', evidence: ATTACK, date: '2020-03-11' },
    ],
    // Ties on type and span are broken by field agreement, so both dates count as right.
    expect: { 'events.tp': 2, 'date.correct': 2, 'date.n': 2 },
  },
  {
    name: 'maximum matching, not greedy',
    // "the army base" is closest to the first gold; pairing it there first would strand "Rebels attacked".
    gold: [g('ASSAULT', 'Rebels attacked the army base'), g('ASSAULT', 'army base in Kabul on Monday')],
    extracted: [
      { type: 'ASSAULT', evidence: 'the army base', trigger: 'army' },
      { type: 'ASSAULT', evidence: 'Rebels attacked', trigger: 'attacked' },
    ],
    expect: { 'events.tp': 2, 'events.fp': 0, 'events.fn': 0 },
  },
  {
    name: 'actor mismatch counts at actor levels only',
    gold: [g('ASSAULT', ATTACK, { actor: 'Rebels', target: 'army' })],
    extracted: [{ type: 'ASSAULT', evidence: ATTACK, actor: ref('Police'), target: ref('army') }],
    expect: {
      'events.tp': 1, 'events.fp': 0, 'events.fn': 0,
      'actor.tp': 0, 'actor.fp': 1, 'actor.fn': 1,
      'actor_target.tp': 0, 'actor_target.fp': 1, 'actor_target.fn': 1,
    },
  },
  {
    name: 'target mismatch counts at actor_target only',
    gold: [g('ASSAULT', ATTACK, { actor: 'Rebels', target: 'army' })],
    extracted: [{ type: 'ASSAULT', evidence: ATTACK, actor: ref('rebels'), target: ref('police') }],
    expect: { 'actor.tp': 1, 'actor.fp': 0, 'actor_target.tp': 0, 'actor_target.fp': 1, 'actor_target.fn': 1 },
  },
  {
    name: 'null target on both sides matches; null actor vs named does not',
    gold: [g('ASSAULT', ATTACK, { actor: null }), g('ACCUSE', CONDEMN, { actor: 'government' })],
    extracted: [
      { type: 'ASSAULT', evidence: ATTACK, actor: ref('Rebels') },
      { type: 'ACCUSE', evidence: CONDEMN, actor: ref('The government') },
    ],
    expect: { 'actor.tp': 1, 'actor.fp': 1, 'actor.fn': 1, 'actor_target.tp': 1 },
  },
  {
    name: 'actor matched through resolveName code',
    gold: [g('ACCUSE', CONDEMN, { actor: 'United States' })],
    extracted: [{ type: 'ACCUSE', evidence: CONDEMN, actor: ref('American officials', 'USA') }],
    expect: { 'actor.tp': 1, 'actor.fn': 0 },
  },
  {
    name: 'date accuracy only over gold with a date',
    gold: [g('ASSAULT', ATTACK, { date: '2020-03' }), g('ACCUSE', CONDEMN, { date: '2020-03-11' }), g('COERCE', ARREST)],
    extracted: [
      { type: 'ASSAULT', evidence: ATTACK, date: '2020-03-11' },
      { type: 'ACCUSE', evidence: CONDEMN, date: '2020-03' },
      { type: 'COERCE', evidence: ARREST, date: '2020-01-01' },
    ],
    expect: { 'date.correct': 1, 'date.n': 2, 'date.accuracy': 0.5 },
  },
  {
    name: 'location by name containment; missing location is wrong',
    gold: [g('ASSAULT', ATTACK, { location: 'Kabul' }), g('COERCE', ARREST, { location: 'Herat' })],
    extracted: [
      { type: 'ASSAULT', evidence: ATTACK, location: 'Kabul city' },
      { type: 'COERCE', evidence: ARREST, location: null },
    ],
    expect: { 'location.correct': 1, 'location.n': 2 },
  },
  {
    name: 'certainty only where gold has it',
    gold: [
      g('ASSAULT', ATTACK, { certainty: 'claimed' }),
      g('ACCUSE', CONDEMN, { certainty: 'asserted' }),
      g('COERCE', ARREST),
    ],
    extracted: [
      { type: 'ASSAULT', evidence: ATTACK, certainty: 'claimed' },
      { type: 'ACCUSE', evidence: CONDEMN, certainty: 'alleged' },
      { type: 'COERCE', evidence: ARREST, certainty: 'denied' },
    ],
    expect: { 'certainty.correct': 1, 'certainty.n': 2, 'certainty.accuracy': 0.5 },
  },
  {
    name: 'attribution under extra',
    gold: [g('RETREAT', CALLED_OFF, { attributed_to: 'Taliban' }), g('ASSAULT', ATTACK, { attributed_to: 'Rebels' })],
    extracted: [
      { type: 'RETREAT', evidence: CALLED_OFF, source: ref('The Taliban') },
      { type: 'ASSAULT', evidence: ATTACK, source: 'outlet' },
    ],
    expect: { 'extra.attribution.correct': 1, 'extra.attribution.n': 2 },
  },
  {
    name: 'matched optional events stay out of field accuracies',
    gold: [g('RETREAT', CALLED_OFF, { optional: true, certainty: 'claimed', date: '2020' })],
    extracted: [{ type: 'RETREAT', evidence: CALLED_OFF, certainty: 'asserted' }],
    expect: { 'events.tp': 0, 'events.fp': 0, 'certainty.n': 0, 'date.n': 0 },
  },
];

function at(report: EvalReport, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], report);
}

function run(gold: readonly GoldSpec[], extracted: readonly EventSpec[]): EvalReport {
  const events: Event[] = extracted.map((s) => makeEvent(TEXT, s));
  return scoreDocuments([goldDoc('d1', TEXT, gold)], () => events, resolve);
}

for (const row of ROWS) {
  test(`score: ${row.name}`, () => {
    const report = run(row.gold, row.extracted);
    for (const [path, value] of Object.entries(row.expect)) assert.equal(at(report, path), value, path);
  });
}

test('score: evidence not found is reported, the other events are still scored', () => {
  const doc = goldDoc('d1', TEXT, [g('ASSAULT', ATTACK), g('ACCUSE', 'a sentence that is not there')]);
  const report = scoreDocuments([doc], () => [makeEvent(TEXT, { type: 'ASSAULT', evidence: ATTACK })], resolve);
  assert.equal(report.issues.length, 1);
  assert.equal(report.issues[0].kind, 'evidence-error');
  assert.match(report.issues[0].message, /test\.jsonl:1: doc d1 event #1/);
  assert.equal(report.events.tp, 1);
  assert.equal(report.events.fn, 0);
});

test('score: line errors pass through; only documents are counted', () => {
  const lineError = { kind: 'line-error', file: 'g.jsonl', line: 2, message: 'g.jsonl:2: invalid JSON' } as const;
  const report = scoreDocuments([goldDoc('d1', TEXT, [g('ASSAULT', ATTACK)]), lineError], () => [], resolve);
  assert.equal(report.documents, 1);
  assert.equal(report.issues.length, 1);
  assert.equal(report.events.fn, 1);
});

test('score: the coder sees only the article, never the gold', () => {
  const seen: Article[] = [];
  scoreDocuments([goldDoc('d1', TEXT, [g('ASSAULT', ATTACK)])], (a) => { seen.push(a); return []; }, resolve);
  assert.equal(seen.length, 1);
  assert.deepEqual(Object.keys(seen[0]).sort(), ['id', 'published', 'text', 'title']);
});

test('score: a coder that throws is reported and scored as finding nothing', () => {
  const docs = [goldDoc('d1', TEXT, [g('ASSAULT', ATTACK)]), goldDoc('d2', TEXT, [g('ACCUSE', CONDEMN)])];
  const code = (a: Article): readonly Event[] => {
    if (a.id === 'd1') throw new Error('boom');
    return [makeEvent(TEXT, { type: 'ACCUSE', evidence: CONDEMN })];
  };
  const report = scoreDocuments(docs, code, resolve);
  assert.equal(report.documents, 2);
  assert.equal(report.issues.filter((i) => i.kind === 'coder-error').length, 1);
  assert.deepEqual([report.events.tp, report.events.fn], [1, 1]);
});

test('score: counts are summed over documents (micro average)', () => {
  const docs = [goldDoc('d1', TEXT, [g('ASSAULT', ATTACK)]), goldDoc('d2', TEXT, [g('ACCUSE', CONDEMN), g('COERCE', ARREST)])];
  const report = scoreDocuments(docs, () => [makeEvent(TEXT, { type: 'ASSAULT', evidence: ATTACK })], resolve);
  assert.deepEqual([report.events.tp, report.events.fp, report.events.fn], [1, 1, 2]);
  assert.equal(report.events.precision, 0.5);
  assert.equal(report.events.recall, 1 / 3);
});

test('score: a pair whose trigger lies inside the gold evidence beats a closer span', () => {
  const doc = goldDoc('d1', TEXT, [g('ASSAULT', 'Rebels attacked the army base'), g('ASSAULT', 'in Kabul on Monday')]);
  const ext = makeEvent(TEXT, { type: 'ASSAULT', evidence: ATTACK, trigger: 'Kabul' });
  const report = scoreDocuments([doc], () => [ext], resolve);
  assert.equal(report.events.tp, 1);
  assert.deepEqual(report.docs[0].misses.map((m) => m.evidence), ['Rebels attacked the army base']);
});

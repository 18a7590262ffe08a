import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { TraceDrop } from '../../src/core/trace.ts';
import type { Event } from '../../src/schema/event.ts';

// Purposes and plans are not acts (coding guide rule 1; PLOVER manual, auxiliary modes): an act that must come
// first under a future or a need (src/extract/tree-clauses/precondition.ts), an aim stated through a copula
// (stated-aim.ts), the infinitive of a verb of effort (purpose-clause.ts; data/lexicon/clause-cues.tsv).
// Each row: a sentence written for this file, the events it must give ("TYPE actor>target", "-" for any), and
// the reason the coder's trace must give for the act it drops (null: nothing of that class may be dropped).
const drops: TraceDrop[] = [];
const coder = createCoder(loadKnowledge(), { trace: (d) => drops.push(d) });
type Row = readonly [sentence: string, expected: readonly string[], dropped: string | null];

const who = (a: Event['actor']) => [a?.code, a?.name, a?.text].filter(Boolean).join(' ').toLowerCase();
function matches(e: Event, spec: string): boolean {
  const [type, roles = '-'] = spec.split(' ');
  const [actor, target] = roles.split('>');
  if (e.type !== type) return false;
  if (actor && actor !== '-' && !who(e.actor).includes(actor.toLowerCase())) return false;
  return !target || target === '-' || who(e.target).includes(target.toLowerCase());
}

function table(name: string, reason: string, rows: readonly Row[]): void {
  for (const [sentence, expected, dropped] of rows) {
    test(`${name}: ${sentence}`, () => {
      drops.length = 0;
      const events = coder.code({ id: 't', text: sentence, published: '2024-05-10', title: null });
      const got = events.map((e) => `${e.type} ${e.actor?.code ?? e.actor?.name ?? '-'}>${e.target?.code ?? e.target?.name ?? '-'} [${e.rules.join(',')}]`);
      assert.equal(events.length, expected.length, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
      for (const spec of expected) assert.ok(events.some((e) => matches(e, spec)), `no ${spec} in ${JSON.stringify(got)}`);
      const mine = drops.filter((d) => d.reason === reason).map((d) => d.trigger.text);
      if (dropped === null) assert.deepEqual(mine, [], `nothing may be dropped by ${reason}`);
      else assert.ok(mine.some((t) => t.includes(dropped)), `${reason} must drop "${dropped}", dropped ${JSON.stringify(mine)}`);
    });
  }
}

table('what must come first under a future or a need is no event', 'candidate:tree-precondition', [
  ['The army will stay in Gedo until the rebels withdraw from the town.', [], 'withdraw'],
  ['The rebels say they need to rebuild trust before signing a cease-fire agreement with the army.', [], 'agreement'],
  // (a present "stops" after its subject is a verb: the stopping under "until" is dropped as forestalled, as "stopped" is)
  ['Hamas said it would not release the hostages until Israel stops the strikes on Gaza.', ['REJECT hamas>ISR'], null],
  // the limited clause happened: both acts are stated
  ['The Kenyan troops left Kismayo before the government signed a peace deal with the rebels.', ['RETREAT KENMIL>SOM', 'AGREE SOMGOV>rebels'], null], // (troops leaving a town is a RETREAT: plover-classes-19; a peace deal signed is AGREE: plover-classes-20)
  ['Israeli troops withdrew from the town before Hamas released the hostages.', ['RETREAT ISRMIL', 'RETREAT hamas'], null],
]);

table('an aim stated through a copula is no act', 'candidate:tree-stated-aim', [
  ['Students said their goal was to march to the parliament on Friday.', [], 'march'],
  ['The opposition said its aim is to stage a protest outside parliament.', [], 'protest'],
  ['The students said their aim was to rally outside the embassy.', [], 'rally'],
  // the parse may hang the aim noun on the verb before it: the words aim, "be", "to" still read an aim
  ['The opposition urged supporters to rally, saying their goal was to march to the parliament this time.', ['REQUEST -'], 'march'],
  ['Protesters marched to the parliament in Nairobi on Friday.', ['PROTEST protesters'], null],
]);

table('what a verb of effort is for is its aim', 'candidate:tree-purpose', [
  ['Boko Haram is fighting to impose Islamic law in northern Nigeria.', ['ASSAULT boko'], 'impose'],
  ['The Houthis are fighting to seize Marib from government forces.', ['ASSAULT houthis'], 'seize'],
  ['Activists in Cairo are campaigning to release the jailed journalists.', [], 'release'],
]);

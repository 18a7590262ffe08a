import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Clauses read off the dependency tree (src/extract/tree-clauses): each row is a sentence written for this file
// and the events it must give, as "TYPE actor>target certainty" (actor/target: a code or name fragment, "-" any;
// certainty optional). The row fails on any other event.
const coder = createCoder(loadKnowledge());
type Row = readonly [sentence: string, expected: readonly string[]];

const who = (a: Event['actor']) => [a?.code, a?.name, a?.text].filter(Boolean).join(' ').toLowerCase();
function matches(e: Event, spec: string): boolean {
  const [type, roles = '-', certainty] = spec.split(' ');
  const [actor, target] = roles.split('>');
  if (e.type !== type || (certainty && e.provenance.certainty !== certainty)) return false;
  if (actor && actor !== '-' && !who(e.actor).includes(actor.toLowerCase())) return false;
  return !target || target === '-' || who(e.target).includes(target.toLowerCase());
}

function table(name: string, rows: readonly Row[]): void {
  for (const [sentence, expected] of rows) {
    test(`${name}: ${sentence}`, () => {
      const events = coder.code({ id: 't', text: sentence, published: '2024-05-10', title: null });
      const got = events.map((e) => `${e.type} ${e.actor?.code ?? e.actor?.name ?? '-'}>${e.target?.code ?? e.target?.name ?? '-'} ${e.provenance.certainty} [${e.rules.join(',')}]`);
      assert.equal(events.length, expected.length, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
      for (const spec of expected) assert.ok(events.some((e) => matches(e, spec)), `no ${spec} in ${JSON.stringify(got)}`);
    });
  }
}

// ccomp under a threat verb, however far: words between the verb and its complement do not hide it
table('what a warning governs is the threat, however far from the verb', [
  ['Iran warned on Monday in a televised address by its army chief that its forces would strike Israeli bases.', ['THREATEN IRN>ISR']],
  ['North Korea threatened on Saturday in a long statement that its army would shell the South Korean islands.', ['THREATEN PRK']],
  ['Russia warned NATO against deploying troops to Ukraine.', ['THREATEN RUS>NAT']],
]);

// obj/obl/ccomp of a request or promise: the content did not happen
table('the content of a request or a promise is no event', [
  ['The Iraqi parliament called for an immediate withdrawal of American troops from the country.', ['REQUEST IRQ>USA']],
  ['Egypt demanded that Israel withdraw its forces from the Rafah crossing.', ['REQUEST EGY>ISR']],
  ['Armenia agreed to return four villages to Azerbaijan.', ['CONCEDE ARM>AZE']],
]);

// an until/unless clause on a refused act is part of the refusal
table('a refusal with what must come first is one REJECT', [
  ['Azerbaijan will not hold talks with Armenia until Yerevan withdraws its troops from the border.', ['REJECT AZE>ARM']],
  ['Israel will not negotiate with Hamas until the group releases all the hostages.', ['REJECT ISR>hamas']],
  ['Serbia will not recognise Kosovo until Pristina withdraws its police from the north.', ['REJECT SRB']],
]);

// a that-clause on "claims" is what the claims say: denied, not the rejection's content
table('a denied claim stays, marked denied', [
  ['Moscow rejected claims that its troops shelled the village.', ['REJECT RUS', 'ASSAULT RUS>- denied']],
  ['Hamas dismissed reports that its fighters attacked the convoy.', ['REJECT hamas', 'ASSAULT hamas>- denied']],
  ['The army rejected allegations that soldiers detained the journalists.', ['REJECT', 'COERCE ->- denied']],
]);

// advcl marked to / in order to / so that: an aim
table('a purpose clause states an aim, not an act', [
  ['Kenya deployed police officers to Haiti in order to fight the gangs.', ['MOBILIZE KEN']],
  ['France sent warships to the Red Sea so that they could attack pirate boats.', ['MOBILIZE FRA']],
  ['Nigeria deployed soldiers to Borno to recapture the villages from Boko Haram.', ['MOBILIZE NGA']],
]);

// advcl marked if/unless: the governed act is conditional, the condition hypothetical (dropped), the rest untouched
table('a condition makes only the act it conditions conditional', [
  ['The European Union will impose new sanctions on Moscow if Russia attacks Moldova.', ['SANCTION IGOEUREEC>RUS conditional']],
  ['Turkey will launch a new offensive against Kurdish fighters unless they leave the border area.', ['ASSAULT TUR conditional']],
  ['Hamas released two hostages on Friday and said it would free more if Israel halted its strikes.', ['RETREAT hamas asserted']],
]);

// a cancelling verb calls off the plan it takes as object or is coordinated with, nothing else in the sentence
table('a plan is called off only by the verb that cancels it', [
  ['Israel prepared a ground assault on Rafah but called it off.', ['ASSAULT ISR called_off', 'RETREAT ISR']],
  ['Hamas planned an attack on the border but cancelled it after Egypt intervened.', ['ASSAULT hamas called_off']],
  ['They planned to press the government to cancel a new education reform law.', ['REQUEST ->government planned']],
]);

// acl:relcl in the present or present perfect, an -ing participle on its noun: descriptions
table('a clause that only describes a participant is no event', [
  ['The Houthis, who control the port of Hodeidah, fired missiles at a tanker on Sunday.', ['ASSAULT houthi']],
  ['Al-Shabab, which has attacked African Union bases, released a video on Monday.', []],
  ['A coalition fighting in Yemen said on Wednesday it had exchanged prisoners with the Houthis.', ['RETREAT ->houthi']],
]);

// a relative clause with no relative word ("the territories it occupies") describes as well
table('a contact relative clause describes', [
  ['Moscow will not return the territories it occupies in Ukraine.', ['REJECT RUS']],
  ['Ukraine shelled the bridges they control near Kherson.', ['ASSAULT UKR']],
  ['Israel struck the tunnels it says Hamas controls in Rafah.', ['ASSAULT ISR']],
]);

// a passive relative clause reports what was done to the noun, unless it states a state in the simple present
table('a passive relative clause reports an act, a present state describes', [
  ['The port, which has been blockaded by Houthi boats, reopened on Monday.', ['COERCE houthi']],
  ['The convoy, which has been attacked by al-Shabab fighters twice, reached Mogadishu on Monday.', ['ASSAULT al-shabaab']],
  ['Hezbollah, which is backed by Iran, fired rockets at Israel on Sunday.', ['ASSAULT hezbollah>ISR']],
]);

// present perfect + since-clause, habitual adverbs on the verb: background
table('habitual or durative background is no event', [
  ['The two countries have fought three wars since they won independence.', []],
  ['India and Pakistan have clashed along the border for decades.', []],
  ['The rebels have repeatedly shelled the town and burned homes in the valley.', []],
]);

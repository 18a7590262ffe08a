import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';
import { matchesSpec, participantCodes as names } from '../core/event-spec.ts';

// Close PLOVER types the manual tells apart, by construction class (rows: sentence, the exact events as
// "TYPE actor>target" specs, - for any). Each class has its negatives: the neighbouring type that must stay.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

function table(name: string, rows: Array<[string, string[]]>): void {
  for (const [sentence, expected] of rows) {
    test(`${name} — ${sentence}`, { timeout: 60_000 }, () => {
      const events = code(sentence);
      const got = events.map((e) => `${e.type} ${names(e, 'actor')}>${names(e, 'target')}`);
      assert.equal(events.length, expected.length, JSON.stringify(got));
      for (const spec of expected) assert.ok(events.some((e) => matchesSpec(e, spec)), `no ${spec} in ${JSON.stringify(got)}`);
    });
  }
}

// PLOVER manual, CONCEDE: "announcements of future retreats should be coded as CONCEDE" (data/ontology/overrides.tsv 035)
table('an agreed or offered release, lifting or access is CONCEDE', [
  ['The junta agreed to release the detained ministers on Sunday.', ['CONCEDE junta>-']],
  ['The government offered to lift the curfew in the capital.', ['CONCEDE government>-']],
  ['Israel agreed to allow fuel trucks into Gaza.', ['CONCEDE ISR>-']],
  ['The union agreed to call off the strike at the port.', ['CONCEDE union>-']],
  // what is made between the sides stays AGREE
  ['Israel and Hamas agreed on a prisoner swap on Tuesday.', ['AGREE ISR+hamas>-']],
  ['Armenia and Azerbaijan agreed to a ceasefire on Monday.', ['AGREE ARM+AZE>-']],
]);

// PLOVER manual, REQUEST: "all requests, demands, and orders"; a call to boycott asks its addressee to act
table('a call to boycott is REQUEST', [
  ['Opposition parties urged voters to boycott the referendum.', ['REQUEST opposition>voters']],
  ['The Palestinian Authority called for a boycott of Israeli goods.', ['REQUEST PSE>-']],
  ['The union called on its members to boycott the election.', ['REQUEST union>members']],
  // rallying opposition stays ACCUSE (CAMEO 113)
  ['Opposition parties campaigned against the constitutional amendment.', ['ACCUSE opposition>-']],
]);

// PLOVER manual, COERCE: restrictions on freedoms of speech and expression (censor)
table('cutting access to information media is COERCE', [
  ['Russian authorities blocked access to the messaging app Telegram.', ['COERCE RUS>-']],
  ['Pakistan restricted access to the social media platform X ahead of the vote.', ['COERCE PAK>-']],
  ['The Iranian government cut access to Instagram during the protests.', ['COERCE IRN>-']],
  // access to a place stays a refusal
  ['Hungary denied access to its territory to the migrants.', ['REJECT HUN>-']],
]);

// "pass information about X to Y": the topic between the noun and its receiver is spelled (a gap stops at "about")
table('passing intelligence on a topic is COOPERATE', [
  ['The CIA passed intelligence about the plot to Russian security services.', ['COOPERATE USA>RUS']],
  ['Israel provided intelligence about the smuggling network to Egypt.', ['COOPERATE ISR>EGY']],
  ['Turkey shared information on the suspects with Iraqi authorities.', ['COOPERATE TUR>IRQ']],
]);

// armed men massing at a border build up (MOBILIZE); migrants wait, crowds protest
table('massing near a border is MOBILIZE', [
  ['Russian troops massed along the Ukrainian border in November.', ['MOBILIZE RUS>-']],
  ['Rebel fighters regrouped near the town of Bambari.', ['MOBILIZE rebel>-']],
  ['Russia massed tanks near Ukraine\'s northern border.', ['MOBILIZE RUS>UKR']],
  ['Thousands of migrants massed at the Polish border on Monday.', []],
  ['Protesters massed near the town hall in Nairobi.', ['PROTEST KEN>-']],
]);

// "an investigation into war crimes": the pattern's own words are no argument against it ("war" on crime is no war)
table('an investigation opened into war crimes is ACCUSE', [
  ['The ICC prosecutor opened an inquiry into war crimes in the Philippines.', ['ACCUSE IGOJUDICC>-']],
  ['The UN launched a probe into war crimes committed in Sudan.', ['ACCUSE IGOUNO>-']],
  ['The International Criminal Court opened an investigation into alleged war crimes in Myanmar.', ['ACCUSE IGOJUDICC>-']],
  ['The president declared war on corruption.', []],
]);

// PLOVER manual, CONCEDE: "declarations (but not implementations) of ceasefires"
table('a declared ceasefire is CONCEDE, an observed one RETREAT', [
  ['The Rapid Support Forces declared a unilateral ceasefire on Saturday.', ['CONCEDE rapid support>-']],
  ['Hamas announced a three-day truce for Eid.', ['CONCEDE hamas>-']],
  ['The Kurdish militants declared a ceasefire with Turkey on Sunday.', ['CONCEDE -']],
  ['The army implemented the ceasefire in the north on Monday.', ['RETREAT army>-']],
]);


import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';
import { matchesSpec, participantCodes as names } from '../core/event-spec.ts';

// Modes of PLOVER types the manual names in its definitions and ambiguities, written as data rows
// (data/patterns/verbs.tsv, extra-verbs.tsv, argument-senses.tsv; data/actors/roles.tsv): each row of a class is
// its own sentence, with the neighbouring reading that must stay.
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

// PLOVER manual, RETREAT ambiguities: "The Paris Club has agreed to forgive ... should be coded as AID"
table('creditors agreeing to forgive debt give AID', [
  ['The Paris Club agreed to forgive $2 billion of Zambia\'s debt.', ['AID paris club>ZMB']],
  ['China agreed to write off $500 million in loans to Sri Lanka.', ['AID CHN>LKA']],
  ['The IMF agreed to cancel most of the debt owed by Haiti.', ['AID IGOBUSIMF>-']],
  // a promise of it stays AGREE (future AID)
  ['Japan promised to forgive the debt owed by Laos.', ['AGREE JPN>-']],
]);

// PLOVER manual, AID ambiguities: reparations and voluntary settlements are AID; planned ones AGREE
table('paying reparations is AID', [
  ['Japan paid reparations to South Korea after the war.', ['AID JPN>KOR']],
  ['Germany paid compensation to the families of the victims.', ['AID DEU>-']],
  ['Germany will pay reparations to Namibia for the colonial-era genocide.', ['AGREE DEU>NAM']],
]);

// PLOVER manual, RETREAT ambiguities: freeing victims is a rescue (AID); a captor releasing hostages is RETREAT
table('freeing victims is AID', [
  ['Police in Madrid freed 14 trafficking victims on Tuesday.', ['AID ESP>-']],
  ['Nigerian troops liberated victims held by Boko Haram.', ['AID NGA>-']],
  ['Greek police freed 30 victims of a smuggling ring.', ['AID GRC>-']],
  ['Hamas freed four Israeli hostages on Saturday.', ['RETREAT hamas>ISR']],
]);

// PLOVER manual, PROTEST mode vandalize: symbolic damage to property
table('throwing paint or soup at art is PROTEST', [
  ['Climate activists threw soup at a Van Gogh painting in London.', ['PROTEST activists>-']],
  ['Protesters threw red paint at the statue of Cecil Rhodes.', ['PROTEST protesters>-']],
  ['Activists splashed paint at a painting by Monet in Stockholm.', ['PROTEST activists>-']],
]);

// PLOVER manual, SANCTION mode expel: from a group, organization or party; deporting individuals is COERCE
table('expelling from a group is SANCTION', [
  ['The ruling party expelled the former minister from its ranks.', ['SANCTION party>minister']],
  ['The ANC suspended the former president from the party.', ['SANCTION anc>president']],
  ['The Arab League suspended Syria from the organization.', ['SANCTION arab league>SYR']],
  ['Germany deported two Afghan men on Friday.', ['COERCE DEU>AFG']],
]);

// workers named by their trade strike (PROTEST strike), as "workers" do
table('trades are participants', [
  ['Dockworkers at Chile\'s ports walked off the job over pensions.', ['PROTEST dockworkers>-']],
  ['Miners went on strike in Zambia over unpaid wages.', ['PROTEST ZMBLAB>-']],
  ['Steelworkers in South Korea staged a walkout over wages.', ['PROTEST KORLAB>-']],
]);

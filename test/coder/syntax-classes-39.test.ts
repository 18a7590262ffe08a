import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, coderPublishedOn, expectAll, T, expectCodes as expectCoded } from './class-fixture.ts';

// Session 39 classes of the tree (tagging and attachment), each on sentences written for this file, with negatives
// that must keep their coding. 9 June 2025 is a Monday. Each headline is a single line with no final stop, coded as a
// text of its own (an article's own headline is not coded: core/coder.ts headlineEnd).
const code = coderPublishedOn('2025-06-09');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

/** One test per case: the coder gives the brief ("TYPE actor > target") with that certainty. */
function expectCertain(name: string, cases: ReadonlyArray<readonly [string, string, string]>): void {
  for (const [text, expected, certainty] of cases) {
    test(`${name}: ${text}`, T, () => {
      const events = code(text);
      const e = events.find((x) => brief(x) === expected);
      assert.ok(e, `${expected} not in ${JSON.stringify(events.map(brief))}`);
      assert.equal(e.provenance.certainty, certainty, JSON.stringify(events.map((x) => `${brief(x)} ${x.provenance.certainty}`)));
    });
  }
}

// "Sudanese Army Shells Displacement Camp in Darfur", "ARMY SHELLS REBEL POSITIONS NEAR GOMA": a title-cased or capitals
// headline's verb that is also a plural noun, held to a verb (tree-repair/retag-headline-verb.ts), was parsed the root
// with the noun before it still its `compound`, so it had no subject and the re-tagging was thrown away (in capitals,
// "REBEL" was read as the verb instead). That noun now heads the verb's subject.
expectCodes('a headline verb read as a plural noun takes the noun before it as subject', [
  ['Russian Army Shells Border Villages in Sumy', 'Shells', 'RUSMIL', 'UKRCVL'],
  ['Sudanese Army Shells Displacement Camp in Darfur', 'Shells', 'SDNMIL'],
  ['ARMY SHELLS REBEL POSITIONS NEAR GOMA', 'SHELLS', 'CODMIL', 'CODREB'],
]);
// a verb that agrees with its plural subject was found before; a plural noun that is the subject stays a noun
expectAll(code, 'headline verbs the parse read before keep their reading', [
  ['Rebel Fighters Shell Army Base Near Bunia', ['ASSAULT Rebel Fighters > Army Base']],
  ['Artillery Shells Hit Market in Donetsk', ['ASSAULT null > Market']],
  ['Police arrest dozens at protest in Nairobi', ['COERCE Police > dozens']],
]);

// "Soldiers arrested in Kinshasa over coup plot": a headline drops the "were" of a passive, and the bare participle was
// read as a past tense with its undergoer as the doer. Headlines tell past acts in the present, so a headline's main
// verb in a past form with a subject and no object is a passive (tree-repair/headline-grammar.ts, rule
// tree-repair:headline-passive), also before an attribution tail, and a noun with the participle as its modifier.
expectAll(code, 'a headline\'s participle with its "was" dropped is a passive', [
  ['Two aid workers kidnapped in northern Mali', ['ASSAULT null > aid workers']],
  ['Soldiers arrested in Kinshasa over coup plot', ['COERCE null > Soldiers']],
  ['Opposition Leader Detained in Dhaka', ['COERCE null > Opposition Leader']],
  ['Two policemen shot dead in Peshawar', ['ASSAULT null > policemen']],
  ['Militia commander jailed in Bangui', ['COERCE null > Militia commander']],
]);
expectCertain('a headline passive before an attribution tail is the source\'s', [
  ['Three journalists detained in Harare, union says', 'COERCE null > journalists', 'claimed'],
]);
// verbs that act with no object keep their subject as the doer; an object, a "was" or a final stop is no headline passive
expectAll(code, 'subjects of active past verbs stay the doers', [
  ['Fans clashed with police in Lagos', ['PROTEST Fans > police']],
  ['Troops withdrew from the town', ['RETREAT Troops > null']],
  ['Police detained three journalists in Harare', ['COERCE Police > journalists']],
  ['Police detained three journalists in Harare on Monday.', ['COERCE Police > journalists']],
]);

// "Russia to expel British diplomats": a headline's "to" with no "is" before it tells what its subject is to do, a plan
// (GUIDE: planned = announced for the future), but the act was coded as done (extract/headline-future.ts, cue
// "headline to"). Where the parse made the subject noun the root and the infinitive its purpose ("Army to deploy
// troops", dropped as a purpose), the infinitive is the root (tree-repair:headline-infinitive).
expectCertain('a headline\'s "to" is a planned act', [
  ['Russia to expel British diplomats', 'SANCTION Russia > British diplomats', 'planned'],
  ['President to meet rebel leaders in Doha', 'CONSULT President > rebel leaders', 'planned'],
  ['Army to deploy troops in capital', 'MOBILIZE Army > null', 'planned'],
  ['Kenya to send police officers to Haiti, minister says', 'MOBILIZE Kenya > null', 'planned'],
]);
// the present tense of a headline is a done act; prose "to" of purpose is no plan
expectCertain('headline presents and purposes stay asserted', [
  ['Russia expels British diplomats', 'SANCTION Russia > British diplomats', 'asserted'],
  ['The army sent troops to protect the capital.', 'MOBILIZE army > the capital', 'asserted'],
  ['Protesters rally against plan to close mines', 'PROTEST Protesters > null', 'asserted'],
]);

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, coderPublishedOn, expectAll, T, expectCodes as expectCoded, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 39 classes of the tree (tagging and attachment), each on sentences written for this file, with negatives
// that must keep their coding. 9 June 2025 is a Monday. Each headline is a single line with no final stop, coded as a
// text of its own (an article's own headline is not coded: core/coder.ts headlineEnd).
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
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
  ['The army sent troops to protect the capital.', 'MOBILIZE army > null', 'asserted'], // (what a force guards is no target: targets-44)
  ['Protesters rally against plan to close mines', 'PROTEST Protesters > null', 'asserted'],
]);

// "Police officers detain a demonstrator in Ankara. Photo: Anadolu": a photo caption ends with its credit, and a credit
// with no brackets ("Photo: ...", "Photograph: .../AFP", "REUTERS/...") left the line the story's, so its present-tense
// description became an act of the publication day. A line that ends with a sentence and then an unbracketed credit is
// page furniture (data/lexicon/page-furniture.tsv, kind `tail`), as a bracketed credit's line already was.
expectNone('a caption with an unbracketed credit is no act of the day', 'COERCE', [
  'Police officers detain a demonstrator in Ankara. Photo: Anadolu',
  'Riot police detain a student outside the university in Istanbul. REUTERS/Jane Doe',
  'Israeli soldiers detain a Palestinian man in Hebron. Photograph: John Smith/AFP',
]);
test('a caption\'s credit blanks its line only: the story around it keeps its acts', T, () => {
  const text = 'ANKARA - Turkish police detained 12 students in Ankara on Sunday, the governor\'s office said.\n\nRiot police detain a student outside the university in Ankara. Photo: Anadolu\n\nThe students were released on Monday.';
  const events = code(text);
  assert.deepEqual(events.filter((e) => e.type === 'COERCE').map((e) => `${brief(e)} ${e.date?.value}`), ['COERCE Turkish police > students 2025-06-08'], JSON.stringify(events.map(brief)));
});
// a credit's word inside a sentence, or a sentence about photos, is the story's
expectAll(code, 'photos and photographers in sentences stay the story\'s', [
  ['Police officers detained a demonstrator in Ankara on Monday, the ministry said.', ['COERCE Police officers > demonstrator']],
  ['Police said they arrested a photographer in Ankara on Monday.', ['COERCE they > a photographer']],
  ['Police fired tear gas at protesters in Nairobi. Photos showed injured people.', ['ASSAULT Police > protesters']],
]);

// "Three Aid Workers Killed in Sudan", "PROTEST LEADERS ARRESTED": an act noun that modifies the noun after it is no act
// ("aid workers" are workers: extract/token-shape.ts isHead), but the test read the next word's letters, so in a
// title-cased or capitals headline every modifier was an act of its own (AID to the aid workers, a PROTEST by nobody).
// The next word is read as the tagger read it, in lower case (nlp/title-case.ts `readAs`).
expectNone('an act noun modifying a headline\'s capitalised noun is no act', 'AID', ['THREE AID WORKERS KILLED IN SUDAN', 'Three Aid Workers Killed in Sudan']);
expectNone('an act noun modifying a headline\'s capitalised noun is no act', 'PROTEST', ['Protest Leaders Arrested in Lagos']);
expectAll(code, 'the headline\'s own act stays, its modifier\'s noun undergoes it', [
  ['Three Aid Workers Killed in Sudan', ['ASSAULT null > Aid Workers']],
  ['Protest Leaders Arrested in Lagos', ['COERCE null > Protest Leaders']],
  ['STRIKE LEADERS JAILED IN TEHRAN', ['COERCE null > STRIKE LEADERS']],
]);
// an act noun before a verb or a place heads its phrase
expectAll(code, 'a headline\'s act noun that heads its phrase stays an act', [
  ['UN Aid Reaches Gaza', ['AID UN > null']],
  ['Thousands Protest in Belgrade', ['PROTEST Thousands > null']],
  ['Students Protest Tuition Hike in Nairobi', ['PROTEST Students > null']],
]);

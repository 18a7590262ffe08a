import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, expectAll as expectCoded, expectCodes as expectCodesOf, T } from './class-fixture.ts';
import { analyze } from '../../src/nlp/analyze.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

// Session 33 role classes (who did it to whom), each on sentences written for this file, with negatives that must
// not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCodesOf(code, name, cases);
const titles = loadKnowledge().lexicon.honorifics;
const sentencesOf = (text: string) => analyze(text, titles).sentences.map((s) => s.text);

// "Sen. Chuck Schumer, D-N.Y., accused ...", "Maj. Gen. Ahmed Ali said": wink-nlp ended a sentence inside a dotted
// party tag ("N." | "Y.") and after a rank written short that it does not know ("Maj." | "Gen."), so the subject and
// its verb fell into two sentences and the act was lost. nlp/sentence-joins.ts joins such spans; the short ranks are
// rows of data/lexicon/honorifics.tsv written with their period.
expectAll('a party tag or a short rank ends no sentence', [
  ['Sen. Chuck Schumer, D-N.Y., accused the White House of abandoning Kyiv on Monday.', ['ACCUSE Sen. Chuck Schumer > White House']],
  ['Rep. Nancy Mace, R-S.C., criticized the Pentagon on Monday for the withdrawal.', ['ACCUSE']],
  ['Sen. Joe Manchin, D-W.Va., met Ukrainian President Volodymyr Zelenskiy in Washington on Monday.', ['CONSULT']],
  ['Maj. Gen. Ahmed Ali accused the rebels of attacking a convoy near the border on Monday.', ['ACCUSE Maj. Gen. Ahmed Ali > rebels']],
  ['Adm. John Aquilino met Philippine Defense Secretary Gilberto Teodoro in Manila on Monday.', ['CONSULT Adm. John Aquilino > Philippine Defense Secretary Gilberto Teodoro']],
]);
test('a short rank before a name is no sentence of its own', T, () => {
  assert.deepEqual(sentencesOf('Supt. Mark Evans said the gang attacked two officers in Leeds on Monday.').length, 1);
  assert.deepEqual(sentencesOf('Cpl. David Levy was wounded near Jenin on Monday.').length, 1);
  assert.deepEqual(sentencesOf('Rear Adm. Ali Reza Tangsiri warned the U.S. Navy on Monday.').length, 1);
});
test('a sentence end stays one after a country short, a missing space or a title that ends the sentence', T, () => {
  assert.equal(sentencesOf('He went to the U.S. He left on Monday.').length, 2);
  assert.equal(sentencesOf('The embassy reopened in Asmara.The move came a week after the deal.').length, 2);
  assert.equal(sentencesOf('The talks were held in Washington, D.C. On Monday, the envoy left.').length, 2);
  assert.equal(sentencesOf('Schumer, D-N.Y., spoke on Monday. Maj. Gen. Ali spoke on Tuesday.').length, 2);
});

// "X met Y ... India and Pakistan exchanged accusations ... the two sides agreed to hold talks": a collective of a
// cooperative act took the pair of the last meeting up to four sentences back (core/collective-sides.ts), past two
// sides that had acted on each other since. A reciprocal act between two coded sides (any class: traded blame, fought)
// is now a two-sided event too, so the nearer pair stays.
expectCodes('the two sides of a mutual act named after a meeting', [
  ['Chinese President Xi Jinping met Brazilian President Lula da Silva in Beijing on Monday.\n\nSeparately, India and Pakistan exchanged accusations over the border shelling.\n\nThe two sides agreed on Tuesday to hold talks next week.', 'agreed', 'IND'],
  ['Japan\'s prime minister met South Korea\'s president in Tokyo on Monday.\n\nIn another development, Sudan\'s army and the RSF fought near Khartoum.\n\nThe two sides agreed to a three-day truce on Tuesday.', 'agreed', 'SDNMIL'],
  ['Japan\'s prime minister met South Korea\'s president in Tokyo on Monday.\n\nMeanwhile, Ethiopian and Eritrean troops clashed along the border.\n\nThe two sides agreed to a ceasefire on Tuesday.', 'agreed', 'ETHMIL'],
]);
test('the pair of the meeting stays without a mutual act between other sides', T, () => {
  const codes = (text: string, trigger: string) => (code(text).find((e) => e.trigger.text.startsWith(trigger))?.actors ?? []).map((a) => a.code).sort().join(' ');
  assert.equal(codes('Japan\'s prime minister met South Korea\'s president in Tokyo on Monday. Kishida said Japan would work with Seoul on North Korea. The two sides agreed to share intelligence.', 'agreed'), 'JPNGOV KORGOV');
  assert.equal(codes('Chinese President Xi Jinping met Brazilian President Lula da Silva in Beijing on Monday. Xi said China opposed U.S. tariffs. The two sides signed 20 agreements.', 'signed'), 'BRAGOV CHNGOV');
  assert.equal(codes('Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday. The United States and Britain criticized the visit. The two sides signed a gas deal.', 'signed'), 'RUSGOV TURGOV');
});

// "Russian forces attacked Kharkiv, Ukraine said. The defence ministry accused Moscow of ...": a bare armed body after
// "the" takes up the side the story named that role with (resolve/definite-role-side.ts), so the ministry accusing
// Moscow was Russia's own (RUSMIL > RUS). A bare state body acting on a state takes no country of that state from the
// story (core/assemble.ts notOfStateActedOn, rule actor:no-country-of-state-acted-on): no side is left rather than the
// wrong one; acting on another state, it keeps the named side.
expectCodes('a bare state body acting on a state is not that state\'s', [
  ['Russian forces attacked Kharkiv overnight, Ukraine said on Monday. The defence ministry accused Moscow of targeting civilians.', 'accused', null, 'RUS'],
  ['Russian troops shelled Kherson on Sunday, Ukrainian officials said. The defence ministry accused Russia of war crimes on Monday.', 'accused', null, 'RUS'],
  ['Israeli troops raided Jenin on Monday, Palestinian officials said. The army accused Israel of killing civilians.', 'accused', null, 'ISR'],
  ['Indian troops fired across the border on Monday, Pakistan said. The army accused India of violating the ceasefire.', 'accused', null, 'IND'],
]);
expectCodes('a bare state body acting on another state keeps the side named', [
  ['Russian forces attacked Kharkiv overnight. The defence ministry accused Ukraine of shelling Belgorod on Monday.', 'accused', 'RUSMIL', 'UKR'],
  ['Israeli troops raided Jenin on Monday. The army accused Hamas of hiding weapons in a school.', 'accused', 'ISRMIL', 'hamas'],
  ['Indian troops fired across the border on Monday. The army accused Pakistan of violating the ceasefire.', 'accused', 'INDMIL', 'PAK'],
  // (a town standing for its own country is no state acted on: forces fight at home)
  ['Ethiopian troops have been fighting Fano militias since August. The army shelled Gondar on Sunday.', 'shelled', 'ETHMIL'],
]);

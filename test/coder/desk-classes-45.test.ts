import { coderPublishedOn, expectAll } from './class-fixture.ts';

// Session 45 classes of political and diplomatic reporting, each on sentences written for this file, with negatives
// that must keep their coding. 9 December 2025 is a Tuesday.
const code = coderPublishedOn('2025-12-09');

// "X accused Y of using force to break up rallies and demanded an inquiry": the past-tense "demanded" read as a
// conjunct of the infinitive "break up" was moved to the infinitive's governor, the gerund "using", where a finite verb
// cannot stand either; the request then fell to the accused (Y). A finite conjunct joins the first finite verb above
// a chain of gerunds and infinitives (extract/tree-repair/finite-conjunct-of-infinitive.ts).
expectAll(code, 'a finite conjunct after a gerund and an infinitive is the speaker\'s second act', [
  ['Human Rights Watch accused the police of using force to break up rallies and demanded an inquiry.', ['ACCUSE Human Rights Watch > police', 'REQUEST Human Rights Watch > null']],
  ['Kyiv accused Moscow of using hunger to break the city and demanded new sanctions.', ['ACCUSE Kyiv > Moscow', 'REQUEST Kyiv > null']],
  ['The human rights commission accused the police of using dogs to attack protesters and demanded the release of those detained.', ['REQUEST The human rights commission > null']],
]);
// infinitives joined to infinitives, gerunds to gerunds, and a finite verb right after one infinitive keep their readings
expectAll(code, 'non-finite conjuncts and single infinitives keep their heads', [
  ['The rebels vowed to keep fighting to defend the town and rejected the truce offer.', ['REJECT The rebels > null']],
  ['The opposition urged the army to stop shooting protesters and to free detainees.', ['REQUEST The opposition > army']],
  ['The minister accused the rebels of trying to seize the airport and of killing civilians.', ['ACCUSE The minister > rebels']],
  ['The opposition party accused the electoral board of hiring thugs to burn ballot boxes and demanded a fresh vote.', ['REQUEST The opposition party > null']],
]);

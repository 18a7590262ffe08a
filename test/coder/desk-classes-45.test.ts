import { coderPublishedOn, expectAll, expectNone, expectPlaceNames } from './class-fixture.ts';

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

// "Russia said it would not recognize the reimposed measures", "the opposition will not accept the offer": a "will not"
// before a concession or commitment was read as its negation and dropped (the concession never made), and recognising
// a thing that is no actor (results, measures, a ruling) had no row. A concession or commitment refused for the future
// is a refusal, as "refused to accept" is (PLOVER REJECT, core/speech-acts.ts refusedYield); recognising an outcome or a
// measure endorses it (verbs.tsv recognize * result|measure|ruling…, SUPPORT), so refusing to is a REJECT.
expectAll(code, 'a concession or recognition refused for the future is a rejection', [
  ['The opposition will not accept the offer.', ['REJECT The opposition > null']],
  ['Hamas will not accept the ceasefire proposal, a spokesman said.', ['REJECT Hamas > null']],
  ['Moscow will not recognise the sanctions, the deputy minister said.', ['REJECT Moscow > null']],
  ['Beijing said it would not recognize the ruling of the tribunal.', ['REJECT']],
]);
expectAll(code, 'a concession made stays a concession', [
  ['The governing party accepted the outcome of the count.', ['CONCEDE The governing party > null']],
]);
// a hostile act, a deployment or a need is no concession refused and no recognition
expectNone(code, 'no refusal in a negated attack or deployment', 'REJECT', [
  'The army will not attack the city, the general said.',
  'Kenya will not send troops to the border.',
]);
expectNone(code, 'recognising a need endorses no one', 'SUPPORT', [
  'The minister recognized the need for reform.',
  'The minister recognized the scale of the problem.',
]);

// "rallied in Wenceslas Square", "marched on Independence Square", "gathered in Plaza de Mayo": a named square no list
// holds was no place (the dateline's city took the event), or its first word was read as a town ("Independence",
// Missouri; "Plaza" a Polish village). A capitalised name ending in "Square" or opened by "Plaza"/"Piazza" (joined by
// "de", "della") is a site by its name (lexicon/place-nouns.tsv, position `head`; resolve/named-places.ts).
expectPlaceNames(code, 'a named square is the site of what happens there', [
  ['BUDAPEST — Thousands of people rallied in Kossuth Square on Sunday to protest against the media law.', 'rallied', 'Kossuth Square'],
  ['KYIV — Hundreds of students marched on Independence Square on Saturday to protest against the new law.', 'marched', 'Independence Square'],
  ['BUENOS AIRES — Pensioners gathered in the Plaza de Mayo on Wednesday to protest against benefit cuts.', 'gathered', 'Plaza de Mayo'],
  ['ROME — Students marched to Piazza Venezia on Friday to protest against the budget.', 'marched', 'Piazza Venezia'],
]);
// a surname "Plaza" opens no square's name
expectPlaceNames(code, 'a surname Plaza is no site', [
  ['MADRID — Senator Maria Plaza accused the prime minister of lying on Tuesday.', 'accused', 'Spain'],
  ['LIMA — Senator Ana Plaza met the prime minister in Lima on Tuesday.', 'met', 'Lima'],
]);

// "President Gabriel Boric called Jose Antonio Kast on Monday", "... called Kast": a leader's call to a person no list
// holds was no call (the callee had to be a listed person, a state or a titled role), and a lone surname after "called"
// was parsed as a naming's predicate ("called him Kast") with nothing named. A full personal name, or its later
// surname, is a callee, and a lone name with no object is the one called (extract/phone-call.ts).
expectAll(code, 'a leader\'s call to an unlisted person is a call', [
  ['TEGUCIGALPA, Honduras — President Xiomara Castro called Nasry Asfura on Tuesday to discuss the handover.', ['CONSULT President Xiomara Castro > Nasry Asfura']],
  ['LISBON — Andre Ventura lost the vote on Sunday.\n\nPrime Minister Luis Montenegro called Ventura on Monday.', ['CONSULT Prime Minister Luis Montenegro > Ventura']],
  ['QUITO, Ecuador — Luisa Gonzalez lost the runoff on Sunday.\n\nPresident Daniel Noboa called Gonzalez on Monday night.', ['CONSULT President Daniel Noboa > Gonzalez']],
]);
// a naming (an object and its name), a group's name after "called", and a product stay no call
expectNone(code, 'a naming or a name after "called" is no call', 'CONSULT', [
  'President Daniel Noboa called Luisa Gonzalez a liar on Monday.',
  'A militia called Jaish al-Adl claimed the attack on Monday.',
  'The president called the protesters Marxist Traitors on Monday.',
]);

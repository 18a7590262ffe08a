import { coderPublishedOn, expectCodes as expectCoded, expectNone, T } from './class-fixture.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';

// Session 47 classes of who did it, each on sentences written for this file, with negatives that must not change.
// 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "Exiled opposition figures called on the military to …", "Jailed activists accused …": a sentence-initial past
// participle before plural nouns and a past verb describes the nouns; the tagger was sure enough of a verb that the
// re-tagging never asked (its margin), and after a dateline the participle was no first word, so the act had no actor
// (extract/tree-repair/retag-first-participle.ts MAX_MARGIN_BEFORE_PLURAL_SUBJECT, openingWord).
expectCodes('an opening participle before plural nouns and a past verb is an adjective', [
  ['ANKARA, Turkey — Exiled opposition figures called on the government to free jailed journalists on Monday.', 'called', 'TUROPP', 'TURGOV'],
  ['MINSK, Belarus — Exiled opposition leaders urged the European Union to impose new sanctions on Monday.', 'urged', 'BLROPP'],
  ['TEHRAN, Iran — Jailed activists accused the judiciary of torturing prisoners on Monday.', 'accused', 'IRNOPP', 'IRNJUD'],
]);
// "Opposition figures in exile called on …": the plural noun read as a verb ("figures") with the past verb hung on
// "exile"; held to a noun it is the subject (extract/tree-repair/retag-subject-noun.ts). A phrase of state after the
// noun ("in exile", "in hiding", "in custody") is no act.
expectCodes('a plural subject noun read as a verb before the past verb is a noun', [
  ['KAMPALA, Uganda — Opposition figures in exile called on the army to stay out of politics on Monday.', 'called', 'UGAOPP', 'UGAMIL'],
  ['HARARE, Zimbabwe — Opposition figures in hiding accused the police of torturing activists on Monday.', 'accused', 'ZWEOPP', 'ZWECOP'],
  ['CARACAS, Venezuela — Opposition figures in exile urged the army to abandon Maduro on Monday.', 'urged', 'VENOPP', 'VENMIL'],
]);
// an opening participle clause, a sure verb and a verb with its own subject stay
expectCodes('opening participle clauses and sure verbs stay', [
  ['KABUL, Afghanistan — Masked gunmen stormed a girls\' school on Monday.', 'stormed', undefined],
  ['Backed by Russia, the rebels attacked the town of Kidal in Mali on Monday.', 'attacked', 'MLIREB'],
]);
expectNone(code, 'a verb with its own clause stays a verb', 'SUPPORT', ['The minister figures the deal collapsed last week.']);

// "Pajhwok news agency reported … The agency accused Pakistan of …": a definite description of a news outlet ("the
// agency", "the broadcaster", "the newspaper") takes up the outlet named before; "the agency" was nobody, and "the
// newspaper" the story country's media at large (resolve/outlet-anaphors.ts, data/lexicon/anaphors.tsv rows of outlet).
expectCodes('the agency is the outlet named before', [
  ['DAMASCUS, Syria — Israeli jets struck an airbase near Homs on Monday, the state news agency SANA reported. The agency accused Israel of violating Syrian sovereignty.', 'accused', 'sana', 'ISR'],
  ['KABUL, Afghanistan — Pajhwok news agency reported on Monday that Pakistani jets struck a village in Khost. The agency accused Pakistan of killing civilians.', 'accused', 'AFGMED', 'PAK'],
  ['ISLAMABAD, Pakistan — Police arrested a journalist on Monday, the Dawn newspaper reported. The newspaper criticised the government for silencing the press.', 'criticised', 'dawn', 'PAKGOV'],
]);
test('the broadcaster keeps the outlet\'s name', T, () => {
  const e = code('ADDIS ABABA, Ethiopia — The state broadcaster EBC said on Monday that the army had killed 40 rebels. The broadcaster accused Eritrea of arming the fighters.').find((x) => x.trigger.text.startsWith('accused'));
  assert.ok(e?.actor?.name.includes('EBC'), JSON.stringify(e?.actor));
});
// a body whose name holds the noun, named nearer, is the one taken up; a news agency cited after it is not
expectCodes('the agency of a body named nearer stays that body', [
  ['WASHINGTON — The U.S. Agency for International Development cut aid to Sudan on Monday, Reuters reported. The agency accused the army of blocking deliveries.', 'accused', 'USAGOVDEV'],
  ['VIENNA, Austria — Iran has barred inspectors from the Fordow site, the International Atomic Energy Agency said on Monday, according to Reuters. The agency accused Tehran of hiding material.', 'accused', 'IGOUNOIAE'],
  ['TEHRAN, Iran — Iran executed two men convicted of spying for Israel, Tasnim news agency reported on Monday. The agency accused the men of passing information to the Mossad.', 'accused', 'tasnim'],
]);

// "The Better Business Bureau accused the company …": only a bureau a word of whose name makes it a state's ("federal",
// "national", "anti-corruption", "investigation", "statistics"; data/lexicon/state-bureau-words.tsv) or that bears a
// country's name is the state's office (resolve/unknown-names.ts statesBureau); any "… Bureau" was, since roles-46.
expectNone(code, 'a trade\'s bureau is no state body', 'ACCUSE', ['WASHINGTON — The Better Business Bureau accused the company of defrauding customers on Monday.']);
expectCodes('a bureau of no state word is uncoded', [
  ['ABUJA, Nigeria — The Grain Bureau accused the government of hoarding food on Monday.', 'accused', null],
  ['NAIROBI, Kenya — The Tourism Bureau praised the police on Monday.', 'praised', null],
]);
expectCodes('a state\'s bureau stays the state\'s', [
  ['ABUJA, Nigeria — The National Bureau of Statistics accused traders of hoarding food on Monday.', 'accused', 'NGAGOV'],
  ['ADDIS ABABA, Ethiopia — The Ethiopian Tourism Bureau accused rebels of attacking tourists on Monday.', 'accused', 'ETHGOV'],
  ['ADDIS ABABA, Ethiopia — The Oromia Police Bureau arrested 12 men on Monday.', 'arrested', 'ETHCOP'],
]);

// "Matteo Salvini met Giorgia Meloni on Monday. His party later accused …": a gendered pronoun never takes up a person
// whose given name is the other gender's (data/lexicon/given-name-genders.tsv, resolve/pronoun-gender.ts); "his party"
// was Meloni's. A name the list lacks sets no constraint.
const actorNameOf = (text: string, trigger: string) => code(text).find((x) => x.trigger.text.startsWith(trigger))?.actor?.name ?? null;
for (const [text, wrong] of [
  ['ROME, Italy — Matteo Salvini met Giorgia Meloni on Monday. His party later accused the opposition of lying.', 'Giorgia Meloni'],
  ['NAIROBI, Kenya — Raila Odinga praised Martha Karua on Monday. Her party later accused the government of rigging the vote.', 'Raila Odinga'],
  ['THE HAGUE, Netherlands — VVD leader Dilan Yesilgoz met Geert Wilders on Monday. His party later accused the VVD of betraying voters.', 'Dilan Yesilgoz'],
] as const) {
  test(`a pronoun of the other gender skips the person: ${text}`, T, () => assert.notEqual(actorNameOf(text, 'accused'), wrong));
}
// a pronoun that fits, or a name of no listed gender, is taken up as before
for (const [text, right] of [
  ['ROME, Italy — Giorgia Meloni met Matteo Salvini on Monday. Her party later accused the opposition of lying.', 'Giorgia Meloni'],
  ['MADRID, Spain — Pedro Sanchez met Isabel Ayuso on Monday. His party later accused the opposition of lying.', 'Pedro Sánchez'],
  ['PARIS — Marine Le Pen said on Monday that Jordan Bardella would lead the party. She accused the government of ignoring farmers.', 'Le Pen'],
] as const) {
  test(`a pronoun that fits takes the person up: ${text}`, T, () => assert.equal(actorNameOf(text, 'accused'), right));
}

// "President Elena Cárdenas … Lawmakers accused Cárdenas of lying": a town's name (Cárdenas, Cuba) that the article
// gives as a surname after a given name is the person in its bare mentions, not the town, which made the story Cuba's
// and its lawmakers Cuban (fresh-text class, roles47; resolve/surname-towns.ts). "In Cárdenas" stays the town.
expectCodes('a surname that is also a town names no country', [
  ['LIMA, Peru — Congress voted on Monday to remove President Elena Cárdenas from office. Lawmakers accused Cárdenas of lying to investigators.', 'accused', 'PERLEG'],
  ['LIMA, Peru — Congress voted on Monday to remove President Elena Cárdenas from office. Supporters of Cárdenas later marched on the Congress building and police fired tear gas.', 'fired', 'PERCOP'],
]);
// (a person named by a title alone sets no constraint: whoever the gazetteer says holds the office, the pronoun may
// mean another; roles-42 "The British prime minister said her defence minister …" keeps its reading)

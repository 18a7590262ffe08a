import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectCodes as expectCoded, find, T } from './class-fixture.ts';

// Session 33 classes of the second places helper, on sentences written for this file, with negatives that must not
// change. 6 May 2026 is a Wednesday.
const code = coderPublishedOn('2026-05-06');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "Russian forces arrived in Mali at the junta's invitation": "junta" was a MIL role (data/actors/roles.tsv; GOV since
// session 34), so a foreign force named before it with that role lent it its side (RUSMIL). A junta rules its own country: the role a
// bare noun takes up a named side under is the one its demonym form names (data/lexicon/nationals.tsv, "a Malian
// junta" is MLIGOV), no armed role (resolve/definite-role-side.ts sideRole, core/article-country.ts).
expectCodes('a junta takes no foreign force\'s side', [
  ['Russian forces arrived in Mali at the junta\'s invitation, officials said.', 'invitation', 'MLIGOV'],
  ['Russian troops have been deployed in Niger since March. On Monday the junta arrested three opposition leaders in Niamey.', 'arrested', 'NERGOV'],
  ['Turkish soldiers landed in Burkina Faso on Sunday. The junta arrested two journalists in Ouagadougou on Monday.', 'arrested', 'BFAGOV'],
  ['Chinese troops reached Guinea on Friday. The military junta detained the former prime minister in Conakry.', 'detained', 'GINGOV'],
]);
expectCodes('a bare armed role keeps the side its article named', [
  ['Russian troops advanced near Kupiansk on Monday. Troops shelled a village in the Kharkiv region, officials said.', 'shelled', 'RUSMIL'],
  ['Israeli troops raided Jenin on Tuesday. Soldiers arrested five men in Nablus, the army said.', 'arrested', 'ISRMIL'],
]);

// "The Security Council voted in December to begin pulling out the force" told on 1 December 2026 was dated 2026-12: a
// bare month is the latest one on or before publication, so the publication month itself. A past act in a month named
// alone, told in that month's first days, is last year's (its own first days would be told by their weekday); the
// future ("will vote in December"), another month, a day ("on December 1") or later in the month stay as they were
// (resolve/dates.ts pastOwnMonth).
const datedOn = (text: string, published: string, trigger: string, value: string) => test(`a past act in the publication month's name: ${text} (${published})`, T, () => {
  const events = coderPublishedOn(published)(text);
  assert.equal(find(events, trigger).date?.value, value, JSON.stringify(events.map(brief)));
});
datedOn('The Security Council voted in December to begin pulling out the force.', '2026-12-01', 'pulling out', '2025-12');
datedOn('Rebels seized the border town in December, and the army retook it in March.', '2026-12-03', 'seized', '2025-12');
datedOn('Police arrested the opposition leader in December on charges of treason.', '2026-12-02', 'arrested', '2025-12');
datedOn('Protesters were arrested in November during a march on parliament.', '2026-11-04', 'arrested', '2025-11');
// negatives
datedOn('The Security Council will vote in December on pulling out the force.', '2026-12-01', 'pulling out', '2026-12');
datedOn('The Security Council voted in November to begin pulling out the force.', '2026-12-01', 'pulling out', '2026-11');
datedOn('Rebels seized the border town in December, residents said.', '2026-12-20', 'seized', '2026-12');
datedOn('Police said they arrested the opposition leader on December 1.', '2026-12-02', 'arrested', '2026-12-01');

// "killed 30 men in Moura" was placed in Portugal (GeoNames lists Moura, Portugal, not the Malian village of the 2022
// massacre), "Solhan" in Turkey; Rubaya, Minova, Boulkessi and other towns of Sahel and Great Lakes news were not read
// at all. They are listed in data/places/regions.json; a town listed by hand whose name GeoNames gives towns abroad
// is one reading among them, chosen by the story as any city is (resolve/places.ts): the story's places and actors
// decide, and Moura, Portugal stays Portuguese in a Portuguese story.
const placedIn = (text: string, trigger: string, country: string) => test(`a conflict town of the story's country: ${text}`, T, () => {
  const events = code(text);
  assert.equal(find(events, trigger).location?.country, country, JSON.stringify(events.map((e) => [brief(e), e.location?.name, e.location?.country])));
});
placedIn('Malian soldiers and foreign fighters killed 30 men in Moura, residents said.', 'killed', 'MLI');
placedIn('Gunmen killed nine civilians in Moura, central Mali, on Tuesday, officials said.', 'killed', 'MLI');
placedIn('Gunmen killed 12 villagers in Solhan on Friday, the government of Burkina Faso said.', 'killed', 'BFA');
placedIn('M23 rebels seized the town of Rubaya on Tuesday, a local official said.', 'seized', 'COD');
placedIn('Jihadists attacked an army camp in Boulkessi on Sunday, the Malian army said.', 'attacked', 'MLI');
placedIn('M23 fighters clashed with Wazalendo militiamen near Minova on Monday, residents said.', 'clashed', 'COD');
// negatives: the namesakes abroad, where the story is theirs
placedIn('Police arrested two men in Moura on Monday, the Portuguese interior ministry said.', 'arrested', 'PRT');
placedIn('Turkish police detained 14 suspects in Solhan, in Bingol province, on Sunday.', 'detained', 'TUR');

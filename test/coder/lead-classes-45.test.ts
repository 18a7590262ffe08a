import { coderPublishedOn, expectAll, expectNone } from './class-fixture.ts';

// Session 45 classes of the lead's, on texts written for this file. 10 March 2026 is a Tuesday.
const code = coderPublishedOn('2026-03-10');

// A closure with no one named as closing (CAMEO 191, "restrict movement"): an airport shut after sightings or a strait
// closed for a storm is a precaution or a state of things, not the act of a side, however dated and placed
// (coding guide: no routine security precautions). A closure by a named side stays COERCE (core/actor-ref.ts).
expectNone(code, 'an agentless closure is no event', 'COERCE', [
  'The airport in Vilnius was closed for two hours on Friday after balloons were sighted.',
  'Kabul airport was shut on Monday after the explosion, officials said.',
  'The port of Odesa was closed on Tuesday after mines were found nearby.',
  'The Strait was closed to shipping on Friday as the storm approached.',
]);
expectAll(code, 'a closure by a named side, or an agentless act on people, stays', [
  ['Israel closed the Kerem Shalom crossing on Sunday.', ['COERCE Israel > the Kerem Shalom']],
  ['Turkey closed its airspace to Israeli planes on Friday.', ['COERCE Turkey > Israeli planes']],
  ['Two journalists were detained in Minsk on Friday.', ['COERCE null > journalists']],
]);

// A thing one side gives another (data/lexicon/given-nouns.tsv: support, backing, solidarity, aid, help) as a row's own
// noun: its possessor or modifier is the giver, the actor's side, and whom it goes to follows its preposition ("support
// for", "aid to", "solidarity with"). The recipient is the target; the giver never is, and a thing given to no one named
// has no target (extract/tree-roles/given-recipient.ts).
expectAll(code, 'what is given lands on whom it goes to, not on its giver', [
  ['The president pledged his government\'s full support for Kyiv on Monday.', ['AGREE The president > Kyiv']],
  ['Lavrov expressed Moscow\'s support for Lukashenko on Tuesday.', ['SUPPORT Lavrov > Lukashenko']],
  ['The foreign minister promised Japan\'s help to the Philippines on Monday.', ['AGREE The foreign minister > Philippines']],
  ['Trump signed an order cutting US aid to South Africa.', ['SANCTION Trump > South Africa']],
  ['The minister reaffirmed Britain\'s solidarity on Monday.', ['AGREE The minister > null']],
]);
expectAll(code, 'a recipient named without a giver stays', [
  ['Germany pledged support for Ukraine on Monday.', ['AGREE Germany > Ukraine']],
  ['The EU suspended aid to Niger after the coup.', ['SANCTION EU > Niger']],
  ['Germany pledged to support Ukraine.', ['AGREE Germany > Ukraine']],
]);

import { table } from './non-events-table.ts';

// A participle or gerund that modifies the noun after it names a kind of thing, not an act
// (src/extract/tree-clauses/description.ts, nounModifier): amod, compound, or a "conjunct" of a noun.
table('a participle before its noun is an adjective', [
  ['Taliban militants captured the town and surrounding villages on Monday.', ['ASSAULT taliban']],
  ['Soldiers searched the houses and surrounding fields for weapons on Friday.', []],
  ['The former minister will serve the rest of his commuted sentence under house arrest.', []],
]);

table('a gerund that classifies a noun is no act', [
  ['Government troops suffered heavy losses during fighting season in the north.', []],
  ['Police detained the protest leaders in the middle of the protesting crowds.', ['COERCE police>leaders']],
  ['Afghan commanders expect heavy losses in the coming fighting season.', []],
]);

// the same words still code as acts where they act
table('the same participles as verbs still give events', [
  ['Russian troops surrounded the village and detained 20 men on Sunday.', ['COERCE RUSMIL>village', 'COERCE RUSMIL>men']],
  ['Kenyan troops were fighting al-Shabab militants near the border on Tuesday.', ['ASSAULT KENMIL>al-shabaab']],
  ['Rebels accused the army of executing civilians in the village.', ['ACCUSE rebels>army']],
  ['A court commuted the sentence of the opposition leader on Monday.', ['CONCEDE']],
]);

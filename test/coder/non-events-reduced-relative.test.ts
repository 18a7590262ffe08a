import { table } from './non-events-table.ts';

// A bare -ing verb right after a noun, with the sentence's finite verb after it, is a reduced relative clause that
// describes the noun; a material act told there is no event (src/core/reduced-relative.ts, rule
// candidate:tree-description:reduced-relative). The parse often makes the -ing word the root, so it is read on words.
table('a material act in a reduced relative describes its doer', [
  ['Rebels fighting the army in Darfur said on Monday they had agreed to talks.', ['AGREE rebels']],
  ['A Saudi-led coalition fighting in Yemen said it had freed 20 prisoners.', ['RETREAT SAUMIL']],
  ['Kenyan troops battling al-Shabab in Somalia have received new helicopters.', []],
]);

// the -ing verb with its auxiliary is the act, and a demand told in a reduced relative still voices it
table('a finite -ing verb still codes', [
  ['Rebels are fighting the army in Darfur, residents said.', ['ASSAULT SDNREB>SDNMIL']],
  ['Kenyan troops were battling al-Shabab fighters near the border on Monday.', ['ASSAULT KENMIL']],
]);

// a demand in a reduced relative on the subject governs its own object, not the sentence's verb after it
// (src/core/governed.ts, beyondReducedRelative)
table('the act after a demand in a reduced relative is not what is demanded', [
  ['Protesters demanding the release of the journalist gathered outside the court in Minsk.', ['REQUEST BLROPP', 'PROTEST BLROPP']],
  ['Demonstrators demanding an end to the war protested outside the defence ministry.', ['REQUEST', 'PROTEST']],
  ['Hundreds of farmers demanding higher prices marched on the parliament in Paris.', ['REQUEST', 'PROTEST']],
]);

// a gerund is an act noun, not a relative: it takes no direct object, and an act does not speak
table('a gerund subject is still the act', [
  ['Russian shelling damaged several homes in Kharkiv on Monday, the governor said.', ['ASSAULT RUS']],
  ['Israeli bombing destroyed a school in Rafah on Tuesday.', ['ASSAULT ISR']],
]);

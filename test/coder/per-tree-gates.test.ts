import { table } from './non-events-table.ts';

// Three readers now answer once per sentence or tree what every candidate used to work out again (issue 14, same
// events): the protest nouns an act's object may be (tree-roles/assembly-object.ts), whether a tree has a word of
// likeness (tree-clauses/comparison.ts), whether it has the words of a circumstance cue (core/background.ts). These
// rows hold each reader's answer with its words present, and beside sentences without them. Sentences of our own.

table('an assembly as object, read once per sentence', [
  ['Kenyan police broke up a rally by opposition supporters in Nairobi on Tuesday.', ['ASSAULT KENCOP>supporters', 'PROTEST KENOPP>-']],
  ['Authorities in Minsk banned two opposition marches planned for Saturday.', ['COERCE BLRGOV>BLROPP']],
  ['Kenyan police broke up a rally in Nairobi on Tuesday.', ['ASSAULT KENCOP>rally']],
]);

table('a comparison, looked for only where a word of likeness is', [
  ['Iran condemned the strike, which mirrored Israeli raids on Syrian bases last year.', ['ACCUSE IRN>-']],
  ['Unlike earlier attacks by the group, the bombing targeted a market in Kabul.', ['ASSAULT group>market']],
  ['The bombing was like the attacks of 2016, officials said.', []],
]);

table('a circumstance, looked for only where its words are', [
  ['Police arrested 40 students amid protests over tuition fees in Santiago.', ['COERCE CHLCOP>CHLEDU']],
  ['Ahead of the vote, soldiers detained two opposition leaders in Harare.', ['COERCE ZWEMIL>ZWEOPP']],
  ['Troops shelled the town. In the wake of the shelling, thousands fled to Kenya.', ['ASSAULT Troops>town']],
]);

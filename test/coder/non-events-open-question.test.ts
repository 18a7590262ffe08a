import { table } from './non-events-table.ts';

// An act inside an embedded question the sentence leaves open is not stated (src/extract/tree-clauses/open-question.ts).
table('an act in a question left open is no event', [
  ['It was not immediately clear how many protesters police arrested in Tehran.', []],
  ['It is not known how many Houthi fighters have been killed or wounded in the Saudi strikes in Saada.', []],
  ['It was unclear how many demonstrators riot police detained in Khartoum.', []],
  ['It is unclear whether Russian troops shelled Kharkiv on Monday.', []],
]);

// a question about who or why presupposes the act; a stated act beside "did not say why" stays
table('an act the question takes for granted, or states beside it, still codes', [
  ['It is unclear who carried out the bombing of the police station in Kabul on Sunday.', ['ASSAULT ->AFGCOP']],
  ['Police arrested 20 protesters in Minsk, officials said, but did not say why.', ['COERCE BLRCOP']],
  ['Riot police detained 40 demonstrators in Khartoum on Friday, witnesses said.', ['COERCE SDNCOP']],
]);

import { table } from './non-events-table.ts';

// A gap pattern's noun that is the subject of a clause below the verb is not the verb's object: "make sure their
// demands are heard" makes no demand (src/extract/tree-clauses/object-clause-subject.ts,
// candidate:tree-object-is-clause-subject).
table('a noun that is the subject of a clause under the verb is not its object', [
  ['The union said its aim was to make sure the demands of its members are heard by the government.', []],
  ['Striking doctors in Lagos vowed to make sure their demands are met this week.', []],
  ['The opposition made certain its demands reached the president before the vote.', []],
]);

// the noun as the verb's own object or passive subject still codes the demand
table('a demand made is still one', [
  ['Protesters made new demands on the Kenyan government on Monday.', ['REQUEST >KENGOV']],
  ['Opposition leaders in Kenya issued fresh demands to the president on Sunday.', ['REQUEST']],
]);

// a clause with two subjects is a misparse: the first noun is still the verb's object
table('a denial of allegations is still one', [
  ['Rebel spokesman Ali Hassan denied government allegations that civilians were killed.', ['REJECT']],
]);

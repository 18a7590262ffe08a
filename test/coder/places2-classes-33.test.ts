import { coderPublishedOn, expectCodes as expectCoded } from './class-fixture.ts';

// Session 33 classes of the second places helper, on sentences written for this file, with negatives that must not
// change. 6 May 2026 is a Wednesday.
const code = coderPublishedOn('2026-05-06');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "Russian forces arrived in Mali at the junta's invitation": "junta" is a MIL role (data/actors/roles.tsv), so a
// foreign force named before it with that role lent it its side (RUSMIL). A junta rules its own country: the role a
// bare noun takes up a named side under is the one its demonym form names (data/lexicon/nationals.tsv, "a Malian
// junta" is MLIGOV), no armed role (resolve/definite-role-side.ts sideRole, core/article-country.ts).
expectCodes('a junta takes no foreign force\'s side', [
  ['Russian forces arrived in Mali at the junta\'s invitation, officials said.', 'invitation', 'MLIMIL'],
  ['Russian troops have been deployed in Niger since March. On Monday the junta arrested three opposition leaders in Niamey.', 'arrested', 'NERMIL'],
  ['Turkish soldiers landed in Burkina Faso on Sunday. The junta arrested two journalists in Ouagadougou on Monday.', 'arrested', 'BFAMIL'],
  ['Chinese troops reached Guinea on Friday. The military junta detained the former prime minister in Conakry.', 'detained', 'GINMIL'],
]);
expectCodes('a bare armed role keeps the side its article named', [
  ['Russian troops advanced near Kupiansk on Monday. Troops shelled a village in the Kharkiv region, officials said.', 'shelled', 'RUSMIL'],
  ['Israeli troops raided Jenin on Tuesday. Soldiers arrested five men in Nablus, the army said.', 'arrested', 'ISRMIL'],
]);

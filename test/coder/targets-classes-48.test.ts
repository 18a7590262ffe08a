import { expectAll as expectAllOf, expectCodes as expectCoded, coderPublishedOn } from './class-fixture.ts';

// Session 48 classes of the target (to whom or what an event was done), each on sentences written for this file, with
// negatives that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAllOf(code, name, cases);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "froze the assets of six prison chiefs": a penalty whose pattern names what it takes (assets, accounts, yachts) lands
// on the owner of that thing; the window read only an owner it knew the name of ("of three Iranian generals"), so an
// owner of no known name left the sanction with no target (tree-roles/penalty-landing.ts holdingsOwner).
expectAll('a penalty on holdings lands on their owner', [
  ['Britain froze Abramovich\'s assets on Monday.', ['SANCTION Britain > Abramovich']],
  ['The Treasury blocked the bank accounts of two money changers on Monday.', ['SANCTION Treasury > two money changers']],
  ['Britain froze the assets of six heads of the penal colony on Monday.', ['SANCTION Britain > six heads of the penal colony']],
]);
// (an owner the window knows keeps its name and code; no owner named, no target)
expectCodes('known owners and ownerless holdings are unchanged', [
  ['The European Union froze the assets of three Iranian generals on Monday.', 'froze', 'IGOEUREEC', 'IRNMIL'],
  ['France seized the yachts of two Russian tycoons on Monday.', 'seized', 'FRA', 'RUSBUS'],
]);
expectAll('owners the window knew, and ownerless holdings, are unchanged', [
  ['Canada froze the assets of four former ministers on Monday.', ['SANCTION Canada > former ministers']],
  ['Switzerland froze the businessman\'s accounts on Monday.', ['SANCTION Switzerland > the businessman']],
  ['The U.S. froze their assets on Monday after the coup.', ['SANCTION U.S. > null']],
]);

// "met Iran's ambassador, Hossein Akbari,": a country's title the resolver reads as a person, with the holder's name in
// apposition after it, is that person, as it is as a subject ("Iran's ambassador, Kazem Jalali, said"); the window took
// the title alone, and the parse may read the name as a second item of a list with no "and"
// (tree-roles/titled-target.ts commaConjunctName, and the tree's own apposition through participants.ts).
expectAll('a title with the holder\'s name in apposition runs over the name', [
  ['The minister met Iran\'s ambassador, Hossein Akbari, on Monday.', ['CONSULT The minister > Iran\'s ambassador, Hossein Akbari']],
  ['The president met Iran\'s ambassador, Kazem Jalali, on Monday.', ['CONSULT The president > Iran\'s ambassador, Kazem Jalali']],
  ['The foreign minister met Russia\'s ambassador, Alexei Yerkhov, on Monday.', ['CONSULT The foreign minister > Russia\'s ambassador, Alexei Yerkhov']],
]);
expectCodes('the title\'s code stays with the name', [
  ['The minister met Iran\'s ambassador, Hossein Akbari, on Monday.', 'met', undefined, 'IRNGOV'],
]);
// (a list with "and", or a title with no name after it, is as before)
expectAll('a list with and, or a title alone, is unchanged', [
  ['The president met Iran\'s ambassador, Kazem Jalali, and the Turkish envoy on Monday.', ['CONSULT The president > Iran\'s ambassador']],
  ['The minister criticised Britain\'s ambassador, who had defended the raid, on Monday.', ['ACCUSE The minister > Britain\'s ambassador']],
  ['The minister met Iran\'s ambassador in Baghdad on Monday.', ['CONSULT The minister > Iran\'s ambassador']],
]);

// "accused Iran's Revolutionary Guards of seizing a tanker": the resolver reads a state's own body after the state's
// possessive apart ("Iran" | "Revolutionary Guards"), and the window took the state; the body the possessive hangs on is
// the party, its code the state's extended (tree-roles/possessed-body.ts, through titled-target.ts).
expectCodes('a state\'s own body after its possessive is the target', [
  ['The U.S. accused Iran\'s Revolutionary Guards of seizing the tanker on Monday.', 'accused', 'USA', 'IRNMIL'],
  ['Pakistan accused Afghanistan\'s Taliban government of sheltering militants on Monday.', 'accused', 'PAK', 'AFGGOV'],
  ['Britain condemned Iran\'s Revolutionary Guards on Monday.', 'condemned', 'GBR', 'IRNMIL'],
]);
expectAll('the words run over the possessive', [
  ['The U.S. accused Iran\'s Revolutionary Guards of seizing the tanker on Monday.', ['ACCUSE U.S. > Iran\'s Revolutionary Guards']],
]);
// (a body the resolver read whole, a thing a state owns, and another side's group are as before)
expectCodes('bodies read whole, things and other sides are unchanged', [
  ['Kyiv accused Russia\'s defense ministry of lying on Monday.', 'accused', 'UKR', 'RUSMIL'],
  ['Israel struck Iran\'s nuclear facilities on Monday.', 'struck', 'ISR', 'IRN'],
  ['Ukraine accused Russia\'s Wagner mercenaries of executing prisoners on Monday.', 'accused', 'UKR', 'wagner-group'],
]);

import { table } from './non-events-table.ts';

// "embrace" supports only what it takes as object (data/patterns/verbs.tsv, row "embrace ... object");
// two people who embrace hug.
table('leaders who embrace each other hug: no event', [
  ['Crowds cheered in Asmara as Abiy and Isaias embraced at a concert on Sunday.', []],
  ['The two presidents embraced on the tarmac after the plane landed in Seoul.', []],
  ['Putin and Xi embraced warmly in the Kremlin on Tuesday.', []],
]);

table('embracing a plan or a party is support', [
  ['Egypt embraced the French peace plan on Monday.', ['SUPPORT EGY']],
  ['The opposition embraced the proposal for new elections.', ['SUPPORT']],
]);

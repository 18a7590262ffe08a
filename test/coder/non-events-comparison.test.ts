import { table } from './non-events-table.ts';

// Both sides of a likeness are acts told elsewhere, not news of their own (src/extract/tree-clauses/comparison.ts).
table('an act named in a comparison is no event', [
  ['The bombing was similar to attacks carried out by al-Shabab in Mogadishu.', []],
  ['The assault resembled raids by Boko Haram in Borno state last year.', []],
  ['The strike is reminiscent of Israeli raids on Iranian sites in Syria.', []],
]);

// the act that the sentence states beside a comparison still codes
table('an act stated beside a comparison still codes', [
  ['Boko Haram fighters attacked the village on Monday in a raid similar to past assaults.', ['ASSAULT boko-haram']],
  ['Al-Shabab attacked the base, as it did in a similar assault in 2016.', ['ASSAULT al-shabaab>base']],
  ['Israeli jets struck Iranian sites in Syria on Sunday, officials said.', ['ASSAULT ISR']],
]);

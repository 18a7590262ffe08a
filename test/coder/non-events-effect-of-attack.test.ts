import { table } from './non-events-table.ts';

// A material act whose subject is an attack states the attack's effect; the attack noun is the event
// (src/extract/tree-clauses/act-effect.ts, rule candidate:tree-effect-of-attack).
table('an attack as the subject of damage or coercion: one event, the attack', [
  ['Russian shelling damaged several homes in Kharkiv on Monday, the governor said.', ['ASSAULT RUS claimed']],
  ['Saudi bombing damaged the port of Hodeidah on Tuesday, officials said.', ['ASSAULT SAU claimed']],
  ['The Turkish shelling forced hundreds of families to flee their villages on Sunday.', ['ASSAULT TUR']],
]);

// the same verbs with a person, group or weapon as subject are acts of their own
table('damage or coercion by an actor still codes', [
  ['Russian troops damaged a bridge near Kharkiv on Monday.', ['COERCE RUSMIL']],
  ['Police forced hundreds of protesters to leave the square on Sunday.', ['COERCE']],
]);

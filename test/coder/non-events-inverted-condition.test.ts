import { table } from './non-events-table.ts';

// A condition opened by inversion ("Had ...", "Were ... to", "Should ...") is a condition like "if": the act inside
// it has not happened, the act it conditions is conditional (src/core/inverted-condition.ts, rule inverted-condition).
table('an act inside an inverted condition is no event', [
  ['Had the army stormed the town, hundreds of civilians would have died.', []],
  ['Were Russia to attack a NATO member, the alliance would meet within hours.', []],
  ['Had the rebels seized the airport, the evacuation would have stopped.', []],
]);

table('the act an inverted condition governs is conditional, like one under "if"', [
  ['Should the rebels break the truce, the army will attack them.', ['ASSAULT army conditional']],
  ['Should Hamas fire rockets again, Israel will strike Gaza.', ['ASSAULT ISR conditional']],
]);

// an auxiliary opening a plain statement or a question opens no condition
table('a fronted auxiliary without a condition', [
  ['Police had arrested the protesters before dawn, the ministry said.', ['COERCE']],
]);

import { table } from './non-events-table.ts';

// A negation or modal inside a relative clause set off by commas belongs to that clause: "The officer, who did not
// give his name, accused ..." states the accusation (src/extract/modality.ts, inClosedRelative).
table('a cue inside a closed relative clause does not reach the act after it', [
  ['The spokesman, who did not give his name, accused the ministry of corruption.', ['ACCUSE >ministry asserted']],
  ['The minister, who would not comment further, condemned the police on Tuesday.', ['ACCUSE >police asserted']],
  ['Hamas, which has not commented, fired rockets at Israel on Monday.', ['ASSAULT hamas>ISR asserted']],
  ['The policeman, who did not want to be named, also accused the interior ministry of corruption.', ['ACCUSE >ministry asserted']],
  ['The army, which could not be reached for comment, shelled the village on Monday.', ['ASSAULT army asserted']],
]);

// the act's own negation or modal still decides
table('the act\'s own cue still counts', [
  ['The spokesman, who gave his name, did not accuse the ministry.', []],
  ['The commander, who spoke to reporters, would not attack the town.', []],
]);

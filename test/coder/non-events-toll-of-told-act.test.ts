import { table } from './non-events-table.ts';

// An agentless passive whose oblique is a definite act noun ("killed in the attack", "during the raid") reports
// the toll of an act already told: one event with the act, or none when the article told no act
// (src/core/toll-of-told-act.ts, rule actor:toll-of-told-act:definite).
table('the toll of an act told before is that act', [
  ['Taliban fighters attacked a police checkpoint in Kandahar on Monday. More than 12 policemen were killed in the attack, a spokesman claimed.', ['ASSAULT taliban>-']],
  ['Al-Shabab militants stormed a hotel in Mogadishu on Friday. Two guards were wounded during the raid, police said.', ['ASSAULT -']],
  ['Gunmen opened fire on a bus in Peshawar on Sunday. Officials said nine passengers were injured in the shooting.', ['ASSAULT -']],
  ['Six soldiers were killed in the attack, the army said.', []],
  ['A rebel spokesman claimed 15 policemen and officers died or were killed in the ensuing battle.', []],
]);

// an indefinite act is new news, and an agent makes the killing an act of its own
table('a toll with an indefinite act or an agent stays', [
  ['Six Afghan soldiers were killed in an attack on a checkpoint in Kandahar on Monday.', ['ASSAULT >AFGMIL']],
  ['Ten Nigerian soldiers were killed by Boko Haram militants in the raid on Monday.', ['ASSAULT >NGAMIL']],
]);

// a relative clause on what an act set off ("triggering battles that killed 40") tells that act's toll
// (rule actor:toll-of-told-act:consequence): one event, the act
table('the toll of what an act set off is that act', [
  ['Syrian troops shelled the rebel town of Rastan on Monday, triggering clashes that killed 30 people.', ['ASSAULT SYRMIL>-']],
  ['Israeli forces raided a refugee camp in Jenin on Tuesday, sparking gunfights that killed nine Palestinians.', ['ASSAULT ISRMIL>-']],
  ['Police stormed the protest camp in Khartoum on Sunday, provoking riots that left 12 people dead and wounded dozens.', ['ASSAULT -']],
]);

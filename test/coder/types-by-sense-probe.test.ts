import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// Word senses decided by the arguments (data/patterns/argument-senses.tsv) and dispositions (data/lexicon/modality.tsv),
// found by coding real web news never fitted (session 13 probe). Sentences written for this file.

describe('senses that are no event', { timeout: 120_000 }, () => {
  table('a thing threatening is a risk', [
    ['The corruption scandal threatens to topple the government of Peru.', []],
    ['The drought threatens to push millions of Somalis into famine, the UN said.', []],
    ['The dispute threatens to derail the talks between Serbia and Kosovo.', []],
  ]);
  table('a party threatening still threatens', [
    ['Serbia threatened to cut ties with Kosovo on Monday.', ['THREATEN SRB']],
    ['Iran threatened to close the Strait of Hormuz.', ['THREATEN IRN']],
  ]);
  table('studying possibilities or resources investigates no one', [
    ['Washington is investigating all possibilities of bringing Tehran into line.', []],
    ['Ministers investigated the oil reserves of the region last year.', []],
    ['The navy is investigating the feasibility of a base on the island.', []],
  ]);
  table('investigating an act stays', [
    ['Kenyan police are investigating the killing of a journalist in Nairobi.', ['ACCUSE -']],
  ]);
  table('losses taken, children raised, officers recalled to duty', [
    ['The Pakistani army is taking heavy casualties in Waziristan.', []],
    ['The Ukrainian brigade took heavy losses near Bakhmut on Monday.', []],
    ['Many of the girls were raised by guardians loyal to the group.', []],
    ['Thousands of reservists of the old Iraqi army have been recalled to duty.', []],
  ]);
  table('troops pulled back and towns taken stay', [
    ['Rebels took the town of Kidal on Sunday.', ['ASSAULT -']],
    ['Russia recalled its troops from the border on Friday.', ['RETREAT RUS']],
  ]);
  table('showing, tasking, reaching a view, an idiom, a name, a ruling told', [
    ['The new governor demonstrates an excellent grasp of the budget and real leadership.', []],
    ['The army demonstrated its ability to strike deep inside enemy territory.', []],
    ['The commission is charged with overseeing the elections in Kenya.', []],
    ['The bishops met in Rome to arrive at a common position on the war.', []],
    ['Like Iran, Syria is nothing to scoff at.', []],
    ['Amnesty chief spokesman John Smith said the rifles were missing.', []],
    ["Pakistan's Supreme Court announced its ruling on the election today.", []],
  ]);
  table('demonstrations, charges and visits stay', [
    ['Thousands demonstrated against the government in Caracas on Monday.', ['PROTEST -']],
    ['Prosecutors charged the former minister with corruption on Tuesday.', ['ACCUSE -']],
    ['The Kenyan president arrived in Addis Ababa for talks on Monday.', ['CONSULT KEN']],
  ]);
});

describe('figures of speech: killing a plan, a cause derailing, a state rampaging', { timeout: 120_000 }, () => {
  table('no event', [
    ['If Abbas keeps up this talk he will kill the peace talks.', []],
    ['The Republicans will kill the proposal of President Obama.', []],
    ['The continued Israeli colonization of the territories helped to derail the peace process with the Palestinians.', []],
    ['President Bush has rampaged around the world alienating allies.', []],
  ]);
  table('killings, derailing parties and rioters stay', [
    ['Gunmen killed two soldiers near the talks venue in Kabul.', ['ASSAULT ->soldiers']],
    ['Hamas derailed the peace process with a wave of bombings.', ['REJECT hamas']],
    ['Rioters rampaged through the centre of Nairobi on Saturday.', ['PROTEST -']],
  ]);
});

describe('releasing a statement, a video or names publishes, it frees no one', { timeout: 120_000 }, () => {
  table('publishing', [
    ['Hamas released a statement on Monday.', []],
    ['The Taliban released a video of the captured soldier.', []],
    ['The army released the names of the officers on Friday.', []],
  ]);
  table('freeing persons stays', [
    ['Israel released 30 Palestinian prisoners on Monday.', ['RETREAT ISR']],
    ['The hostages were released by the rebels on Sunday.', ['RETREAT ->hostages']],
  ]);
});

describe('dispositions', { timeout: 120_000 }, () => {
  table('an interest in acting is no act', [
    ['Bin Laden was interested in using crop dusters to spread anthrax.', []],
    ['The militia was interested in buying rockets from Iran.', []],
    ['Moscow is interested in attacking the supply lines, officials said.', []],
  ]);
  // a readiness to meet indicates willingness, PLOVER AGREE ("otherwise indicate willingness ... to cooperate";
  // CAMEO 036), still planned (plover-classes-35); resolve to meet stays the meeting
  table('readiness and resolve are plans', [
    ['Russia said on Monday it was willing to hold talks with Ukraine.', ['AGREE RUS>UKR planned']],
    ['Abbas said he was determined to meet Netanyahu in Cairo.', ['CONSULT -']],
    ['Hamas said it was unwilling to release the hostages.', []],
  ]);
});

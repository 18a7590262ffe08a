import { runTable } from './table.ts';

// Table tests for background (src/core/background.ts), word sense (src/core/word-sense.ts) and the pattern data
// typed by the PLOVER manual.

// Generic, habitual and durative background (data/lexicon/background-cues.tsv) is no event; a dated act is one.
runTable('habitual or durative background is no event', [
  ['Militias have repeatedly attacked bases housing U.S. troops.', []],
  ['Boko Haram has long attacked schools in northeastern Nigeria.', []],
  ['FARC has been fighting the Colombian government since the mid-1960s.', []],
  ['The two armies have clashed for decades over the border.', []],
  ['Hamas fighters attacked an Israeli army post on Monday.', ['ASSAULT hamas>ISR']],
]);

// word sense by the arguments (data/patterns/argument-senses.tsv)
runTable('a campaign of vaccination, awareness or an election is no offensive', [
  ['The government launched a campaign of vaccination in the north.', []],
  ['The ministry began a vaccination campaign against polio.', []],
  ['The government launched an awareness campaign against corruption.', []],
]);

runTable('a commemorated battle is no event', [
  ['Russia marked the anniversary of the Soviet invasion of Afghanistan.', []],
  ['Serbs gathered to commemorate the Kosovo battle of 1389.', []],
  ['Armenians commemorated the 1915 massacre on Wednesday.', []],
]);

// coding guide rule 3: a metaphorical attack is ACCUSE
runTable('a verbal attack is ACCUSE', [
  ['Iran\'s foreign minister launched a verbal attack on Saudi Arabia on Monday.', ['ACCUSE IRN>SAU']],
  ['Erdogan launched a scathing attack on Israel on Tuesday.', ['ACCUSE TUR>ISR']],
  ['The Kremlin made a blistering attack on NATO on Friday.', ['ACCUSE RUS>NATO']],
]);

// PLOVER RETREAT lets peacekeepers in (host); sending them is AID (manual AID: "military and police assistance")
runTable('peacekeepers arriving is AID', [
  ['UN peacekeepers arrived in Goma on Sunday.', ['AID UN']],
  ['Kenyan peacekeepers arrived in Haiti on Tuesday.', ['AID KEN']],
  ['African Union peacekeepers arrived in Mogadishu on Friday.', ['AID']],
]);

// calling an act a crime accuses, without "accuse"
runTable('calling an act a crime is ACCUSE', [
  ['Amnesty International called the strike a war crime.', ['ACCUSE amnesty']],
  ['China called the sanctions an act of bullying.', ['ACCUSE CHN']],
  ['Turkey branded the Israeli raid an act of piracy.', ['ACCUSE TUR>ISR', 'ASSAULT ISR']],
]);

// PLOVER manual (SUPPORT, CONCEDE): formal pardons and amnesties are CONCEDE
runTable('a pardon or an amnesty is CONCEDE', [
  ['Myanmar\'s junta granted amnesty to 5,000 prisoners.', ['CONCEDE MMR']],
  ['Belarus pardoned 29 political prisoners on New Year\'s Day.', ['CONCEDE BLR']],
  ['Egypt\'s president issued a pardon for 30 activists on Sunday.', ['CONCEDE EGY']],
]);

// an agreement, deal or consensus reached is AGREE; signing one is SUPPORT (manual SUPPORT: "sign ... an agreement")
// what the deal is to do ("to free hostages") is its content, not an event
runTable('an agreement reached is AGREE, whatever the verb', [
  ['Israel and Hamas struck a deal on Tuesday to free hostages.', ['AGREE ISR+hamas']],
  ['Ethiopia and Eritrea reached an agreement on Monday.', ['AGREE ETH+ERI']],
  ['Sudan\'s army reached a consensus with the civilian parties on Sunday.', ['AGREE SDN']],
]);

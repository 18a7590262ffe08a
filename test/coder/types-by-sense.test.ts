import { runTable } from '../core/table.ts';

// Event types decided by the speech verb, by the arguments of the trigger word, and by the parse where the
// word tagger misreads a verb (src/core/speech-acts.ts, src/core/word-sense.ts, src/extract/verb-reading.ts,
// data/patterns/argument-senses.tsv, data/lexicon/speech-acts.tsv). Sentences written for these tests.

// coding guide rule 5: "an accusation that X did Y is coded as ACCUSE"; the act stays, alleged
runTable('an allegation accuses the doer of the act', [
  ['Ukraine alleged that Russian forces shot two civilians near Kharkiv.', ['ACCUSE UKR>RUSMIL', 'ASSAULT RUSMIL>-']],
  ['The Kenyan police alleged that Al-Shabab fighters had planted the bomb.', ['ACCUSE KENCOP>al-shabaab', 'ASSAULT al-shabaab>-']],
  ['Police alleged that the activist had been beaten by soldiers.', ['ACCUSE police>soldiers', 'ASSAULT soldiers>activist']],
  ['Hamas alleged that it had been attacked.', []],
]);

// irregular forms and participles the word tagger takes for nouns or adjectives: the parse reads them as verbs
runTable('a verb the word tagger misreads is still a trigger', [
  ['Chadian troops have retaken a village from the militants.', ['ASSAULT TCDMIL>-']],
  ['Syrian rebels retook the town of Saraqeb from government forces.', ['ASSAULT SYRREB>-']],
  ['Militants shot a police officer in Peshawar on Monday.', ['ASSAULT PAKREB>officer']],
  ['Ukrainian forces have retaken Kherson from Russian troops.', ['ASSAULT UKRMIL>RUSMIL']],
]);

// "the US-occupied base": a participle joined by a hyphen stays a modifier
runTable('a hyphenated participle is no verb', [
  ['Iraqi militias shelled the US-occupied airbase on Tuesday.', ['ASSAULT IRQREB>-']],
  ['Gunmen attacked a Russian-occupied village in Zaporizhzhia.', ['ASSAULT gunmen>-']],
  ['Saudi jets struck a Houthi-controlled port on Sunday.', ['ASSAULT SAU>-']],
]);

// troops arriving are forces moved in (MOBILIZE), not a visit (CONSULT)
runTable('troops arriving mobilise', [
  ['American troops arrived in Poland on Monday.', ['MOBILIZE USAMIL']],
  ['Russian soldiers arrived in Belarus for the exercises.', ['MOBILIZE RUSMIL']],
  ['French marines arrived in Djibouti on Friday.', ['MOBILIZE FRAMIL']],
]);

// the aircraft used in an attack is its instrument, no event of its own (the CAMEO row is an investigation)
runTable('using aircraft is no event by itself', [
  ['Russian forces attacked Kharkiv overnight using 20 drones.', ['ASSAULT RUSMIL>-']],
  ['The Kenyan army used helicopters to search the forest.', []],
  ['Israel struck Gaza using warplanes on Monday.', ['ASSAULT ISR>-']],
]);

// a shot at imports in a trade war is a tariff: SANCTION, no shooting
runTable('a shot at imports is a sanction', [
  ['China fired its latest shot at American farm exports on Friday.', ['SANCTION CHN']],
  ['The European Union fired a shot at Chinese goods by doubling duties.', ['SANCTION european union']],
  ['India fired back at American imports with new duties.', ['SANCTION IND']],
]);

// "rallied to voice their demands" is a rally (PROTEST), not rallying to someone's side (SUPPORT)
runTable('rallying to protest is PROTEST', [
  ['Hundreds of students rallied to denounce the new law in Yangon.', ['PROTEST students']],
  ['Thousands of farmers rallied to demand higher prices in Paris.', ['PROTEST farmers']],
  ['Opposition supporters rallied to protest the election results in Nairobi.', ['PROTEST supporters']],
]);

// a speaker who calls an act a bad deal, a blunder or a fiasco accuses (PLOVER ACCUSE: denigrate)
runTable('an act called a bad deal is ACCUSE', [
  ['Israel\'s prime minister said the nuclear talks with Iran were a bad deal.', ['ACCUSE ISRGOV']],
  ['The opposition leader said the ceasefire agreement was a blunder.', ['ACCUSE leader']],
  ['The senator said the withdrawal from Afghanistan was a fiasco.', ['ACCUSE senator']],
]);

// violence that lands on a protest says the protest was held: the protest is coded too; a ban says nothing of it
runTable('a protest broken up was held', [
  ['Police in Myanmar broke up a protest by student activists on Tuesday.', ['ASSAULT MMRCOP', 'PROTEST student']],
  ['Security forces violently dispersed a rally by opposition supporters in Minsk on Sunday.', ['ASSAULT BLRCOP', 'PROTEST BLROPP']],
  ['Police broke up a demonstration by farmers outside parliament in Nairobi on Monday.', ['ASSAULT KENCOP', 'PROTEST farmers']],
  ['Police banned a rally by opposition supporters in Harare.', ['COERCE ZWECOP']],
]);

// PLOVER manual, CONSULT: "invitations for state visits should be coded as AGREE" (the crosswalk's 026 is an appeal)
runTable('an invitation is AGREE', [
  ['China invited the Russian president to visit Beijing next month.', ['AGREE CHN>RUSGOV']],
  ['Kenya extended an invitation to Ethiopia\'s prime minister on Monday.', ['AGREE KEN>ETHGOV']],
  ['Egypt invited Israeli and Hamas negotiators to talks in Cairo.', ['AGREE EGY']],
]);

// a source asking for anonymity asks nothing of any actor
runTable('asking not to be named is no request', [
  ['The official asked not to be named.', []],
  ['A Kenyan police officer, who asked not to be identified, said militants attacked a police post in Mandera on Monday.', ['ASSAULT ->KENCOP']],
  ['The diplomat asked not to be quoted by name.', []],
  ['Ukraine asked Germany to send more air defence systems.', ['REQUEST UKR>DEU']],
]);

// PLOVER manual, PROTEST: diplomatic protests and delegations presenting a disagreement are ACCUSE; PROTEST
// presumes significant physical activity. A state, a government body or one person protesting complains;
// crowds protesting, or anyone protesting outside a building, demonstrate
runTable('a state, a ministry or one person protesting complains', [
  ['China protested the visit of the Taiwanese president to Washington.', ['ACCUSE CHN>TWNGOV', 'CONSULT TWNGOV>USA']],
  ['The Indian foreign ministry protested against the arrest of its diplomat in Dhaka.', ['ACCUSE INDGOV>-']],
  ['Opposition leader Raila Odinga protested the election results on Monday.', ['ACCUSE Odinga>-']],
]);
runTable('crowds protesting, or protesting at a place, demonstrate', [
  ['Thousands of students protested against the new tax law in Nairobi.', ['PROTEST students>-']],
  ['Opposition leader Raila Odinga protested outside the electoral commission on Monday.', ['PROTEST Odinga>-']],
  ['Hundreds of farmers protested in front of the parliament in Paris.', ['PROTEST farmers>-']],
]);

// an -ing word after a verb of beginning, continuing or ending is a verb, not an adjective before its noun
runTable('a gerund after begin, start or continue is a trigger', [
  ['Western governments have begun relaxing sanctions against Burma.', ['CONCEDE governments>MMR']],
  ['Russian forces started shelling the town of Bakhmut on Monday.', ['ASSAULT RUSMIL>-']],
  ['The Syrian army continued bombing rebel positions in Idlib.', ['ASSAULT SYRMIL>-']],
]);

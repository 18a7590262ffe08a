import { table } from './non-events-table.ts';

// Later sentences that tell more of an act already told are mentions of it, not new events (src/core/coreference*.ts).
// Short articles written for these tests; each row lists every event the article must give.

// "The attack began with a car bomb and was followed by a gunfight": a stage of a definite act (the phase verbs of
// data/lexicon/clause-cues.tsv, rule coreference:part-of-told-act) refers back to the act told before
table('a stage of a told act joins it', [
  ['Gunmen stormed a police post in Kano on Monday. The attack began with a car bomb and was followed by a gunfight with police officers.', ['ASSAULT gunmen>-']],
  ['Militants attacked an army post in Borno on Sunday. The raid started with mortar fire and was followed by a shootout with soldiers.', ['ASSAULT NGAREB>NGAMIL']],
  ['Gunmen stormed a hotel in Mogadishu on Saturday. The assault began with a car bomb and ended in a gun battle with security forces.', ['ASSAULT Gunmen>hotel']],
]);

// an act noun that is no stage of a definite act is its own event
table('a fight told on its own stays', [
  ['Gunmen stormed a hotel in Mogadishu on Saturday. A gunfight between soldiers and rebels broke out in Kismayo on Sunday.', ['ASSAULT Gunmen>hotel', 'ASSAULT -']],
  ['Gunmen stormed a hotel in Mogadishu on Saturday. Hours later, a shootout with police erupted at a checkpoint in Baidoa.', ['ASSAULT Gunmen>hotel', 'ASSAULT ->police']],
]);

// "Reports said a Taliban attack killed 15 soldiers" … "the Taliban said it killed 40 soldiers": unnamed reports
// (hearsay) and a party's claim tell the same act; an adverb before the verb of telling ("later said") times the
// telling, not the act
table('hearsay and a claim of the same act are one event', [
  ['Reports said a Taliban attack on army posts in Kunduz killed at least 15 soldiers on Sunday. The Taliban said in a statement that it killed 40 soldiers.', ['ASSAULT taliban>-']],
  ['Reports say Islamic State militants attacked a checkpoint near Kirkuk on Tuesday, killing six soldiers. The group later said its fighters killed ten soldiers.', ['ASSAULT islamic-state>-']],
  ['Reports said Houthi rebels fired missiles at a Saudi air base on Friday. The Houthis said they had hit the air base with five missiles.', ['ASSAULT houthi>-']],
]);

// two places, or a sequence adverb on the act itself, are two occasions
table('reports of other acts stay apart', [
  ['Reports said Russian forces shelled Kharkiv on Monday. Ukraine said Russia shelled a hospital in Odesa on Monday.', ['ASSAULT RUS>Kharkiv', 'ASSAULT RUS>hospital']],
  ['Militants attacked a checkpoint near Kirkuk on Tuesday. The militants later attacked a second checkpoint near Mosul.', ['ASSAULT IRQREB>checkpoint', 'ASSAULT ->second']],
]);

// "hit five villages" … "the fighters burned homes": a settlement and its buildings are one raid's targets
// (src/core/settlement-targets.ts); another actor, or another place, is another act
table('a raid on a settlement and its burned buildings are one event', [
  ['Boko Haram fighters attacked three villages in Borno on Sunday. Residents said the fighters burned homes and shops.', ['ASSAULT boko>villages']],
  ['Militants attacked the town of Dikwa on Friday. The militants torched homes and a school, residents said.', ['ASSAULT Militants>town']],
  ['Gunmen raided a village in Zamfara state on Monday. Witnesses said the gunmen set fire to houses and a church.', ['ASSAULT Gunmen>village']],
]);
table('buildings burned by others stay apart', [
  ['Boko Haram fighters attacked three villages in Borno on Sunday. Soldiers later burned homes in Yobe, residents said.', ['ASSAULT boko>villages', 'ASSAULT Soldiers>homes']],
]);

// one side's speakers allege an act, then tell it again: the allegation and the telling are one act
// (src/core/coreference-compatible.ts, oneAccuser); the other side's own account stays apart
table('an act alleged and told again by one side is one event', [
  ['Ukraine\'s army alleged that Russian troops shelled Kherson on Monday. A Ukrainian military spokesman said Russian forces fired rockets at Kherson on Monday.', ['ACCUSE UKR>RUS', 'ASSAULT RUS>-']],
  ['Israeli officials alleged that Hezbollah fighters fired rockets at Kiryat Shmona on Sunday. An Israeli army spokesman said Hezbollah launched 20 rockets at the town.', ['ACCUSE ISR>-', 'ASSAULT hezbollah>-']],
  ['Armenia alleged that Azerbaijani troops shelled a village in Syunik on Tuesday. The Armenian defense ministry said Azerbaijani forces attacked the village with mortars.', ['ACCUSE ARM>AZE', 'ASSAULT AZE>-']],
]);
table('the other side\'s account stays apart', [
  ['Armenia alleged that Azerbaijani troops shelled a village in Syunik on Tuesday. Azerbaijan said its forces attacked Armenian positions in Syunik on Tuesday.', ['ACCUSE ARM>AZE', 'ASSAULT AZE>village', 'ASSAULT ->positions']],
]);

// "The ambush killed six soldiers": a verb whose subject is a definite act noun tells more of the act told before
// (src/core/part-of-told-act.ts, isDoneByToldAct); an act by others stays apart
table('what a told act did joins it', [
  ['Militants attacked an army convoy in Borno on Friday. The ambush killed six soldiers and wounded ten others, the army said.', ['ASSAULT Militants>-']],
  ['Israeli airstrikes killed at least 20 people in Rafah on Tuesday. The strikes hit two homes in the city, according to the civil defense agency.', ['ASSAULT Israeli>-']],
  ['Gunmen attacked a church in Owo on Sunday. The assault killed at least 40 worshippers, officials said.', ['ASSAULT Gunmen>-']],
]);
table('what other acts did stays apart', [
  ['Israeli airstrikes killed at least 20 people in Rafah on Tuesday. Hezbollah rockets hit two homes in Kiryat Shmona on Wednesday.', ['ASSAULT Israeli>people', 'ASSAULT hezbollah>-']],
]);

// "The war erupted in April. It has killed tens of thousands": a sentence-opening "it" after a sentence whose subject
// is no actor names no one (src/resolve/anaphora.ts); after a definite act noun it is that act, and tells more of it
table('"it" after a war or a campaign is no actor', [
  ['RSF fighters attacked El Fasher on Friday, residents said. The war erupted in April 2023 when a power struggle between the army and the RSF turned violent. It has killed tens of thousands and displaced millions.', ['ASSAULT RSF>-']],
  ['Houthi rebels fired a missile at a tanker on Monday. The campaign began in November after the war in Gaza started. It has disrupted shipping and killed three sailors.', ['ASSAULT houthi>-']],
  ['Government troops shelled rebel positions near Goma on Monday. The conflict flared again in 2021. It has forced more than a million people from their homes.', ['ASSAULT troops>-']],
]);
// (a condemnation of "the attack on the peacekeepers" with no attacker told accuses no one: roles-classes-20)
table('"it" after an actor is that actor', [
  ['Hamas fired rockets at Israel on Sunday. It also launched drones at the city of Ashkelon.', ['ASSAULT hamas>ISR', 'ASSAULT hamas>Ashkelon']],
  ['The Security Council met in New York on Monday. It condemned the attack on the peacekeepers.', ['ACCUSE security-council>-', 'ASSAULT ->peacekeepers']],
]);

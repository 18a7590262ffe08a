import { runTable } from './table.ts';

// Table tests for the precision work on real news: type conventions of the PLOVER manual and the coding
// guide, and constructions that state no event. Every sentence is written for this file.

// Taking a place by force is combat (CAMEO 190, PLOVER ASSAULT); COERCE "seize" is searches and confiscation.
runTable('capturing a place by force is ASSAULT', [
  ['Houthi rebels seized the port city of Hodeidah on Sunday.', ['ASSAULT houthis']],
  ['The Syrian army recaptured the town of Palmyra from Islamic State militants on Thursday.', ['ASSAULT SYRMIL']],
  ['Taliban fighters overran the district center in Kunduz province on Monday.', ['ASSAULT taliban']],
  ['M23 rebels took control of the city of Goma on Tuesday.', ['ASSAULT m23']],
]);

// ... unless the ones who occupy or storm are protesters: PROTEST (obstruct, riot)
runTable('protesters occupying or storming a building is PROTEST', [
  ['Protesters occupied the parliament building in Colombo on Saturday.', ['PROTEST LKAOPP']],
  ['Students occupied the university administration building in Dhaka on Monday.', ['PROTEST BGDEDU']],
  ['Hundreds of protesters stormed the parliament building in Baghdad on Saturday.', ['PROTEST IRQOPP']],
]);

// coding guide rule 1: a purpose is no event; only the act it is the purpose of is coded
runTable('a purpose clause states an aim, not an act', [
  ['Chad and Cameroon deployed troops to fight Boko Haram on Monday.', ['MOBILIZE TCD+CMR']],
  ['Kenya sent police officers to Haiti to arrest gang leaders on Friday.', ['MOBILIZE KEN']],
  ['The government sent soldiers to Goma in order to recapture the town on Monday.', ['MOBILIZE']],
]);

// ... but a verbal act or an instrument's use is the act itself
runTable('an infinitive that is the act itself stays', [
  ['The group issued a statement to warn Israel against an invasion of Lebanon.', ['THREATEN ->ISR']],
  ['Riot police used batons to beat the students in Dhaka on Monday.', ['ASSAULT BGDCOP>BGDEDU']],
  ['Iran vowed to strike Israel on Monday.', ['THREATEN IRN>ISR']],
  ['China vowed on Monday to deepen military cooperation with Russia.', ['AGREE CHN>RUS']],
]);

// ", reportedly killing six" continues the attack before it, as ", killing six" does: one event
runTable('a participle of consequence after an adverb is the same attack', [
  ['Al-Shabab militants attacked an African Union base in Somalia on Friday, reportedly killing dozens of Kenyan troops.', ['ASSAULT al-shabaab']],
  ['Russian missiles struck Kharkiv on Monday, allegedly killing six civilians.', ['ASSAULT RUSMIL>UKR']],
  ['ISIS fighters attacked an army post in Diyala on Sunday, killing four soldiers.', ['ASSAULT islamic-state']],
]);

// coding guide rule 5: what an accusation alleges is its own event only when it is a specific incident
runTable('a generic charge stays inside the ACCUSE', [
  ['The government accused the rebels of killings and looting in the north.', ['ACCUSE -']],
  ['Armenia accused Azerbaijan of attacks on villages in the disputed region.', ['ACCUSE ARM>AZE']],
  ['The opposition accused the government of fighting for more territory.', ['ACCUSE ->government']],
  ['The rebels blamed the army for the violence and told reporters the fighting would continue.', ['ACCUSE ->army']],
]);

runTable('a specific alleged incident is coded as well', [
  ['Pakistan accused India of killing two soldiers in Kashmir on Monday.', ['ACCUSE PAK>IND', 'ASSAULT IND']],
  ['Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant on Sunday.', ['ACCUSE UKR>RUS', 'ASSAULT RUS']],
  ['Israel accused Hezbollah of launching rockets at Haifa on Sunday.', ['ACCUSE ISR>hezbollah', 'ASSAULT hezbollah']],
  ['Kenya accused al-Shabab of kidnapping two doctors on Friday.', ['ACCUSE KEN>al-shabaab', 'ASSAULT al-shabaab']],
]);

// "forces backed by U.S. airstrikes": a participle of a standing relation after its noun describes the noun
runTable('a reduced relative of backing or arming is a description', [
  ['Militias backed by Iran have a strong presence in Iraq.', []],
  ['Rebels funded by Qatar control much of the north.', []],
  ['Houthi fighters armed by Iran patrol the Red Sea coast.', []],
  ['Iran backed the Houthis in a statement on Monday.', ['SUPPORT IRN>houthis']],
]);

// support is an aim when it is what an act is for
runTable('support as the purpose of another act is no event', [
  ['NATO will work with Kyiv to support the Ukrainian army.', []],
  ['The European Union sent monitors to Armenia to support the ceasefire.', []],
  ['The donors met in Paris to back the reconstruction plan.', []],
]);

// a killing stated as the toll of an attack the sentence names is that attack ("killed" is no second event)
runTable('casualties of a named attack are the attack', [
  ['Dozens of policemen were killed in Ghazni in overnight attacks by the Taliban on Sunday.', ['ASSAULT taliban>AFGCOP']],
  ['A Taliban attack on army posts in Baghlan has killed at least 20 soldiers on Tuesday.', ['ASSAULT taliban']],
  ['A Russian missile strike on a shopping mall in Kremenchuk killed at least 18 people on Monday.', ['ASSAULT RUSMIL']],
]);

// what a war or an uprising did, told in a relative clause on it, describes the conflict (background-cues relative-of)
runTable('a relative clause on a conflict noun is background', [
  ['Rebels seized the town of Kidal in a war that killed 30,000 people.', ['ASSAULT MLIREB']],
  ['The ceasefire aims to end a conflict that has displaced two million Sudanese.', []],
  ['The protests followed an uprising that ousted President Omar al-Bashir in 2019.', []],
  ['The insurgency, which has killed thousands of civilians, began in 2009.', []],
]);

import { table } from './non-events-table.ts';

// Text that names an act without telling one, found probing wire and feature prose. Sentences written for these tests.

// ", to fight on until ...": an infinitive set apart by a comma is an aim (src/extract/tree-clauses/purpose-clause.ts)
table('an aim set off by a comma is no act', [
  ['"Our resolve has only grown stronger, to fight on until the region is rid of the militants," the mission commander said.', []],
  ['"Our determination has been strengthened, to fight until the last terrorist is defeated," the army said.', []],
  ['Government troops advanced on the town, to retake it from the rebels.', ['ASSAULT troops>-']],
]);
table('an infinitive that is the act or its plan stays', [
  ['Rebels decided to attack the town on Monday.', ['ASSAULT Rebels>town planned']],
  ['Troops opened fire on protesters in the capital on Monday.', ['ASSAULT troops>protesters']],
]);

// "the 2014 annexation of Crimea": an act noun named by its year is a past event referred to (rule
// candidate:tree-named-by-year); the act told with its date as a clause is an event
table('an act named by its year is no event', [
  ['The 2014 annexation of Crimea by Russia remains a source of tension with Europe.', []],
  ['Relations have been frozen since the 2003 invasion of Iraq by U.S.-led forces.', []],
  ['The country still bears the scars of the 1994 genocide against the Tutsi.', []],
]);
table('an act told with its year stays', [
  ['Russia annexed Crimea in 2014.', ['COERCE RUS>-']],
  ['In 2003, U.S.-led forces invaded Iraq.', ['ASSAULT ->IRQ']],
  ['Two people were killed in the 2 a.m. attack on the checkpoint.', ['ASSAULT ->people']],
]);

// "Whether the army will attack the city remains unclear": a question as the subject, its verb parsed as the root
// (src/extract/tree-clauses/open-question.ts)
table('an open question as the subject states nothing', [
  ['Whether the army will attack the city remains unclear.', []],
  ['Who attacked the convoy is still unknown.', []],
  ['Whether the rebels shelled the base remains uncertain.', []],
]);
table('a question beside a stated act', [
  ['Who attacked the convoy? Police arrested two men on Monday.', ['COERCE Police>men']],
  ['The army attacked the city on Monday, which remains tense.', ['ASSAULT army>city']],
]);

// word senses by the arguments (data/patterns/argument-senses.tsv): an attack on a plan is criticism, a clash of
// cultures no fighting; armed men storming a police station assault it, protesters storming parliament riot
table('metaphors and senses', [
  ['The senator attacked the president\'s plan in a speech on Tuesday.', ['ACCUSE senator>-']],
  ['The opposition leader attacked the budget as reckless during a debate in parliament.', ['ACCUSE leader>-']],
  ['Critics describe the dispute as a clash of cultures between Brussels and London.', []],
  ['The summit exposed a clash of personalities between the two presidents.', []],
  ['Taliban fighters stormed a police station in Ghazni on Friday.', ['ASSAULT taliban>-']],
  ['Gunmen stormed the state broadcaster in Kabul on Monday.', ['ASSAULT gunmen>-']],
  ['Protesters stormed the parliament in Baghdad on Saturday.', ['PROTEST protesters>-']],
  ['Militants burned a police station in Borno on Monday.', ['ASSAULT Militants>-']],
  ['Gunmen torched the governor office in Zamfara on Friday.', ['ASSAULT Gunmen>-']],
  ['Protesters burned a police station in Nairobi on Monday.', ['PROTEST Protesters>-']],
  ['Troops clashed with protesters in Lagos on Monday.', ['ASSAULT troops>protesters']],
  ['Russian forces attacked the Ukrainian port of Odesa on Monday.', ['ASSAULT RUS>-']],
]);

// "ahead of a planned protest", "in anticipation of protests": an act still to come is the setting of the news
// (data/lexicon/background-cues.tsv, circumstance; src/core/background.ts reads the split prepositions)
table('an act still to come is no event', [
  ['Police detained dozens of activists ahead of a planned protest against the government.', ['COERCE Police>activists']],
  ['Police raided opposition offices in anticipation of protests against the vote.', ['COERCE Police>offices']],
  ['Rebels attacked the town ahead of the peace talks.', ['ASSAULT Rebels>town']],
  ['Security was tightened in the capital ahead of the summit between the two leaders.', []],
]);
table('an act beside a coming one stays', [
  ['Leaders met in Brussels ahead of the vote.', ['CONSULT Leaders>-']],
  ['The army shelled the town ahead of its ground offensive.', ['ASSAULT army>town']],
]);

// "over the past decade", "over the last three years": a tally over a period is background
// (data/lexicon/background-cues.tsv, after; #num a count)
table('a tally over years is no event', [
  ['Armed groups have killed thousands of civilians in the region over the past decade.', []],
  ['Police have arrested more than 500 activists over the past two years, the rights group said.', []],
  ['The army has carried out dozens of airstrikes on rebel positions over the last three decades.', []],
  ['Gunmen have kidnapped more than 1,000 students in the northwest over the past three years.', []],
]);
table('an act over a short span stays', [
  ['Police arrested 20 activists over the weekend.', ['COERCE Police>activists']],
  ['Troops killed 12 militants in the past 24 hours, the army said.', ['ASSAULT Troops>militants']],
]);

// more senses by the arguments: animals, campaigns against a policy, fights for a career, wars on social ills, verbal
// attacks by lawmakers and critics, rulings that strike a law down, flops in the polls
table('metaphors of politics and business are no violence', [
  ['A shark attack killed a tourist off the coast of Egypt on Sunday.', []],
  ['A crocodile attack killed a fisherman in Zambia on Monday.', []],
  ['Unions launched an offensive against the pension reform on Tuesday.', []],
  ['The prime minister is fighting for his political survival after the scandal.', []],
  ['The president has declared war on corruption in the civil service.', []],
  ['The government bombed in the polls after the scandal.', []],
  ['The two countries fought a bruising trade war in 2018 and 2019.', []],
  ['The two companies are fighting a legal battle over the patent.', []],
  ['Netflix and Disney are locked in a battle for market share in India.', []],
  ['Opposition lawmakers attacked the government over rising prices.', ['ACCUSE lawmakers>-']],
]);
table('the same words of real violence stay', [
  ['Rebels fought government troops for control of the city on Monday.', ['ASSAULT Rebels>troops']],
  ['Rebels fought a fierce battle with troops for the airport on Monday.', ['ASSAULT Rebels>troops']],
  ['The army launched an offensive against the rebels in the north on Friday.', ['ASSAULT army>rebels']],
  ['Russian missiles struck the city of Lviv on Monday.', ['ASSAULT -']],
  ['The Philippine government declared war on drug cartels on Monday.', ['THREATEN government>cartels']],
  ['Germany sent Leopard tanks to Ukraine on Monday.', ['AID DEU>UKR']],
  ['Tamil Tiger rebels attacked an army camp in Jaffna on Sunday.', ['ASSAULT rebels>camp']],
]);

// ", ending three years of war": what another act brought about, told as its effect over a span of years
table('the end of years of war is told as an effect', [
  ['An elected government took office in 2016, ending five decades of army rule.', []],
  ['The two neighbours signed a border accord in 2002, ending three years of war.', []],
  ['The rebels laid down their arms in 2016, ending five decades of conflict with the state.', ['RETREAT rebels>-']],
]);
table('an end agreed or done stays', [
  ['Russia agreed to end the war this year, the envoy said.', ['AGREE RUS>-']],
  ['The army ended its siege of the city on Monday.', ['RETREAT army>-']],
  ['Israel and Hamas agreed to end the fighting in Gaza on Friday.', ['AGREE ISR>hamas']],
]);

// "has since killed more than 35,000": "since" alone with a counted patient is a tally up to now
// (src/extract/tree-clauses/background-cue.ts); a later act told with "since" stays
table('a tally "since" is no event', [
  ['Israel\'s offensive has since killed more than 35,000 Palestinians, according to the health ministry.', []],
  ['The militia has since displaced thousands of villagers from the valley.', []],
  ['Authorities have since detained more than 2,000 opponents.', []],
]);
table('a later act told with "since" stays', [
  ['The army has since withdrawn its troops from the town.', ['RETREAT army>-']],
  ['Police have since detained the suspect in Lagos.', ['COERCE Police>suspect']],
]);

// "were unable to disperse the crowd": a negative implicative, like "failed to" (data/lexicon/modality.tsv)
table('an act one was unable to do is no event', [
  ['Police were unable to disperse the crowd.', []],
  ['The government has been unable to arrest the gang leaders.', []],
  ['Troops were unable to retake the town from the rebels on Sunday.', []],
]);
table('an act one was able to do stays', [
  ['Police dispersed the crowd with tear gas on Monday.', ['ASSAULT Police>crowd']],
  ['The army was able to retake the town on Friday.', ['ASSAULT army>town']],
]);

// "the UN warned of a possible offensive on Rafah": an international body or aid group warning of violence threatens
// no one (data/patterns/argument-senses.tsv, warn by organizations); a party warning of strikes threatens them
table('a warning of others\' violence is no threat', [
  ['The UN warned of a possible offensive on Rafah.', []],
  ['The World Health Organization warned of an Israeli assault on Rafah.', []],
  ['Amnesty International warned of a military crackdown on protesters in Iran.', []],
]);
table('a party warning of its strikes threatens', [
  ['Iran warned of strikes on Israel.', ['THREATEN IRN>ISR']],
  ['Hezbollah warned of attacks on Israeli cities.', ['THREATEN hezbollah>-']],
]);

// "police can detain suspects for 30 days": what a party can do has not been done (data/lexicon/modality.tsv, can)
table('an ability is no event', [
  ['Under the new law, police can detain suspects for 30 days without charge.', []],
  ['Israel can strike Iran\'s nuclear sites without U.S. help, the general said.', []],
  ['He was told that if he protests again, the police can arrest him and force him to leave the country.', []],
]);
table('an act beside an ability stays', [
  ['Police arrested 30 protesters, a spokesman said, adding that more arrests can be expected.', ['COERCE Police>protesters']],
]);

// "the PKK, which is listed as a terrorist group by Turkey": a designation in the present describes the group
// (data/lexicon/stative-verbs.tsv); the act of designating stays
table('a standing designation is a description', [
  ['The PKK, which is listed as a terrorist group by Turkey and the United States, rarely comments on the strikes.', []],
  ['The Muslim Brotherhood, a group designated by Egypt as a terrorist organisation, called for protests.', ['REQUEST brotherhood>-']],
  // (denying a role is itself a REJECT, desk-classes-36, as the manual allows for CAMEO 016 "deny responsibility")
  ['Lashkar-e-Taiba, which is proscribed in Britain, denied any role in the attack.', ['REJECT lashkar>-', 'ASSAULT lashkar>- denied']],
]);
table('the act of designating stays', [
  ['The United States designated the Houthis a terrorist group on Wednesday.', ['SANCTION USA>houthi']],
]);

// "has repeatedly protested against the incursions, calling them a violation": the participle clause and the act
// noun the habitual verb governs share its background cue (src/extract/tree-clauses/background-cue.ts)
table('what goes with a habitual act is background too', [
  ['Iraq\'s government has repeatedly protested against the Turkish incursions, calling them a violation of its sovereignty.', []],
  ['Militants have frequently attacked convoys on the highway, killing dozens of drivers.', []],
  ['The army has long shelled villages in the valley, forcing thousands to flee.', []],
]);
table('what goes with a single act stays', [
  ['Militants attacked a convoy on the highway on Sunday, killing six drivers.', ['ASSAULT Militants>-']],
  ['Police fired tear gas during the protest on Monday.', ['ASSAULT Police>-']],
  // the act a "since" phrase dates a tally by is no tally itself
  ['Since Israel\'s ground invasion of Lebanon in October, thousands of people have fled the south.', ['ASSAULT ISR>LBN']],
]);

// "protesters want the president to resign": what one wants another party to do has not been done
// (data/lexicon/clause-cues.tsv, desire; src/core/non-events.ts)
table('an act wanted of another is no event', [
  ['Protesters want the president to resign.', []],
  ['Washington wants Israel to halt its offensive in Rafah.', []],
  ['The opposition expects the army to withdraw from the capital.', []],
]);
table('the act itself, or a request for it, stays', [
  ['The president resigned on Tuesday after weeks of protests.', ['RETREAT president>-']],
  ['Washington urged Israel to halt its offensive in Rafah.', ['REQUEST USA>ISR']],
]);

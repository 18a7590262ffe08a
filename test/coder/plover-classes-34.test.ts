import { coderPublishedOn, expectExactSpecs } from './class-fixture.ts';

// Classes of construction behind PLOVER types and modes (session 34: international organisations as actors, protest
// modes, SANCTION / REJECT / COERCE for blocks, suspensions and expulsions, RETREAT / CONCEDE), each on sentences
// written for this file: a case passes when the coder gives exactly its events ("TYPE actor>target"), where a spec
// ending in ":mode" asks for that PLOVER mode (src/export/event-mode.ts). Cases a fix does not change guard it.
const code = coderPublishedOn('2025-06-09');

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // An arrest worded as such under a restriction code (modes.tsv COERCE 170-1721 arrest row; verbs.tsv "jail|arrest|
  // detain ... * journalist|blogger|rapper", CAMEO 1721): the manual's arrest ("arrest, detain"), not restrict; a ban,
  // a closed newspaper keep restrict and censor
  ['arrest under a restriction code', 'Egyptian authorities arrested a prominent blogger in Cairo.', ['COERCE EGYGOV>-:arrest']],
  ['arrest under a restriction code', 'Police in Minsk detained a Reuters photographer on Saturday.', ['COERCE BLRCOP>-:arrest']],
  ['arrest under a restriction code', 'Iranian authorities jailed a popular rapper for his songs.', ['COERCE IRNGOV>-:arrest']],
  ['arrest under a restriction code', 'Authorities closed an opposition newspaper in Algiers.', ['COERCE DZAGOV>DZAOPP:censor']],
  // A bloc suspending a member (argument-senses.tsv "suspend" with an organisation as actor, now CAMEO 166): the
  // manual's SANCTION expel, "expel an entity from a group, organization"; a government suspending an official stays
  // COERCE, a bloc suspending aid stays discontinue
  ['bloc suspends a member', 'The African Union suspended Gabon after the military coup.', ['SANCTION IGOAFRAFU>GAB:expel']],
  ['bloc suspends a member', 'ECOWAS suspended Guinea following the coup.', ['SANCTION ecowas>GIN:expel']],
  ['bloc suspends a member', 'The Pacific Islands Forum suspended Fiji.', ['SANCTION pacific-islands-forum>FJI:expel']],
  ['bloc suspends a member', 'The government suspended the governor of Rivers state.', ['COERCE NGAGOV>-:restrict']],
  ['bloc suspends a member', 'The European Union suspended budget support to Niger after the coup.', ['SANCTION IGOEUREEC>NER:withdraw']],
  // Observers, inspectors, peacekeepers let into the country (petrarch-dropped.tsv drops the imported "allow * into
  // country", 0811 CONCEDE): our "allow|let|admit * into" rows give them access, the manual's RETREAT access ("allowing
  // the entry of observers, peacekeepers, or humanitarian workers"); an exile let in is an eased political return
  // (verbs.tsv "allow|let|permit|admit * exile|exiled|dissident * into", 0812 CONCEDE)
  ['observers let into the country', 'The junta allowed ECOWAS observers into the country.', ['RETREAT junta>ecowas:access']],
  ['observers let into the country', 'Iran allowed IAEA inspectors into the country.', ['RETREAT IRN>iaea:access']],
  ['observers let into the country', 'Eritrea allowed the UN rapporteur into the country for the first time.', ['RETREAT ERI>IGOUNO:access']],
  ['observers let into the country', 'The government allowed the exiled opposition leader into the country.', ['CONCEDE government>-']],
  ['observers let into the country', 'The junta let the dissident writer into the country.', ['CONCEDE junta>-']],
  // A state leaving a bloc named by its acronym (verbs.tsv "quit|exit|leave ... * pact|bloc|...|ecowas|eccas|oas|
  // mercosur", CAMEO 160): the manual's SANCTION withdraw ("withdraw oneself ... from a group, organization"), not a
  // resignation; an official quitting stays RETREAT resign
  ['state quits a bloc', 'Burkina Faso, Mali and Niger quit ECOWAS.', ['SANCTION BFA+MLI+NER>ecowas:withdraw']],
  ['state quits a bloc', 'Rwanda quit ECCAS after a dispute with Congo.', ['SANCTION RWA>eccas:withdraw']],
  ['state quits a bloc', 'Nicaragua left the OAS in 2023.', ['SANCTION NIC>oas:withdraw']],
  ['state quits a bloc', 'Venezuela exited Mercosur.', ['SANCTION VEN>mercosur:withdraw']],
  ['state quits a bloc', 'The finance minister quit on Monday.', ['RETREAT minister>-:resign']],
  // Aid blocked (verbs.tsv "block|veto * aid|assistance|funding ... to|for", 120; "block" left the SANCTION 162 rows):
  // aid held up by a member or a legislature that does not give it alone is a refusal, REJECT assist, as a blocked aid
  // package is (plover-classes-21); a giver cutting or suspending its own aid stays SANCTION (withdraw since plover-classes-39)
  ['aid blocked', 'Hungary blocked EU aid to Ukraine.', ['REJECT HUN>-:assist']],
  ['aid blocked', 'Republicans in Congress blocked aid to Ukraine.', ['REJECT republican-party>-:assist']],
  ['aid blocked', 'Slovakia blocked EU financial aid for Kyiv.', ['REJECT SVK>-:assist']],
  ['aid blocked', 'The Dutch parliament blocked development aid to Mali.', ['REJECT NLDLEG>-:assist']],
  ['aid blocked', 'Germany suspended aid to Niger.', ['SANCTION DEU>NER:withdraw']],
  // Looting by a crowd in unrest (argument-senses.tsv loot|plunder|pillage|ransack with a protester, rioter or crowd
  // subject, 145): a riot (PLOVER PROTEST riot, "intend to cause ... property damage"); gunmen or soldiers looting stay
  // COERCE seize (171)
  ['crowd looting', 'Rioters looted shops in Dakar.', ['PROTEST SENOPP>-:riot']],
  ['crowd looting', 'Protesters plundered supermarkets in Caracas.', ['PROTEST VENOPP>-:riot']],
  ['crowd looting', 'Demonstrators ransacked shops in downtown Lima.', ['PROTEST demonstrators>-:riot']],
  ['crowd looting', 'Gunmen looted shops in the village.', ['COERCE gunmen>-:seize']],
  ['crowd looting', 'Soldiers pillaged the town.', ['COERCE soldiers>-:seize']],
  // Police put on alert (CAMEO 152, whose crosswalk mode is troops; modes.tsv MOBILIZE 151-154 police row): police
  // units readied are the manual's police, "mobilize or increase readiness of police or security units"; an army put
  // on alert stays troops
  ['police on alert', 'Police in Lahore were placed on standby ahead of the verdict.', ['MOBILIZE PAKCOP>-:police']],
  ['police on alert', 'Bangladesh kept its police on alert after the verdict.', ['MOBILIZE BGD>-:police']],
  ['police on alert', 'Gendarmes in Dakar were put on alert ahead of the vote.', ['MOBILIZE SENCOP>-:police']],
  ['police on alert', 'Serbia put its army on high alert.', ['MOBILIZE SRB>-:troops']],
  // A lender stopping a loan programme (verbs.tsv "suspend|halt|freeze ... * loan|lending|credit|bailout program|
  // programme|facility", 1621): economic aid cut, SANCTION withdraw (plover-classes-39), not a policy reversed (the longer "suspend *
  // programme" row, 0832 CONCEDE), which a government's own programme stays
  ['loan programme stopped', 'The IMF suspended its loan programme with Sri Lanka.', ['SANCTION imf>LKA:withdraw']],
  ['loan programme stopped', 'The IMF suspended its bailout programme for Pakistan.', ['SANCTION imf>PAK:withdraw']],
  ['loan programme stopped', 'The World Bank froze its lending program for Mozambique.', ['SANCTION IGOUNODEVWBK>MOZ:withdraw']],
  ['loan programme stopped', 'The government suspended its housing programme.', ['CONCEDE government>-']],
  // Control of a site given up (verbs.tsv "hand|give back * control of|over", "relinquish|return|yield * control
  // of|over", 0874): ceding a held site, PLOVER RETREAT withdraw ("a military retreat from, or ceding, territory"), not
  // the seizure the bare "control * nuclear plant" row read; control seized stays ASSAULT
  ['control given up', 'Russia handed back control of the nuclear plant.', ['RETREAT RUS>-:withdraw']],
  ['control given up', 'M23 fighters relinquished control of the airport.', ['RETREAT m23>-:withdraw']],
  ['control given up', 'The militia gave back control of the oil field to the government.', ['RETREAT militia>-:withdraw']],
  ['control given up', 'The rebels seized control of the airport.', ['ASSAULT rebels>-']],
  // A bloc taking a state in or back (verbs.tsv "readmit|reinstate" with an organization as actor, argument-senses.tsv;
  // "grant * candidate|observer|membership status", 050): resumed or opened diplomatic cooperation, PLOVER SUPPORT
  // ("initiate, resume, improve, or expand diplomatic, non-material cooperation"); a state readmitting migrants, a
  // government reinstating an official are no such tie (session 40: the official taken back is an eased sanction,
  // PLOVER CONCEDE, argument-senses.tsv reinstate object row)
  ['bloc takes a state in', 'The Arab League readmitted Syria.', ['SUPPORT IGOMEAARL>SYR']],
  ['bloc takes a state in', 'ECOWAS reinstated Guinea after the elections.', ['SUPPORT ecowas>GIN']],
  ['bloc takes a state in', 'The EU granted Ukraine candidate status.', ['SUPPORT IGOEUREEC>UKR']],
  ['bloc takes a state in', 'The European Council granted Moldova candidate status on Thursday.', ['SUPPORT IGOEUREEC>MDA']],
  // (since session 41 "readmitted" is read as "admitted" again, syntax-41: migrants admitted are AID, no SUPPORT)
  ['bloc takes a state in', 'Germany readmitted 300 migrants from Austria.', ['AID DEU>AUTREF']],
  ['bloc takes a state in', 'The government reinstated the dismissed governor.', ['CONCEDE government>the dismissed governor']],
  // A naval mission sent to a sea (verbs.tsv "deploy|send|dispatch|launch * naval|maritime mission|operation|flotilla|
  // patrol to|in|off", 154; modes.tsv 154* weapons row now names ships): MOBILIZE weapons by the manual ("mobilizing
  // weapons, ships, or vehicles should be coded as MOBILIZE weapons"); troops sent stay troops
  ['naval mission sent', 'The EU deployed a naval mission to the Red Sea.', ['MOBILIZE IGOEUREEC>-:weapons']],
  ['naval mission sent', 'Britain dispatched a naval patrol to the waters off Guyana.', ['MOBILIZE GBR>-:weapons']],
  ['naval mission sent', 'Greece deployed a naval mission off the coast of Libya.', ['MOBILIZE GRC>-:weapons']],
  ['naval mission sent', 'Italy sent a naval flotilla to the coast of Libya.', ['MOBILIZE ITA>-:weapons']],
  ['naval mission sent', 'Russia deployed troops to the border.', ['MOBILIZE RUS>-:troops']],
  // A summit or conference hosted or convened (verbs.tsv "host|convene|chair * summit|conference|meeting|forum", 040):
  // the host holds the meeting and takes part in it (PLOVER CONSULT), its actor; not a visit by the summit's adjective
  // (bare host, 043) nor a summit with no one (the noun row); hosting a visitor stays the visit
  ['summit hosted', 'Egypt hosted a summit on Gaza in Cairo on Saturday.', ['CONSULT EGY>-']],
  ['summit hosted', 'Azerbaijan hosted the climate conference in Baku.', ['CONSULT AZE>-']],
  ['summit hosted', 'Kenya convened a regional conference on Sudan in Nairobi.', ['CONSULT KEN>-']],
  ['summit hosted', 'Turkey hosted the Ukrainian president in Ankara.', ['CONSULT UKRGOV>TUR:visit']],
  // Armed men gathering near a place (verbs.tsv "gather|assemble near|along|at|on|outside|around", 154, kept by
  // argument-senses.tsv for armed forces, armed groups and gangs): a build-up, PLOVER MOBILIZE, gangs in the militia
  // mode (modes.tsv: "militias or gangs"); mourners or residents gathering are no event, protesters at a site protest
  ['armed men gather', 'Armed gangs gathered on the outskirts of Port-au-Prince.', ['MOBILIZE HTICRM>-:militia']],
  ['armed men gather', 'Hundreds of RSF fighters gathered near El Fasher.', ['MOBILIZE rapid-support-forces>-:militia']],
  ['armed men gather', 'Russian troops assembled along the border with Ukraine.', ['MOBILIZE RUSMIL>-:troops']],
  ['armed men gather', 'Gang members massed near the airport in Port-au-Prince.', ['MOBILIZE HTICRM>-:militia']],
  ['armed men gather', 'Mourners gathered at the cemetery in Gaza.', []],
  ['armed men gather', 'Residents gathered near the collapsed building.', []],
  ['armed men gather', 'Protesters gathered outside parliament.', ['PROTEST protesters>-:demo']],
  // A transport link or a currency swap resumed between two partners (verbs.tsv "resume|restore|reopen * rail|road|
  // ferry ... link|route|service", 085 made COOPERATE by argument-senses.tsv partners rows; "restore|resume|renew|sign *
  // currency swap|swap line|arrangement", 061): mutual exchange, PLOVER COOPERATE; a swap extended to one country stays
  // AID, a road reopened by one side RETREAT
  ['link resumed between partners', 'India and Bangladesh reopened their rail link for trade.', ['COOPERATE IND+BGD>-']],
  ['link resumed between partners', 'Russia and Georgia resumed ferry service across the Black Sea.', ['COOPERATE RUS+GEO>-']],
  ['link resumed between partners', 'Japan and South Korea restored their currency swap arrangement.', ['COOPERATE JPN+KOR>-']],
  ['link resumed between partners', 'China and Argentina renewed their currency swap.', ['COOPERATE CHN+ARG>-']],
  ['link resumed between partners', 'China extended a currency swap to Argentina.', ['AID CHN>ARG']],
  // Protection asked for by a bare appeal (modes.tsv REQUEST 020|100 assist row now names protection and protecting
  // forces): the manual's assist, "any form of exchange, relations, or assistance"; an appeal for calm stays yield
  ['protection asked for', 'The Palestinian Authority appealed to the UN for protection.', ['REQUEST PSE>IGOUNO:assist']],
  ['protection asked for', 'Haiti asked the United Nations for international protection.', ['REQUEST HTI>IGOUNO:assist']],
  ['protection asked for', 'Rohingya refugees appealed to the UN refugee agency for protection.', ['REQUEST refugees>unhcr:assist']],
  ['protection asked for', 'The opposition appealed for calm.', ['REQUEST opposition>-:yield']],
  // An aid agency stopping its work in a place (argument-senses.tsv "operation" with an organization as actor, 160, on
  // the "halt|suspend ... * operation in" rows): the exchange curtailed, PLOVER SANCTION discontinue, not the military
  // de-escalation (RETREAT ceasefire, 087) an army or a state halting its operations stays
  ['aid agency halts its work', 'UNRWA suspended operations in northern Gaza.', ['SANCTION unrwa>-:discontinue']],
  ['aid agency halts its work', 'Doctors Without Borders halted its operations in the camp.', ['SANCTION msf>-:discontinue']],
  ['aid agency halts its work', "The World Food Programme suspended its operations in Sudan's Darfur region.", ['SANCTION wfp>-:discontinue']],
  ['aid agency halts its work', 'Israel halted its military operations in Rafah.', ['RETREAT ISR>-:ceasefire']],
  ['aid agency halts its work', 'The army suspended operations in the Swat valley.', ['RETREAT PAKMIL>-:ceasefire']],
];

expectExactSpecs(code, CASES);

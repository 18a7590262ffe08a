import { coderPublishedOn, expectExactSpecs } from './class-fixture.ts';

// Classes of construction behind PLOVER types and modes (session 20), each on sentences written for this file: a
// case passes when the coder gives exactly its events ("TYPE actor>target"), where a spec ends in ":mode" with that
// PLOVER mode (src/export/event-mode.ts; ":" alone asks for no mode). Cases a class's fix does not change guard it.
const code = coderPublishedOn('2024-05-10');

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // The sides of a conflict signing or reaching a peace or ceasefire accord (verbs.tsv, nouns.tsv rows for peace and
  // ceasefire agreements): their commitment to stop fighting is AGREE, as "agreed to a ceasefire" is (0356) and as the
  // dev coding guide codes reached agreements and accords; signing any other agreement, or a parliament ratifying one,
  // stays SUPPORT (PLOVER manual, SUPPORT), and observing or ordering a ceasefire stays RETREAT ceasefire
  // (the venue lends the sides no country, session 28: places-classes-28.test.ts)
  ['peace accord signed', 'The government and the rebels signed a ceasefire agreement in Juba on Sunday.', ['AGREE government+the rebels>-']],
  ['peace accord signed', 'Israel and Hamas reached a truce in Cairo on Tuesday.', ['AGREE ISR+hamas>-']],
  ['peace accord signed', 'Both sides signed an armistice on Tuesday.', ['AGREE both sides>-']],
  ['peace accord signed', 'Armenia and Azerbaijan signed a peace treaty in Washington.', ['AGREE ARM+AZE>-']],
  ['peace accord signed', 'Colombia signed a peace accord with the ELN rebels.', ['AGREE COL>eln']],
  ['peace accord signed', 'The peace agreement between Ethiopia and the TPLF was signed in Pretoria on Friday.', ['AGREE ETH>tplf']],
  ['peace accord signed', 'The army and the rebels signed a truce agreement on Monday.', ['AGREE army+rebels>-']],
  // two commitments of one pair are two AGREE events (core/coreference.ts: AGREE mentions of other CAMEO acts do not
  // merge unless the later refers back with a definite noun)
  ['peace accord signed', 'Ethiopia and Eritrea signed a peace deal in July. Both countries agreed to reopen their embassies.', ['AGREE ETH+ERI>-', 'AGREE ETH+ERI>-']],
  ['peace accord signed', 'Israel and Hamas agreed to a truce on Tuesday. The truce agreement was signed in Cairo.', ['AGREE ISR+hamas>-']],
  ['peace accord signed', 'Japan and Vietnam signed a trade deal in Hanoi.', ['AGREE JPN+VNM>-']],
  ['peace accord signed', 'Parliament ratified the peace treaty with Jordan.', ['SUPPORT parliament>JOR']],
  ['peace accord signed', 'The rebels observed the ceasefire on Sunday.', ['RETREAT rebels>-:ceasefire']],
  ['peace accord signed', 'The army ordered a ceasefire in the Donbas.', ['RETREAT UKRMIL>-:ceasefire']],
  // Withdrawn backing (verbs.tsv "withdraw|pull|rescind|revoke|retract * support|backing|endorsement"): taking back
  // one's political support of a plan, a bill, a candidate or a government is REJECT; withdrawn military or financial
  // support, and aid or support suspended or cut, stays SANCTION (PLOVER manual, REJECT ambiguities): withdraw, "one's
  // non-military resources (e.g., aid ...)", military support discontinue (plover-classes-39)
  ['withdrawn backing', 'The senator withdrew his support for the bill.', ['REJECT senator>-']],
  ['withdrawn backing', 'France withdrew its support for the Moroccan plan.', ['REJECT FRA>-']],
  ['withdrawn backing', 'The union rescinded its endorsement of the candidate.', ['REJECT union>-']],
  ['withdrawn backing', 'The party withdrew its support, leaving the government without a majority.', ['REJECT party>-']],
  ['withdrawn backing', 'The United States withdrew military support for the Saudi-led coalition.', ['SANCTION USA>SAUMIL:discontinue']],
  ['withdrawn backing', 'The Netherlands withdrew its financial support from the project.', ['SANCTION NLD>-:withdraw']],
  ['withdrawn backing', 'Germany suspended its support for the aid agency.', ['SANCTION DEU>-:withdraw']],
  // A closure whose stated cause is weather, a holiday, an outbreak or upkeep (core/closure-cause.ts, clause-cues.tsv
  // closing/closure-cause): a precaution or a day off, no measure against anyone; closures for other reasons or none stay
  ['closure for a cause', 'Government offices were closed on Monday because of the typhoon.', []],
  ['closure for a cause', 'Authorities closed schools in Manila as Typhoon Gaemi approached.', []],
  ['closure for a cause', 'Officials closed the port of Karachi because of the cyclone.', []],
  ['closure for a cause', 'The government closed schools and offices for the Eid holiday.', []],
  ['closure for a cause', 'Health authorities shut schools in Kinshasa because of a cholera outbreak.', []],
  ['closure for a cause', 'Authorities closed the border crossing with Egypt because of the storm.', []],
  ['closure for a cause', 'Authorities closed schools in Tehran after protests erupted.', ['COERCE IRNGOV>-:restrict', 'PROTEST -']],
  ['closure for a cause', 'Israel closed the Kerem Shalom crossing on Sunday.', ['COERCE ISR>-:restrict']],
  ['closure for a cause', 'The junta closed the UN human rights office in Bamako.', ['SANCTION MLIGOV>-:expel']],
  // Appeals (CAMEO 02x, which the crosswalk has no rows for) take the modes of the matching demands (modes.tsv): aid
  // and support asked for is assist, a resignation change, a release yield, talks meet; a bare appeal has none
  ['appeal mode', 'The UN appealed for humanitarian aid for Gaza.', ['REQUEST IGOUNO>-:assist']],
  ['appeal mode', 'Ukraine asked its allies for more air defense systems.', ['REQUEST UKR>-:assist']],
  ['appeal mode', 'The opposition called for the resignation of the interior minister.', ['REQUEST opposition>minister:change']],
  ['appeal mode', 'The EU called on Russia to release the detained journalists.', ['REQUEST IGOEUREEC>RUS:yield']],
  ['appeal mode', 'The African Union called for talks between the government and the rebels.', ['REQUEST IGOAFRAFU>-:meet']],
  ['appeal mode', 'Germany urged Serbia to act responsibly.', ['REQUEST DEU>SRB:']],
  // a bare appeal or demand whose specific row does not reach its infinitive (a long addressee) takes the mode of what
  // the infinitive asks (modes.tsv, 020|100 rows by wording)
  ['appeal mode', 'The UN chief urged the warring parties in Sudan to stop fighting.', ['REQUEST IGOUNO>-:yield']],
  ['appeal mode', 'ECOWAS called on the military junta in Niger to free President Mohamed Bazoum.', ['REQUEST IGOWAFWAS>NERGOV:yield']],
  // A request row that takes the act word of a longer noun row (extract/triggers.ts longestMatches) wins over it: the
  // release asked for is the request's content, not a bare "call for" with no mode, nor a release (or no event at all)
  ['requested release', 'The opposition called for the release of political prisoners.', ['REQUEST opposition>-:yield']],
  ['requested release', 'The EU urged the release of political prisoners in Belarus.', ['REQUEST IGOEUREEC>-:yield']],
  ['requested release', 'The opposition demanded the release of political prisoners.', ['REQUEST opposition>-:yield']],
  ['requested release', 'The junta freed 300 political prisoners on Monday.', ['RETREAT junta>-:release']],
  // A reduction of relations (CAMEO 160) takes its manual mode from its wording (modes.tsv): leaving a body is
  // withdraw, a body suspending or expelling a member is expel, any other cut in ties discontinue
  ['reduced relations mode', 'The African Union suspended Niger\'s membership after the coup.', ['SANCTION IGOAFRAFU>NER:expel']],
  ['reduced relations mode', 'Russia withdrew from the Council of Europe.', ['SANCTION RUS>IGOEURCOE:withdraw']],
  ['reduced relations mode', 'Hungary scaled back military contacts with Ukraine.', ['SANCTION HUN>UKR:discontinue']],
  // A travel privilege taken back (verbs.tsv "suspend|revoke|end ... * visa - free travel|regime|access", "visa
  // waiver|facilitation"): a reduction of relations, SANCTION discontinue, with the "for" party as target; lifting a
  // visa ban stays CONCEDE
  ['visa privilege revoked', 'The European Union suspended visa-free travel for Georgian diplomats.', ['SANCTION IGOEUREEC>GEOGOV:discontinue']],
  ['visa privilege revoked', 'The EU suspended visa-free access for Vanuatu passport holders.', ['SANCTION IGOEUREEC>VUT:discontinue']],
  ['visa privilege revoked', 'Washington revoked visa waivers for Hungarian citizens.', ['SANCTION USA>HUNCVL:discontinue']],
  ['visa privilege revoked', 'The EU lifted a visa ban on Georgian officials.', ['CONCEDE IGOEUREEC>GEOGOV']],
  // Diplomats sent away (CAMEO 161, which the crosswalk calls withdraw): the manual's SANCTION expel covers "the
  // expulsion of ambassadors or similar diplomats" (modes.tsv, by the wording); recalling one's own stays withdraw
  ['diplomats expelled mode', "Niger's junta ordered the French ambassador to leave the country within 48 hours.", ['SANCTION NERGOV>FRAGOV:expel']],
  ['diplomats expelled mode', 'Poland expelled two Russian diplomats on Monday.', ['SANCTION POL>RUSGOV:expel']],
  ['diplomats expelled mode', 'Mali declared the French ambassador persona non grata.', ['SANCTION MLI>FRAGOV:expel']],
  ['diplomats expelled mode', 'France recalled its ambassador from Niamey.', ['SANCTION FRA>NERGOV:withdraw']],
  // A regional bloc's meeting (modes.tsv, the multilateral row's bloc names: ECOWAS, SADC, the GCC, ...) is multilateral
  ['bloc meeting mode', 'ECOWAS leaders met in Abuja on Thursday.', ['CONSULT IGOWAFWAS>-:multilateral']],
  ['bloc meeting mode', 'SADC leaders held a summit in Harare.', ['CONSULT IGOSAFDEVSAD>-:multilateral']],
  ['bloc meeting mode', 'Gulf Cooperation Council foreign ministers met in Riyadh.', ['CONSULT gcc>-:multilateral']],
  // A search of someone's premises (verbs.tsv "search * home|office|house of", CAMEO 173): the manual's COERCE seize
  // ("execute search, confiscate property, raid"), whose owner is the target; an arrest keeps arrest; a search for
  // people, or a sweep of houses with no owner named, is no event
  ['search of premises', 'Anti-corruption agents searched the offices of the former minister on Tuesday.', ['COERCE agents>minister:seize']],
  ['search of premises', 'Police searched the home of the opposition leader.', ['COERCE police>opposition leader:seize']],
  ['search of premises', 'Police searched the house of a prominent journalist in Istanbul.', ['COERCE TURCOP>-:seize']],
  ['search of premises', 'Police arrested the opposition leader at his home.', ['COERCE police>opposition leader:arrest']],
  ['search of premises', 'Rescuers searched the house for survivors.', []],
  ['search of premises', 'Troops searched the houses of the village for weapons.', ['COERCE troops>-:seize']],
  ['search of premises', 'Soldiers searched the houses and nearby fields for weapons on Friday.', []],
  // A complaint brought to a forum against a party (verbs.tsv "file * complaint|case with|to|at|before * against", 115;
  // extract/pattern-own-roles.ts againstTargets): the "against" party is the target, the forum in the gap only hears
  // it; a complaint lodged with a state stays that state's (114 disapprove)
  ['complaint against a party', 'Iran filed a complaint with the UN Security Council against Israel.', ['ACCUSE IRN>ISR:allege']],
  ['complaint against a party', 'South Africa filed a case with the ICJ against Israel.', ['ACCUSE ZAF>ISR:allege']],
  ['complaint against a party', 'China filed a complaint with the WTO against the United States.', ['ACCUSE CHN>USA:allege']],
  ['complaint against a party', 'China lodged a complaint with Japan over the visit.', ['ACCUSE CHN>JPN:disapprove']],
  ['complaint against a party', 'The opposition filed a lawsuit against the electoral commission.', ['ACCUSE opposition>commission:allege']],
  // An attack verb's participle hung on a measure (core/measure-scope.ts; clause-cues measure-reach, measure): "adopted
  // sanctions, targeting tankers" tells what the measure covers, no ASSAULT; a strike's own participle stays its toll
  ['measure scope', 'The European Union adopted a new package of sanctions against Russia, targeting dozens of tankers.', ['SANCTION IGOEUREEC>RUS:discontinue']],
  ['measure scope', 'Washington imposed new tariffs on Chinese goods, targeting electric vehicles and solar panels.', ['SANCTION USA>CHN:discontinue']],
  ['measure scope', 'Britain announced new sanctions on Iran, hitting dozens of officials and companies.', ['SANCTION GBR>IRN:discontinue']],
  ['measure scope', 'The sanctions targeting Russian banks took effect on Monday.', []],
  ['measure scope', 'Israeli jets struck Gaza City, targeting Hamas commanders.', ['ASSAULT ISRMIL>PSEGZA:aerial']],
  ['measure scope', 'Protesters defied a ban on rallies, attacking police stations in the capital.', ['ASSAULT protesters>police']],
  // A show of military power (CAMEO 150): ships, aircraft or armour make it weapons (the manual: "mobilizing weapons,
  // ships, or vehicles"), armed groups militia, anything else by armed forces troops
  // ("China held" is the country, as "China staged" is: a country's own name before "held" is no occupier)
  ['show of force mode', 'China held large-scale military drills around Taiwan on Thursday.', ['MOBILIZE CHN>TWN:troops']],
  ['show of force mode', 'China staged naval drills near Taiwan with warships and fighter jets.', ['MOBILIZE CHN>-:weapons']],
  ['show of force mode', 'The army staged a show of force in the capital.', ['MOBILIZE army>-:troops']],
  ['show of force mode', 'The rebels held drills in the jungle.', ['MOBILIZE rebels>-:militia']],
  // A threat of force in a generic threat's wording (CAMEO 130: revenge, retaliation) is the manual's violence; a
  // threat to sue has no mode
  ['threat of force mode', 'Iran vowed revenge for the killing of its commander.', ['THREATEN IRN>-:violence']],
  ['threat of force mode', 'The militia vowed retaliation for the airstrike.', ['THREATEN militia>-:violence']],
  ['threat of force mode', 'Iran threatened to sue the newspaper.', ['THREATEN IRN>newspaper:']],
];

expectExactSpecs(code, CASES);

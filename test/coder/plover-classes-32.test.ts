import { coderPublishedOn } from './class-fixture.ts';
import { ploverCases } from './plover-cases.ts';

// Classes of construction behind PLOVER types and modes (session 32), each on sentences written for this file: a case
// passes when the coder gives exactly its events ("TYPE actor>target"), where a spec ends in ":mode" with that PLOVER
// mode (src/export/event-mode.ts) and may add "@certainty". A target written "0" asks for none at all ("-" takes any).
// Cases a class's fix does not change guard it.
const code = coderPublishedOn('2025-06-09');

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // Breaking, severing or cutting diplomatic ties (CAMEO 161) is the manual's SANCTION discontinue, "curtail, decrease,
  // break, or terminate diplomatic, commercial, or material exchanges"; the crosswalk's withdraw is taking back one's
  // own diplomats (a recall), expel sending another's away (data/ontology/modes.tsv 161 rows)
  ['broken ties are discontinued', 'Morocco cut diplomatic ties with Iran.', ['SANCTION MAR>IRN:discontinue']],
  ['broken ties are discontinued', 'Colombia broke off diplomatic relations with Israel.', ['SANCTION COL>ISR:discontinue']],
  ['broken ties are discontinued', 'Nicaragua severed diplomatic ties with Taiwan.', ['SANCTION NIC>TWN:discontinue']],
  ['broken ties are discontinued', 'Burkina Faso recalled its ambassador from Ivory Coast.', ['SANCTION BFA>-:withdraw']],
  ['broken ties are discontinued', 'Niger expelled the French ambassador.', ['SANCTION NER>-:expel']],

  // A warning that the speaker will close a border, an airspace, a strait or impose tariffs (CAMEO 130 by the speech
  // act) threatens the manual's restrict, "restrict movement of people or goods---including boycotts, strikes,
  // blockades"; a threat of force stays violence, one to cut ties relations
  ['threatened closure restricts', 'Turkey warned it would close its airspace to Israeli planes.', ['THREATEN TUR>-:restrict']],
  ['threatened closure restricts', 'Pakistan warned it would close its border with Afghanistan.', ['THREATEN PAK>-:restrict']],
  ['threatened closure restricts', 'Serbia warned it would close its border crossings with Kosovo.', ['THREATEN SRB>-:restrict']],
  ['threatened closure restricts', 'Iran warned it would close the Strait of Hormuz to shipping.', ['THREATEN IRN>-:restrict']],
  ['threatened closure restricts', 'China warned it would impose tariffs on European cars.', ['THREATEN CHN>-:restrict']],
  ['threatened closure restricts', 'Russia threatened to attack Ukrainian border posts.', ['THREATEN RUS>UKR:violence']],
  ['threatened closure restricts', 'Moscow threatened to cut diplomatic ties with Chisinau.', ['THREATEN RUS>MDA:relations']],

  // A bare appeal or request (CAMEO 020) for aid, money or arms named as a noun ("for a loan") asks the manual's
  // assist, "any form of exchange, relations, or assistance"; a request for other things has no mode
  ['aid asked for', 'Lebanon asked the International Monetary Fund for a $3 billion loan.', ['REQUEST LBN>IGOBUSIMF:assist']],
  ['aid asked for', 'Tunisia appealed to the European Union for financial help.', ['REQUEST TUN>IGOEUREEC:assist']],
  ['aid asked for', 'Ukraine appealed to Germany for more ammunition.', ['REQUEST UKR>DEU:assist']],
  ['aid asked for', 'Qatar asked Hamas for a list of the hostages.', ['REQUEST QAT>hamas:']],

  // Refusing a demanded ceasefire or truce (CAMEO 124, "decline to yield") refuses the manual's yield ("release of
  // prisoners, ending sanctions, easing curfews and boycotts, ceasefires"), not the crosswalk's change; refusing early
  // elections stays change
  ['refused truce is yield', 'Israel rejected a Hamas demand for a permanent ceasefire.', ['REJECT ISR>hamas:yield']],
  ['refused truce is yield', "Moscow rejected Kyiv's demand for a ceasefire.", ['REJECT RUS>UKR:yield']],
  ['refused truce is yield', "The army rejected the rebels' demand for a truce.", ['REJECT army>rebels:yield']],
  ['refused truce is yield', "The government rejected the opposition's demand for early elections.", ['REJECT government>opposition:change']],

  // Vetoing aid or a loan (CAMEO 129) rejects the manual's assist, as a blocked aid package does; another veto keeps
  // the crosswalk's yield
  ['vetoed aid is assist', 'Hungary vetoed EU financial aid for Ukraine.', ['REJECT HUN>-:assist']],
  ['vetoed aid is assist', 'Hungary vetoed an EU loan to Kyiv.', ['REJECT HUN>-:assist']],
  ['vetoed aid is assist', 'Poland vetoed EU military assistance to Ukraine.', ['REJECT POL>-:assist']],
  ['vetoed aid is assist', 'Russia vetoed a Security Council resolution on Syria.', ['REJECT RUS>-:yield']],

  // A raid on a newspaper or broadcaster (coded a restriction of the press, CAMEO 1721) is the manual's seize,
  // "execute search, confiscate property, raid"; blocking websites stays censor
  ['raided newsroom is seized', 'Security forces raided the offices of an opposition newspaper in Ankara.', ['COERCE TURCOP>TUROPP:seize']],
  ['raided newsroom is seized', 'Police raided a pro-opposition newspaper in Istanbul.', ['COERCE TURCOP>TUROPP:seize']],
  ['raided newsroom is seized', 'Police raided a pro-opposition television station in Istanbul.', ['COERCE TURCOP>-:seize']],
  ['raided newsroom is seized', 'Russian authorities blocked access to several independent news websites.', ['COERCE RUSGOV>-:censor']],

  // Paint thrown on a painting, a facade or an embassy is symbolic damage, the manual's PROTEST vandalize ("damage or
  // destroy property as a symbolic act (for example damaging of artworks)"), not a riot; burning tyres stays riot
  ['thrown paint vandalizes', 'Climate activists threw paint on a Van Gogh painting in London.', ['PROTEST GBROPP>-:vandalize']],
  ['thrown paint vandalizes', 'Activists threw red paint on the facade of the central bank in Paris.', ['PROTEST FRAOPP>-:vandalize']],
  ['thrown paint vandalizes', 'Demonstrators threw paint at the Russian embassy in Warsaw.', ['PROTEST POLOPP>-:vandalize']],
  ['thrown paint vandalizes', 'Protesters set fire to tyres outside parliament.', ['PROTEST protesters>-:riot']],

  // Fighters put on alert or mobilized are a non-state force: the manual's MOBILIZE militia, "mobilize or increase
  // readiness of any non-state entity with significant military capability"; troops stay troops
  ['fighters mobilized are a militia', 'Hezbollah put its fighters on high alert.', ['MOBILIZE hezbollah>-:militia']],
  ['fighters mobilized are a militia', 'The Houthis put thousands of fighters on alert.', ['MOBILIZE houthis>-:militia']],
  ['fighters mobilized are a militia', 'Hamas mobilized its fighters in Gaza.', ['MOBILIZE hamas>-:militia']],
  ['fighters mobilized are a militia', 'Ukraine put its troops on high alert.', ['MOBILIZE UKR>-:troops']],

  // "cannot stand idly by", "can't sit idly by" warn as "will not stand idly by" does: the ability modal before the
  // idiom's own negation is the idiom's too (extract/pattern-requirements.ts ownedIdiomStart), no possibility told.
  // "won't stand by" without "idly" warns when a clause of what will not be tolerated follows, and "will not remain
  // idle" as well (verbs.tsv 130 `negated spoken`); "will not stand by its ally" refuses support, and people who could
  // not stand by a flood threaten no one
  ['cannot stand idly by', 'Turkey cannot stand idly by while its citizens are attacked, Erdogan said.', ['THREATEN TUR>0']],
  ['cannot stand idly by', "Pakistan can't sit idly by while its people are killed, the army chief said.", ['THREATEN PAK>0']],
  ['cannot stand idly by', 'The Iraqi government cannot stand idly by in the face of these attacks.', ['THREATEN IRQGOV>0']],
  ['will not stand by', "Iran won't stand by as Israel bombs Lebanon, the foreign minister said.", ['THREATEN IRN>ISR']],
  ['will not stand by', 'China will not stand by if Taiwan declares independence.', ['THREATEN CHN>0']],
  ['will not stand by', 'Egypt will not stand by in the face of threats to its water security.', ['THREATEN EGY>0']],
  ['will not stand by', 'Russia said it would not remain idle if NATO deployed troops to Ukraine.', ['THREATEN RUS>-']],
  ['will not stand by', 'Japan will not stand by its ally in this dispute.', ['REJECT JPN>-']],
  ['will not stand by', 'Villagers could not stand idly by as the river flooded.', []],

  // Captives given up with no agent named ("were released", "were returned") whose captor a participle names ("held by
  // the Taliban", "detained by Iran": data/lexicon/captor-participles.tsv) are released by that captor: PLOVER RETREAT
  // release, "release captives" (extract/tree-roles/released-persons.ts captorOfReleased, read in verb-roles.ts). A
  // named agent keeps its act; "were freed" may be a rescue (AID by the manual) and names no captor as doer; an act
  // on captives does not land on their captor
  ['captor releases', 'Three journalists held by the Taliban were released on Thursday.', ['RETREAT taliban>-:release']],
  ['captor releases', 'Four hostages held by Hamas were released on Saturday.', ['RETREAT hamas>-:release']],
  ['captor releases', 'Three Britons detained by Iran were released on Monday.', ['RETREAT IRN>-:release']],
  ['captor releases', 'Ten fishermen detained by India were released and returned to Pakistan.', ['RETREAT IND>-:release']],
  ['captor releases', 'Four hostages held by Hamas were released by Israeli commandos.', ['RETREAT ISRMIL>-:release']],
  ['captor releases', 'Four hostages held by Hamas were freed in a raid.', []],
  ['captor releases', 'Hostages held by Hamas were shot by gunmen.', ['ASSAULT gunmen>hostages']],

  // Forces sent out of a country ("expel U.S. troops from the country") are an entity expelled from a country, PLOVER
  // SANCTION expel (CAMEO 166), not a deported person (COERCE deport, 174, which the longer "expel * from" row gave);
  // and people forced to flee are, by the manual, SANCTION expel "with the causative agent as the actor" (verbs.tsv 166
  // rows). Expelled diplomats stay 161; police forcing protesters off a square stay COERCE
  ['expelled forces and forced flight', 'The Iraqi parliament voted to expel U.S. troops from the country.', ['SANCTION IRQLEG>USAMIL:expel']],
  ['expelled forces and forced flight', "Niger's junta expelled French forces from the country.", ['SANCTION NERGOV>FRAMIL:expel']],
  ['expelled forces and forced flight', 'The army forced thousands of villagers to flee their homes.', ['SANCTION army>villagers:expel']],
  ['expelled forces and forced flight', 'RSF fighters forced 10,000 residents to flee El Fasher.', ['SANCTION rapid-support-forces>-:expel']],
  ['expelled forces and forced flight', 'Russia expelled two Estonian diplomats from Moscow.', ['SANCTION RUS>-:expel']],
  ['expelled forces and forced flight', 'Police forced the protesters to leave the square.', ['COERCE police>protesters']],

  // Hanging and beheading are executions: ASSAULT targeted ("targeted killings, including ... assassinations and
  // executions"), the mode a killing takes from its wording (modes.tsv 1823 row); "fighter jets" scrambled are weapons,
  // not a militia's fighters
  ['execution by hanging is targeted', 'Iran hanged two men convicted of spying for Israel.', ['ASSAULT IRN>-:targeted']],
  ['execution by hanging is targeted', 'Saudi Arabia beheaded seven men convicted of terrorism.', ['ASSAULT SAU>-:targeted']],
  ['execution by hanging is targeted', 'Singapore hanged a man for drug trafficking on Wednesday.', ['ASSAULT SGP>-:targeted']],
  ['execution by hanging is targeted', 'Soldiers shot dead two villagers in Rakhine state.', ['ASSAULT soldiers>villagers:firearms']],
  ['fighter jets are weapons', 'South Korea scrambled fighter jets after Chinese bombers entered its air defense zone.', ['MOBILIZE KOR>-:weapons']],
];

ploverCases(code, CASES);

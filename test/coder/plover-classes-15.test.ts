import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { modeContext } from '../../src/export/plover-modes.ts';
import type { Event } from '../../src/schema/event.ts';
import { matchesSpec, participantCodes as names } from '../core/event-spec.ts';

// Classes of construction behind PLOVER type-table rows (test/corpus/plover-types.tsv, session 15), each on
// sentences written for this file: a case passes when the coder gives exactly its events ("TYPE actor>target"),
// and, where a spec ends in ":mode", the PLOVER mode its CAMEO code carries (data/ontology/CAMEO2PLOVER-2021.txt).
// Cases with the same expectation before and after a class's fix guard what it must not change.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // PLOVER THREATEN, "coercive or forceful warnings": the force a warned consequence is answered with ("met with",
  // "answered with") is the warning's content, as the object of "trigger" or "draw" is
  ['answered with force', 'Iran warned that any attack on its nuclear sites would be met with a crushing response.', ['THREATEN IRN>-']],
  ['answered with force', 'Moscow warned that any strike on Russian territory would be met with an overwhelming response.', ['THREATEN RUS>-']],
  ['answered with force', 'Pyongyang warned that joint drills near its waters would be answered with a devastating military response.', ['THREATEN PRK>-']],
  ['answered with force', 'Turkey warned that an incursion into its airspace would draw a forceful response.', ['THREATEN TUR>-']],
  ['answered with force', "Israel's military response has killed thousands of Palestinians in Gaza.", ['ASSAULT ISR>PSE']],
  ['answered with force', 'The army must answer with restraint.', []],
  ['answered with force', "Egypt's proposal was met with scepticism in Israel.", []],
  ['answered with force', 'The ministry issued a strong response to the report.', []],
  // PLOVER SANCTION discontinue (asset freezes): an amount between the verb and the frozen thing counts as one
  // word of the pattern's gap ("froze $7 billion of"), and the owners named by a business role give the target
  ['amount in a gap', 'The United States froze $7 billion of Afghan central bank reserves.', ['SANCTION USA>AFG']],
  ['amount in a gap', 'Switzerland froze 7.5 billion francs in Russian assets.', ['SANCTION CHE>RUS']],
  ['amount in a gap', 'Japan froze $2 billion of Russian central bank reserves.', ['SANCTION JPN>RUS']],
  ['amount in a gap', 'Japan provided 5.5 billion yen in humanitarian aid to Syria.', ['AID JPN>SYR']],
  ['amount in a gap', 'The United Nations sent 500 tons of medical supplies to Gaza.', ['AID un>PSE']],
  ['amount in a gap', 'The ministry froze 40 percent of its budget.', []],
  ['owners by role', 'Australia froze the assets of four Russian tycoons.', ['SANCTION AUS>RUS']],
  ['owners by role', 'Washington seized the yacht of a Russian oligarch.', ['SANCTION USA>RUS']],
  ['owners by role', 'Britain blocked the assets of three Iranian banks.', ['SANCTION GBR>IRN']],
  // PLOVER PROTEST strike: a strike staged, launched or started by workers is a labour strike (CAMEO 143), the
  // word after the support verb read by the verb's subject (argument-senses "strike subject", when ASSAULT)
  ['labour strike staged', 'Thousands of teachers staged a nationwide strike in Nigeria.', ['PROTEST NGA>-:boycott']],
  ['labour strike staged', 'Dock workers in Hamburg launched a strike on Tuesday.', ['PROTEST DEU>-:boycott']],
  ['labour strike staged', 'Doctors in Kenya started a strike on Monday.', ['PROTEST KEN>-:boycott']],
  ['labour strike staged', 'Rebels launched a strike on an army base in Mali.', ['ASSAULT MLIREB>MLIMIL']],
  ['labour strike staged', 'The teachers\' union suspended its strike after the government raised wages.', ['CONCEDE union>-']],
  // PLOVER SANCTION withdraw: "withdraw oneself or one's non-military resources (e.g., aid, observers, diplomats,
  // peacekeepers)"; troops withdrawn stay RETREAT
  ['withdrawn resources', 'Sweden withdrew its observers from the mission in Mali.', ['SANCTION SWE>-:expel']],
  ['withdrawn resources', 'Norway pulled its monitors out of the border zone.', ['SANCTION NOR>-:expel']],
  ['withdrawn resources', 'Egypt withdrew its peacekeepers from the UN mission in Sudan.', ['SANCTION EGY>-:expel']],
  ['withdrawn resources', 'Ireland withdrew its troops from the UN mission in Lebanon.', ['RETREAT IRL>-']],
  // PLOVER RETREAT access: "allowing the entry of observers, peacekeepers, or humanitarian workers" (not the imported
  // "allow * into town" concession)
  ['access allowed', 'The militia allowed humanitarian workers into the besieged town.', ['RETREAT militia>-']],
  ['access allowed', 'The army let medical teams into the besieged city of El Fasher.', ['RETREAT -']],
  ['access allowed', 'Israel allowed UN inspectors into the camp.', ['RETREAT ISR>un']],
  // PLOVER SANCTION: "court-ordered payments should be coded as SANCTION events with the winner and court as actor
  // and guilty party as recipient"; a court's other orders are REQUEST
  ['court-ordered payment', 'A federal judge ordered Iran to pay $1.6 billion to the families of American victims.', ['SANCTION judge>IRN']],
  ['court-ordered payment', 'A Paris court ordered the company to pay 2 million euros in damages.', ['SANCTION FRA>-']],
  ['court-ordered payment', 'The court ordered the government to pay compensation to the families of the victims.', ['SANCTION court>government']],
  ['court-ordered payment', 'The Supreme Court ordered the police to release the activist.', ['REQUEST court>police']],
  // PLOVER ACCUSE: "summoning an in-country ambassador to present such grievances is just coded ACCUSE": the
  // protest a summons is for is the summoner's (not the summoned diplomat's) and the same act as the summons
  ['summoned to protest', 'Algeria summoned the French ambassador to protest remarks by the French president.', ['ACCUSE DZA>FRA']],
  ['summoned to protest', "Ukraine summoned the Hungarian envoy to protest the minister's comments.", ['ACCUSE UKR>HUN']],
  ['summoned to protest', 'Iraq summoned the Turkish charge d\'affaires to protest the air strikes in the north.', ['ACCUSE IRQ>TUR']],
  ['summoned to protest', 'The president ordered the army to attack the rebels.', ['REQUEST president>army']],
  // PLOVER COERCE deport: "expulsions or deportations of individuals ... are coded as COERCE" (the manual's
  // ASSAULT has no mass-expulsion mode): deporting members of a people is a deportation
  ['deported people', 'Kazakhstan deported 25 Uyghurs to China in March.', ['COERCE KAZ>-:deport']],
  ['deported people', 'Pakistan deported hundreds of Afghans across the border.', ['COERCE PAK>AFG:deport']],
  ['deported people', 'The United States deported 120 Haitians on Thursday.', ['COERCE USA>HTI:deport']],
  ['deported people', 'Serb forces expelled the Albanian population of the village.', ['ASSAULT forces>ALB']],
  // PLOVER COERCE misinformation / ACCUSE allege: a campaign of words "targeting" people is no offensive
  ['campaign of words', 'Russia launched a disinformation campaign targeting French voters.', ['ACCUSE RUS>FRA']],
  ['campaign of words', 'China launched a propaganda campaign targeting Taiwanese voters.', ['ACCUSE CHN>TWN']],
  ['campaign of words', 'Russia waged a smear campaign against the Ukrainian president.', ['ACCUSE RUS>UKR']],
  ['campaign of words', 'Rebels launched a campaign targeting army posts in the north.', ['ASSAULT rebels>army']],
  ['campaign of words', 'The health ministry launched a vaccination campaign in Kano.', []],
  // PLOVER MOBILIZE weapons ("increase readiness of weapons systems"): a hyphenated verb before its object is a
  // verb even where the tagger calls its first part a noun ("test-fired two missiles"); "U.S.-led" stays a modifier
  ['hyphenated verb', 'North Korea test-fired two ballistic missiles.', ['MOBILIZE PRK>-']],
  ['hyphenated verb', 'Iran test-launched a new satellite rocket.', ['MOBILIZE IRN>-']],
  ['hyphenated verb', 'Pakistan successfully test-fired a cruise missile.', ['MOBILIZE PAK>-']],
  ['hyphenated verb', 'The Saudi-led coalition struck Sanaa.', ['ASSAULT SAU>YEM']],
  // PLOVER ACCUSE allege: "formally or informally accuse; sue, indict, or charge; bring to trial" — impeachment,
  // pressing charges and a trial brought are ACCUSE (as "charged with"); an arrest or a jailing stays COERCE
  ['charged or tried', 'Lawmakers impeached the president on Friday.', ['ACCUSE lawmakers>president:allege']],
  ['charged or tried', 'Prosecutors pressed charges against the former minister.', ['ACCUSE prosecutors>minister:allege']],
  ['charged or tried', 'The junta put the ousted president on trial.', ['ACCUSE junta>president:allege']],
  ['charged or tried', 'The impeachment of the president by parliament shocked the country.', ['ACCUSE parliament>president:allege']],
  ['charged or tried', 'Police arrested the opposition leader.', ['COERCE police>opposition leader:arrest']],
  ['charged or tried', 'The government dropped charges against the opposition leader.', ['CONCEDE government>opposition leader']],
  // PLOVER REQUEST ambiguities: "when one or more parties to a conflict call for ending the conflict, that is taken
  // to be an expression of intent on the part of the actor and is thus coded as AGREE"; armed actors are parties,
  // a third party's call (a state, the UN, protesters) stays REQUEST
  ['party calls for its end', 'The rebels called for a ceasefire.', ['AGREE rebels>-']],
  ['party calls for its end', 'The M23 rebels called for a truce with the Congolese army.', ['AGREE m23>COD']],
  ['party calls for its end', 'The Taliban called for an end to the fighting.', ['AGREE taliban>-']],
  ['party calls for its end', 'The UN called for an immediate truce in Sudan.', ['REQUEST un>-']],
  ['party calls for its end', 'Protesters called for a ceasefire in Gaza.', ['REQUEST -']],
  ['party calls for its end', 'The rebels demanded an end to the blockade of Tigray.', ['REQUEST rebels>-']],
  // PLOVER COERCE ambiguities: "state of emergencies in relation to national disasters should generally not be coded
  // as COERCE restrict absent evidence for their use as a repressive tactic"
  ['disaster emergency', 'The government of Malawi declared a state of emergency after the floods.', []],
  ['disaster emergency', 'Ecuador declared a health emergency over the cholera outbreak.', []],
  ['disaster emergency', 'Chile declared a state of emergency as wildfires spread.', []],
  ['disaster emergency', 'The junta declared a state of emergency to quell protests.', ['COERCE junta>-:martial-law']],
  ['disaster emergency', 'Authorities in Ethiopia imposed a state of emergency in the restive Amhara region.', ['COERCE ETH>-']],
  // PLOVER compound actors ("a single actor ... with multiple members"): a plural title "of" or "from" coordinated
  // countries belongs to each ("the leaders of France and Germany"), also where the resolver read the title with
  // the first country as one phrase; a singular title keeps its one country
  ['title of joined countries', 'The leaders of France and Germany met in Berlin.', ['CONSULT FRA+DEU>-']],
  ['title of joined countries', 'The defence ministers of India and China held talks in Moscow.', ['CONSULT IND+CHN>-']],
  ['title of joined countries', 'Envoys from Russia and Ukraine negotiated for hours in Istanbul.', ['CONSULT RUS+UKR>-']],
  ['title of joined countries', 'The president of Kenya met the leader of Uganda.', ['CONSULT KEN>UGA']],
];

for (const [name, text, expected] of CASES) {
  test(`${name}: ${text}`, { timeout: 60_000 }, () => {
    const events = code(text);
    const got = events.map((e) => `${e.type}/${modeContext(e.cameo).mode || '-'} ${names(e, 'actor')}>${names(e, 'target')}`);
    for (const spec of expected) {
      const [plain, mode] = spec.split(':');
      assert.ok(events.some((e) => matchesSpec(e, plain) && (mode === undefined || modeContext(e.cameo).mode === mode)), `no ${spec} in ${JSON.stringify(got)}`);
    }
    assert.equal(events.length, expected.length, JSON.stringify(got));
  });
}

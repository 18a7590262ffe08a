import { coderPublishedOn } from './class-fixture.ts';
import { ploverCases } from './plover-cases.ts';

// Classes of construction behind PLOVER types and modes (session 23), each on sentences written for this file: a
// case passes when the coder gives exactly its events ("TYPE actor>target"), where a spec ends in ":mode" with that
// PLOVER mode (src/export/event-mode.ts; ":" alone asks for no mode) and may add "@certainty". Cases a class's fix does
// not change guard it.
const code = coderPublishedOn('2024-05-10');

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // An answer announced to an act still to come ("respond to any aggression", "repel any attack": verbs.tsv rows on
  // "any" + an attack noun; bare "avenge") is a threat by the side that answers (core/conditional-threat.ts, clause-cues
  // answering); the act answered names no target of the answer, only its doer does ("any Israeli attack", "any attack by
  // Hezbollah": extract/tree-roles/avenged-act.ts, now also on the object or "to" phrase of an answering verb). A past
  // "responded to the attack" names no force; another side's forecast stays planned; a repelled attack is fought
  ['announced answer to any act', 'Iran said it would respond to any aggression.', ['THREATEN IRN>-:violence@asserted']],
  ['announced answer to any act', 'Tehran said it would respond decisively to any Israeli attack.', ['THREATEN IRN>ISR:violence@asserted']],
  ['announced answer to any act', 'North Korea said it would respond to any provocation with force.', ['THREATEN PRK>-:violence@asserted']],
  ['announced answer to any act', 'Israel said it would repel any attack by Hezbollah.', ['THREATEN ISR>hezbollah:violence@asserted']],
  ['announced answer to any act', 'The army said it would repel any attack on the capital.', ['THREATEN army>-:violence@asserted']],
  ['announced answer to any act', 'Hamas said it would avenge the killing of its leader.', ['THREATEN hamas>-:violence@asserted']],
  ['announced answer to any act', 'The rebels said they would avenge the deaths of their fighters.', ['THREATEN rebels>-:violence@asserted']],
  ['announced answer to any act', 'Iran vowed to avenge the killing of its general by the United States.', ['THREATEN IRN>USA']],
  ['announced answer to any act', 'The minister responded to the provocation with a statement.', []],
  ['announced answer to any act', 'Police said officers responded to the attack within minutes.', []],
  ['announced answer to any act', 'Analysts said Iran would respond to any Israeli attack.', ['ASSAULT IRN>ISR@planned']],
  ['announced answer to any act', 'Ukrainian forces repelled a Russian assault on the town.', ['ASSAULT UKRMIL>RUS', 'ASSAULT RUS>town']],
  // A measure fought (fight|battle + an object of data/lexicon/noun-classes.tsv @law, or a plan, reform, tax, nomination ...:
  // argument-senses.tsv) is opposed, PLOVER REJECT, no armed fighting; vowed, it is the vow's rejection (core/speech-acts.ts
  // vowedRejection). Fighting a side stays ASSAULT; fighting for an ideal stays no event
  ['fought measure', 'The opposition vowed to fight the tax plan.', ['REJECT opposition>-']],
  ['fought measure', 'The unions vowed to fight the pension reform.', ['REJECT unions>-']],
  ['fought measure', 'Republicans vowed to fight the nomination in the Senate.', ['REJECT republican-party>-']],
  ['fought measure', 'The ruling party will battle the new election law in parliament.', ['REJECT party>-@planned']],
  ['fought measure', 'Kurdish fighters fought Islamic State militants near Raqqa.', ['ASSAULT SYRREB>islamic-state']],
  ['fought measure', 'The rebels vowed to fight the army until victory.', ['REJECT rebels>army:yield']],
  // A person named by an office or a public role (noun-classes.tsv @office) as the object of "charge" is charged with a
  // crime, PLOVER ACCUSE allege (argument-senses.tsv "charge object @office"): the crowd-control row "charge * opposition"
  // had ended on a modifier of the charged person ("the opposition leader"). A crowd charged stays ASSAULT
  ['charged office holder', 'Police charged the opposition leader on Monday.', ['ACCUSE police>leader:allege']],
  ['charged office holder', 'Authorities charged two opposition lawmakers on Tuesday.', ['ACCUSE authorities>lawmakers:allege']],
  ['charged office holder', 'The prosecutor charged the opposition mayor of Istanbul on Friday.', ['ACCUSE prosecutor>mayor:allege']],
  ['charged office holder', 'Police charged the crowd outside parliament.', ['ASSAULT police>crowd']],
  ['charged office holder', 'Police charged opposition supporters in the capital.', ['ASSAULT police>supporters']],
  // A temporal clause hung on a reporting verb after a comma, with no reported clause after it, dates the report and is the
  // outlet's (provenance/frame-end.ts timesTheReport; core/accused-acts.ts endsClause for an accusation's content): the
  // detention before a charge is no content of the charge (was alleged by the prosecutors, or dropped as an unspecific
  // accused act); a clause under the reported one stays in the report
  ['dated report', 'Prosecutors charged the opposition leader with terrorism, days after police detained him.', ['ACCUSE prosecutors>leader:allege', 'COERCE police>-:arrest@asserted']],
  ['dated report', 'The junta accused the journalist of espionage, days after troops detained him at the airport.', ['ACCUSE junta>journalist:allege', 'COERCE troops>-:arrest@asserted']],
  ['dated report', 'A court in Minsk indicted the opposition blogger on Monday, two weeks after police raided his home.', ['ACCUSE BLRJUD>BLROPP:allege', 'COERCE police>-@asserted']],
  ['dated report', 'Prosecutors charged the former mayor with corruption, a week after soldiers arrested him in the capital.', ['ACCUSE prosecutors>mayor:allege', 'COERCE soldiers>-:arrest@asserted']],
  ['dated report', 'The army said it had arrested 20 people, while protesters blocked roads.', ['COERCE army>people@claimed', 'PROTEST protesters>-@claimed']],
  // A plural act of cooperation with no anchor of its own (article, count, date, telling clause) as the object of a verb
  // coded ACCUSE is the policy accused, no incident (core/accused-acts.ts isAccusedConduct, as coding guide rule 5 makes a
  // plural act after "accused X of" generic): no AID for the arms sales criticised. Attacks condemned stay events, as do
  // acts praised (no accusation)
  ['accused policy', 'China condemned US arms sales to Taiwan.', ['ACCUSE CHN>USA:disapprove']],
  ['accused policy', 'Moscow criticised German tank deliveries to Kyiv.', ['ACCUSE RUS>-:disapprove']],
  ['accused policy', 'Iran denounced Western weapons shipments to Israel as complicity.', ['ACCUSE IRN>-']],
  ['accused policy', 'Turkey condemned Israeli airstrikes on Gaza on Sunday.', ['ACCUSE TUR>ISR', 'ASSAULT ISR>PSEGZA']],
  ['accused policy', 'Moscow praised Chinese arms deliveries to Iran.', ['SUPPORT RUS>CHN', 'AID CHN>IRN']],
  // A threat noun's content clause ("Iran's warning that it would strike US bases": acl, or acl:relcl where the parse took
  // "that" for a pronoun) names whom it threatens: the content act's target is the threat's, as for the verb "warned that"
  // (core/threat-noun-content.ts, called from core/speech-acts.ts); the content act stays no event
  ['threat noun content', "Iran's warning that it would strike US bases alarmed Gulf states.", ['THREATEN IRN>USA']],
  ['threat noun content', "The Houthis' warning that they would attack American ships raised shipping costs.", ['THREATEN houthis>USAMIL']],
  ['threat noun content', "Russia's threat that it would strike Ukrainian government buildings drew condemnation.", ['THREATEN RUS>UKRGOV']],
  ['threat noun content', 'The warning came after the attack on US bases.', []],
  // A vow joined to another verb of its subject ("denied the report and vowed to retake the base"): findSubject gives the
  // conjoined vow no subject, so its content was left governed by the bare "vow to" AGREE; the speaker is now the one the
  // pattern on the vow read (core/speech-acts.ts typeFor, cueActors), and the vow is typed by what it vows
  ['conjoined vow', 'The RSF denied the report and vowed to retake the base.', ['REJECT rapid-support-forces>-', 'THREATEN rapid-support-forces>-:territory']],
  ['conjoined vow', 'Hamas rejected the proposal and vowed to attack Israeli troops.', ['REJECT hamas>-', 'THREATEN hamas>ISRMIL:violence']],
  ['conjoined vow', 'The militia denied the allegations and vowed to capture the airport.', ['REJECT militia>-', 'THREATEN militia>-:territory']],
  ['conjoined vow', 'The RSF vowed to retake the base.', ['THREATEN rapid-support-forces>-:territory']],
];

ploverCases(code, CASES);

import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// PLOVER type boundaries the manual draws (../shared/ontology/PLOVER_MANUAL.tex, each type's "potential ambiguities"),
// decided by data rows (verbs.tsv, argument-senses.tsv) and one tree repair. Sentences written for this file.

describe('PLOVER type boundaries (session 14)', { timeout: 120_000 }, () => {
  table('pushing protesters back restricts them: COERCE, no beating', [
    ['Police pushed back protesters outside parliament in Tbilisi.', ['COERCE police>protesters']],
    ['Riot police forced back hundreds of demonstrators from the palace gates.', ['COERCE police>demonstrators']],
    ['Security forces drove back the crowd near the airport in Dakar.', ['COERCE security>crowd']],
  ]);
  table('shoving or beating protesters stays ASSAULT', [
    ['Police beat protesters with batons in Nairobi.', ['ASSAULT police>protesters']],
    ['A police officer shoved a protester to the ground in Lima.', ['ASSAULT police>protester']],
  ]);
  table('cordoning off an area restricts movement: COERCE', [
    ['Police cordoned off the area around the parliament.', ['COERCE police>-']],
    ['Soldiers sealed off the district after the explosion in Quetta.', ['COERCE soldiers>-']],
    ['Authorities locked down the city centre ahead of the verdict.', ['COERCE authorities>-']],
  ]);
  table('leaving a bloc or treaty is SANCTION withdraw, no military retreat', [
    ['Burkina Faso withdrew from ECOWAS.', ['SANCTION BFA>ecowas']],
    ['Nicaragua withdrew from the Organization of American States in 2023.', ['SANCTION NIC>-']],
    ['Russia withdrew from the nuclear test ban treaty.', ['SANCTION RUS>-']],
  ]);
  table('forces withdrawing from a place stay RETREAT', [
    ['Russian troops withdrew from the city of Kherson.', ['RETREAT RUS>-']],
    ['The rebels withdrew from the town on Sunday.', ['RETREAT rebels>-']],
  ]);
  table('mobilizing supporters to demonstrate is PROTEST', [
    ['The opposition mobilized thousands of supporters for a march on the capital.', ['PROTEST opposition>-']],
    ['The union mobilised its members for a rally in Lisbon.', ['PROTEST union>-']],
    ['Student leaders mobilized students across the country against the tuition hike.', ['PROTEST student>-']],
  ]);
  table('mobilizing fighters or reservists stays MOBILIZE', [
    ['The militia mobilized hundreds of fighters in southern Tripoli.', ['MOBILIZE militia>-']],
    ['Armenia mobilized its reservists on Tuesday.', ['MOBILIZE ARM>-']],
  ]);
  table('flights resumed between two sides are mutual exchange: COOPERATE', [
    ['Kenya and Tanzania resumed flights between their capitals after a two-year suspension.', ['COOPERATE KEN+TZA>-']],
    ['Russia and Georgia resumed direct flights between Moscow and Tbilisi.', ['COOPERATE RUS+GEO>-']],
    ['India and China resumed flights between the two countries in January.', ['COOPERATE IND+CHN>-']],
  ]);
  table('a speaker that accuses, then warns or calls: the second act is the speaker\'s own', [
    ['China accused the Philippines of provoking tensions and warned of countermeasures.', ['ACCUSE CHN>PHL', 'THREATEN CHN>-']],
    ['The opposition accused the government of rigging the vote and called for protests.', ['ACCUSE opposition>government', 'REQUEST opposition>-']],
    ['Pakistan accused India of sponsoring terrorism and urged the UN to intervene.', ['ACCUSE PAK>IND', 'REQUEST PAK>UN']],
  ]);
  table('two gerunds or a perfect stay inside the accusation', [
    ['Rights groups accused the army of killing civilians and burning homes.', ['ACCUSE rights>army']],
    ['Amnesty International accused the militia of having killed civilians and burned homes.', ['ACCUSE amnesty>militia']],
  ]);
  table('a grand jury indicting accuses', [
    ['A grand jury indicted the mayor on bribery charges.', ['ACCUSE jury>mayor']],
    ['A federal grand jury indicted two Russian hackers on Thursday.', ['ACCUSE jury>hackers']],
    ['The former governor was indicted by a grand jury in Atlanta.', ['ACCUSE jury>governor']],
  ]);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectAll, expectCodes as expectCoded, expectNone, find, T } from './class-fixture.ts';
import { participantCodes } from '../core/event-spec.ts';

// Session 41 classes of who did it to whom, each on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "the Senate president", "the parliament's deputy speaker", "the Supreme Court president": a presiding title after a
// chamber's name was the government's (president → GOV), so the legislature's head acting on the government was the
// government acting on itself, and its act merged with the head of state's. A presiding title
// (data/lexicon/presiding-titles.tsv) right after a state body other than the government is that body's officer
// (resolve/side-roles.ts bodyOfPresidingTitle).
expectCodes('a chamber\'s presiding officer is the legislature\'s', [
  ['ABUJA, June 9 (Reuters) - The Senate president criticised the governor of Lagos on Monday.', 'criticised', 'NGALEG', 'NGAGOV'],
  ['Nigeria\'s Senate president criticized the federal government on Monday.', 'criticized', 'NGALEG'],
  ['The Philippine Senate president accused China of harassing fishermen on Monday.', 'accused', 'PHLLEG', 'CHN'],
  ['Brazil\'s Senate president criticized the Supreme Court on Tuesday.', 'criticized', 'BRALEG'],
  ['ABUJA, June 9 (Reuters) - Senate President Godswill Akpabio criticised the governor of Lagos on Monday.', 'criticised', 'NGALEG'],
  ['WASHINGTON, June 9 (Reuters) - Senate Majority Leader John Thune criticized China on Monday.', 'criticized', 'USALEG', 'CHN'],
  ['The Supreme Court president of Poland criticized the government on Monday.', 'criticized', 'POLJUD'],
]);
expectAll(code, 'a chamber\'s presiding officer keeps its own act beside the head of state\'s', [
  ['ABUJA, June 9 (Reuters) - President Bola Tinubu criticised the court ruling on Monday. The Senate president also criticised the ruling on Monday.', ['ACCUSE President Bola Tinubu > court', 'ACCUSE The Senate president > null']],
]);
// the head of state, a speaker (LEG already) and a chamber acted on keep their reading
expectCodes('a head of state and a chamber keep their codes', [
  ['Nigeria\'s president criticized the Senate on Monday.', 'criticized', 'NGAGOV', 'NGALEG'],
  ['Kenya\'s National Assembly speaker met the Ugandan president in Nairobi on Monday.', 'met', 'KENLEG', 'UGAGOV'],
  ['The head of Iraq\'s parliament met the Iranian foreign minister on Monday.', 'met', 'IRQLEG', 'IRNGOV'],
  ['ABUJA, June 9 (Reuters) - The government spokesman criticised the Senate on Monday.', 'criticised', 'NGAGOV', 'NGALEG'],
]);

// "the envoy in Beijing", "diplomats in Kabul", "the ambassador" in a Nairobi story: a bare title of a state's people
// posted abroad took the country after "in" (and the event's or the story's), the host's, whose own officials it met.
// Such titles (data/lexicon/posted-titles.tsv) take no country from where they sit (resolve/role-country.ts,
// core/actor-ref.ts withContextCountry); only a country the text gives them ("India's envoy", "diplomats from Russia").
expectCodes('an envoy posted in a capital is no official of its host', [
  ['The envoy in Beijing met Chinese officials on Monday.', 'met', null, 'CHNGOV'],
  ['The ambassador in Moscow criticized the Russian government on Monday.', 'criticized', null, 'RUSGOV'],
  ['Diplomats in Kabul condemned the Taliban on Monday.', 'condemned', null],
  ['NAIROBI, June 9 (Reuters) - The ambassador criticized the Kenyan government on Monday.', 'criticized', null, 'KENGOV'],
  ['BEIJING, June 9 (Reuters) - Envoys in Beijing met Chinese officials on Monday.', 'met', null, 'CHNGOV'],
]);
// a country the text gives the envoy wins, even the host's, and other roles in a place keep the place's country
expectCodes('an envoy\'s stated country wins', [
  ['The U.S. envoy in New Delhi criticised the Indian government on Monday.', 'criticised', 'USAGOV', 'INDGOV'],
  ['Western ambassadors in Kyiv met the Ukrainian foreign minister on Monday.', 'met', 'WSTGOV', 'UKRGOV'],
  ['India\'s envoy to Nepal met the Nepali prime minister on Monday.', 'met', 'INDGOV', 'NPLGOV'],
  ['Nigeria\'s ambassador in Abuja criticized the Ghanaian government on Monday.', 'criticized', 'NGAGOV', 'GHAGOV'],
  ['Diplomats from Russia met Taliban officials in Kabul on Monday.', 'met', 'RUSGOV'],
  ['The ambassador of Nigeria met the Ghanaian president in Accra on Monday.', 'met', 'NGAGOV', 'GHAGOV'],
  ['NAIROBI, June 9 (Reuters) - Kenya summoned the Russian ambassador on Monday. The ambassador rejected the protest.', 'rejected', 'RUSGOV'],
  ['Police in Kabul arrested two journalists on Monday.', 'arrested', 'AFGCOP'],
]);

// "Kenya Moore", "coach Chad Smith", "chief executive Bob Jordan": a country whose name is also a person's
// (data/lexicon/name-countries.tsv) was the state. Before an unknown capitalised name word that ends the name, or after
// a given name a title or a describing noun introduces, it is part of a personal name (resolve/country-names.ts).
expectCodes('a country word in a personal name is no state', [
  ['Ugandan police arrested Kenya Moore at the airport on Monday.', 'arrested', 'UGACOP', null],
  ['Police arrested Kenya Moore in Atlanta on Monday.', 'arrested', undefined, null],
  ['The governor fired police chief Tom Jordan on Monday.', 'fired', null],
  ['Mayor Karen Israel criticized the police on Monday.', 'criticized', null, null],
  ['Senator Chad Harris criticized the Pentagon on Monday.', 'criticized', null, 'USAMIL'],
]);
expectNone(code, 'a person named by a country word is no state acting', 'ACCUSE', [
  'Southwest Airlines chief executive Bob Jordan criticized the Federal Aviation Administration on Monday.',
  'Coach Chad Smith criticized the referees on Saturday.',
  'Israel Adesanya accused the promoter of lying on Monday.',
  'Chad Wolf criticized Mexico on Monday.',
]);
// the states themselves, a thing named with "the", a list of states and a known person keep their codes
expectCodes('a state named alone stays the state', [
  ['Jordan criticized Israel on Monday.', 'criticized', 'JOR', 'ISR'],
  ['Protesters in Chad attacked a police station on Monday.', 'attacked', 'TCDOPP'],
  ['Mainland China criticized Taiwan on Monday.', 'criticized', 'CHN', 'TWN'],
  ['Egypt, Jordan and Israel criticized Iran on Monday.', 'criticized', 'EGY', 'IRN'],
  ['President Mohamed Bazoum met Chad\'s president on Monday.', 'met', undefined, 'TCDGOV'],
  ['Israel Katz threatened Hezbollah on Monday.', 'threatened', 'ISRGOV'],
  ['The Jordan Valley was shelled on Monday.', 'shelled', undefined, 'JOR'],
]);

// "Indian troops shelled Pakistani posts ... The two countries agreed", "India accused Pakistan of sheltering militants
// ... The two neighbours agreed": a collective of states took up the last two actors of any kind (the armies INDMIL and
// PAKMIL, or Pakistan and the militants). Its members are now states (data/lexicon/state-collective-nouns.tsv): a
// state's forces or officials stand for their state, a party of no state is skipped (resolve/collective-antecedent.ts,
// core/collective-sides.ts); with no two states in the text, the headline's (core/headline-states.ts).
const expectSides = (name: string, cases: ReadonlyArray<readonly [string, string, string, string?]>) => {
  for (const [text, trigger, actors, title] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text, '2025-06-09', title), trigger);
      assert.equal(participantCodes(e, 'actor'), actors, JSON.stringify(e.actors ?? e.actor));
    });
  }
};
expectSides('a collective of states takes up the states named before', [
  ['Indian troops shelled Pakistani posts on Sunday. The two countries agreed to a ceasefire on Monday.', 'agreed', 'IND+PAK'],
  ['India accused Pakistan of sheltering militants on Sunday. The two neighbours later agreed to hold talks.', 'agreed', 'IND+PAK'],
  ['Thai and Cambodian troops clashed on the border on Sunday. The two countries agreed to a ceasefire on Monday.', 'agreed', 'THA+KHM'],
  ['Kenya\'s president visited Addis Ababa on Monday. The two countries signed a trade deal.', 'signed', 'KEN+ETH'],
  ['The two countries agreed to a ceasefire on Monday after three days of clashes.', 'agreed', 'IND+PAK', 'India and Pakistan agree to ceasefire'],
  ['NEW DELHI, June 9 (Reuters) - The two neighbours agreed to a ceasefire on Monday after three days of clashes.', 'agreed', 'IND+PAK', 'India, Pakistan agree to ceasefire after border clashes'],
  ['The two nations signed a trade pact in Addis Ababa on Monday.', 'signed', 'ETH+KEN', 'Ethiopia and Kenya sign trade pact'],
]);
// "the two sides", "the two leaders" keep the sides as named; with no two states before, no event is made up
expectSides('other collectives keep their sides', [
  ['Sudan\'s army and the RSF clashed in Khartoum on Monday. The two sides agreed to a truce on Tuesday.', 'agreed', 'SDNMIL+rapid-support-forces'],
  ['The presidents of Kenya and Somalia met in Nairobi on Monday. The two leaders signed a security pact.', 'signed', 'KENGOV+SOMGOV'],
  ['India and Pakistan traded fire across the border on Sunday. The two countries agreed to a ceasefire on Monday.', 'agreed', 'IND+PAK'],
]);
expectNone(code, 'a collective of states with none named makes no event', 'AGREE', [
  'The two countries agreed to a ceasefire on Monday.',
  'The two neighbours agreed to reopen the border on Monday.',
]);

// Found on three articles written for this session (a reshuffle, a summit, a coalition crisis). "Chancellor Merz fired
// the finance minister", "The finance minister accused the chancellor", "The outgoing minister thanked the president":
// one office holder acting on another of the same government lost the target, whose code (DEUGOV) was the actor's,
// as if the actor acted on itself. A person named by the title of another office is another participant
// (core/distinct-person.ts); one office under two titles, or the same phrase taken up again, stays one.
expectCodes('an office holder acting on another office of the same state keeps the target', [
  ['BERLIN, June 9 (Reuters) - Chancellor Friedrich Merz fired the finance minister on Monday.', 'fired', 'DEUGOV', 'DEUGOV'],
  ['NAIROBI, June 9 (Reuters) - The interior minister accused the president of betraying the coalition on Monday.', 'accused', 'KENGOV', 'KENGOV'],
  ['ABUJA, June 9 (Reuters) - The defence minister criticised the finance minister on Monday over unpaid salaries.', 'criticised', 'NGAGOV', 'NGAGOV'],
]);
expectCodes('an office acting on itself has no target', [
  ['ABUJA, June 9 (Reuters) - The government praised its own record on Monday.', 'praised', 'NGAGOV', null],
]);
// "the Bundestag president", "the Knesset speaker": a chamber named by its own name (an actor coded ...LEG) before a
// presiding title is the chamber's too (resolve/side-roles.ts chamberRoleOf)
expectCodes('a named chamber\'s presiding officer is the legislature\'s', [
  ['The Bundestag president met the German president on Monday.', 'met', 'DEULEG', 'DEUGOV'],
  ['Israel\'s Knesset president criticized Iran on Monday.', 'criticized', 'ISRLEG', 'IRN'],
]);

// "Opposition leader Raila Odinga criticised the government": a known elite's side title was dropped for the
// dictionary's ELI, and "the government" a LEG or OPP actor criticises got no country (only a state's own bodies lent
// theirs). A side's title (OPP, REB) before an elite's name gives the side (resolve/entry-choice.ts titledOverElite);
// a legislature's or the opposition's own government is its state's (core/assemble.ts domestic).
expectCodes('a side\'s title before an elite\'s name, and the government it acts on', [
  ['Opposition leader Raila Odinga criticised the government on Monday.', 'criticised', 'KENOPP', 'KENGOV'],
  ['Kenyan opposition leader Raila Odinga met President William Ruto on Monday.', 'met', 'KENOPP', 'KENGOV'],
  ['Nigeria\'s Senate president criticized the federal government on Monday.', 'criticized', 'NGALEG', 'NGAGOV'],
]);
expectCodes('an elite with no side title stays an elite', [
  ['Raila Odinga criticised the government on Monday.', 'criticised', 'KENELI', 'KENGOV'],
  ['Former President Uhuru Kenyatta criticised the government on Monday.', 'criticised', 'KENELI', 'KENGOV'],
]);

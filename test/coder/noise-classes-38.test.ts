import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectAll as expectAllCoded, expectExactSpecs, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 38 precision on text that should yield few or no events, and the dates of history: a year said of an act
// noun dates that act, old centuries date what they tell, books, exhibits, titles and stagings tell no news, and the
// soft news of ten articles written for the purpose (kept outside the repository). Every sentence here is written for
// this file; negatives show the news sense still fires. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAllCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
/** Each text codes no event at all. */
const expectNoEvents = (name: string, texts: readonly string[]) => expectExactSpecs(code, texts.map((t) => [name, t, []] as const));
/** One test per case: the event on `trigger` is dated `date`. */
const expectDates = (name: string, cases: ReadonlyArray<readonly [text: string, trigger: string, date: string]>) => {
  for (const [text, trigger, date] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(e.date?.value ?? null, date, JSON.stringify(e.rules));
    });
  }
};

// "The army, which seized power in a 2022 coup, arrested ... on Monday": a year before a noun ("a 2022 coup", "the
// 2014 annexation") was no date at all, and the relative clause's seizure took the main clause's Monday. Now the year
// is a date (resolve/dates.ts, rule date:year-of-act-noun) that the tree gives to the act it names: the noun's own act,
// an act noun that does or undergoes it, or the occasion it happened in ("in a 2022 coup", "during the 2019 protests")
// (core/clause-dates.ts yearDatesTheAct); no later sentence carries it (resolve/article-dates.ts carriable).
expectDates('a year said of an act noun dates the act whose occasion it is', [
  ['The army, which seized power in a 2022 coup, arrested the opposition leader on Monday.', 'seized', '2022'],
  ['The general, who took power in a 2021 coup, met the Chinese ambassador on Tuesday.', 'took', '2021'],
  ['The colonels who ousted the president in a 2023 putsch expelled the French envoy on Friday.', 'ousted', '2023'],
  ['The militia, which captured the city in a 2015 offensive, freed 40 prisoners on Sunday.', 'captured', '2015'],
  ['Soldiers arrested dozens of students during the 2019 protests.', 'arrested', '2019'],
]);
// the main clause keeps its own day; a reaction to an old act, a year said of a law, a winner or an election's
// results, and a noun a protester is of, date nothing else
expectDates('a year of another noun leaves the act its own day', [
  ['The army, which seized power in a 2022 coup, arrested the opposition leader on Monday.', 'arrested', '2025-06-09'],
  ['The general, who took power in a 2021 coup, met the Chinese ambassador on Tuesday.', 'met', '2025-06-03'],
  ['Kyiv on Monday condemned the 2014 annexation of Crimea by Russia.', 'condemned', '2025-06-09'],
  ['Police used a 2019 law to arrest the editor.', 'arrest', '2025-06-09'],
  ['Police arrested the 2019 winner of the contest on Monday.', 'arrested', '2025-06-09'],
  ['Opposition leaders rejected the results of the 2024 election on Monday.', 'rejected', '2025-06-09'],
  ['Survivors of the 1994 genocide marched through Kigali on Sunday.', 'marched', '2025-06-08'],
]);

// "sacked Magdeburg in 1631", "crushed the rebellion in 1857": a year of an older century was no date (only 19xx and
// 20xx were read), so history told in a book review or a feature was dated on the day of publication. Now it is read
// where no lower-case word follows it (a count: "raided 1500 homes") (resolve/dates.ts OLD_YEAR).
expectDates('a year of an older century dates the history told', [
  ['Benn describes how imperial troops sacked Magdeburg in 1631 and massacred most of its inhabitants.', 'massacred', '1631'],
  ['British troops crushed the rebellion in 1857 and hanged its leaders.', 'crushed', '1857'],
  ['The army burned the city in 1812.', 'burned', '1812'],
]);
expectDates('a count after "in" is no year', [['Police raided 1500 homes in the district on Monday.', 'raided', '2025-06-09']]);

// "The book describes how the army massacred villagers": the fiction frame (extract/tree-clauses/fiction-frame.ts,
// candidate:inside-a-work-of-fiction) knew films, novels and plays; books, memoirs, podcasts, exhibits and museums
// tell history too, by verbs of recounting (describe, recount, recall, trace, document: clause-cues.tsv rows), and a
// quoted title before a telling verb names its work ('"The Long Road" shows how partisans ambush a convoy').
expectNoEvents('books, memoirs, podcasts and quoted titles tell no news', [
  'The book describes how the army massacred villagers.',
  'In her memoir, the author recalls how soldiers burned her village.',
  'A new podcast tells how guerrillas kidnapped the ambassador.',
  '"Nine Hundred Days" follows a family who survive the German blockade of the city through the winter of 1941.',
  '"The Long Road" shows how partisans ambush a German convoy.',
  '“Salt and Iron” depicts how police beat striking miners.',
]);
// a historian, a novelist or a playwright by trade tells as their work does (fiction-work rows; a name the trade
// describes too, fiction-frame.ts namedWork)
expectNoEvents('tellers by trade tell no news', [
  'The historian recounts how the army massacred the villagers.',
  'The novelist describes how the secret police tortured her grandfather.',
  'The playwright shows how soldiers burned the village.',
]);
// "She traces how Swedish armies invaded": a verb only an author tells by (clause-cues.tsv fiction-author-telling:
// trace, chronicle, retell, narrate) tells a story whoever its subject is, for what it governs, not what is joined to it
expectNoEvents('author verbs tell a story whoever tells it', [
  'She traces how Swedish armies invaded the German lands and how mercenaries looted villages for food.',
  'He chronicles how the rebels besieged the capital and shelled its markets.',
  'The author retells how guerrillas ambushed an army convoy in the mountains.',
]);
expectAll('an act joined to an author verb stays', [['Police traced the suspects and arrested them on Monday.', ['COERCE']]]);
expectAll('what is done to a historian stays', [
  ['Police arrested the historian Clara Benn on Monday.', ['COERCE Police > Clara Benn']],
  ['Witnesses described how soldiers burned the village on Monday.', ['ASSAULT soldiers > the village']],
]);
// a report is the news's own evidence, a witness recalls what happened to her, and what is done to a book stays
expectAll('reports, witnesses and acts on books stay', [
  ['The report describes how the army massacred villagers.', ['ASSAULT army > villagers']],
  ['Villagers recalled how soldiers burned their homes last week.', ['ASSAULT soldiers > their homes']],
  ['The book was banned by the government on Monday.', ['COERCE government > The book']],
  ['Police arrested the author of the book on Monday.', ['COERCE Police > the author of the book']],
]);

// "Troops stormed a mock village during the exercise": an act set in or during a re-enactment, a rehearsal or a simulation
// (fiction-work rows, the frame's "in" now with "during"), or done to a stand-in (clause-cues.tsv stand-in: mock,
// dummy, simulated, cardboard; fiction-frame.ts doneToStandIn, candidate:staged-on-a-stand-in), is staged.
expectNoEvents('staged acts are no events', [
  'During the exercise, troops stormed a mock village and fired at cardboard targets.',
  'Special forces stormed a mock-up of the embassy in a rehearsal on Tuesday.',
  'During the simulation on Tuesday, police stormed a bus and arrested two men posing as gunmen.',
  'In the rehearsal, soldiers stormed the parliament building and seized the speaker.',
  'Marines fired at simulated enemy positions on the beach on Friday.',
]);
expectAll('real acts during protests, truces and exercises stay', [
  ['Soldiers fired at the crowd during the protest on Monday.', ['ASSAULT Soldiers > the crowd']],
  ['Rebels attacked the convoy during the ceasefire.', ['ASSAULT Rebels > the convoy']],
  ['Iran\'s navy seized a foreign tanker during an exercise in the Gulf on Sunday.', ['COERCE']],
  // a military drill is news: PLOVER's MOBILIZE holds military exercises and shows of force
  ['North Korea fired ballistic missiles into the sea during a military drill on Monday.', ['MOBILIZE North Korea > null']],
  ['Chinese warships surrounded Taiwan during a drill on Monday, Taiwan\'s defence ministry said.', ['COERCE Chinese warships > Taiwan']],
  ['Police mocked the protesters and fired at the crowd.', ['ASSAULT Police > the crowd']],
]);

// Soft news (ten articles of session 38: a graduation, a property report, a war play's review): advice to graduates
// and congregations (argument-senses.tsv urge row, as the visitors' row) asks no political actor.
expectNone('advice at a ceremony is no request', 'REQUEST', [
  'The vice-chancellor urged the graduates to create jobs rather than wait for them.',
  'The bishop urged the congregation to pray for peace.',
  'The chancellor urged the graduates to serve their communities.',
]);
expectAll('a request to a political side stays', [['The president urged the opposition to join the talks.', ['REQUEST The president > the opposition']]]);

// "London was hardest hit, with prices down 3 percent": the hardest-hit place with no one hitting it (row hit
// before&actor hardest|worst & none) is a slump's, no strike.
expectNone('the hardest-hit place of a slump is no target', 'ASSAULT', [
  'London was hardest hit, with prices down 3 percent on the year.',
  'Lagos was hardest hit, with fuel queues stretching for miles.',
  'Athens was hardest hit, with rents up 9 percent.',
]);
expectAll('hardest hit by an attacker stays', [
  ['Gaza City was hardest hit by Israeli airstrikes on Monday.', ['ASSAULT']],
  ['Kyiv was hardest hit as Russian missiles struck power stations overnight.', ['ASSAULT Russian missiles > Kyiv']],
]);

// "The theatre said it will donate part of the proceeds to a charity": a gift to a charity commits no aid between
// political actors (row donate sentence charity).
expectNone('a gift to a charity is no pledge of aid', 'AGREE', [
  'The theatre said it will donate part of the proceeds to a charity for war veterans.',
  'The airline said it would donate 5,000 euros to a local charity.',
  'The band said it would donate 2,000 dollars to a cancer charity.',
]);
expectAll('aid pledged to a state stays', [['Japan will donate $10 million to Ukraine for reconstruction.', ['AGREE Japan > Ukraine']]]);

// "Now the real battle begins": the real battle of a speech is a figure (row battle before real).
expectNone('the real battle is a figure', 'ASSAULT', [
  'Now the real battle begins.',
  'The real battle starts on Monday, the coach said.',
  'After the vote, the real battle begins for the new mayor.',
]);
expectAll('a battle that rages stays', [['A fierce battle raged in the town on Monday.', ['ASSAULT']]]);

// "Tenant groups have attacked the government for failing to build homes": tenants' and landlords' groups criticise
// (row attack before tenant|renter|landlord|leaseholder → 112), as unions and campaigners do.
expectAll('tenants and landlords attacking a government criticise it', [
  ['Tenant groups have attacked the government for failing to build enough homes.', ['ACCUSE Tenant groups > government']],
  ['Landlords attacked the minister over the new rent rules.', ['ACCUSE Landlords > the minister']],
  ['Tenant associations attacked the housing minister for failing to cap rents.', ['ACCUSE Tenant associations > minister']],
  ['Landlord associations attacked the mayor for the new licensing rules.', ['ACCUSE Landlord associations > the mayor']],
]);
expectAll('attacks on people and buildings stay', [
  ['Rioters attacked the police station in the town on Monday.', ['ASSAULT Rioters > the police station']],
  ['Gunmen attacked the landlord\'s house on Monday.', ['ASSAULT']],
]);

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, find, T } from './class-fixture.ts';

// Session 27's lead classes, each on sentences written for this file, with negatives that must not change.
// 26 November 2026 is a Thursday.
const code = coderPublishedOn('2026-11-26');

// "the soldiers were flown to Moscow": a verb of going in the passive carries its subject there, as it does with an
// object ("flew him back to Libya"); no one visits anyone (clause-cues.tsv going, core/non-events.ts).
const CARRIED = [
  'The returned Russian servicemen were being flown to Moscow for medical treatment, the ministry said.',
  'Wounded Ukrainian soldiers were being flown to Kyiv, officials said.',
  'The Iranian sailors were being flown home to Tehran on Friday.',
  'The wounded U.S. soldiers were flown to Germany for treatment.',
];
for (const text of CARRIED) {
  test(`a verb of going in the passive carries, no visit: ${text}`, T, () => {
    assert.deepEqual(code(text).filter((e) => e.cameo === '042').map(brief), []);
  });
}
const GONE = [
  ['Indian President Droupadi Murmu flew to Moscow on Tuesday.', 'flew to'],
  ['The Iranian foreign minister travelled to Beijing on Monday.', 'travelled to'],
] as const;
for (const [text, trigger] of GONE) {
  test(`one who goes somewhere still visits: ${text}`, T, () => {
    assert.equal(find(code(text), trigger).cameo, '042');
  });
}

// "struck a school, drawing condemnation from Egypt": a reaction noun that a verb of causing takes as its object
// (clause-cues.tsv drawn-reaction) is aimed at who did what drew it (tree-roles/drawn-reaction.ts).
const DRAWN: Array<[string, string, string]> = [
  ['Israel on Monday struck a school in Gaza, drawing condemnation from Egypt and Jordan.', 'condemnation', 'Israel'],
  ['Russia on Thursday vetoed the resolution, drawing sharp criticism from Britain.', 'sharp criticism', 'Russia'],
  ["Israel's strike on the school sparked condemnation from Egypt.", 'condemnation', 'Israel'],
  ['Turkey on Tuesday shelled Kurdish positions in Syria, which prompted criticism from France.', 'criticism', 'Turkey'],
  ['Venezuela closed its border with Colombia, which drew criticism from the United States.', 'criticism', 'Venezuela'],
];
for (const [text, trigger, target] of DRAWN) {
  test(`a drawn reaction is aimed at the doer of what drew it: ${text}`, T, () => {
    assert.equal(find(code(text), trigger).target?.text, target);
  });
}
test('a drawn reaction with no doer told stays without a target', T, () => {
  assert.equal(find(code('The vote drew sharp criticism from Britain.'), 'sharp criticism').target, null);
});
// the window reading an act noun's target stops at the verb of the phrase it began in
test("an act noun's target is not read past its own clause's verb", T, () => {
  assert.equal(find(code("Israel's strike on the school sparked condemnation from Egypt."), 'strike').target?.text, 'the school');
});

// "denied targeting civilians": after a verb that takes an -ing complement (gerund-verbs.tsv) the -ing word read as a
// modifier of the noun after it is the verb's complement, the noun its object (tree-repair/phase-verb-gerund.ts).
const GERUNDS: Array<[string, string, string]> = [
  ['The RSF denied targeting civilians on Sunday.', 'targeting civilians', 'ASSAULT RSF > civilians'], // (precision-47: a denied act is told only as a specific incident)
  ['The junta denied detaining journalists on Friday.', 'detaining journalists', 'COERCE junta > journalists'],
  ['The Kremlin acknowledged targeting energy facilities.', 'targeting', 'ASSAULT Kremlin > energy facilities'],
];
for (const [text, trigger, expected] of GERUNDS) {
  test(`an -ing complement read as a modifier is the verb's act: ${text}`, T, () => {
    assert.equal(brief(find(code(text), trigger)), expected);
  });
}
test('an -ing word that describes nouns stays a modifier after such a verb', T, () => {
  const events = code('The ministry denied visiting journalists access to the camp.');
  assert.deepEqual(events.filter((e) => e.trigger.text.startsWith('visiting')).map(brief), []);
  assert.equal(events.length, 1);
});

// "police would arrest anyone who blocked roads": an indefinite pronoun a relative clause describes does its act; the
// window may not lend it the main clause's subject (tree-roles/described-subject.ts).
const INDEFINITE: Array<[string, string]> = [
  ['Police detained anyone who blocked roads in the capital.', 'blocked roads'],
  ['The governor warned that troops would arrest those who looted shops.', 'looted shops'],
  ['Soldiers beat everyone who joined the march in Harare.', 'joined the march'],
  ['Police detained anyone who joined the protest in Minsk.', 'joined the protest'],
  ['Troops arrested everyone who attacked the convoy.', 'attacked'],
];
for (const [text, trigger] of INDEFINITE) {
  test(`an indefinite pronoun's relative clause is not the main subject's act: ${text}`, T, () => {
    assert.deepEqual(code(text).filter((e) => e.trigger.text.startsWith(trigger.split(' ')[0]) && e.actor !== null).map(brief), []);
  });
}
test("a noun's relative clause keeps its own doer", T, () => {
  assert.equal(find(code('Police detained people who blocked roads.'), 'blocked roads').actor?.text, 'people');
});

// "Security Minister X said police would arrest ...": a speaker whose title is a state office announces what the state's
// forces will do, placed or not (core/refiners.ts claimedPlanAsAccusation); another side's speaker still accuses.
const OWN_PLANS: Array<[string, string]> = [
  ['Security Minister Patricia Bullrich said police would arrest anyone who blocked roads.', 'arrest'],
  ['Interior Minister Juan Perez said troops would disperse the protesters.', 'disperse the protesters'],
  ['Defence Minister Ali Khan said the army would strike rebel camps.', 'strike'],
];
for (const [text, trigger] of OWN_PLANS) {
  test(`a state office holder announces the state's plan: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.notEqual(e.type, 'ACCUSE');
    assert.equal(e.provenance.certainty, 'planned');
  });
}
for (const text of ['Opposition leader Juan Perez said police would arrest protesters.', 'Rebel spokesman Ali Musa said troops would attack the town.']) {
  test(`another side's speaker claiming the state's plan accuses: ${text}`, T, () => {
    assert.equal(code(text)[0]?.type, 'ACCUSE');
  });
}

// "urged Pyongyang to return to dialogue": the request row's own "to" inside the asked clause marks where the asked
// party returns, not whom the request addresses (tree-roles/addressee-node.ts).
const RETURN_TO: Array<[string, string]> = [
  ['Washington urged Moscow to return to dialogue with Kyiv.', 'Moscow'],
  ['The African Union urged Ethiopia to return to dialogue.', 'Ethiopia'],
  ['Beijing asked Manila to return to dialogue.', 'Manila'],
  ['Qatar urged Hamas to return to the negotiating table.', 'Hamas'],
];
for (const [text, target] of RETURN_TO) {
  test(`the one urged to return to talks is the request's target: ${text}`, T, () => {
    assert.equal(code(text)[0]?.target?.text, target);
  });
}
test("a request's own preposition still names whom it addresses", T, () => {
  assert.equal(find(code('Kenya called on the rebels to return to talks.'), 'called on').target?.text, 'the rebels');
});

// "as U.S. and South Korean forces wrapped up": a country sharing the role of the phrase after "and" (the resolver's
// shared role) is that phrase's conjunct however the parse hung it ("as U.S." read as an oblique; participants.ts).
const SHARED_ROLES: Array<[string, string, string[]]> = [
  ['The launch came as U.S. and South Korean forces wrapped up a five-day air exercise.', 'wrapped up', ['USAMIL', 'KORMIL']],
  ['Protests grew as U.S. and Israeli officials met in Washington.', 'met', ['USAGOV', 'ISRGOV']],
  ['The drills began as U.S. and Japanese troops arrived in Okinawa.', 'arrived', ['USAMIL', 'JPNMIL']],
];
for (const [text, trigger, codes] of SHARED_ROLES) {
  test(`a shared role's country is a conjunct of its phrase: ${text}`, T, () => {
    assert.deepEqual(find(code(text), trigger).actors?.map((a) => a.code), codes);
  });
}
test('coordinated demonyms the parse joins stay as they were', T, () => {
  assert.deepEqual(find(code('Clashes erupted as Somali and Kenyan troops attacked the town.'), 'attacked').actors?.map((a) => a.code), ['SOMMIL', 'KENMIL']);
});

// "Seoul urged the North to stop": in a story that names North Korea, "the North" alone is that state
// (data/lexicon/compass-states.tsv, resolve/compass-states.ts); a region after "in", or a name after it, stays apart.
const KOREA = 'North Korea fired a ballistic missile on Tuesday. ';
const COMPASS: Array<[string, string, 'actor' | 'target', string]> = [
  [`${KOREA}Seoul urged the North to stop its provocations.`, 'urged', 'target', 'PRK'],
  [`${KOREA}South Korea said the North had fired two rockets.`, 'fired two rockets', 'actor', 'PRK'],
  ['Pyongyang fired a missile on Monday. The North also sent troops to Russia.', 'sent troops', 'actor', 'PRK'],
];
for (const [text, trigger, role, expected] of COMPASS) {
  test(`"the North" in a story naming the state is that state: ${text}`, T, () => {
    assert.equal(find(code(text), trigger)[role]?.code, expected);
  });
}
test('"the North" is no state where the story names none of that name, nor after "in"', T, () => {
  assert.deepEqual(code('Rebels said the North had fired two rockets.').filter((e) => e.actor?.code === 'PRK'), []);
  assert.deepEqual(code(`${KOREA}Fighting raged in the North, the army said.`).filter((e) => e.actors?.some((a) => a.code === 'PRK') && e.trigger.text === 'Fighting'), []);
});

// A person who holds an office of a body is coded as the body is (knowledge/actor-files.ts personActors): the UN's
// secretary-general as the UN (IGOUNO), the EU's foreign policy chief as the EU, so the speaker who announces the body's
// act speaks for it ("Kallas warned that the EU could impose sanctions": a threat, core/speech-acts.ts).
const BODY_OFFICERS: Array<[string, string, string]> = [
  ['U.N. Secretary-General Antonio Guterres urged both sides to return to talks.', 'urged', 'IGOUNO'],
  ['EU foreign policy chief Kaja Kallas condemned the crackdown.', 'condemned', 'IGOEUREEC'],
  ['EU foreign policy chief Kaja Kallas warned that the EU could impose sanctions on Georgian officials.', 'warned', 'IGOEUREEC'],
];
for (const [text, trigger, expected] of BODY_OFFICERS) {
  test(`a body's office holder is coded as the body: ${text}`, T, () => {
    assert.equal(find(code(text), trigger).actor?.code, expected);
  });
}
test("a body's office holder announcing the body's sanction threatens", T, () => {
  assert.equal(find(code('EU foreign policy chief Kaja Kallas warned that the EU could impose sanctions on Georgian officials.'), 'warned').type, 'THREATEN');
});

// "condemned the brutality", "deplored the repression": a noun for one side's force (clause-cues.tsv force-noun) takes up
// the latest act of force of another side; "the crackdown" (COERCE) takes up violent repression (ASSAULT) too
// (condemned-act.ts, core/condemned-act-doer.ts).
// (Session 45: a condemnation accuses only a doer its own sentence names, targets-classes-45; these name none: no target.)
const FORCE_NOUNS: Array<[string, string, string | null]> = [
  ['Georgian police beat protesters in Tbilisi on Friday. The EU condemned the brutality.', 'condemned', null],
  ['Georgian police beat protesters in Tbilisi on Friday. The EU condemned the crackdown.', 'condemned', null],
  ['Soldiers opened fire on protesters in Khartoum on Monday. The United Nations deplored the repression.', 'deplored', null],
  ['Georgian police used water cannon on Friday. The EU deplored the brutality.', 'deplored', null],
];
for (const [text, trigger, accused] of FORCE_NOUNS) {
  test(`a condemned use of force accuses who used it: ${text}`, T, () => {
    assert.equal(find(code(text), trigger).target?.code ?? null, accused);
  });
}
// (Session 45: a condemnation accuses only a doer its own sentence names, targets-classes-45; these name none: no target.)
test('a condemned attack still takes up the attack, not a later arrest', T, () => {
  assert.equal(find(code('Rebels attacked a village on Monday. Police arrested two reporters on Tuesday. The UN condemned the attack.'), 'condemned').target?.text ?? null, null);
});

// "inflicted heavy losses on the army": a side killing or wounding another's fighters (extra-verbs.tsv; PLOVER ASSAULT);
// a defeat or damage said of politics or an economy is none.
const INFLICTED: Array<[string, string]> = [
  ['The RSF said its forces had inflicted heavy losses on the army.', 'ASSAULT'],
  ['The militants inflicted heavy casualties on government troops.', 'ASSAULT'],
  ['Kyiv said its drones had inflicted heavy losses on Russian forces near Kursk.', 'ASSAULT'],
];
for (const [text, type] of INFLICTED) {
  test(`losses inflicted on a side are an attack: ${text}`, T, () => {
    assert.equal(find(code(text), 'inflicted').type, type);
  });
}
test('a defeat inflicted in politics is no attack', T, () => {
  assert.deepEqual(code('The Kremlin inflicted a diplomatic defeat on Kyiv.').map(brief), []);
});
test('a body whose name holds "and" is one actor: the AU Peace and Security Council', T, () => {
  const e = find(code('The AU Peace and Security Council suspended Niger on Friday.'), 'suspended');
  assert.equal(e.actor?.text, 'AU Peace and Security Council');
  assert.equal(e.actors?.length ?? 1, 1);
});

// "opposition politician Juan Pablo Guanipa", "two opposition figures": the opposition's people by these nouns too
// (data/actors/roles.tsv), so the unknown name after the role is theirs.
const OPPOSITION_PEOPLE: Array<[string, string, string]> = [
  ['Police arrested opposition politician Juan Pablo Guanipa on Friday.', 'arrested', 'opposition politician Juan Pablo Guanipa'],
  ['Venezuelan security forces detained two opposition figures in Caracas.', 'detained', 'opposition figures'],
  ['Police arrested opposition figure Ahmed Musa in Khartoum.', 'arrested', 'opposition figure Ahmed Musa'],
];
for (const [text, trigger, target] of OPPOSITION_PEOPLE) {
  test(`the opposition's politicians and figures are its people: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.target?.text, target);
    assert.match(e.target?.code ?? 'OPP', /OPP$/);
  });
}

// "BEIRUT (AP) - An Israeli drone strike killed ... in southern Lebanon ... near-daily Israeli strikes": when mentions of
// one act merge, a place only the dateline gave says less than the place the text gives the act (core/coreference.ts).
const FILED_FROM: Array<[string, string]> = [
  ["BEIRUT (AP) - An Israeli drone strike killed a senior Hezbollah commander in southern Lebanon on Saturday, the Israeli military said, in the latest violation of a ceasefire that took effect last November.\nThe military said the commander, Ali Hassan Nour, had been rebuilding the group's rocket launching capabilities near the border.\nLebanon's Health Ministry said the strike on a car near the town of Nabatieh also wounded two passersby.\nLebanese President Joseph Aoun condemned the attack and called on the United States and France, which oversee the truce, to pressure Israel to stop its strikes.\nHezbollah did not immediately comment. The group has largely refrained from responding to near-daily Israeli strikes since the ceasefire.", "southern Lebanon"],
  ["KABUL (AP) - An U.S. drone strike killed a senior al-Qaida commander in eastern Afghanistan on Saturday, the U.S. military said, in the latest violation of a ceasefire that took effect last November.\nThe military said the commander, Ali Hassan Nour, had been rebuilding the group's rocket launching capabilities near the border.\nAfghanistan's Health Ministry said the strike also wounded two passersby.\nTaliban spokesman Zabihullah Mujahid condemned the attack and called on the United States and France, which oversee the truce, to pressure Washington to stop its strikes.\nAl-Qaida did not immediately comment. The group has largely refrained from responding to near-daily U.S. strikes since the ceasefire.", "Afghanistan"],
  ["MOGADISHU (AP) - An U.S. drone strike killed a senior al-Shabab commander in southern Somalia on Saturday, the U.S. military said, in the latest violation of a ceasefire that took effect last November.\nThe military said the commander, Ali Hassan Nour, had been rebuilding the group's rocket launching capabilities near the border.\nSomalia's Health Ministry said the strike also wounded two passersby.\nSomali President Hassan Sheikh Mohamud condemned the attack and called on the United States and France, which oversee the truce, to pressure Washington to stop its strikes.\nAl-Shabab did not immediately comment. The group has largely refrained from responding to near-daily U.S. strikes since the ceasefire.", "Somalia"],
];
for (const [text, place] of FILED_FROM) {
  test(`a merged act keeps the place the text gives it over the dateline's: ${place}`, T, () => {
    assert.equal(code(text, '2025-10-11')[0]?.location?.text, place);
  });
}

// "launched an anti-dumping investigation into U.S. chip makers ... accused Washington of spreading disinformation": an
// investigation (CAMEO 09x) is an act of its own, never a restatement of an accusation between the same parties
// (core/coreference-compatible.ts otherAccusationForm).
const INVESTIGATIONS = [
  "China on Tuesday launched an anti-dumping investigation into U.S. chip makers. China's foreign ministry accused Washington of spreading disinformation.",
  "The European Union opened an investigation into Chinese electric car subsidies on Monday. The EU's trade commissioner accused Beijing of unfair trade practices.",
  "India launched an inquiry into Chinese steel imports on Friday. India's trade minister accused China of dumping cheap steel.",
];
for (const text of INVESTIGATIONS) {
  test(`an investigation and an accusation stay two events: ${text.slice(0, 60)}`, T, () => {
    assert.deepEqual(code(text).filter((e) => e.type === 'ACCUSE').map((e) => e.cameo.slice(0, 2)), ['09', '11']);
  });
}

// "the Commerce Ministry", "the Water Ministry": a ministry named by its portfolio is the government's (of the story's
// country), not an unknown group with a slug code (resolve/unknown-names.ts).
const MINISTRIES: Array<[string, string]> = [
  ['BEIJING (Reuters) - China imposed curbs on Tuesday. The Commerce Ministry urged the United States to correct its mistakes.', 'CHNGOV'],
  ['BEIJING (Reuters) - China imposed curbs on Tuesday. The State Security Ministry accused Washington of hacking.', 'CHNGOV'],
  ['ADDIS ABABA (Reuters) - Ethiopia filled the dam on Monday. The Water Ministry accused Egypt of spreading lies.', 'ETHGOV'],
];
for (const [text, expected] of MINISTRIES) {
  test(`a ministry named by its portfolio is the government's: ${text.slice(0, 50)}`, T, () => {
    assert.equal(code(text).at(-1)?.actor?.code, expected);
  });
}
test('a known ministry keeps its own code', T, () => {
  assert.equal(code('CAIRO (Reuters) - Egypt closed the crossing on Monday. The Foreign Ministry urged Israel to allow aid in.').at(-1)?.actor?.code, 'EGYGOV');
});

// "U.S. officials met Iranian diplomats in Geneva": an actor's country sways a city's reading only toward a town of like
// size, not toward a namesake a ninth the size of the city meant (resolve/city-choice.ts ACTOR_HINT_SIZES).
const WORLD_CITIES: Array<[string, string]> = [
  ['U.S. Trade Representative Jamieson Greer met Chinese officials in Geneva.', 'CHE'],
  ['U.S. officials held talks with Iranian diplomats in Geneva on Monday.', 'CHE'],
  ['U.S. officials met Russian officials in Florence.', 'ITA'],
];
for (const [text, country] of WORLD_CITIES) {
  test(`a foreign actor does not move a world city to its small namesake: ${text}`, T, () => {
    assert.equal(code(text)[0]?.location?.country, country);
  });
}
test("the actors' country still chooses between towns of like size", T, () => {
  assert.equal(code('Police in Hyderabad, Pakistan, arrested 12 men.')[0]?.location?.country, 'PAK');
  assert.equal(code('Lebanese troops clashed with gunmen in Tripoli on Monday.')[0]?.location?.country, 'LBN');
});
// "U.S. Trade Representative Jamieson Greer said Washington would retaliate if ...": a trade representative is a
// government office (roles.tsv), so the speaker speaks for the state and the conditional act is a threat
test('a trade representative speaks for the state: a conditional retaliation is a threat', T, () => {
  const e = code('U.S. Trade Representative Jamieson Greer said Washington would retaliate if Beijing blocked exports.')[0];
  assert.equal(e?.type, 'THREATEN');
  assert.equal(e?.actor?.code, 'USAGOV');
});

// "Lebanese troops clashed with gunmen in Tripoli": a city the place resolver read as another country's namesake of a
// capital is that country's for the roles placed in it too, as a qualified one is (resolve/place-actors.ts).
const NAMESAKE_ROLES: Array<[string, string, string]> = [
  ['Lebanese troops clashed with gunmen in Tripoli on Monday.', 'clashed with', 'LBNREB'],
  ['Lebanese police arrested protesters in Tripoli on Monday.', 'arrested', 'LBNOPP'],
  ['Lebanese soldiers detained smugglers in Tripoli on Sunday.', 'detained', 'LBNCRM'],
];
for (const [text, trigger, expected] of NAMESAKE_ROLES) {
  test(`roles in a namesake city take the city's country: ${text}`, T, () => {
    assert.equal(find(code(text), trigger).target?.code, expected);
  });
}
test("roles in the capital itself keep the capital's country", T, () => {
  assert.equal(find(code('Libyan forces clashed with gunmen in Tripoli on Monday.'), 'clashed with').target?.code, 'LBYREB');
});

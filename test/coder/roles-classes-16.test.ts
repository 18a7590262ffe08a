import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Classes of construction whose actor, target, source or place the coder read wrong (session 16, roles), each on
// wire-style sentences written for this file, with sentences the fix must not change. A case names the event by its
// type and trigger word, and its actor and target by a fragment of their text or code ('' for none).
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const who = (a: Event['actor']) => (a === null ? '' : `${a.text} ${a.code ?? ''}`.toLowerCase());
const source = (s: Event['provenance']['source']) => (typeof s === 'string' ? s : who(s));
const show = (events: readonly Event[]) =>
  JSON.stringify(events.map((e) => `${e.type} "${e.trigger.text}" ${who(e.actor)} > ${who(e.target)} @${e.location?.name ?? ''} src=${source(e.provenance.source)}`));

// [class, sentence, type, trigger word, actor, target]
type Case = [string, string, string, string, string, string];
const CASES: Case[] = [
  // a reporter or monitor takes note of an act: the act's own "by" names who did it, never the one who reports it
  ['observed act', 'Residents reported heavy shelling by Russian forces overnight.', 'ASSAULT', 'shelling', 'rusmil', ''],
  // (a gerund with its own object after "report", "confirm", "deny": the subject's own act; the object of a verb of
  // seeing does what the gerund says)
  ['observed act (own act)', 'The army reported killing 20 militants in the north.', 'ASSAULT', 'killing', 'army', 'militants'],
  ['observed act (own act)', 'Israel confirmed carrying out the strike.', 'ASSAULT', 'carrying out', 'isr', ''],
  ['observed act (own act)', 'Russia denied shelling the city.', 'ASSAULT', 'shelling', 'rus', 'city'],
  ['observed act (seen doer)', 'Witnesses saw soldiers shooting at protesters.', 'ASSAULT', 'shooting', 'soldiers', 'protesters'],
  // ("Daily" before a noun phrase is an adverb's sentence, no paper: the state named in it stays the actor)
  ['outlet name ("Daily" before a noun phrase)', 'Daily Russian strikes hit Kharkiv last month, the Kyiv Independent reported.', 'ASSAULT', 'hit', 'rusmil', 'ukr'],
  // "officers", "agents", "personnel" in a story that names the police (and no military) are the police
  ['officers in a police story', 'Police said officers fired tear gas at protesters in Nairobi.', 'ASSAULT', 'fired tear gas', 'kencop', 'protesters'],
  ['officers in a police story', 'Kenyan police said officers arrested 40 protesters.', 'COERCE', 'arrested', 'kencop', 'protesters'],
  ['officers in a police story', 'Federal agents arrested two men in Texas, the FBI said.', 'COERCE', 'arrested', 'usacop', 'men'],
  ['officers in a police story', 'Police dispersed a rally in Lagos on Sunday. Officers arrested 30 protesters.', 'COERCE', 'arrested', 'ngacop', 'protesters'],
  // (a military named beside them, or a modifier that says whose they are: not the police)
  ['officers in a police story (military named)', 'Troops and police were deployed in Kinshasa. Officers arrested 12 people.', 'COERCE', 'arrested', 'codmil', 'people'],
  ['officers in a police story (own modifier)', 'Army officers arrested the president in Niamey.', 'COERCE', 'arrested', 'nermil', 'nergov'],
  // (the service before "officers" names it: intelligence officers are intelligence, prison officers police)
  ['officers of a named service', 'Intelligence officers arrested a journalist in Tehran.', 'COERCE', 'arrested', 'irnspy', 'journalist'],
  ['officers of a named service', 'Iranian prison officers beat inmates during a riot, the rights group said.', 'ASSAULT', 'beat', 'irncop', 'inmates'],
  ['officers of a named service', 'Egyptian security officers detained two activists in Cairo.', 'COERCE', 'detained', 'egycop', 'activists'],
  ['officers of a named service (border security, as border guards)', 'Indian border security officers arrested three smugglers in Punjab.', 'COERCE', 'arrested', 'indmil', 'smugglers'],
  // "the international community" is an actor (IGO): acts addressed to it or done by it stand
  ['international community', 'The Sudanese foreign minister urged the international community to act.', 'REQUEST', 'urged', 'sdngov', 'international community igo'],
  ['international community', 'Zelenskiy called on the international community to impose new sanctions on Russia.', 'REQUEST', 'called on', 'ukr', 'international community igo'],
  ['international community', 'Guterres appealed to the international community for aid to Gaza.', 'REQUEST', 'appealed', 'guterres', 'international community igo'],
  ['international community', 'The rebels accused the international community of ignoring the crisis.', 'ACCUSE', 'accused', 'rebels', 'international community igo'],
  // labour and business on opposite sides of an act: a labour dispute, with business actors coded BUS
  ['labour dispute', 'Workers accused factory owners of withholding wages in Dhaka.', 'ACCUSE', 'accused', 'workers', 'factory owners'],
  ['labour dispute', 'Garment workers protested against factory owners over unpaid wages in Bangladesh.', 'PROTEST', 'protested', 'bgdlab', 'bgdbus'],
  ['labour dispute', 'Employers threatened to fire striking workers.', 'THREATEN', 'threatened', 'employers', 'workers'],
  ['labour dispute', 'Miners accused the company of ignoring safety rules.', 'ACCUSE', 'accused', 'miners', 'company'],
  // a sector's leaders speak for the sector, not the government
  ['sector leaders', 'Union leaders met factory owners in Dhaka on Monday.', 'CONSULT', 'met', 'bgdlab', 'bgdbus'],
  ['sector leaders', 'Kenyan union leaders threatened a general strike.', 'THREATEN', 'threatened', 'kenlab', ''],
  ['sector leaders', 'Student leaders called for a national strike.', 'REQUEST', 'called', 'student leaders', ''],
  ['sector leaders (a side, not a sector)', 'Opposition leaders met in Nairobi.', 'CONSULT', 'met', 'kenopp', ''],
  // relatives and families of people are civilians, not those people ("relatives of soldiers" are no army); a
  // following acts for the side it follows
  ['relatives are not their kin', 'Relatives of soldiers killed in the war protested outside the defense ministry in Kyiv.', 'PROTEST', 'protested', 'ukrcvl', ''],
  ['relatives are not their kin', 'Families of detained journalists protested in Istanbul.', 'PROTEST', 'protested', 'turcvl', ''],
  ['relatives are not their kin', 'Families of the hostages met Netanyahu in Jerusalem.', 'CONSULT', 'met', 'isrcvl', 'netanyahu'],
  ['relatives are not their kin (a following)', 'Supporters of the opposition leader clashed with police in Kinshasa.', 'PROTEST', 'clashed', 'opposition leader', 'codcop'],
  // a plural title of a body is many people: they meet among themselves ("the defense ministers of NATO met")
  ['plural title of a body', 'Defense ministers of NATO met in Brussels on Thursday.', 'CONSULT', 'met', 'igowstnat', ''],
  ['plural title of a body', 'Foreign ministers of the European Union met in Brussels on Monday.', 'CONSULT', 'met', 'igoeureec', ''],
  ['plural title of a body', 'The heads of the African Union met in Addis Ababa.', 'CONSULT', 'met', 'igoafrafu', ''],
  ['plural title of a body (a title with an object)', 'The head of the IAEA met Iranian officials in Tehran.', 'CONSULT', 'met', 'igounoiae', 'irngov'],
];

const matches = (got: string, want: string, e: Event['actor']) => (want === '' ? e === null : got.includes(want));

for (const [name, text, type, trigger, actor, target] of CASES) {
  test(`${name}: ${text}`, { timeout: 60_000 }, () => {
    const events = code(text);
    const e = events.find((x) => x.type === type && x.trigger.text.includes(trigger));
    assert.ok(e, `no ${type} "${trigger}" in ${show(events)}`);
    assert.ok(matches(who(e.actor), actor, e.actor), `actor: ${show(events)}`);
    assert.ok(matches(who(e.target), target, e.target), `target: ${show(events)}`);
  });
}

// [class, sentence, a fragment no event's actor may hold]: who reports or records an act does not do it
const NOT_ACTOR: Array<[string, string, string]> = [
  ['observed act', 'The EU monitoring mission reported shelling near the town of Avdiivka on Tuesday.', 'eu'],
  ['observed act', 'The Syrian Observatory for Human Rights reported shelling of villages in Idlib province.', 'observatory'],
  ['observed act', 'OSCE observers documented shelling near the town of Horlivka.', 'observers'],
  ['observed act', 'Witnesses heard shooting near the presidential palace.', 'witnesses'],
  ['observed act', 'Local residents described shelling of the village.', 'residents'],
  // a pronoun in a witness's words never takes up the rights group or UN body that gathered them
  ['pronoun in a quote', 'Amnesty International said detainees were tortured in the prison. "They beat us every night," a former detainee told the group.', 'ngohriamn'],
  ['pronoun in a quote', 'Human Rights Watch interviewed 20 protesters in Tehran. "They shot at us from the rooftops," one protester said.', 'ngohri'],
  ['pronoun in a quote', 'The United Nations said thousands had fled the fighting. "They killed my husband," a refugee told the agency.', 'igo'],
];

// [class, sentence, type, trigger, actor]: (a pronoun outside quotes, or one in the quote of the body's own speaker,
// still takes it up)
const STILL_TAKEN_UP: Array<[string, string, string, string, string]> = [
  ['pronoun in a quote (outside quotes)', 'Amnesty International said it had documented the torture. It accused the police of abuses.', 'ACCUSE', 'accused', 'ngohriamn'],
  // ... and the quote's speaker may say whom they mean: "..., referring to RSF fighters"
  ['pronoun in a quote (referring to)', 'The army and the RSF fought in Khartoum on Sunday. "They looted everything," a resident told AFP, referring to RSF fighters.', 'COERCE', 'looted', 'rapid-support-forces'],
  ['pronoun in a quote (referring to)', 'Amnesty International interviewed 40 refugees. "They burned our villages," one woman said, referring to Myanmar soldiers.', 'ASSAULT', 'burned', 'mmrmil'],
  ['pronoun in a quote (referring to)', 'RSF fighters and Sudanese troops clashed near El Fasher. "They arrested my son," a mother said, referring to the soldiers.', 'COERCE', 'arrested', 'sdnmil'],
  ['pronoun in a quote (another antecedent)', 'Sudanese soldiers arrived in the village on Monday. "They arrested my brother," a villager told Human Rights Watch.', 'COERCE', 'arrested', 'sdnmil'],
];

for (const [name, text, type, trigger, actor] of STILL_TAKEN_UP) {
  test(`${name}: ${text}`, { timeout: 60_000 }, () => {
    const events = code(text);
    const e = events.find((x) => x.type === type && x.trigger.text.includes(trigger));
    assert.ok(e, `no ${type} "${trigger}" in ${show(events)}`);
    assert.ok(who(e.actor).includes(actor), `actor: ${show(events)}`);
  });
}

for (const [name, text, fragment] of NOT_ACTOR) {
  test(`${name}: no actor "${fragment}" in ${text}`, { timeout: 60_000 }, () => {
    const events = code(text);
    assert.ok(events.every((e) => !who(e.actor).includes(fragment)), show(events));
  });
}

// [class, sentence, a country code or place name that must appear nowhere: no actor, target, source or place]
const NOT_FROM_OUTLET: Array<[string, string, string]> = [
  ['outlet name', 'Militants attacked a checkpoint, killing three soldiers, Daily Sabah reported.', 'mys'],
  ['outlet name', 'Militants attacked a checkpoint, killing three soldiers, Daily Sabah reported.', 'malaysia'],
  ['outlet name', 'Troops arrested 12 suspects, the Sudan Tribune reported.', 'sdn'],
  ['outlet name', 'Police arrested 12 protesters, the Jordan Times reported.', 'jorcop'],
  ['outlet name', 'According to the Tehran Times, police arrested five people.', 'tehran ('],
  ['outlet name', 'According to the Tehran Times, police arrested five people.', '@tehran'],
  ['outlet name', 'Police arrested 12 protesters, the Times of India reported.', 'indcop'],
  ['outlet name', 'Police arrested 12 protesters, the Times of India reported.', '@india'],
];

for (const [name, text, fragment] of NOT_FROM_OUTLET) {
  test(`${name}: no "${fragment}" in ${text}`, { timeout: 60_000 }, () => {
    const events = code(text);
    assert.ok(events.length > 0, 'an event');
    assert.ok(events.every((e) => !show([e]).toLowerCase().includes(fragment)), show(events));
  });
}

// [class, sentence, type, trigger, source fragment, place name ('' for none, '*' not checked)]: the outlet stays the source; a place or
// outlet the gazetteer knows keeps its reading
const OUTLET_SOURCE: Array<[string, string, string, string, string, string]> = [
  ['outlet name (source)', 'Troops arrested 12 suspects, the Sudan Tribune reported.', 'COERCE', 'arrested', 'sudan tribune', ''],
  ['outlet name (source)', 'Sudanese paramilitaries attacked a village in Darfur, the Sudan Tribune reported.', 'ASSAULT', 'attacked', 'sudan tribune', 'Darfur'],
  ['outlet name (known outlet)', 'Russian missiles hit an energy facility in Odesa, the Kyiv Independent reported.', 'ASSAULT', 'hit', 'kyiv-independent', 'Odessa'],
  ['outlet name (known outlet opening the sentence)', 'The Jerusalem Post reported that Israeli troops had detained two Hezbollah members near the border.', 'COERCE', 'detained', 'jerusalem-post', '*'],
  ['outlet name (place of the act)', 'Police detained 30 protesters in St. Petersburg, the Moscow Times reported.', 'COERCE', 'detained', 'moscow times', 'Saint Petersburg'],
];

for (const [name, text, type, trigger, wanted, place] of OUTLET_SOURCE) {
  test(`${name}: ${text}`, { timeout: 60_000 }, () => {
    const events = code(text);
    const e = events.find((x) => x.type === type && x.trigger.text.includes(trigger));
    assert.ok(e, `no ${type} "${trigger}" in ${show(events)}`);
    assert.ok(source(e.provenance.source).includes(wanted), `source: ${show(events)}`);
    if (place !== '*') assert.equal(e.location?.name ?? '', place, `place: ${show(events)}`);
  });
}

// [class, sentence]: no event (a company's own business is no political act)
const NONE: Array<[string, string]> = [
  ['labour dispute (one side only)', 'The company hired a new chief executive.'],
  ['plural title of a body (one person meets nobody)', 'The leader of Hamas met in Cairo on Monday.'],
];

for (const [name, text] of NONE) {
  test(`${name}: no event in ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(show(code(text)), '[]');
  });
}

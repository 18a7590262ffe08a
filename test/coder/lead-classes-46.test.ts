import { coderPublishedOn, expectAll, expectCodes, expectNone } from './class-fixture.ts';

// Session 46 classes of the lead's, on texts written for this file. 10 March 2026 is a Tuesday.
const code = coderPublishedOn('2026-03-10');

// A region's one-word name closing a titled person's name is that person's family name (resolve/places.ts with
// name-particle.ts): "Former Prime Minister Moussa Mara" is no one in Tanzania's Mara region, and the title takes no
// country from it. The region named as a place stays.
expectCodes(code, 'a region closing a titled name is a family name', [
  ['Former Prime Minister Moussa Mara was detained on Monday.', 'detained', undefined, null],
  ['Police arrested former Interior Minister Ahmed Mara on Monday.', 'arrested', null, null],
  ['NAIROBI, Kenya — Police arrested opposition leader Joseph Mara on Monday.', 'arrested', 'KENCOP', 'KENOPP'],
]);
expectCodes(code, 'the region itself stays a place that codes its people', [
  ['Troops were deployed to Mara on Monday.', 'deployed', 'TZAMIL'],
  ['Police arrested ten protesters in Tanzania\'s Mara region on Monday.', 'arrested', 'TZACOP'],
  ['Police in Mara arrested ten protesters on Monday.', 'arrested', 'TZACOP'],
]);

// "called X a Y" names X; it is no telephone call (CAMEO 041). The parse may hang the predicate on the object as an
// apposition or on the verb as a bare nominal ("called Seoul the most hostile state", "called Israel a terrorist state
// on Monday"): a noun there that is no time ("this week", "Tuesday morning") makes the call a naming
// (extract/phone-call.ts).
expectNone(code, 'a naming is no phone call', 'CONSULT', [
  'Kim Jong Un called South Korea the most hostile state.',
  'Erdogan called Israel a terrorist state on Monday.',
  'The Venezuelan leader called the United States a criminal empire.',
  'Lukashenko called Poland the most aggressive state in Europe.',
]);
expectAll(code, 'a bare call with a time after its callee stays a call', [
  ['Merz called Macron this week.', ['CONSULT Merz > Macron']],
  ['Starmer called Trump Tuesday morning.', ['CONSULT Starmer > Trump']],
  ['Putin called Trump on Tuesday to discuss the war.', ['CONSULT Putin > Trump']],
]);

// A body described by a hyphened participle ("the London-based group", "the Geneva-based
// organisation") is still a definite description of a body told before (resolve/anaphor-phrases.ts); and "X-based" gives
// its country only to the role it describes, never to a noun after a verb ("the London-based group urged the
// authorities": not Britain's authorities, resolve/based-in.ts).
expectAll(code, 'a hyphened participle keeps a definite body an anaphor', [
  ['The London-based group urged the authorities to halt executions.', ['REQUEST The London-based group > authorities']],
  ['Human Rights Watch published a report on Monday. The New York-based group accused the army of killing civilians.', ['ACCUSE The New York-based group > army']],
  ['The Geneva-based organisation called on both sides to respect the truce.', ['REQUEST The Geneva-based organisation > both sides']],
]);
expectCodes(code, '"X-based" codes only the role it describes', [
  ['The London-based group urged the authorities to halt executions.', 'urged', undefined, null],
  ['The United States imposed sanctions on a Beijing-based firm.', 'imposed', undefined, 'CHNBUS'],
  ['Washington blacklisted two Dubai-based shipping companies on Monday.', 'blacklisted', undefined, 'AREBUS'],
]);

// An order of custody: a court ordering someone "held for 30 days", "held pending trial", or someone held "without
// charge" is the detention (PLOVER COERCE arrest; data/patterns/verbs.tsv). An order for a vote to be held is none.
expectAll(code, 'an order of custody is a detention', [
  ['A court in Belgrade ordered him held for 30 days.', ['COERCE court > him']],
  ['A judge ordered the two activists held pending trial.', ['COERCE judge > activists']],
  ['Security forces have held the opposition leader without trial for a year.', ['COERCE Security forces > the opposition leader']],
  ['A Moscow court ordered the journalist held until May.', ['COERCE Moscow court > the journalist']],
]);
expectNone(code, 'a vote or talks held is no custody', 'COERCE', [
  'The court ordered the vote held in May.',
  'The president held talks without preconditions.',
  'The electoral commission ordered the runoff held within 30 days.',
]);

// A running count in the perfect over a stretch that reaches now ("this year", "so far this year", "since January", "since
// the start of the year") is a generic statistic (coding guide rule 1), no act of one occasion; the parse may hang the
// stretch on the counted object ("has executed 1,000 people this year": data/lexicon/background-cues.tsv after-perfect,
// extract/tree-clauses/background-cue.ts). One occasion's count stays, as does a count since a day of the story's week.
expectNone(code, 'a running count this year is a statistic', 'ASSAULT', [
  'Iran has executed at least 1,000 people this year, according to a rights group.',
  'The army has killed at least 300 militants so far this year, officials said.',
  'Air strikes have killed more than 500 civilians since the start of the year, the UN said.',
]);
expectNone(code, 'a running count of arrests since a month is a statistic', 'COERCE', [
  'Police have arrested more than 2,000 protesters since January, the group said.',
  'Security forces have detained 700 people since March, rights groups say.',
  'Authorities have jailed dozens of journalists this year.',
]);
expectAll(code, 'one occasion\'s count stays', [
  ['Police have arrested 20 protesters since Tuesday, the group said.', ['COERCE Police > protesters']],
  ['Troops killed five militants in a raid on Monday, the army said.', ['ASSAULT Troops > militants']],
  ['The army said it had killed 40 militants so far in the operation.', ['ASSAULT it > militants']],
]);

// Calling a charge untrue is an explicit denial of it (coding guide rule 3, PLOVER REJECT). A gap in a pattern stops at a
// preposition, so the charge's own "against X" phrase hid the denial rows ("said the accusations against the envoy
// were unfounded"): data/patterns/extra-verbs.tsv has them with "against" spelled out. A charge called serious is none.
expectAll(code, 'a charge against someone called untrue is a denial', [
  ['The foreign ministry said the accusations against the envoy were unfounded.', ['REJECT']],
  ['The army called the allegations against its troops baseless.', ['REJECT']],
  ['The party dismissed the charges against its leader as politically motivated.', ['REJECT']],
]);
expectNone(code, 'a charge against someone called serious is no denial', 'REJECT', [
  'Prosecutors said the charges against the former minister were serious.',
  'The court said the case against him would proceed.',
  'The lawyer said the charges against his client carried a ten-year sentence.',
]);

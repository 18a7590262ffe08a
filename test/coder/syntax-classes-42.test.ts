import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectAll, expectCodes as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 42 classes of the tree, headlines, kickers and clause dates, each on texts written for this file, with
// negatives that must keep their coding. 9 June 2025 is a Monday. Each headline is a single line with no final stop,
// coded as a text of its own.
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);
const dateOf = (text: string, trigger: string) => find(code(text), trigger).date;

// "On 12 May shelling killed five civilians", "On March 3 attacking forces overran the town": an opening date with no
// comma, then an -ing word. The parse made the date or the -ing word the root (the main verb a modifier, "May" even a
// modal), so the act was lost or lost its object. The words after the -ing word decide its reading: a finite verb
// right after it makes it a noun, that verb's subject; a noun phrase and then a finite verb make it the noun's
// modifier; after a subject before the date it is a participle with its object (tree-repair/dated-ing-word.ts). A
// gerund the tagger left a VERB is an act as a subject (tree-roles/instrument-subject.ts), and "12 May" is the month
// (extract/modality.ts).
expectAll(code, 'an -ing noun after an opening date is the subject', [
  ['On 12 May shelling killed five civilians in Kharkiv.', ['ASSAULT null > civilians']],
  ['On Friday shelling killed 12 people in Idlib.', ['ASSAULT null > people']],
  ['On 9 May bombing killed 14 people in Idlib.', ['ASSAULT null > people']],
]);
expectAll(code, 'an -ing word before a noun after an opening date describes it', [
  ['On March 3 attacking forces overran the town.', ['ASSAULT forces > the town']],
]);
test('the -ing word and its noun are the subject, the date the verb\'s', T, () => {
  const e = find(code('On 3 March advancing troops seized the airport.'), 'seized');
  assert.ok(e.rules.includes('tree-repair:dated-ing-word'), e.rules.join(' '));
  assert.equal(e.date?.value, '2025-03-03');
});
expectAll(code, 'after a subject and a date, the -ing word is the subject\'s act', [
  ['Police on Friday arresting the protesters beat a journalist.', ['ASSAULT Police > journalist']],
]);
test('the dated opening dates the act', T, () => {
  assert.equal(dateOf('On 12 May shelling killed five civilians in Kharkiv.', 'killed')?.value, '2025-05-12');
  assert.equal(dateOf('On Friday shelling killed 12 people in Idlib.', 'killed')?.value, '2025-06-06');
});
// an -ing word before a determiner is a verb with its object, and keeps its parse; a comma ends the date
expectAll(code, 'an opening participle clause keeps its reading', [
  ['On March 3 storming the town, troops killed three people.', ['ASSAULT troops > people']],
  ['On Friday, shelling killed 12 people in Idlib.', ['ASSAULT null > people']],
]);
// a toll since a date is a record, with the comma or without it (as it was with the comma)
expectNone('a toll since a date is no one act', 'ASSAULT', ['Since June 4 fighting has killed dozens of people.', 'Since June 4, fighting has killed dozens of people.']);
expectNone('a modal "may" after a number stays a modal', 'ASSAULT', ['Officials said 12 may have died in the shelling.']);

// "Russia, Ukraine swap prisoners", "Israel, Hamas exchange bodies": two names joined by a comma (a headline's "and")
// are a plural subject, so the bare form after them agrees as the headline's verb, though the tagger read it as a
// noun ("swap", "exchange"); the re-tagging tried it only after a plural noun (extract/verb-reading.ts
// commaJoinedBefore, retag-verb.ts 'joined'). The comma-joined repair then makes the first name the subject.
expectCodes('a verb after comma-joined names is the headline\'s', [
  ['Russia, Ukraine swap prisoners', 'swap', 'RUS'],
  ['Israel, Hamas exchange bodies', 'exchange', 'ISR'],
  ['Armenia, Azerbaijan exchange prisoners of war', 'exchange', 'ARM'],
  ['China, Philippines trade blame over collision', 'trade', 'CHN'],
  ['Sudan, Chad trade accusations', 'trade', 'SDN'],
]);
// a noun compound after the names, and a word that follows a noun, stay as they were
expectCodes('a verb after a noun stays the verb', [['Thailand, Cambodia exchange fire along border', 'exchange fire', 'THA']]);
expectNone('a swap that is a noun is no release', 'RETREAT', ['Russia, Ukraine swap talks stall', 'Israel, Hamas exchange deal in doubt']);

// "Police on Sunday arrested two men who had attacked a mosque": a relative clause in the pluperfect tells an act done
// before the sentence's, so the sentence's day does not date it, nor does the story's; only a date in its own clause
// does (the dev gold leaves such acts undated: the coder's "reported" day). A lead's date inside such a clause is not
// the story's day either (core/pluperfect-relative.ts).
test('a pluperfect relative act takes no date of the main clause', T, () => {
  for (const [text, trigger] of [
    ['Police on Sunday arrested two men who had attacked a mosque.', 'attacked'],
    ['Troops on Saturday freed 20 villagers who had been kidnapped by gunmen.', 'kidnapped'],
    ['Soldiers on Friday recaptured the town that rebels had seized.', 'seized'],
  ] as const) {
    const date = dateOf(text, trigger);
    assert.equal(date?.precision, 'reported', `${text}: ${JSON.stringify(date)}`);
  }
  assert.equal(dateOf('Police on Sunday arrested two men who had attacked a mosque.', 'arrested')?.value, '2025-06-08');
});
test('a pluperfect relative act keeps its own date, which is not the main act\'s', T, () => {
  assert.equal(dateOf('Police on Sunday arrested two men who had attacked a mosque last week.', 'attacked')?.value, '2025-06-02');
  assert.equal(dateOf('The army freed the villagers who had been kidnapped on Tuesday.', 'kidnapped')?.value, '2025-06-03');
  assert.notEqual(dateOf('The army freed the villagers who had been kidnapped on Tuesday.', 'freed')?.value, '2025-06-03');
});
test('a set-off pluperfect relative dates its act by its own date, the main act by its', T, () => {
  const text = 'The soldiers, who had been abducted in March, were freed on Sunday.';
  assert.equal(dateOf(text, 'abducted')?.value, '2025-03');
  assert.equal(dateOf(text, 'freed')?.value, '2025-06-08');
});
// a relative clause in the simple past, and a reported pluperfect, keep the sentence's day
test('a simple past relative and a reported pluperfect keep their dates', T, () => {
  assert.equal(dateOf('On Sunday, police arrested two men who attacked a checkpoint.', 'attacked')?.value, '2025-06-08');
  assert.equal(dateOf('On Sunday, Ukraine said its forces had liberated the village of Lypky.', 'liberated')?.value, '2025-06-08');
});

// "Analysis: Russia pounds Kharkiv", "UPDATE 2-...", "Opinion | ...": a kicker opening a headline is no word of its
// sentence; read with it, the parse made the label the root and the news its apposition. Only the label is blanked
// (data/lexicon/page-furniture.tsv kind `kicker`, nlp/page-furniture.ts), and the line is read.
expectAll(code, 'a headline\'s kicker is no part of its sentence', [
  ['Analysis: Russia pounds Kharkiv as talks stall', ['ASSAULT Russia > Kharkiv']],
  ['Opinion | Police arrest 40 activists in Dhaka', ['COERCE Police > activists']],
  ['Breaking: Israeli jets strike Beirut suburbs', ['ASSAULT Israeli jets > Beirut suburbs']],
  ['Analysis - Kenyan police fire tear gas at protesters', ['ASSAULT Kenyan police > protesters']],
]);
expectCodes('a kicker is no actor; a quoted headline\'s speaker is', [
  ['Exclusive: Iran sends missiles to Russia', 'sends', 'IRN'],
  ['\'We reject the plan,\' Pakistan says', 'reject', 'PAK'],
]);
// a hyphened word is no kicker, and a line of links ("WATCH: ...") stays page furniture
expectNone('a hyphened word is no kicker', 'ASSAULT', ['Live-fire drills anger villagers']);
expectNone('a video link stays furniture', 'ASSAULT', ['WATCH: Police fire tear gas at protesters']);

// "Haiti: Gangs storm police station": a headline opening with a country and a colon tells its news after the colon;
// read as one sentence the country was the root and the verb a noun (a capitalised word after a colon is a name to
// the word tagger). The colon ends a sentence for the tagger (nlp/headline-locator.ts); the country still places the
// news as a label does. A town's name, or a first-person clause (the name's own words), keeps one sentence.
expectCodes('a headline\'s country and colon head its news', [
  ['Haiti: Gangs storm police station in Mirebalais', 'storm', 'HTICRM'],
  ['Mali: Jihadists attack army base near Timbuktu', 'attack', 'MLIREB'],
  ['Kenya: Police arrest 20 protesters in Nairobi', 'arrest', 'KENCOP', 'KENOPP'],
]);
test('a town\'s label keeps its place, a first-person clause its sentence', T, () => {
  assert.equal(find(code('Gaza: Israeli strikes kill 30 people'), 'kill').location?.name, 'Gaza');
  assert.equal(find(code('Iran: We will retaliate against Israel'), 'retaliate').location?.name, 'Iran');
});

// "Opposition leader arrested in Tanzania", "Three activists abducted in Bamako, rights group says": a headline's
// passive done to people is the day's news, though no date or town is stated (core/dated-events.ts), and an -ed word
// the word tagger read as a noun is a past form for the headline's passive (tree-repair/headline-grammar.ts).
expectAll(code, 'a passive headline is news', [
  ['Opposition leader arrested in Tanzania', ['COERCE null > Opposition leader']],
  ['Protesters beaten in Belarus', ['ASSAULT null > Protesters']],
  ['Three activists abducted in Bamako, rights group says', ['ASSAULT null > activists']],
]);
expectNone('a passive headline of no act on people stays none', 'ASSAULT', ['Brazil hit hardest by floods']);
expectNone('a passive in prose needs its date or town', 'COERCE', ['Opposition leaders have been arrested in Tanzania.']);

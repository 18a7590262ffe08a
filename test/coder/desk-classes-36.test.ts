import { coderPublishedOn, expectAll as expectAllCoded, expectCodes as expectCoded, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 36 classes of non-violent political reporting (diplomacy, sanctions, protests, courts), each on sentences
// written for this file, with negatives that must keep their coding. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAllCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "Canada asked India to waive their immunity, but New Delhi refused": a refusal verb that takes nothing and closes its
// clause refuses what was asked before (PLOVER REJECT); the row that wants an object dropped it
// (extract/bare-refusal.ts, data/lexicon/bare-refusals.tsv, rule roles:bare-refusal).
expectCodes('a bare refusal closing its clause is a REJECT', [
  ['Canada had asked India to waive the immunity, but New Delhi refused.', 'refused', 'IND'],
  ['Washington asked Turkey to extradite the cleric. Ankara refused.', 'refused', 'TUR'],
  ['Israel asked Egypt to open the crossing, but Cairo flatly refused.', 'refused', 'EGY'],
  ['The EU urged Serbia to free the officer. Belgrade refused on Friday.', 'refused', 'SRB'],
  ["Kosovo's prime minister refused, saying the crossings would stay closed.", 'refused', 'KSVGOV'],
]);
// "... but New Delhi refused": joined by "but" to a verb of asking, the refusal turns down the asker (its target;
// rule roles:bare-refusal-asker), not the one asked of a passive ("was offered"); and a rejection of charges is another
// act than a refusal by the same side (core/other-act-forms.ts), so the two are not merged.
expectCodes('a bare refusal joined to an asking turns down the asker', [
  ['Canada had asked India to waive the immunity, but New Delhi refused.', 'refused', 'IND', 'CAN'],
  ['Israel asked Egypt to open the crossing, but Cairo flatly refused.', 'refused', 'EGY', 'ISR'],
  ['The EU urged Hungary to lift its veto, but Budapest refused.', 'refused', 'HUN', 'IGOEUREEC'],
  ['The union was offered a pay rise on Monday, but its leaders refused.', 'refused', undefined, null],
]);
expectAll('a rejection of charges and a refusal by one side are two acts', [
  ['Ottawa rejected the accusations on Monday. India asked Canada to extradite the activists, but Ottawa refused.', ['REJECT Ottawa > null', 'REJECT Ottawa > India']],
]);
expectNone('a refusal with a complement or describing a noun is no bare refusal', 'REJECT', [
  'The minister refused to comment.',
  'Soldiers who refused were jailed.',
]);

// "failed on Monday to agree", "failed again to reach a deal": a negative cue's words may enclose an adverb or a time
// phrase; the act under it did not happen (extract/modality.ts pastInsertedModifier).
expectNone('a negative cue with a time phrase or adverb inside it: no agreement', 'AGREE', [
  'EU ministers failed on Monday to agree on new sanctions against Iran.',
  'The two sides failed again to reach a deal.',
]);
expectNone('a negative cue with a time phrase inside it: no sanction', 'SANCTION', [
  'Parliament failed last week to approve sanctions on Russia.',
]);
expectAll('a cue closed by a comma leaves the next clause alone', [
  ['The talks failed on Monday, and the two sides agreed to meet again.', ['AGREE']],
  ['The ceasefire failed in May, and rebels attacked the town on Monday.', ['ASSAULT']],
]);

// "Hungary is holding the bloc hostage": a body, a process or a text held hostage is a figure of speech for blocking it,
// no abduction (data/patterns/argument-senses.tsv, hold after budget|bloc|process|talk...).
expectNone('a body or process held hostage is no abduction', 'ASSAULT', [
  'The minister accused Hungary of holding the bloc hostage.',
  'Republicans are holding the budget hostage, the president said.',
  'Critics say the prime minister is holding the peace process hostage.',
  "Budapest has held Ukraine's accession talks hostage for months.",
]);
expectAll('people held hostage stay an abduction', [
  ['Gunmen held 20 aid workers hostage in the town.', ['ASSAULT']],
  ['Pirates held the crew hostage for two weeks.', ['ASSAULT']],
  ['Rebels held them hostage in order to win a ransom.', ['ASSAULT']],
]);

// "Moscow denied any role in the poisoning": denying a part in an act told is an explicit denial of an accusation
// (coding guide rule 3), as "denied involvement" (data/patterns/extra-verbs.tsv, deny * role|part|hand|link).
expectCodes('a denied role in an act is a REJECT', [
  ['Moscow denied any role in the poisoning.', 'denied', 'RUS'],
  ['Belgrade has denied any role in that attack.', 'denied', 'SRB'],
  ['Syria denied any part in the bombing.', 'denied', 'SYR'],
]);
expectCodes('denials that are no denied role keep their reading', [
  ['Rwanda has denied playing any part in the rebellion.', 'denied', 'RWA'],
  ['Iran denied having a hand in the attack on the tanker.', 'denied', 'IRN'],
  ['Israel denied the report.', 'denied', 'ISR'],
  ['Hamas denied any involvement in the attack.', 'denied', 'hamas'],
]);

// "The Kremlin condemned the proposed sanctions": a participle after a determiner modifies the act noun; it is no support
// verb lending the critic as the noun's actor (extract/noun-roles.ts PREMODIFIER_OPENERS).
expectNone('a critic is no actor of the proposed measure it criticises', 'SANCTION', [
  'The Kremlin condemned the proposed sanctions.',
  'China slammed the proposed tariffs as bullying.',
  'The Kremlin rejected the proposed sanctions as illegal.',
  'Beijing denounced the proposed tariffs.',
  'Ankara criticized the proposed arms embargo.',
]);
expectCodes('a verb that supports the measure keeps its actor', [
  ['The EU proposed new sanctions on Iran.', 'new sanctions', 'IGOEUREEC', 'IRN'],
  ['Washington imposed the proposed sanctions on Monday.', 'imposed', 'USA'],
  ['Tehran condemned the proposed U.S. sanctions.', 'sanctions', 'USA'],
]);

// "Police arrested impeached President Yoon": a participle of removal or custody right after a verb and before a titled
// person describes the person (data/lexicon/adjectival-participles.tsv, tree-repair/adjectival-participle.ts); it
// impeaches or ousts no one there.
expectNone('a removal participle before a titled person: no impeachment', 'ACCUSE', [
  'Police arrested impeached President Yoon on Wednesday.',
]);
expectNone('a removal or custody participle before a titled person: no coercion by the verb\'s subject', 'COERCE', [
  'The court sentenced ousted President Bazoum in absentia.',
  'Putin welcomed deposed Syrian leader Bashar al-Assad to Moscow.',
  'The junta released jailed opposition leader Ousmane Sonko on Friday.',
]);
expectAll('the finite verb of removal or custody keeps its reading', [
  ['The army ousted President Bazoum in July.', ['COERCE army > President Bazoum']],
  ['Parliament impeached President Yoon on Saturday.', ['ACCUSE']],
  ['Police detained protesters outside parliament.', ['COERCE Police > protesters']],
]);

// "made what he called a historic visit": the verb of a free relative opened by "what" inside a row's gap is no word of
// the row ("make * call" read "made what he called" as a phone call) (extract/pattern-trie.ts freeRelativeVerb).
expectNone('a free relative\'s verb is no word of the row', 'CONSULT', [
  'The party made what it called a final appeal to voters.',
  'The envoy made what he called a last call for calm.',
  'The president made what aides called a symbolic gesture toward Beijing.',
  'The ministry had what it called serious concerns about the vote.',
]);
expectAll('a call had with someone stays a consultation', [
  ['Trump had a call with Putin on Monday.', ['CONSULT Trump > Putin']],
]);

// "Zelenskyy met German Chancellor Friedrich Merz": where a known person's name holds its title ("Chancellor Olaf
// Scholz"), the nationality before it (tagged a name) is left out of the phrase; the tree hangs it in the object's own
// noun phrase, so the phrase is still the verb's direct object and a row that wants one keeps its event
// (extract/object-evidence.ts sameNounPhrase).
expectCodes('a nationality before a titled known person stays in the object', [
  ['Macron met German Chancellor Olaf Scholz.', 'met', 'FRAGOV', 'DEUELI'],
  ['Zelenskyy met German Chancellor Friedrich Merz in Berlin on Tuesday.', 'met', 'UKRGOV', 'DEUGOV'],
  ['Meloni met German Chancellor Olaf Scholz in Rome on Monday.', 'met', 'ITAGOV', 'DEUELI'],
]);
expectCodes('an object phrase that starts at its nationality keeps its reading', [
  ['Macron met Russian President Vladimir Putin.', 'met', 'FRAGOV', 'RUSGOV'],
  ['Macron met the German chancellor on Tuesday.', 'met', 'FRAGOV', 'DEUGOV'],
]);

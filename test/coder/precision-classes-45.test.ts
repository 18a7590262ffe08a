import { coderPublishedOn, expectAll as expectAllCoded, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 45 precision on political and conflict news: classes behind the false events of eighty articles written and
// hand-coded for the purpose (kept outside the repository). Every sentence here is written for this file; negatives of
// the same words are real events and must stay. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAllCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "Sevastopol fell in 1855, when French troops stormed the redoubt": an act in a when-clause on a clause (or a year)
// dated two or more years before the story is history told as the setting, no news (coding guide rule 1;
// background-cues.tsv where = dated-occasion, src/core/background.ts datedSettingCue). A when-clause of the story's
// own days, or of last year, stays an act.
expectNone('an act in a when-clause dated long before the story is history', 'ASSAULT', [
  'Sevastopol fell in 1855, when French troops stormed the Malakoff redoubt.',
  'The war ended in 1995 when NATO jets bombed Serb positions near Sarajevo.',
  'In 2014, when Russian troops seized Crimea, Kyiv protested.',
]);
expectNone('so for an arrest in such a when-clause', 'COERCE', [
  'The republic won its independence in 1991, when soldiers arrested the coup plotters in Moscow.',
]);
expectAll('a when-clause of the story\'s days, or of last year, stays an act', [
  ['Police opened fire when protesters stormed the parliament on Monday.', ['ASSAULT']],
  ['Hamas attacked Israel in October 2024, when gunmen stormed a festival.', ['ASSAULT Hamas > Israel']],
]);

// "Moscow was waging a hybrid war against Europe", "an information war against its voters": a war named by its means
// of words, pressure or rivalry is a figure for a long contest, no armed attack on an occasion (coding guide rule 1;
// PLOVER ASSAULT is the use of force; argument-senses.tsv war row for such modifiers). A war launched stays.
expectNone('a hybrid, information or cold war is no attack', 'ASSAULT', [
  'Russian officials said Moscow was waging a hybrid war against Europe.',
  'Poland accused Russia of waging an information war against its voters.',
  'The minister said Beijing was waging a propaganda war against Taipei.',
]);
expectAll('the accusation stays, and a war launched is an attack', [
  ['Poland accused Russia of waging an information war against its voters.', ['ACCUSE']],
  ['Russia launched a war against Ukraine on Thursday.', ['ASSAULT Russia > Ukraine']],
]);

// "the country has been in a state of war since 1948": a "state of" war or emergency that a subject is in, with a
// copula, is a condition held, as "under sanctions" is (src/extract/tree-clauses/under-state.ts isStateUnder), no act
// of declaring it. Declaring one stays the act (PLOVER COERCE, CAMEO 1724).
expectNone('a state of war or emergency one is in is no act', 'COERCE', [
  'Israel is a small country. The country has been in a state of war since 1948.',
  'Lebanon has been in a state of war with Israel for decades.',
  'Sudan has been in a state of emergency since the coup.',
  'Armenia says it is in a state of war with Azerbaijan.',
  // (already none before: a state one remains in)
  'Ecuador remains in a state of emergency after months of gang violence.',
]);
expectAll('a state of war or emergency declared stays', [
  ['The president declared a state of war on Monday after the attack.', ['COERCE']],
  ['The government declared a state of emergency in the capital on Sunday.', ['COERCE']],
]);

// "suggested that the president could \"meet them in the middle\" and announce a compromise": a bare verb joined to a
// verb with a modal, with no subject or auxiliary of its own, shares the modal however far it stands (the cue window
// before an act is six words): a possibility, no asserted act (src/extract/modality.ts conjunctModality). A finite
// second verb is the subject's own act.
expectNone('a bare conjunct of a modal verb is as possible as it', 'CONCEDE', [
  'The commerce secretary suggested that the president could "meet them in the middle" and announce a compromise as early as Wednesday.',
  'Aides said the prime minister might "take a step back on the budget" and offer a concession to the unions.',
]);
expectNone('so is a seizure after a far modal', 'ASSAULT', [
  'The minister said the army could cross the border in force and seize the town within days.',
]);
expectAll('a finite second verb stays the subject\'s act', [
  ['The president met the rebel leader on Monday and announced a compromise on the budget.', ['CONCEDE']],
]);

// "stormed the town, freeing more than 500 inmates from the local prison": attackers whose freeing names the inmates or
// the jail did not hold them; the freeing is what the attack did, a jailbreak, no release (PLOVER RETREAT is the
// holder's; src/core/freed-by-attackers.ts). A holder's release, or one in another sentence, stays.
expectNone('attackers freeing inmates in their attack are no release', 'RETREAT', [
  'Hundreds of gunmen stormed the northern town of Kayes on Sunday, freeing more than 300 inmates from the town jail.',
  'Rebels attacked the city of Bunia overnight and freed dozens of prisoners from its central prison, officials said.',
  'Militants raided the district of Kolofata on Friday, releasing 80 detainees from a police lockup.',
]);
expectAll('a holder\'s release stays', [
  ['The junta freed 20 political prisoners from the central prison on Monday.', ['RETREAT']],
  ['Rebels attacked an army post near Goma on Sunday. On Tuesday they freed 12 hostages.', ['RETREAT']],
]);

// "arrested dozens of young men on Thursday on suspicion of collaborating with the army": the charge of an arrest is
// part of it, no act of the arrested (PLOVER manual; src/core/charge-clause.ts), however many nominals the parse hangs
// it under, and through a participle of suspicion ("people suspected of"). A cooperation told as its own act stays.
expectNone('the charge of an arrest is no act of the arrested', 'COOPERATE', [
  'Rebels arrested dozens of young men in the town on Thursday on suspicion of collaborating with the army.',
  'Fighters had arrested dozens of young men on Sunday on suspicion of collaborating with the army, residents said.',
  'Gunmen arrested dozens of young men in the village on Friday on suspicion of collaborating with the police, witnesses said.',
  // (already none before: the parse hangs the charge nearer)
  'Militiamen arrested dozens of young men near the camp on Friday on suspicion of working with the rebels.',
]);
expectAll('a cooperation of its own stays', [
  ['Police arrested the governor on Monday, and on Tuesday the army collaborated with the rebels in an attack.', ['COOPERATE', 'COERCE']],
]);

// "police arrested 12 people suspected of supplying the militants with food": what a reduced participle of suspicion
// on the arrested names is the grounds of the arrest, no act of theirs (src/core/charge-clause.ts); an attack so named
// is an incident the story tells (coding guide rule 5), and a relative clause with its own accuser ("diplomats it
// accused of spying") is that accuser's charge: both stay. Lead's merge, session 45.
expectNone('the grounds of an arrest named by "suspected of" are no act', 'AID', [
  'Islamic State fighters attacked an army base near Bosaso on Sunday. In Garowe, police arrested 12 people suspected of supplying the militants with food.',
  'Al-Shabaab fighters attacked a checkpoint on Friday. Kenyan police arrested six men suspected of providing food to al-Shabaab.',
  'JNIM fighters attacked a convoy on Friday. Soldiers detained five traders suspected of supplying fuel to JNIM.',
]);
expectAll('an attack the arrested are suspected of, or a relative clause\'s own charge, stays', [
  ['Police arrested three men suspected of attacking a police station in Peshawar.', ['ASSAULT three men > a police station']],
  ['Russia expelled two diplomats it accused of spying.', ['ACCUSE it > diplomats']],
  ['Kenya shut down the newspaper, which it accused of inciting violence.', ['ACCUSE']],
]);

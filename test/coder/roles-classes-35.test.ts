import { coderPublishedOn, expectAll, expectCodes as expectCoded, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 35 classes of who did it to whom, each on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "Congo said Rwanda had sent troops ... Kinshasa accused it of ...": a capital standing for its state (or that
// state's own official) is bound to the state's every name, so the object pronoun never takes up that state (it took
// Congo up and the target was dropped as the actor's own) but the other party; a plural object pronoun no longer
// takes up the capital's own diplomats (resolve/anaphora.ts sameState).
expectCodes('a capital acting on a pronoun object: the pronoun is the other state', [
  ['Congo said Rwanda had sent troops across the border. Kinshasa accused it of backing the rebels.', 'accused', 'COD', 'RWA'],
  ['Poland said Belarus had pushed migrants across the border. Warsaw accused it of waging a hybrid war.', 'accused', 'POL', 'BLR'],
  ['South Korea said North Korea had fired two missiles. Seoul warned it of a stern response.', 'warned', 'KOR', 'PRK'],
  ['Ethiopia said Egypt had armed rebels in the region. Addis Ababa accused it of meddling.', 'accused', 'ETH', 'EGY'],
  ['China said the Philippines had rammed its ship. Beijing accused it of provocations.', 'accused', 'CHN', 'PHL'],
  ['Lithuania and Latvia expelled Russian diplomats on Monday. Moscow accused them of Russophobia.', 'accused', 'RUS', 'LTU'],
  ['Congo said Rwanda had sent troops across the border. President Tshisekedi accused it of backing the rebels.', 'accused', 'CODGOV', 'RWA'],
]);
expectCodes('a pronoun object the capital\'s state does not bind keeps its reading', [
  ['Ukraine said Russia had struck a power plant. Moscow accused it of lying.', 'accused', 'RUS', 'UKR'],
  ['Russia\'s ambassador to Israel criticised the vote on Monday. Moscow backed him on Tuesday.', 'backed', 'RUS', 'RUSGOV'],
  ['Britain expelled a Russian diplomat on Monday. Moscow condemned it as a provocation.', 'condemned', 'RUS', null], // (session 45: its sentence names no doer, targets-classes-45)
]);

// "One of Russia's warships fired missiles at Odesa", "Russia said that one of its frigates fired cruise missiles":
// a part of a group opening its clause ("one of", "two of", "many of") and the verb after the "of" phrase. The parser
// read the verb as a describer of its object ("fired missiles"), hung it on the part word, or took part and whole for
// two subjects; the act lost its actor, or the actor its owner. The verb heads the clause with the part its subject
// and the whole the part's (extract/tree-repair/partitive-subject-verb.ts), and the role readers take the whole's side.
expectCodes('a partitive subject: the whole\'s side acts', [
  ['One of Russia\'s warships fired missiles at Odesa on Monday.', 'fired', 'RUSMIL', 'UKR'],
  ['Russia said on Monday that one of its frigates fired cruise missiles at Ukrainian ports.', 'fired', 'RUSMIL', 'UKR'],
  ['Two of its warplanes dropped bombs on the village, the Israeli army said.', 'dropped', 'ISRMIL'],
  ['One of its submarines fired a cruise missile at a Ukrainian port, the Russian defence ministry said.', 'fired', 'RUSMIL', 'UKR'],
]);
expectAll(code, 'a partitive subject reads its verb\'s object', [
  ['Three of the soldiers fired shots at the crowd in Bamako on Monday.', ['ASSAULT soldiers > the crowd']],
]);
expectCodes('a partitive subject the parse read right keeps its reading', [
  ['Several of Hamas\'s gunmen opened fire on Israeli troops on Monday.', 'opened', 'hamas', 'ISRMIL'],
  ['Some of the protesters threw stones at police in Nairobi on Monday.', 'threw', 'KENOPP', 'KENCOP'],
  ['One of Iran\'s drones attacked a tanker in the Gulf on Monday.', 'attacked', 'IRNMIL'],
]);
expectNone('a part described by a participle is no subject of it', 'ASSAULT', [
  'One of the soldiers killed in the attack was a commander.',
  'Two of the men arrested on Sunday were released on Monday.',
]);

// "Its forces shot down 40 drones overnight, Ukraine's air force said": a possessive opening the sentence, with no one
// before it to take up, belongs to the coded speaker closing the sentence after a comma (resolve/trailing-owner.ts,
// rule anaphor:trailing-speaker-owner). A subject in the sentence before still takes it up first.
expectCodes('a possessive before its trailing speaker is the speaker\'s', [
  ['Its forces shot down 40 drones overnight, Ukraine\'s air force said on Monday.', 'shot', 'UKRMIL'],
  ['One of its drones hit a tanker in the Red Sea, the Houthis said on Monday.', 'hit', 'houthis'],
  ['Its warplanes struck a weapons depot in southern Lebanon, the Israeli military said on Monday.', 'struck', 'ISRMIL'],
]);
expectCodes('a possessive with a subject before it keeps that antecedent', [
  ['Russia launched 120 drones at Ukraine overnight. Its forces also fired missiles at Kharkiv, Ukraine\'s air force said.', 'fired', 'RUSMIL', 'UKR'],
]);
expectNone('an uncoded trailing speaker owns no possessive', 'ACCUSE', [
  'Its president condemned the attack, the ministry said on Monday.',
]);

// "The militant group, al-Shabab, said it attacked ...", "The rebels, the M23, said they had captured ...": a
// description with a name set off after it by commas is that name, and so is what takes the description up
// (resolve/apposed-antecedent.ts, rule anaphor:apposed-name); the name also closes a trailing speaker ("..., the group,
// Jama'at Nusrat al-Islam wal-Muslimin (JNIM), said", resolve/trailing-owner.ts).
expectCodes('a description with a name in apposition is that name', [
  ['The group, Jama\'at Nusrat al-Islam wal-Muslimin (JNIM), said it attacked an army post near Gao on Monday.', 'attacked', 'jnim', 'MLIMIL'],
  ['The militant group, al-Shabab, said it attacked a base near Mogadishu on Monday.', 'attacked', 'al-shabaab'],
  ['The rebels, the M23, said they had captured the town of Masisi on Monday.', 'captured', 'm23'],
  ['Its fighters attacked an army post near Gao on Monday, the group, Jama\'at Nusrat al-Islam wal-Muslimin (JNIM), said.', 'attacked', 'jnim'],
]);
expectCodes('a description with no name right after it stays unresolved', [
  ['The rebels, backed by Rwanda, said they had captured the town of Masisi on Monday.', 'captured', null],
]);

// "a spokesman for the army", "a spokesman for the police": a title's "for" body with no code of its own (the story
// gives its country) is whom the title speaks for, the army's not the government's (tree-roles/participants.ts
// titleOfGroup, rule roles:tree-title-of); a person named in apposition after it keeps that reading.
expectCodes('a spokesman for a bare body speaks for that body', [
  ['Militants attacked a base near Gao in Mali on Sunday. A spokesman for the army accused the rebels of attacking civilians on Monday.', 'accused', 'MLIMIL', 'MLIREB'],
  ['Militants attacked a base near Gao in Mali on Sunday. A spokesman for the army, Col. Ibrahim Ali, accused the rebels of attacking civilians on Monday.', 'accused', 'MLIMIL'],
  ['Protesters blocked roads in Lagos on Sunday. A spokesman for the police accused the protesters of looting shops on Monday.', 'accused', 'NGACOP', 'NGAOPP'],
]);
expectCodes('a title for a country or a coded body keeps its reading', [
  ['Houthi rebels fired a missile at a ship on Sunday. The UN envoy for Yemen condemned the attack on Monday.', 'condemned', 'IGOUNO'],
  ['A spokesman for the Malian army accused the rebels of attacking civilians on Monday.', 'accused', 'MLIMIL'],
]);

// "Russia's shelling of Kharkiv", "Israel's airstrikes on Gaza", "Turkey's bombardment": a country's possessive before
// an act of armed force names its military, exactly as the demonym convention of session 34 ("Russian shelling";
// the lead's convention; data/lexicon/military-act-nouns.tsv, resolve/role-country.ts possessorOfArmedAct, rule
// actor:possessor+military-act). A civil act stays the country; a city's possessive is no doer.
expectCodes('a country\'s possessive before an act of armed force is its military', [
  ['Russia\'s shelling of Kharkiv killed five civilians on Monday.', 'shelling', 'RUSMIL', 'UKR'],
  ['Israel\'s airstrikes on Gaza killed 30 people on Monday.', 'airstrikes', 'ISRMIL'],
  ['Turkey\'s bombardment of Kurdish villages wounded six people on Sunday.', 'bombardment', 'TURMIL'],
  ['Iran\'s missile attack on Israel caused little damage, officials said on Monday.', 'missile attack', 'IRNMIL', 'ISR'],
  ['Ukraine condemned Russia\'s relentless shelling of Kharkiv on Monday.', 'condemned', 'UKR', 'RUSMIL'],
]);
expectCodes('a country\'s possessive before a civil act stays the country', [
  ['Russia\'s sanctions on Western firms took effect on Monday.', 'sanctions', 'RUS'],
  ['China\'s sanctions on three U.S. defence firms took effect on Monday.', 'sanctions', 'CHN'],
  ['Russia\'s cyber attack on Ukrainian banks disrupted payments on Monday.', 'cyber attack', 'RUS'],
]);

// "The Afghan side accused ...", "the Russian side rejected ...": a demonym before the definite "side" is that
// state's government, as "the Russian delegation" is (data/lexicon/nationals.tsv row "the side"); "the Lebanese
// side of the border" is ground, no party (resolve/role-country.ts: no definite row before "of").
expectCodes('"the <demonym> side" is that state\'s government', [
  ['The Afghan side accused Pakistan of shelling border villages on Monday.', 'accused', 'AFGGOV', 'PAK'],
  ['The Russian side rejected the proposal on Monday.', 'rejected', 'RUSGOV'],
  ['The Chinese side urged Japan to stop provocations on Monday.', 'urged', 'CHNGOV', 'JPN'],
]);
expectCodes('"the <demonym> side of" a place is no party', [
  ['The Lebanese side of the border was shelled on Monday.', 'shelled', null, null],
]);

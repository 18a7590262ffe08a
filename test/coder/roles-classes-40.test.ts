import { coderPublishedOn, expectAll, expectCodes as expectCoded } from './class-fixture.ts';

// Session 40 classes of who did it to whom, each on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "Puntland's president", "the chief minister of Sindh", "the president of Iraq's Kurdistan Region": a region's head
// was the bare title ("president", with the story's country, or none), or the country's own president ("The president
// of Iraq"), and a quarrel of the central government with it lost its target as the government itself. A region's head
// (data/lexicon/regional-heads.tsv) owned by a region's name is now an official of the region's country, as a town's
// mayor or governor is, and that official's phrase spans the title with its place ("governor of Texas", not
// "governor"): resolve/town-officials.ts, rule actor:town-official; the tree keeps the official whole
// (tree-roles/participants.ts).
expectAll(code, 'a region\'s head spans its title and its region', [
  ['Somalia\'s government accused Puntland\'s president of treason on Monday.', ['ACCUSE Somalia\'s government > Puntland\'s president']],
  ['Jubaland\'s president rejected the federal election law on Tuesday.', ['REJECT Jubaland\'s president > null']],
  ['The president of Iraq\'s Kurdistan Region met the U.S. ambassador in Erbil on Monday.', ['CONSULT president of Iraq\'s Kurdistan Region > U.S. ambassador']],
  ['The chief minister of Sindh accused the federal government of neglect on Monday.', ['ACCUSE chief minister of Sindh > null']],
  ['The governor of Texas criticized the Mexican government on Monday.', ['ACCUSE governor of Texas > Mexican government']],
  ['The premier of Ontario criticized the United States on Monday.', ['ACCUSE premier of Ontario > United States']],
  ['The governor of Kursk region accused Ukraine of shelling a village on Monday.', ['ACCUSE governor of Kursk region > Ukraine']],
]);
expectCodes('a region\'s head is its country\'s government, another body than the capital', [
  ['Somalia\'s government accused Puntland\'s president of treason on Monday.', 'accused', 'SOMGOV', 'SOMGOV'],
  ['The premier of Ontario criticized the United States on Monday.', 'criticized', 'CANGOV', 'USA'],
  ['The president of Iraq\'s Kurdistan Region met the U.S. ambassador in Erbil on Monday.', 'met', 'IRQGOV', 'USAGOV'],
]);
// "accused the governor of Zamfara of arming vigilantes": the accusation's "of" gerund was read as the body the governor
// serves (the vigilantes, NGAUAF); a title's "of" that heads a verb names no body (tree-roles/participants.ts titleOfGroup)
expectCodes('an accused official keeps its office, not the act it is accused of', [
  ['The Nigerian government accused the governor of Zamfara of arming vigilantes on Monday.', 'accused', 'NGAGOV', 'NGAGOV'],
]);
expectAll(code, 'an accused official spans its office only', [
  ['The Nigerian government accused the governor of Zamfara of arming vigilantes on Monday.', ['ACCUSE Nigerian government > governor of Zamfara']],
  ['The Kenyan government accused the governor of Mombasa of funding protesters on Monday.', ['ACCUSE Kenyan government > governor of Mombasa']],
]);
// a country's own head, a town's mayor and a region several countries name keep their reading
expectAll(code, 'a country\'s head and a town\'s official keep their reading', [
  ['The president of Russia criticized NATO on Monday.', ['ACCUSE The president of Russia > NATO']],
  ['Russia\'s president accused the West of escalation on Monday.', ['ACCUSE Russia\'s president > the West']],
  ['Odesa\'s mayor criticized the government on Monday.', ['ACCUSE Odesa\'s mayor > null']],
]);
expectCodes('a country\'s head keeps its code', [
  ['Georgia\'s president criticized the ruling party on Monday.', 'criticized', 'GEOGOV'],
  ['Punjab\'s chief minister criticized Pakistan\'s election commission on Monday.', 'criticized', 'PAKGOV'],
]);

// "the U.S. defense chief", "the Pentagon chief": a title whose side depends on the country ("Nigeria's defence chief"
// is the Chief of Defence Staff, MIL; the United States' is its civilian secretary) was coded MIL for every country, and
// "Pentagon chief" took the department's USAMIL. A table gives such a title's side per country
// (data/actors/country-title-roles.tsv, resolve/country-title-roles.ts, rule actor:country-title-role); "chief of
// staff" after its force ("military chief of staff") is one title (data/actors/roles.tsv).
expectCodes('a title\'s side by its country', [
  ['The U.S. defense chief met Philippine officials in Manila on Monday.', 'met', 'USAGOV', 'PHLGOV'],
  ['The Pentagon chief met his Chinese counterpart in Singapore on Saturday.', 'met', 'USAGOV', 'CHNGOV'],
  ['Taiwan\'s defence chief criticized China on Monday.', 'criticized', 'TWNGOV', 'CHN'],
  // the armed forces' heads and the civil ministers keep their sides
  ['Nigeria\'s defence chief threatened the bandits on Monday.', 'threatened', 'NGAMIL'],
  ['Sudan\'s army chief rejected the truce on Monday.', 'rejected', 'SDNMIL'],
  ['Kenya\'s interior minister banned protests on Monday.', 'banned', 'KENGOV'],
  ['Israel\'s defense minister threatened Hezbollah on Monday.', 'threatened', 'ISRGOV'],
  ['The Pentagon accused Iran of attacking a drone on Monday.', 'accused', 'USAMIL'],
]);
expectAll(code, 'a chief of staff after its force is one title', [
  ['Israel\'s military chief of staff threatened Hezbollah on Monday.', ['THREATEN Israel\'s military chief of staff > Hezbollah']],
  ['The Indian army chief of staff visited troops in Kashmir on Monday.', ['CONSULT Indian army chief of staff > troops']],
]);

// "Officers tracked the gunman ... Police arrested him": "him" took up the plural "Officers" (a titled role), so the
// arrested man was coded as the army; "The president met a Chinese envoy. He urged him": "He" took up the envoy (a
// named person outranked the titled subject) and "him", a verb's object before an infinitive, was read as a subject.
// A singular pronoun takes up one person only, a sentence's opening "he" goes on with the subject before, and
// "him"/"them" before "to" stay their verb's objects (resolve/anaphora.ts, resolve/anaphor-clause.ts).
expectCodes('an object pronoun takes up the object before it', [
  ['Officers tracked the gunman to a hotel in Mombasa. Police arrested him on Tuesday.', 'arrested', 'KENCOP', null],
  ['Agents traced the hacker to a flat in Kyiv. Ukrainian police detained him on Friday.', 'detained', 'UKRCOP', null],
  ['The president met a Chinese envoy in Nairobi on Monday. He urged him to press Russia for a ceasefire.', 'urged', undefined, 'CHNGOV'],
]);
expectAll(code, 'he goes on with the subject, him with the object', [
  ['The president met a Chinese envoy in Nairobi on Monday. He urged him to press Russia for a ceasefire.', ['REQUEST He > him']],
  ['Witnesses saw the bomber near the market in Kano. Soldiers shot him dead on Sunday.', ['ASSAULT Soldiers > him']],
]);
// an antecedent that is one person with a code keeps it
expectCodes('a coded antecedent keeps its code', [
  ['Police detained a Ugandan opposition lawmaker at the border. A court later charged her with incitement.', 'charged', undefined, 'UGAOPP'],
  ['Israeli troops surrounded a Hamas commander in Jenin on Monday. They killed him after a firefight.', 'killed', 'ISRMIL', 'hamas'],
]);

// "DUBAI (Reuters) - Iran's judiciary sentenced ... The government accused him": a story filed from a desk abroad took
// the dateline's country for its bare roles (the government was the UAE's, the police of a Zimbabwe story South
// Africa's), and a desk's story whose lead placed its news abroad had none at all. A lead that names actors of states,
// none the dateline's, and places none of its news at the dateline makes its first actor's state the story's
// (core/article-country.ts abroadLeadCountry); the dateline counts as no story place then.
expectCodes('a desk abroad reports another state\'s story', [
  ['DUBAI, June 9 (Reuters) - Iran\'s judiciary sentenced a French citizen to eight years on Monday.\n\nThe government accused him of spying for Israel.', 'accused him', 'IRNGOV'],
  ['JOHANNESBURG, June 9 (Reuters) - Zimbabwe\'s government banned opposition rallies on Monday.\n\nPolice said they would arrest anyone who defied the ban.', 'arrest', 'ZWECOP'],
  ['NAIROBI, June 9 (Reuters) - Ethiopia declared a state of emergency in Amhara on Monday.\n\nPolice arrested dozens of protesters in the region, witnesses said.', 'arrested', 'ETHCOP'],
]);
// a story at home, a lead naming no state, and a lead placing the news at the dateline keep the dateline's country
expectCodes('a story at home keeps its dateline\'s country', [
  ['NAIROBI, June 9 (Reuters) - Police fired tear gas at protesters on Monday.', 'fired', 'KENCOP'],
  ['LONDON, June 9 (Reuters) - Police arrested three protesters outside parliament on Monday.', 'arrested', 'GBRCOP'],
  ['MOSCOW, June 9 (Reuters) - Ukrainian drones struck an oil depot in the Bryansk region on Monday.\n\nThe government accused Kyiv of terrorism.', 'accused', 'RUSGOV', 'UKR'],
  ['NAIROBI, June 9 (Reuters) - Police fired tear gas at protesters in Mogadishu on Monday.', 'fired', 'SOMCOP'],
]);

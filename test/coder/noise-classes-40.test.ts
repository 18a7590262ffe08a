import { coderPublishedOn, expectAll, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 40 classes of soft news (disasters, games, obituaries, opinion) whose conflict-sounding words made false
// events, each on sentences written for this file, with negatives of the same words that are real events and must stay.
// 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "The governor declared a state of emergency" in a wildfire story: the disaster is told in another sentence, so the
// sentence-side row never saw it and the emergency was coded COERCE. The story's words now decide (argument-senses.tsv
// `emergency article` rows, src/core/sense-story.ts): a disaster story's emergency restricts no one (PLOVER COERCE
// ambiguities), unless the story also tells of unrest or armed violence.
expectNone('an emergency declared in a disaster story is no coercion', 'COERCE', [
  'Floodwaters rose across the province after days of heavy rain.\n\nThe prime minister declared a state of emergency on Monday.',
  'The earthquake destroyed hundreds of buildings in the south of the country.\n\nPresident Erdogan declared a three-month state of emergency in ten provinces on Tuesday.',
  'A wildfire has burned 5,000 acres of forest near the town.\n\nGovernor Kathy Hochul declared a state of emergency on Sunday and sent 100 National Guard troops to the area.',
]);
expectAll(code, 'an emergency in a story of unrest, or with no disaster told, stays coercion', [
  ['Thousands of protesters clashed with police in the capital over the weekend, and floods hit the north.\n\nThe government declared a state of emergency on Monday.', ['PROTEST protesters > police', 'COERCE government > null']],
  ['The president declared a state of emergency on Monday.', ['COERCE The president > null']],
  ['A wildfire has burned 5,000 acres of forest near the town.\n\nGovernor Kathy Hochul declared a state of emergency on Sunday and sent 100 National Guard troops to the area.', ['MOBILIZE Governor Kathy Hochul > null']],
]);

// "approved a major disaster declaration", "freeing up federal funds for recovery": a government's own finding of a
// disaster is no accord signed (SUPPORT 057), and its own money released for spending no easing of sanctions (RETREAT
// 085); argument-senses.tsv rows `declaration before` and `free after`.
expectNone('a disaster declaration is no accord', 'SUPPORT', [
  'President Joe Biden approved a major disaster declaration for the state on Friday.',
  'The governor signed an emergency declaration for six counties on Monday.',
  'The White House approved a disaster declaration for Puerto Rico on Sunday.',
]);
expectNone('a government\'s own funds freed are no easing', 'RETREAT', [
  'The government freed up federal funds for the recovery on Monday.',
  'The Treasury freed up emergency funds for farmers hit by the drought on Tuesday.',
  'The decision frees up public funds for rebuilding schools, the ministry said on Friday.',
]);
expectAll(code, 'a joint declaration signed and frozen foreign funds freed stay', [
  ['Japan and India signed a joint declaration on Monday.', ['AGREE Japan > null']],
  ['The United States freed up $6 billion of frozen Iranian funds on Monday.', ['CONCEDE United States > Iranian']], // (CONCEDE since plover-47: an eased sanction, CAMEO 085)
]);

// "In the multiplayer mode, soldiers battle for the map", "In the show's finale, the president ordered air strikes":
// a game's mode is a work whose story is told (clause-cues.tsv fiction-work: mode, multiplayer, gameplay, trailer,
// finale, ...), and a part a work owns ("the film's final act", "the novel's opening chapter") sets the act inside that
// work as the work itself does (src/extract/tree-clauses/fiction-frame.ts, rule candidate:inside-a-work-of-fiction).
expectNone('an act set in a game mode or in a part of a work is fiction', 'ASSAULT', [
  'In the multiplayer mode, teams of soldiers battle for control of maps based on real locations.',
  'In the show\'s finale, the president ordered air strikes on the rebel camps.',
  'In the film\'s final act, soldiers fired on the crowd in the square.',
  'In the trailer, commandos raided a compound in Syria and killed a militant leader.',
  'In the novel\'s opening chapter, rebels ambushed a convoy near the border.',
]);
expectAll(code, 'an act set in a campaign or an offensive of a war stays', [
  ['In the campaign, Russian troops stormed the town of Avdiivka on Monday.', ['ASSAULT Russian troops > the town of Avdiivka']],
  ['In the offensive\'s first week, rebels captured the town of Kidal.', ['ASSAULT rebels > the town of Kidal']],
  ['Government troops and rebels battle for control of the northern city of Goma.', ['ASSAULT rebels > Goma']],
]);

// An obituary tells a life: "served in Vietnam, where his battalion was ambushed in 1968", "In 1995, he oversaw air
// strikes", "He later accused the Pentagon ...": background of the one who died (coding guide rule 1). A story that
// reports a death and marks itself an obituary (age at death, survivors) keeps only acts whose stated date is within a
// month of publication (src/core/obituary.ts, refiner obituary-life-story).
expectNone('an obituary\'s life story is background', 'ASSAULT', [
  'WASHINGTON (AP) - Retired Army General Robert Hale, who commanded U.S. troops in Bosnia, has died, his family said on Tuesday. He was 84.\n\nHale served in Vietnam, where his battalion was ambushed in 1968.\n\nIn 1995, he oversaw air strikes on Bosnian Serb positions around Sarajevo.\n\nHe is survived by his wife and two sons.',
  'Former Israeli army chief dies at 90\n\nThe general led the 1976 raid on Entebbe airport, in which commandos stormed the terminal and killed seven hijackers.\n\nHe died on Sunday in Tel Aviv.',
]);
expectNone('an obituary\'s old accusations are background', 'ACCUSE', [
  'WASHINGTON (AP) - Retired Army General Robert Hale has died, his family said on Tuesday. He was 84.\n\nHe later accused the Pentagon of ignoring the lessons of the Balkans.',
  'Former senator Ellen Marsh dies at 79\n\nIn 2005 she accused the Bush administration of misleading Congress about the war.\n\nShe died on Sunday at her home in Maine.',
]);
expectAll(code, 'news of the days of a death stays, and old acts in a story that is no obituary', [
  ['LAHORE (Reuters) - A former Pakistani minister died on Monday when gunmen opened fire on his car in Lahore, police said. He was 62.\n\nPolice arrested three suspects on Tuesday.', ['ASSAULT gunmen > his car', 'COERCE Police > three suspects']],
  ['Former senator Ellen Marsh dies at 79\n\nShe died on Sunday at her home in Maine.\n\nPolice arrested a man on Saturday who had broken into her office in Augusta, officials said.', ['COERCE Police > man']],
  ['The general, who commanded U.S. forces in 2019, accused the Pentagon on Monday of ignoring the lessons of Iraq.\n\nIn 2019, he oversaw air strikes on Iraqi positions.', ['ACCUSE The general > Pentagon', 'ASSAULT null > Iraqi positions']],
]);

// "Three years after Russia invaded Ukraine, the war has settled into ...": an act a span of years lies behind is the
// anniversary the news is measured from (background-cues.tsv where = anniversary, read by circumstanceCue in
// src/core/background.ts; rule candidate:tree-background:anniversary); "a day after", "two days after" date news.
expectNone('an act years behind the news is its anniversary', 'ASSAULT', [
  'Three years after Russia invaded Ukraine, the war has settled into a grinding contest.',
  'Twenty years since NATO bombed Belgrade, Serbia remains wary of the alliance.',
  'A decade after the United States invaded Iraq, the country remains deeply divided.',
]);
expectAll(code, 'an act days before the news stays', [
  ['The army attacked the town a day after rebels seized it.', ['ASSAULT army > the town', 'COERCE rebels > it']],
  ['Police arrested 300 people on Monday, a week after the protests began.', ['COERCE Police > people']],
]);

// "Russia fires about 10,000 artillery shells a day": a rate is a statistic of a practice, no act on an occasion
// (coding guide rule 1; background-cues.tsv where = rate, src/extract/tree-clauses/background-cue.ts rateCue, also on a
// rate the parse hangs on the object; rule candidate:tree-background:a day).
expectNone('a rate of acts is a statistic', 'ASSAULT', [
  'Russia fires about 10,000 artillery shells a day, according to Western estimates.',
  'The army fired some 2,000 rockets a day at the city during the siege, the monitor said.',
]);
expectNone('a rate of detentions is a statistic', 'COERCE', ['Security forces detain about 300 people a week in the capital, the rights group said.']);
expectAll(code, 'shells fired on a day stay', [
  ['Russia fired 10,000 artillery shells on Monday, according to Western estimates.', ['ASSAULT Russia > null']],
]);

// "It also means tightening sanctions on Russian oil", "Deterring Moscow means deploying more troops": an act named as
// what something means or requires is a prescription, no act done (argument-senses.tsv `* governor mean|require|...`).
expectNone('an act something means or requires is no act', 'SANCTION', ['It also means tightening sanctions on Russian oil.']);
expectNone('troops something means deploying are no deployment', 'MOBILIZE', ['Deterring Moscow means deploying more troops to the Baltic states.']);
expectAll(code, 'an act begun or done stays', [
  ['The European Union tightened sanctions on Russian oil on Monday.', ['SANCTION European Union > Russian']],
  ['The army began deploying troops to the Baltic states on Monday.', ['MOBILIZE army > null']],
]);

// "A ceasefire on Moscow's terms would reward aggression": an indefinite act noun that is the subject of would/could
// is imagined for its effects (core/hypothetical-subject.ts); the parse took "terms" for the subject and the act noun
// for an object standing before its verb, which an English object never does: such an "object" is read as the subject.
expectNone('an imagined act whose phrase holds a possessive is still imagined', 'RETREAT', [
  'A ceasefire on Moscow\'s terms would reward aggression and invite the next invasion.',
  'A truce on Hamas\'s terms would leave the group in charge of Gaza.',
]);
expectNone('an imagined strike is no attack', 'ASSAULT', ['A strike on Israel\'s air bases could widen the conflict across the region.']);
expectAll(code, 'a ceasefire that took effect or was accepted stays', [
  ['A ceasefire on Moscow\'s terms took effect on Monday.', ['RETREAT null > Moscow']],
  ['The rebels accepted a ceasefire on Moscow\'s terms on Monday.', ['AGREE The rebels > null']],
]);

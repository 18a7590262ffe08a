import { describe } from 'node:test';
import { table } from './non-events-table.ts';

// An act verb's sense by the class of what it acts on (argument-senses.tsv "object" rows, classes in
// data/lexicon/noun-classes.tsv): a task, a stage, time, a quality or an animal is hurt by no attack, killing or
// hitting; an idea attacked is criticised. Found by coding real web text never fitted (session 15 probe of UD
// English web documents: "have hit that comfortable stage", "the vet killed our pet", "flogging the issue",
// "demonstrated a number of instincts", "tried to charge us for two cleaning fees", "a road trip to Lisbon").
// Sentences written for this file.

describe('acts on an abstract or animal object', { timeout: 120_000 }, () => {
  table('a task, a stage, time or a point hit, attacked or killed is no assault', [
    ['Iraqi Prime Minister Nouri al-Maliki attacked the problem of power shortages with a set of new decrees.', []],
    ['The Nigerian government has hit a difficult stage in its talks with the unions.', []],
    ['Hungarian diplomats killed time in Brussels while the other EU ministers argued over the budget.', []],
    ['French President Emmanuel Macron hammered the point home in a speech to ambassadors.', []],
    ['The Indian army fought the urge to retaliate after the shelling in Kashmir.', []],
  ]);
  table('an animal killed, a video shot, a quality shown', [
    ['Chinese police killed a stray dog near the embassy in Beijing.', []],
    ['Russian troops shot a video of the ruined bridge outside Kherson.', []],
    ['Ukrainian President Volodymyr Zelensky has demonstrated a talent for rallying Western support.', []],
    ['The opposition leader demonstrated a number of questionable instincts during the crisis.', []],
  ]);
  table('an idea attacked is criticised', [
    ['Prime Minister Rishi Sunak again attacked the idea of a new referendum on Monday.', ['ACCUSE GBR']],
    ['Opposition leaders in Kenya attacked the notion that the election had been fair.', ['ACCUSE']],
    ['Polish President Andrzej Duda attacked the view that sanctions had failed.', ['ACCUSE POL']],
  ]);
  table('people, places and things of war stay attacked, hit, killed and shot', [
    ['Russian forces attacked the town of Avdiivka on Monday.', ['ASSAULT RUSMIL>-']],
    ['Rebels attacked an army convoy near the border.', ['ASSAULT']],
    ['Israeli warplanes hit a market in southern Gaza.', ['ASSAULT ISR']],
    ['Syrian government forces pounded the town of Douma on Sunday.', ['ASSAULT SYR']],
    ['Gunmen killed two policemen at a checkpoint in Kirkuk.', ['ASSAULT ->police']],
    ['Police shot three protesters in Nairobi on Tuesday.', ['ASSAULT']],
    ['Militants attacked a school and a clinic in Borno state.', ['ASSAULT']],
    ['The army struck rebel positions overnight.', ['ASSAULT']],
  ]);
  table('goods hitting the market, ideals fought for', [
    ['The new Russian vaccine will hit the market next year.', []],
    ['The new Chinese smartphone hit the shelves in Beijing on Friday.', []],
    ['The Russian film hit theaters in Moscow in May.', []],
    ['Polish opposition leaders fought for the cause of democracy for decades.', []],
    ['Kenyan activists have fought for reform of the police for years.', []],
    ['The Egyptian lawyer fought for the dignity of prisoners.', []],
  ]);
  table('the press, the media, the judiciary attacked are criticised', [
    ['The Kenyan president attacked the judiciary after the ruling.', ['ACCUSE KEN']],
    ['The Kenyan minister attacked the media for its coverage of the protests.', ['ACCUSE KEN']],
    ['The Brazilian president attacked the press again on Monday.', ['ACCUSE BRA']],
  ]);
  table('drones hit, fighters fight, gunmen attack offices', [
    ['The Iranian drone hit a tanker in the Gulf.', ['ASSAULT IRN']],
    ['Hamas fighters fought Israeli troops in Khan Younis.', ['ASSAULT']],
    ['Gunmen attacked the offices of a Pakistani newspaper in Karachi.', ['ASSAULT']],
  ]);
  table('pushed into a state or into the arms of a side, no advance', [
    ['Iraqi Prime Minister Nouri al-Maliki pushed the Sunnis into the arms of the insurgents.', []],
    ['The Sri Lankan government pushed the country into bankruptcy.', []],
    ['The Russian sanctions pushed Belarus into the arms of Moscow.', ['SANCTION RUS']],
  ]);
  table('forces pushing into places advance', [
    ['Russian troops pushed into the outskirts of Kharkiv.', ['ASSAULT RUS']],
    ['Israeli tanks pushed into Rafah on Tuesday.', ['ASSAULT ISR']],
    ['Ukrainian forces pushed Russian troops into the Dnipro river.', ['ASSAULT UKR']],
  ]);
  table('a law struck down is annulled, no strike', [
    ['The American laws forbidding interracial marriage, now struck down, were clearly discriminatory.', []],
    ["Ghanaian lawmakers struck down the president's decree on Tuesday.", []],
    ['The Polish Senate struck down the controversial amendment.', []],
  ]);
  table('strikes on forces and plants stay', [
    ['Israeli jets struck Hezbollah positions in southern Lebanon.', ['ASSAULT ISR']],
    ['Ukrainian drones struck a Russian refinery overnight.', ['ASSAULT UKR']],
  ]);
  table('a bill charged for is no criminal charge; a charge with batons is a baton charge', [
    ['The landlord tried to charge the Kenyan refugees for two cleaning fees.', []],
    ['The hotel charged the Nigerian delegation for the extra rooms.', []],
    ['Police charged the protesters with batons in Dhaka.', ['ASSAULT ->protesters']],
    ['Indian police charged the crowd with sticks in Srinagar on Friday.', ['ASSAULT IND']],
    ['Kenyan riot police charged the marchers with clubs outside parliament.', ['ASSAULT KEN']],
  ]);
  table('criminal charges stay', [
    ['The court charged the opposition leader with treason.', ['ACCUSE']],
    ['Prosecutors charged two soldiers with murder in Lagos.', ['ACCUSE']],
    ['The police in Harare charged the activist with incitement and possession of a gun.', ['ACCUSE']],
    ['Prosecutors in Nairobi charged the former minister for the theft of public funds.', ['ACCUSE']],
  ]);
  table('a leisure trip is no visit', [
    ['Hungarian officials went on a road trip to Lisbon and the Algarve.', []],
    ['The scholars were ready to endorse anything for the sake of a free trip to Vienna.', []],
    ['Nigerian students won a school trip to Paris.', []],
  ]);
  table('visits stay', [
    ['Chinese President Xi Jinping began a state trip to France on Sunday.', ['CONSULT CHN>FRA']],
    ['The Pentagon chief made a surprise trip to Kyiv on Monday.', ['CONSULT']],
  ]);
  table('a telephone call given is no appeal', [
    ['Please give me a call to discuss the contract with Chevron.', []],
    ['The Kenyan minister gave him a call on Monday evening.', []],
    ['Just give our office a call before Friday.', []],
  ]);
  table('calls made or issued for calm stay', [
    ['The UN envoy made a call for calm in Tripoli.', ['CONSULT']],
    ['The Pope issued a call for peace in Ukraine.', ['REQUEST']],
  ]);
});

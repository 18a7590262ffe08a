import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { table } from './non-events-table.ts';
import { analyze } from '../../src/nlp/index.ts';
import { SentenceTrees } from '../../src/nlp/syntax/sentence-trees.ts';
import { SentenceViews } from '../../src/extract/tree-repair/sentence-views.ts';
import { isImperative } from '../../src/extract/tree-clauses/index.ts';

// False events found by coding real web text and short sports, business and weather stories (session 16 probe).
// Sentences written for this file.

describe('probe classes of session 16', { timeout: 180_000 }, () => {
  table('an imperative asks the reader, no one acts', [
    ['Call your congressman today and demand a vote on the war.', []],
    ['Visit your local council and ask for the records.', []],
    ["Don't attack the messenger, and never threaten the reporters.", []],
    ['Please call the embassy and demand the release of our citizens.', []],
  ]);
  table('what the reader is asked to suppose is a hypothesis', [
    ['Suppose, for the sake of argument, that Iran openly hosted a militant leader and financed his attacks on Europe.', []],
    ['Imagine that China invaded Taiwan tomorrow.', []],
    ['Let us assume that Russia withdraws its troops from the border.', []],
  ]);
  table('a fact recalled, an assumption made by others, control assumed stay', [
    ['Remember that Russia invaded Ukraine in 2022.', ['ASSAULT RUS>UKR']],
    ['Officials assume that the rebels attacked the town overnight.', ['ASSAULT -']],
    ['The army assumed control of the capital after the president fled.', ['ASSAULT -']],
  ]);
  table('a whole people rallying to a leader is a mood', [
    ['When the crisis came, the people rallied to the government and its leaders.', []],
    ['In 1940 the population rallied to the government in London.', []],
    ['After the bombing, the citizens of the town rallied to the mayor and his council.', []],
  ]);
  table('parties and leaders rallying behind someone, crowds rallying, stay', [
    ["Opposition parties rallied behind the president's candidate on Monday.", ['SUPPORT -']],
    ["Western leaders rallied to Ukraine's side at the summit.", ['SUPPORT -']],
    ['Thousands of people rallied in the capital against the new law.', ['PROTEST -']],
  ]);
  table('a standing charge is no accusation made', [
    ['Syria stands accused of arming militias across the region.', []],
    ['The former minister stands accused of corruption and abuse of office.', []],
    ['Both generals stand accused of plotting a coup against the president.', []],
  ]);
  table('an accusation made stays', [
    ['Prosecutors accused the former minister of corruption on Monday.', ['ACCUSE -']],
    ['The opposition leader, standing outside the court, accused the government of rigging the vote.', ['ACCUSE -']],
  ]);
  table('a subject before the verb keeps the act', [
    ['Protesters called on the government to resign.', ['REQUEST -']],
    ['The president visited Kenya and met its leaders on Monday.', ['CONSULT -']],
    ['Police detained 20 protesters in Nairobi on Tuesday.', ['COERCE -']],
  ]);
  table('a trip no one makes is a traveller\'s', [
    ['First trip to Canada', []],
    ['Well then I went on a trip to Glasgow and was walking around.', []],
    ['Last summer we took a trip to Paris with the children.', []],
  ]);
  table('a leader\'s trip stays', [
    ["The president's trip to Beijing was postponed.", ['REJECT -']],
  ]);
  table('an act a time is counted from is a past landmark', [
    ['Since the invasion of Iraq, oil prices have doubled.', []],
    ["Life has been hard ever since Russia's full-scale invasion.", []],
    ['Since the bombing of the bridge, farmers have used boats.', []],
    ['Since the Russian invasion of Ukraine, millions of people have fled the country.', []],
  ]);
  table('an act in a clause of its own stays', [
    ['Since the army attacked the village, thousands have fled.', ['ASSAULT -']],
    ['Police arrested three men after the attack on the mosque.', ['COERCE -']],
    ['Since the Russian invasion of Ukraine in February, millions of people have fled the country.', ['ASSAULT RUS>UKR']],
  ]);
  table('an attack on a freedom hurts no one by force', [
    ["The government's attacks on civil liberties have gone too far, and nobody seems to care.", []],
    ['Critics called the new law an assault on free speech.', []],
    ['The war on privacy continues with a new surveillance bill.', []],
  ]);
  table('an attack on people or buildings stays', [
    ['Gunmen attacked the offices of a pro-democracy newspaper in Dhaka on Monday.', ['ASSAULT -']],
    ['Troops launched an assault on the rebel stronghold at dawn.', ['ASSAULT -']],
  ]);
  table('an act judged, not told', [
    ['The bombing of Dresden remains a war crime in the eyes of many historians.', []],
    ['The invasion of Iraq provided marvelous political cover for the party.', []],
    ['The occupation of the West Bank was a mistake, the former general wrote.', []],
  ]);
  table('an act that happens or harms stays', [
    ['The attack on the convoy killed four soldiers.', ['ASSAULT -']],
    ['Netanyahu said the nuclear talks with Iran were a bad mistake.', ['ACCUSE ISR']],
    ['The Russian invasion of Ukraine began on February 24.', ['ASSAULT -']],
  ]);
});

describe('markets and disasters in war words (session 16 genre probe)', { timeout: 180_000 }, () => {
  table('propping up a currency backs no party', [
    ["Japan's central bank intervened to support the yen after it plunged to a 30-year low.", []],
    ['The Turkish central bank sold dollars to support the lira on Monday.', []],
    ['The Reserve Bank of India stepped in to support the rupee.', []],
  ]);
  table('backing a party stays', [
    ['Iran vowed to support Hezbollah in its fight against Israel.', ['AGREE IRN>-']],
  ]);
  table('a reply in a trade war is a trade measure', [
    ['China retaliated against American tariffs by imposing duties on soybeans.', ['SANCTION CHN>-', 'SANCTION USA>-']],
    ['The European Union retaliated against US steel tariffs with levies on bourbon and motorcycles.', ['SANCTION -', 'SANCTION -']],
    ['Canada retaliated against the new import quotas within a week.', ['SANCTION CAN>-']],
  ]);
  table('an armed reprisal stays an attack', [
    ['Israel retaliated against Hezbollah with air strikes on southern Lebanon.', ['ASSAULT ISR>-', 'ASSAULT ISR>-']],
  ]);
  table('a trade or price war is no fighting', [
    ['China escalated the trade war with the United States on Friday.', []],
    ['Washington launched a trade war against Beijing in 2018.', []],
    ['Russia waged a price war against Saudi Arabia for market share.', []],
  ]);
  table('a war of arms stays', [
    ['Russia escalated the war in Ukraine with new strikes on Kyiv.', ['ASSAULT RUS>-']],
  ]);
  table('an emergency over a disaster anywhere in its sentence restricts no one', [
    ['A wildfire destroyed hundreds of homes in California and the governor declared a state of emergency.', []],
    ['After the earthquake struck, the Turkish president declared a state of emergency in ten provinces.', []],
    ['The floods reached the capital on Monday, and the government declared a national emergency.', []],
  ]);
  table('an emergency over unrest stays', [
    ['The government declared a state of emergency after days of violent protests in the capital.', ['COERCE -']],
  ]);
});

describe('the writer\'s own "we"', { timeout: 180_000 }, () => {
  test('"we" told by no speaker is the writer, not the body named before', () => {
    assert.deepEqual(code('Great Service From The City Council. We asked the council for a refund and they paid it within a week.'), []);
    assert.deepEqual(code('The Pentagon published its budget on Monday. We condemn this waste of money and demand an inquiry.'), []);
    assert.deepEqual(code('Our trip to the Tehran office was fine. As a team, we protested the new rules and refused to sign the contract.'), []);
  });
  test('"we" in a quote is its speaker', () => {
    assert.deepEqual(code('“We launched ten drones at the port,” the Houthi spokesman said.'), ['ASSAULT We']);
    assert.equal(coder.code({ id: 't', text: '“We launched ten drones at the port,” the Houthi spokesman said.', published: '2024-05-10', title: null })[0]?.actor?.code, 'houthis');
  });
});

// the mood of the verb a sentence's first word is (one sentence per text)
function imperativeAt(text: string, word: string): boolean {
  const doc = analyze(text);
  const views = new SentenceViews(new SentenceTrees(doc, doc.sentences), doc.tokens, doc.sentences);
  const s = doc.sentences[0];
  const at = doc.tokens.findIndex((t) => t.lower === word);
  return isImperative(views.of(s), at, s.text);
}

describe('imperatives on the tree', { timeout: 180_000 }, () => {
  test('a bare verb without a subject opens the sentence', () => {
    assert.equal(imperativeAt('Call your senator today and demand a vote.', 'demand'), true);
    assert.equal(imperativeAt('Please boycott their stores until they change course.', 'boycott'), true);
    assert.equal(imperativeAt('Fight for your rights and never give up.', 'fight'), true);
  });
  test('a quoted order is its speaker\'s, a subject makes a statement', () => {
    assert.equal(imperativeAt('"Call your senator today and demand a vote," the activist said.', 'demand'), false);
    assert.equal(imperativeAt('Protesters boycott their stores until they change course.', 'boycott'), false);
    assert.equal(imperativeAt('Attacked by gunmen, the convoy retreated to the base.', 'attacked'), false);
  });
});

// Among sport words an unknown name read as a group by its last word ("League", "Association") is a sports body:
// only an armed or state participant, or a group a gazetteer knows, keeps an event there.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null }).map((e) => `${e.type} ${e.actor?.text ?? '-'}`);

describe('sports bodies are no armed group', { timeout: 180_000 }, () => {
  test('a league charging a club, a striker attacking a defender', () => {
    assert.deepEqual(code('Manchester City were charged by the Premier League with breaking financial rules, and the club denied any wrongdoing. '
      + 'The striker was sent off in the 70th minute after he attacked a defender, and the FA banned him for three matches.'), []);
    assert.deepEqual(code('The Football Association fined the club after its fans attacked the referee in the cup final.'), []);
    assert.deepEqual(code('The Champions League final was moved after the players union threatened to strike over the fixture list.'), []);
  });
  test('fans attacking police, or troops in a stadium, stay events', () => {
    assert.deepEqual(code('Rioters attacked police outside the stadium after the match on Saturday.'), ['ASSAULT Rioters']);
    assert.deepEqual(code('Police fired tear gas at fans outside the stadium after the match on Saturday.'), ['ASSAULT Police']);
    // after a storm an authority no gazetteer knows is the story's actor
    assert.deepEqual(code('After the hurricane and the floods, the storm evacuation left thousands homeless. The Tenants Association filed a complaint against the Housing Authority last week.'), ['ACCUSE The Tenants Association']);
    assert.deepEqual(code('Troops opened fire on fans at the stadium after the league match.'), ['ASSAULT Troops']);
  });
});

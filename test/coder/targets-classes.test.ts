import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Target classes read off the tree (src/extract/tree-roles): each row names the construction it stands for.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

// [construction class, sentence, event type, expected target text (null: no target)]
const CASES: Array<[string, string, string, string | null]> = [
  // a purpose clause after a list of means, hung by the parser on the list's last item
  ['purpose after a list', 'Riot police fired water cannon, pepper spray and plastic bullets on Friday evening to disperse a crowd of striking miners.', 'ASSAULT', 'a crowd of striking miners'],
  ['purpose after a list', 'Police used water cannon, tear gas and batons Tuesday afternoon to clear a crowd of hawkers.', 'ASSAULT', 'a crowd of hawkers'],
  ['purpose after a list', 'Police fired tear gas, rubber bullets and water cannon at dawn to scatter a gathering of farmers.', 'ASSAULT', 'a gathering of farmers'],
  // an assembly as the object of an act against it: the assembly, or its people where named
  ['assembly object', 'Police banned two opposition rallies on Friday.', 'COERCE', 'two opposition rallies'],
  ['assembly object', 'Riot police dispersed the protest with water cannon.', 'ASSAULT', 'the protest'],
  // (relatives are a role of their own, civilians: not the missing they are named by)
  ['assembly object', 'Security forces broke up a vigil by relatives of the missing.', 'ASSAULT', 'relatives'],
  // (no weapon or force named: a dispersal is COERCE restrict by the PLOVER manual's ASSAULT ambiguities, plover-41)
  ['assembly object', 'Troops dispersed a rally of opposition supporters in the capital.', 'COERCE', 'opposition supporters'],
  // the pattern's own last word names the people a concession is made to, though no gazetteer knows them
  ['released persons', 'The president has pardoned more than 2,000 prisoners.', 'CONCEDE', '2,000 prisoners'],
  ['released persons', 'The governor has amnestied more than 300 inmates.', 'CONCEDE', '300 inmates'],
  ['released persons', 'The military ruler pardoned 45 prisoners, including the Rohingya activist Kyaw Min.', 'CONCEDE', '45 prisoners'],
  // a participle that describes a penalty says where it lands
  ['penalty participle', 'The Treasury imposed sanctions Thursday placing penalties on five banks.', 'SANCTION', 'five banks'],
  ['penalty participle', 'The ministry unveiled new sanctions Wednesday imposing export curbs on three trading houses.', 'SANCTION', 'three trading houses'],
  ['penalty participle', 'The European Union adopted fresh sanctions Tuesday imposing asset freezes on four generals.', 'SANCTION', 'generals'],
  // two named parties who agree with each other: the first acts, the other is the target (content gives way)
  ['symmetric partner', 'The army and the rebels have agreed to observe a truce starting at noon Monday.', 'AGREE', 'the rebels'],
  ['symmetric partner', 'Hamas and Fatah have agreed to form a unity government.', 'AGREE', 'Fatah'],
  ['symmetric partner', 'Officials said the Kenya Defence Forces (KDF) and the Somali National Army (SNA) have agreed to implement a truce starting at midnight.', 'AGREE', 'Somali National Army'],
  // condemning an act told before accuses whoever did it only where its sentence names the doer (session 45,
  // targets-classes-45: the hand-coded sets leave it empty); an act the article never told accuses no one
  ['condemned act', 'Al-Shabab fighters attacked an army base near Kismayo on Friday, killing ten soldiers. The UN chief condemned the attack in a statement.', 'ACCUSE', null],
  ['condemned act', 'Boko Haram militants raided a village in Borno state on Sunday. Nigeria\'s president strongly condemned the raid.', 'ACCUSE', null],
  ['condemned act', 'Houthi rebels fired missiles at an airport in Saudi Arabia on Monday. The United States condemned the strike on Tuesday.', 'ACCUSE', null],
  ['condemned act', 'The United States condemned the political violence in the capital.', 'ACCUSE', null],
];

for (const [name, sentence, type, expected] of CASES) {
  test(`target class — ${name}: ${sentence}`, { timeout: 60_000 }, () => {
    const events = code(sentence).filter((e) => e.type === type);
    assert.ok(events.length > 0, `no ${type} in ${JSON.stringify(code(sentence).map((e) => e.type))}`);
    const bare = (t: string | null) => t && t.replace(/^the /i, '');
    const targets = events.map((e) => bare(e.target?.text ?? null));
    assert.ok(targets.includes(bare(expected)), `${type} targets ${JSON.stringify(targets)}, expected ${JSON.stringify(expected)}; rules ${events[0].rules.join(' ')}`);
  });
}

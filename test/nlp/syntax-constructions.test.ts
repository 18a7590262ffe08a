import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/nlp/index.ts';
import { parseSentence } from '../../src/nlp/syntax/index.ts';

// Constructions the coder reads from the tree, parsed with the shipped model. Each row: a sentence we
// wrote, and arcs (UD: a multiword name hangs on its first word, "Saleh" is flat under "Ahmed") [dependent, relation(s), head] by word form ("word#2" = its second occurrence).
// A row the model gets wrong stays, marked `knownFailure` with what it does instead.
interface Row { readonly construction: string; readonly text: string; readonly arcs: readonly (readonly [string, string, string])[]; readonly knownFailure?: string }

const ROWS: readonly Row[] = [
  { construction: 'passive with agent', text: 'The convoy was attacked by militants near the border.', arcs: [['convoy', 'nsubj:pass', 'attacked'], ['militants', 'obl:agent', 'attacked'], ['by', 'case', 'militants']] },
  { construction: 'passive with agent', text: 'The embassy was stormed by protesters on Friday.', arcs: [['embassy', 'nsubj:pass', 'stormed'], ['protesters', 'obl:agent', 'stormed']] },
  { construction: 'passive with agent', text: 'Three soldiers were killed by a roadside bomb.', arcs: [['soldiers', 'nsubj:pass', 'killed'], ['bomb', 'obl:agent', 'killed']] },
  { construction: 'passive without agent', text: 'Two activists were detained.', arcs: [['activists', 'nsubj:pass', 'detained'], ['were', 'aux:pass', 'detained']] },
  { construction: 'passive without agent', text: 'The village was shelled overnight.', arcs: [['village', 'nsubj:pass', 'shelled']] },
  { construction: 'passive without agent', text: 'Several journalists have been arrested in the capital.', arcs: [['journalists', 'nsubj:pass', 'arrested'], ['capital', 'obl', 'arrested']] },
  { construction: 'apposition', text: "Kata'ib Hezbollah, an Iran-backed militia, fired rockets at the base.", arcs: [['militia', 'appos', "Kata'ib"], ['Hezbollah', 'flat', "Kata'ib"], ["Kata'ib", 'nsubj', 'fired'], ['rockets', 'obj', 'fired']], knownFailure: 'the apostrophe name is tagged as root and \"fired\" as an amod of rockets: the verb after an apposition is lost' },
  { construction: 'apposition', text: "Ahmed Saleh, the group's spokesman, denied the report.", arcs: [['spokesman', 'appos', 'Ahmed'], ['Saleh', 'flat', 'Ahmed'], ['Ahmed', 'nsubj', 'denied']] },
  { construction: 'apposition', text: 'The rebels attacked Goma, a city in eastern Congo.', arcs: [['city', 'appos', 'Goma'], ['Goma', 'obj', 'attacked']] },
  { construction: 'relative clause', text: 'The group, which claimed the attack, is based in Syria.', arcs: [['claimed', 'acl:relcl', 'group'], ['which', 'nsubj', 'claimed'], ['group', 'nsubj:pass', 'based']] },
  { construction: 'relative clause', text: 'Police arrested the man who planted the bomb.', arcs: [['planted', 'acl:relcl', 'man'], ['who', 'nsubj', 'planted'], ['man', 'obj', 'arrested']] },
  { construction: 'relative clause', text: 'The militia that seized the town has withdrawn.', arcs: [['seized', 'acl:relcl', 'militia'], ['militia', 'nsubj', 'withdrawn']] },
  { construction: 'coordination', text: 'Russia and Belarus held talks.', arcs: [['Belarus', 'conj', 'Russia'], ['and', 'cc', 'Belarus'], ['Russia', 'nsubj', 'held']] },
  { construction: 'coordination', text: 'Protesters blocked roads and burned tires.', arcs: [['burned', 'conj', 'blocked'], ['tires', 'obj', 'burned']] },
  { construction: 'coordination', text: 'France, Germany and Italy condemned the strike.', arcs: [['Germany', 'conj', 'France'], ['Italy', 'conj', 'France'], ['France', 'nsubj', 'condemned']] },
  { construction: 'ccomp under a reporting verb', text: 'Officials said the army shelled the town.', arcs: [['shelled', 'ccomp', 'said'], ['army', 'nsubj', 'shelled'], ['Officials', 'nsubj', 'said']] },
  { construction: 'ccomp under a reporting verb', text: 'The ministry announced that troops had crossed the border.', arcs: [['crossed', 'ccomp', 'announced'], ['that', 'mark', 'crossed']] },
  { construction: 'ccomp under a reporting verb', text: 'Witnesses reported that gunmen opened fire on the crowd.', arcs: [['opened', 'ccomp', 'reported'], ['gunmen', 'nsubj', 'opened']] },
  { construction: 'purpose clause', text: 'Troops were deployed to protect the border.', arcs: [['protect', 'advcl|xcomp', 'deployed'], ['border', 'obj', 'protect']] },
  { construction: 'purpose clause', text: 'The government sent police to disperse the protesters.', arcs: [['disperse', 'advcl|xcomp', 'sent']], knownFailure: 'the purpose infinitive after an object is read as acl of the object' },
  { construction: 'purpose clause', text: 'Rebels blew up the bridge in order to stop the advance.', arcs: [['stop', 'advcl', 'blew'], ['advance', 'obj', 'stop']] },
  { construction: 'conditional', text: 'If Iran attacks, the US will respond.', arcs: [['attacks', 'advcl', 'respond'], ['If', 'mark', 'attacks'], ['Iran', 'nsubj', 'attacks']], knownFailure: '\"Iran attacks\" read as a compound noun subject (Iran compound attacks); the clause is advcl of respond all the same' },
  { construction: 'conditional', text: 'The army will withdraw if the rebels agree to a ceasefire.', arcs: [['agree', 'advcl', 'withdraw'], ['if', 'mark', 'agree']] },
  { construction: 'conditional', text: 'Unless talks resume, the strike will continue.', arcs: [['resume', 'advcl', 'continue'], ['Unless', 'mark', 'resume']], knownFailure: '\"talks resume\" read as a compound noun; \"Unless\" as case, the clause as obl' },
  { construction: 'event noun with possessor and oblique', text: "Israel's strike on Gaza killed ten people.", arcs: [['Israel', 'nmod:poss', 'strike'], ['Gaza', 'nmod', 'strike'], ['strike', 'nsubj', 'killed']] },
  { construction: 'event noun with possessor and oblique', text: 'The UN condemned attacks against civilians.', arcs: [['civilians', 'nmod', 'attacks'], ['attacks', 'obj', 'condemned']], knownFailure: 'the against-phrase attaches to the verb (obl), not to the event noun' },
  { construction: 'event noun with possessor and oblique', text: "Hamas's attack on the festival shocked the country.", arcs: [['Hamas', 'nmod:poss', 'attack'], ['festival', 'nmod', 'attack']] },
  { construction: 'event noun with possessor and oblique', text: "Russia's invasion of Ukraine began in February.", arcs: [['Russia', 'nmod:poss', 'invasion'], ['Ukraine', 'nmod', 'invasion']] },
];

/** The parse as "dependent relation head" lines, for the assertion message. */
function describe(text: string): { find: (word: string) => number; arc: (i: number) => [string, number]; dump: string } {
  const doc = analyze(text);
  assert.equal(doc.sentences.length, 1, `one sentence expected in: ${text}`);
  const tree = parseSentence(doc, doc.sentences[0]);
  const words = doc.tokens.map((t) => t.text);
  const find = (word: string) => {
    const [form, nth] = word.split('#');
    const hits = words.flatMap((w, i) => (w === form ? [i] : []));
    const i = hits[(Number(nth) || 1) - 1];
    assert.ok(i !== undefined, `no token "${word}" in [${words.join(' ')}]`);
    return i;
  };
  const dump = words.map((w, i) => `${w} -${tree.labels[i]}-> ${tree.heads[i] < 0 ? 'ROOT' : words[tree.heads[i]]}`).join('; ');
  return { find, arc: (i) => [tree.labels[i - tree.offset], tree.heads[i - tree.offset]], dump };
}

for (const row of ROWS) {
  test(`${row.construction}: ${row.text}`, { todo: row.knownFailure }, () => {
    const { find, arc, dump } = describe(row.text);
    for (const [dep, relations, head] of row.arcs) {
      const [label, headIndex] = arc(find(dep));
      assert.ok(headIndex === find(head) && relations.split('|').includes(label), `${dep} should be ${relations} of ${head}; parse: ${dump}`);
    }
  });
}

test('every construction has at least three sentences', () => {
  const counts = new Map<string, number>();
  for (const r of ROWS) counts.set(r.construction.replace(/ (with|without) agent$/, ''), (counts.get(r.construction.replace(/ (with|without) agent$/, '')) ?? 0) + 1);
  for (const [c, n] of counts) assert.ok(n >= 3, `${c}: ${n} sentences`);
});

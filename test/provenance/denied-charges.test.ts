import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// provenance:denied-charges (src/provenance/denied-charges.ts): "X denied the charges" answers the latest claim or
// allegation of X's own act told before it. Texts written for this file: [text, trigger of the answered event,
// its certainty after the denial].
const coder = createCoder(loadKnowledge());
const ROWS: ReadonlyArray<readonly [string, string, string]> = [
  ['General Musa alleged Thursday that Pakistani troops shelled a border post near Sialkot. Islamabad denied the charges.', 'shelled', 'denied'],
  ['Kenyan police said al-Shabab fighters attacked a bus near Mandera on Monday. Al-Shabab rejected the accusations.', 'attacked a bus', 'denied'],
  ['Ukraine\'s military said Russian forces shelled a hospital in Kherson on Sunday. Moscow denied the allegations.', 'shelled', 'denied'],
  // the denier did not do it: a denial by another party answers nothing
  ['Ukraine\'s military said Russian forces shelled a hospital in Kherson on Sunday. Kyiv denied the allegations.', 'shelled', 'claimed'],
  // only the latest accusation is answered; the earlier one stays alleged
  ['India accused Pakistan of killing a soldier in Kashmir on Monday. On Tuesday, General Musa alleged that Pakistani troops shelled a border post near Sialkot. Islamabad denied the charges.', 'killing a soldier', 'alleged'],
  ['India accused Pakistan of killing a soldier in Kashmir on Monday. On Tuesday, General Musa alleged that Pakistani troops shelled a border post near Sialkot. Islamabad denied the charges.', 'shelled', 'denied'],
  // a denial answers the accusation told just before it: an act claimed before that accusation is not what it denies
  ['RSF fighters shelled a camp near El Fasher, killing 20 people, according to local activists. The Sudanese army accused the RSF of targeting civilians. The RSF denied the accusations.', 'shelled', 'claimed'],
  ['Israeli troops killed three Palestinians in Jenin, witnesses said. Human rights groups accused Israel of using excessive force. Israel rejected the allegations.', 'killed three Palestinians', 'claimed'],
  ['Houthi fighters attacked a cargo ship, the shipping company said. Washington accused the Houthis of piracy. The Houthis denied the accusations.', 'attacked', 'claimed'],
  // with no accusation between, the claim is what is denied
  ['Witnesses said Israeli troops beat detainees in Jenin. Israel denied the allegations.', 'beat detainees', 'denied'],
];

for (const [text, trigger, certainty] of ROWS) {
  test(`denied-charges: ${trigger} → ${certainty}: ${text}`, { timeout: 60_000 }, () => {
    const e = coder.code({ id: 't', text, published: '2024-05-10', title: null }).find((x) => x.type === 'ASSAULT' && x.trigger.text === trigger);
    assert.ok(e, text);
    assert.equal(e.provenance.certainty, certainty, e.rules.join(','));
    assert.equal(e.rules.includes('provenance:denied-charges'), certainty === 'denied');
    // who told it stays its source
    assert.notEqual(e.provenance.source, 'outlet');
  });
}

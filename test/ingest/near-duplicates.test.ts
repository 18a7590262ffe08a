import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { contentKey } from '../../src/ingest/dedup/content-key.ts';
import { Deduplicator } from '../../src/ingest/dedup/deduplicator.ts';
import { fingerprint, formatFingerprint, hammingDistance, parseFingerprint, type Fingerprint } from '../../src/ingest/dedup/fingerprint.ts';
import { NEAR_DUPLICATE_BITS, NearDuplicateIndex } from '../../src/ingest/dedup/near-duplicate-index.ts';
import { storyBody } from '../../src/ingest/dedup/story-body.ts';

const text = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const story = text('wire-story.txt');
const paragraphs = story.split('\n\n');

// The threshold, NEAR_DUPLICATE_BITS = 15 of 128, on the cases it exists for, fingerprinting the story
// body as the pipeline does. [case, other text, near?]
const added = 'A Hamas official said the group was also ready to discuss a longer truce if Israel agreed to let more fuel into Gaza.';
const PAIRS: ReadonlyArray<[string, string, boolean]> = [
  ['the same text', story, true],
  ['an update: one paragraph added', [...paragraphs.slice(0, 4), added, ...paragraphs.slice(4)].join('\n\n'), true],
  ['a correction: one sentence reworded', story.replace('the largest deliveries of food, water, medicine and fuel since the war began', 'more food, water and medicine than at any time since the war began'), true],
  ['an update with a paragraph added, another headline and footer', ['Truce extended as mediators push for longer deal', ...paragraphs.slice(1, 4), added, ...paragraphs.slice(4, -1), '(Additional reporting by Maayan Lubell)'].join('\n\n'), true],
  ['re-wrapped lines and extra spaces', story.replace(/\. /g, '.\n  '), true],
  ['another headline', ['Gaza truce extended by two days, Qatar says', ...paragraphs.slice(1)].join('\n\n'), true],
  ['another headline and footer (the republished fixture)', text('wire-story-republished.txt'), true],
  ['the footer dropped', paragraphs.slice(0, -1).join('\n\n'), true],
  ['only the first half of the story', paragraphs.slice(0, 5).join('\n\n'), false],
  ['the same event written by another desk', 'Qatar said on Monday that Israel and Hamas had agreed to prolong their pause in fighting in Gaza by 48 hours, '
    + 'which would allow further exchanges of hostages held in Gaza for Palestinians held in Israeli jails. The announcement came hours before the '
    + 'four-day truce was due to end. U.S. President Joe Biden welcomed the extension. Hamas said the terms were unchanged.', false],
  ['a different story from the same wire', text('french.txt'), false],
];

describe('near-duplicate threshold', () => {
  const base = fingerprint(storyBody(story));
  for (const [what, other, near] of PAIRS) {
    it(`${what}: ${near ? 'near duplicate' : 'different'}`, () => {
      const distance = hammingDistance(base, fingerprint(storyBody(other)));
      if (near) assert.ok(distance <= NEAR_DUPLICATE_BITS, `distance ${distance}`);
      else assert.ok(distance > NEAR_DUPLICATE_BITS * 2, `distance ${distance}`);
    });
  }

  it('story body: the headline line and the credit line are left out, short texts are kept whole', () => {
    assert.equal(storyBody(story), paragraphs.slice(1, -1).join('\n\n'));
    const brief = 'Troops shell town\n\nTroops shelled the town on Monday.\n\n(Reporting by A. B.)';
    assert.equal(storyBody(brief), brief);
    // a first paragraph that ends a sentence is the story's, not a headline
    const lead = `The talks resumed.\n\n${paragraphs.slice(1, -1).join('\n\n')}\n\n${paragraphs.at(-1)}`;
    assert.ok(storyBody(lead).startsWith('The talks resumed.'));
  });

  it('is deterministic and survives the store as hex', () => {
    const hex = formatFingerprint(base);
    assert.match(hex, /^[0-9a-f]{32}$/);
    assert.deepEqual(parseFingerprint(hex), base);
    assert.equal(formatFingerprint(fingerprint(storyBody(story))), hex);
    assert.equal(parseFingerprint('not-a-fingerprint'), null);
  });

  it('texts of one or two words still get a fingerprint', () => {
    assert.notDeepEqual(fingerprint('Ceasefire'), fingerprint('Ceasefire collapses'));
    assert.deepEqual(fingerprint(''), fingerprint(''));
  });
});

describe('NearDuplicateIndex', () => {
  // Random fingerprints, and copies of them with k random bits flipped, checked against brute force:
  // the banded lookup must find exactly what comparing with everything finds.
  it('finds the closest fingerprint within the threshold, and only those', () => {
    let seed = 12345;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    const stored: Fingerprint[] = Array.from({ length: 2000 }, () => [random(), random(), random(), random()]);
    const index = new NearDuplicateIndex();
    for (const f of stored) index.add(f);
    for (let trial = 0; trial < 400; trial++) {
      const original = stored[random() % stored.length];
      const copy = [...original] as [number, number, number, number];
      const flips = trial % 24;
      for (let k = 0; k < flips; k++) {
        const bit = random() % 128;
        copy[bit >>> 5] = (copy[bit >>> 5] ^ (1 << (bit & 31))) >>> 0;
      }
      let best = Infinity;
      for (const f of stored) best = Math.min(best, hammingDistance(copy, f));
      const found = index.find(copy);
      if (best <= NEAR_DUPLICATE_BITS) assert.equal(found?.distance, best, `trial ${trial}, ${flips} flips`);
      else assert.equal(found, null, `trial ${trial}, ${flips} flips`);
    }
  });

  it('a retracted fingerprint is no longer found', () => {
    const index = new NearDuplicateIndex();
    const f = fingerprint(story);
    index.retract(index.add(f));
    assert.equal(index.find(f), null);
  });
});

describe('Deduplicator', () => {
  const check = (d: Deduplicator, id: string, body: string) => d.check(id, contentKey(body), fingerprint(body));

  it('first copy unique, then exact copy, then near copy, each linked to the first', () => {
    const d = new Deduplicator();
    assert.deepEqual(check(d, 'a', story), { kind: 'unique' });
    assert.deepEqual(check(d, 'b', `  ${story.replace(/\n/g, '\r\n')}  `), { kind: 'exact', of: 'a' });
    const near = check(d, 'c', text('wire-story-republished.txt'));
    assert.equal(near.kind, 'near');
    assert.equal(near.kind === 'near' && near.of, 'a');
    assert.deepEqual(check(d, 'd', text('french.txt')), { kind: 'unique' });
  });

  it('articles stored by an earlier run count as first copies', () => {
    const d = new Deduplicator();
    d.remember('stored-1', fingerprint(story));
    const verdict = check(d, 'new', story);
    assert.deepEqual(verdict, { kind: 'near', of: 'stored-1', distance: 0 });
  });

  it('a first copy that failed to store is forgotten: the next copy becomes the first', () => {
    const d = new Deduplicator();
    check(d, 'a', story);
    d.retract('a', contentKey(story));
    assert.deepEqual(check(d, 'b', story), { kind: 'unique' });
  });
});

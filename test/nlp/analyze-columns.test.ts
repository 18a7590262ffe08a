import assert from 'node:assert/strict';
import { test } from 'node:test';
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze } from '../../src/nlp/index.ts';

// analyze() runs wink with only sentence boundaries and POS, and reads whole columns of values, tags
// and lemmas. This pins it to the slow reading it replaced: the full default pipe (NER, negation,
// sentiment, custom entities) walked sentence by sentence, token by token through item objects.
const full = winkNLP(model);
const its = full.its;

function slowReading(text: string): Array<[string, string, string, number]> {
  const out: Array<[string, string, string, number]> = [];
  let sentence = 0;
  full.readDoc(text).sentences().each((s: ItemSentence) => {
    let any = false;
    s.tokens().each((t: ItemToken) => {
      const value = t.out() as string;
      const pos = t.out(its.pos) as string;
      if (pos === 'SPACE' || value.trim() === '') return;
      const lower = value.toLowerCase();
      out.push([value, pos, (String(t.out(its.lemma as unknown as typeof its.value)) || lower).toLowerCase(), sentence]);
      any = true;
    });
    if (any) sentence++;
  });
  return out;
}

const TEXTS = [
  'Rebels shelled the town of Goma on Monday, killing six civilians. The army said it would respond.',
  "Officials didn't confirm the report.  \"We won't negotiate,\" the minister told reporters at 10:30 a.m. in Kyiv.",
  'U.S. troops arrived in Baghdad last week.\n\nThe Pentagon declined to comment; a spokesman said talks were "going well" :-)',
  'Protesters gathered outside parliament\u00a0— some carrying flags, others chanting slogans — before police dispersed them with tear gas!!!',
  'Prices rose 3.5% in March. Analysts at J.P. Morgan expect rates to fall by 0.25 points #economy @reuters http://example.org/a?b=c',
  '',
  '   \n\t ',
];

test('analyze reads the same tokens, tags, lemmas and sentences as the full wink pipe read token by token', () => {
  for (const text of TEXTS) {
    const doc = analyze(text);
    const fast = doc.tokens.map((t) => [t.text, t.pos, t.lemma, t.sentence]);
    assert.deepEqual(fast, slowReading(text), text);
  }
});

test('every token of analyze points at its own text', () => {
  for (const text of TEXTS) {
    for (const t of analyze(text).tokens) assert.equal(text.slice(t.start, t.end), t.text, text);
  }
});

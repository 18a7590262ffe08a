import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readRules } from '../../src/watch/index.ts';

// Rules files: the presets load; a bad file gives one line per problem with the file, the line and the field.

const GOOD = `rules:
  - id: three-in-a-week
    match: { types: [ASSAULT], actors: [USA] }
    when: { kind: threshold, measure: count, window_days: 7, at_least: 3 }
`;

const errors = (text: string) => {
  const r = readRules(text, 'rules.yaml');
  assert.equal(r.ok, false, 'expected errors');
  return r.ok ? [] : r.errors;
};

describe('watch: rules files', () => {
  it('reads YAML and JSON alike, with defaults filled in', () => {
    const yaml = readRules(GOOD, 'rules.yaml');
    assert.ok(yaml.ok);
    assert.equal(yaml.rules[0].match.certainty, 'claims');
    assert.equal(yaml.rules[0].group_by, 'none');
    const json = readRules(JSON.stringify({ rules: [{ id: 'x', when: { kind: 'first' } }] }), 'rules.json');
    assert.ok(json.ok);
  });

  it('loads the presets shipped in data/rules', () => {
    for (const file of ['hdx-fatalities.yaml', 'dyad-escalation.yaml']) {
      const r = readRules(readFileSync(new URL(`../../data/rules/${file}`, import.meta.url), 'utf8'), file);
      assert.ok(r.ok, r.ok ? '' : r.errors.join('\n'));
      assert.ok(r.rules.every((rule) => rule.source !== undefined), `${file}: every preset names its source`);
    }
  });

  const bad: readonly [string, string, RegExp][] = [
    ['a value out of range, on its line', GOOD.replace('window_days: 7', 'window_days: 0'), /^rules\.yaml:4: rules\[0\]\.when\.window_days: .*>=1/],
    ['an unknown condition kind', GOOD.replace('kind: threshold', 'kind: surge'), /^rules\.yaml:4: rules\[0\]\.when\.kind: /],
    ['an unknown field (a typo)', GOOD.replace('actors:', 'actor:'), /^rules\.yaml:3: rules\[0\]\.match: .*actor/],
    ['an unknown PLOVER type', GOOD.replace('[ASSAULT]', '[ASSAULTS]'), /^rules\.yaml:3: rules\[0\]\.match\.types\[0\]: /],
    ['a threshold with no bound', GOOD.replace(', at_least: 3', ''), /^rules\.yaml:4: rules\[0\]\.when: give at_least or at_most/],
    ['a missing condition', GOOD.replace(/ {4}when:.*\n/, ''), /^rules\.yaml:2: rules\[0\]\.when: /],
    ['a z-score with no z', `rules:\n  - id: z\n    when:\n      kind: spike\n      measure: count\n      window_days: 7\n      baseline_days: 28\n      method: zscore\n`, /^rules\.yaml:4: rules\[0\]\.when\.z: method zscore needs z/],
    ['a country that is not alpha-3', GOOD.replace('actors: [USA]', 'countries: [Iraq]'), /^rules\.yaml:3: rules\[0\]\.match\.countries\[0\]: an ISO 3166 alpha-3/],
    ['broken YAML', 'rules:\n  - id: a\n    when: { kind: first\n', /^rules\.yaml:\d: /],
    ['a duplicate key', 'rules:\n  - id: a\n    id: b\n    when: { kind: first }\n', /^rules\.yaml:3: .*[Mm]ap keys must be unique/],
    ['an empty file', '', /^rules\.yaml: empty rules file/],
    ['no rules list', 'watch: []\n', /^rules\.yaml:1: /],
  ];
  for (const [name, text, expected] of bad) {
    it(`error: ${name}`, () => {
      const lines = errors(text);
      assert.ok(lines.some((l) => expected.test(l)), lines.join('\n'));
    });
  }

  it('one line per problem, and duplicate rule ids are named', () => {
    const text = `rules:\n  - id: a\n    when: { kind: first }\n  - id: a\n    when: { kind: first, lookback_days: -1 }\n`;
    const lines = errors(text);
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.ok(lines.some((l) => /^rules\.yaml:5: rules\[1\]\.when\.lookback_days/.test(l)));
    assert.ok(lines.some((l) => /^rules\.yaml:4: rules\[1\]\.id: duplicate rule id a/.test(l)));
  });
});

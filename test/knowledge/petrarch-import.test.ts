import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseActorDictionary } from '../../src/knowledge/import/petrarch-actors.ts';
import { parseAgentDictionary } from '../../src/knowledge/import/petrarch-agents.ts';
import { agentRows } from '../../src/knowledge/import/petrarch-agent-rows.ts';
import { parseDictionaryDate } from '../../src/knowledge/import/petrarch-codes.ts';
import { actorRows, actorRowsTsv, type OurGroup } from '../../src/knowledge/import/petrarch-rows.ts';
import { convertVerbDictionary } from '../../src/knowledge/import/petrarch-verbs.ts';
import { DROPPED, selectAddedPatterns } from '../../src/knowledge/import/verb-coverage.ts';
import { SkipCounter } from '../../src/knowledge/import/skip-counter.ts';
import { codeOn, formatDatedCode } from '../../src/knowledge/dated-codes.ts';
import { parsePatterns } from '../../src/knowledge/patterns.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { dictionaryActors } from '../../src/knowledge/dictionary-files.ts';

// The PETRARCH2 importer on small dictionaries written for these tests (test/knowledge/fixtures/petrarch/).
const fixture = (name: string) => readFileSync(new URL(`./fixtures/petrarch/${name}`, import.meta.url), 'utf8');
const codesOf = (blocks: ReturnType<typeof parseActorDictionary>, name: string) =>
  blocks.find((b) => b.names[0] === name)?.codes.map(formatDatedCode);

test('dates: six digits are YYMMDD with 00-30 in the 2000s, eight digits YYYYMMDD, the rest malformed', () => {
  assert.equal(parseDictionaryDate('090115'), '2009-01-15');
  assert.equal(parseDictionaryDate('300101'), '2030-01-01');
  assert.equal(parseDictionaryDate('310101'), '1931-01-01');
  assert.equal(parseDictionaryDate('19500101'), '1950-01-01');
  assert.equal(parseDictionaryDate('091345'), null); // month 13
  assert.equal(parseDictionaryDate('090230'), null); // 30 February
  assert.equal(parseDictionaryDate('2004017'), null); // seven digits: not guessed
});

test('actors: names, synonyms, inline and indented codes, >, < and ranges', () => {
  const skips = new SkipCounter('countries');
  const blocks = parseActorDictionary(fixture('countries.actors.txt'), skips);
  assert.deepEqual(blocks[0].names, ['ATLANTIS', 'ATLANTEAN', 'POSEIDONIA']);
  assert.deepEqual(codesOf(blocks, 'ATLANTIS'), ['ATL']);
  assert.deepEqual(blocks.find((b) => b.names[0] === 'JANE MINISTRA')?.names, ['JANE MINISTRA', 'MINISTER JANE MINISTRA', 'J. MINISTRA']);
  assert.deepEqual(codesOf(blocks, 'JANE MINISTRA'), ['ATLELI@2000-12-31..2009-01-15', 'ATLGOV@2009-01-15..2014-11-30', 'ATLELI']);
  assert.deepEqual(codesOf(blocks, 'OLD KING'), ['ATLGOV@1950-01-01..1979-12-31', 'ATLELI@1980-01-01..']);
  assert.deepEqual(codesOf(blocks, 'NEW CHIEF'), ['ATLMIL@2015-03-01..']);
  assert.deepEqual(codesOf(blocks, 'EARLY CHIEF'), ['ATLMIL@..1999-01-01']);
  // the acronym note in parentheses is not part of the name
  assert.deepEqual(codesOf(blocks, 'ADEN ISLAMIC ARMY'), ['ATLREB']);
});

test('actors: malformed entries are skipped and counted per reason, never guessed', () => {
  const skips = new SkipCounter('countries');
  const blocks = parseActorDictionary(fixture('countries.actors.txt'), skips);
  // BROKEN_DATES keeps its one good code; its four bad ones are counted
  assert.deepEqual(codesOf(blocks, 'BROKEN DATES'), ['ATLGOV@2009-01-01..']);
  assert.equal(skips.count('code: malformed date'), 2);
  assert.equal(skips.count('code: range ends before it starts'), 1);
  assert.equal(skips.count('code: date without <, > or range'), 1);
  assert.equal(skips.count('code: null code ---'), 1);
  assert.equal(skips.count('block without a usable code'), 2);
  assert.equal(skips.count('block whose primary name is malformed'), 1);
  assert.equal(blocks.some((b) => b.names.includes('NO CODE AT ALL') || b.names.includes('STILL NO CODE')), false);
  assert.match(skips.report().join('\n'), /malformed date: 2 \(lines \d+, \d+\)/);
});

test('actor rows: display names, ordinary-word aliases refused, kinds, and the output is reproducible', () => {
  const common = new Set(['national', 'assembly', 'look', 'old', 'king', 'new', 'chief']);
  const run = () => {
    const skips = new SkipCounter('aliases');
    const blocks = parseActorDictionary(fixture('countries.actors.txt'), new SkipCounter('countries'));
    return { skips, ...actorRows([{ label: 'Countries', blocks }], common, [], skips) };
  };
  const { rows, skips } = run();
  const jane = rows.find((r) => r.name === 'Jane Ministra');
  assert.deepEqual(jane?.aliases, ['Minister Jane Ministra', 'J. Ministra']);
  assert.equal(jane?.kind, 'person');
  // a country's block lists its places and spellings: only our own files make a place stand for a country
  assert.equal(rows.some((r) => r.name === 'Atlantis'), false);
  assert.equal(skips.count('names of a bare country code (places and spellings)'), 1);
  assert.equal(rows.find((r) => r.name === 'Aden Islamic Army')?.kind, 'metonym');
  // "Old King" is a person's two ordinary words in capitals: kept; "National Assembly" and "Look" are refused
  assert.ok(rows.some((r) => r.name === 'Old King'));
  assert.deepEqual(rows.find((r) => r.name === 'Aden Islamic Army')?.aliases, []);
  assert.equal(skips.count('alias made only of ordinary English words'), 2);
  assert.equal(actorRowsTsv(run().rows), actorRowsTsv(rows));
});

test('groups and IGOs: an entry that names one of ours lends it its aliases; disagreements are listed', () => {
  const ours: OurGroup[] = [
    { id: 'sons-of-the-delta', aliases: ['Sons of the Delta', 'SOTD'], country: 'ATL', role: 'REB', code: null },
    { id: 'harbour-front', aliases: ['Harbour Front'], country: 'ATL', role: 'REB', code: null },
    { id: 'council-of-islands', aliases: ['Council of Islands'], country: null, role: 'IGO', code: 'IGOCOI' },
    { id: 'river-brigade', aliases: ['River Brigade'], country: 'ATL', role: 'REB', code: null },
  ];
  const blocks = parseActorDictionary(fixture('groups.actors.txt'), new SkipCounter('groups'));
  const { rows, merged, conflicts } = actorRows([{ label: 'MilNonState', blocks }], new Set(), ours, new SkipCounter('aliases'), (c) => ['ATL', 'ZZZ'].includes(c));
  // aliases unioned into our entry (ours kept, with its id): only the names we lacked
  assert.deepEqual(merged.filter((m) => m.id === 'sons-of-the-delta').map((m) => m.alias), ['Delta Sons']);
  assert.deepEqual(merged.filter((m) => m.id === 'river-brigade').map((m) => m.alias), ['Brigade of the River']);
  // no dictionary row for an entry merged into ours
  assert.equal(rows.some((r) => r.name === 'Sons of the Delta' || r.name === 'River Brigade'), false);
  // conflicts: another country, another code, one entry naming two of ours (kept apart, as its own row)
  const reasons = conflicts.map((c) => `${c.ours} | ${c.theirs} | ${c.reason}`);
  assert.deepEqual(reasons, [
    'harbour-front (ATL/REB) | ZZZREB | country ATL vs ZZZ; our code kept',
    'council-of-islands (IGOCOI) | IGOISL | code IGOCOI vs IGOISL; our code kept',
    'river-brigade, sons-of-the-delta | ATLREB | one dictionary entry names several of our groups; kept apart',
  ]);
  assert.ok(merged.some((m) => m.id === 'harbour-front' && m.alias === 'Harbour Liberation Front'), 'a conflict still lends its aliases; our code stands');
  assert.ok(rows.some((r) => r.name === 'Twin Alliance'));
});

test('dated codes: a minister before, during and after office; no code outside every range', () => {
  const blocks = parseActorDictionary(fixture('countries.actors.txt'), new SkipCounter('countries'));
  const jane = blocks.find((b) => b.names[0] === 'JANE MINISTRA')!.codes;
  assert.equal(codeOn(jane, '2005-06-01')?.code, 'ATLELI');
  assert.equal(codeOn(jane, '2010-06-01')?.code, 'ATLGOV');
  assert.equal(codeOn(jane, '2020-06-01')?.code, 'ATLELI'); // a former minister is not the government
  const chief = blocks.find((b) => b.names[0] === 'NEW CHIEF')!.codes;
  assert.equal(codeOn(chief, '2010-06-01'), null);
  assert.equal(codeOn(chief, '2016-06-01')?.code, 'ATLMIL');
});

test('agents: regular plurals, {} for none, explicit plurals, !wildcards!, malformed codes', () => {
  const skips = new SkipCounter('agents');
  const agents = parseAgentDictionary(fixture('agents.txt'), skips);
  const phrases = agents.map((a) => `${a.phrase}:${a.code}:${a.plural ? 'pl' : 'sg'}`);
  assert.deepEqual(phrases, [
    'planter:AGR:sg', 'planters:AGR:pl',
    'saltman:BUS:sg', 'saltmen:BUS:pl', 'saltwoman:BUS:sg', 'saltwomen:BUS:pl',
    'riot squad:COP:sg',
    'deputy:GOVLEG:sg', 'deputies of state:GOVLEG:pl',
  ]);
  assert.equal(skips.count('malformed code bracket'), 1);
  // a phrase our roles.tsv has keeps our role
  const { rows, ours } = agentRows(agents, 'phrase\trole\tnumber\tkind\nplanter\tLAB\tsingular\tperson\n', skips);
  assert.equal(ours, 1);
  assert.equal(rows.some((r) => r.phrase === 'planter'), false);
  assert.equal(rows.find((r) => r.phrase === 'saltman')?.kind, 'person');
});

test('verbs: synonym sets, compounds, prepositional phrases, paired and refused codes', () => {
  const skips = new SkipCounter('verbs');
  const lemma = (w: string) => w.replace(/s$/, '');
  const converted = convertVerbDictionary(fixture('verbs.txt'), lemma, skips);
  assert.deepEqual(converted.map((p) => `${p.pattern} [${p.cameo}]`), [
    'hurl * convoy|shipment to [073]',
    'hurl * stone|stones at police [145]',
    'fling * stone|stones at police [145]',
    'fling * blame on [112]',
    'hurl * abuse [010]',
    'denounce [111]',
    'speak out [111]',
  ]);
  assert.equal(skips.count('pattern with only a reverse-direction code ([:code])'), 1);
  assert.equal(skips.count('pattern that blocks an event ([---])'), 1);
  assert.equal(skips.count('words before the verb (subject side)'), 1);
  assert.equal(skips.count('unknown synonym set'), 1); // &NOSUCHSET
  assert.equal(skips.count('synonym set without one-word members'), 1); // &RELIEF: its members are phrases
  assert.match(converted[0].origin, /^CAMEO\.2\.0\.txt:\d+ HURL - \* &SHIPMENT \(TO \+\) \[073\]$/);
});

test('verbs: only patterns that add coverage are kept, each refusal with its reason', () => {
  const kb = loadKnowledge();
  const ours = parsePatterns('ours', 'pattern\tcameo\ndenounce\t111\n', 'verb', kb.ontology);
  const converted = convertVerbDictionary(fixture('verbs.txt'), (w) => w.replace(/s$/, ''), new SkipCounter('verbs'));
  const refusals = new SkipCounter('refused');
  const { added, merged } = selectAddedPatterns(converted, ours, kb.ontology, new Set(['fling']), refusals);
  assert.deepEqual(added.map((p) => p.pattern), ['hurl * convoy|shipment to', 'hurl * stone|stones at police']);
  assert.equal(merged, 1); // "denounce": ours already
  assert.equal(refusals.count('headed by a reporting, modality or support verb (the event is what it frames)'), 2);
  assert.equal(refusals.count('only function words after the verb: too generic'), 1); // "speak out"
  assert.equal(refusals.count('CAMEO code with no PLOVER type (statements, comments, unmapped codes)'), 1); // 010
});

test('verbs: a pattern the drop list names is refused with its own reason; a drop matching nothing is reported', () => {
  const kb = loadKnowledge();
  const ours = parsePatterns('ours', 'pattern\tcameo\ndenounce\t111\n', 'verb', kb.ontology);
  const converted = convertVerbDictionary(fixture('verbs.txt'), (w) => w.replace(/s$/, ''), new SkipCounter('verbs'));
  const refusals = new SkipCounter('refused');
  const dropped = new Set(['hurl * stone|stones at police', 'hurl * nothing at all']);
  const { added, unusedDrops } = selectAddedPatterns(converted, ours, kb.ontology, new Set(['fling']), refusals, dropped);
  assert.deepEqual(added.map((p) => p.pattern), ['hurl * convoy|shipment to']);
  assert.equal(refusals.count(DROPPED), 1);
  assert.deepEqual(unusedDrops, ['hurl * nothing at all']);
});

test('generated files: a bad row stops the load naming the file and line', () => {
  const header = 'name\taliases\tcodes\tkind\torigin\n';
  assert.throws(() => dictionaryActors('actors.tsv', `${header}Jane Ministra\t\tATLGOV@2009-13..\tperson\tCountries:1\n`), /actors\.tsv:2: malformed code 'ATLGOV@2009-13\.\.'/);
  assert.throws(() => dictionaryActors('actors.tsv', `${header}Jane Ministra\t\tATLGOV\tminister\tCountries:1\n`), /actors\.tsv:2: expected name/);
  const [row] = dictionaryActors('actors.tsv', `${header}Jane Ministra\tJ. Ministra\tATLGOV@2009-01-15..2014-11-30 ATLELI\tperson\tCountries:7\n`);
  assert.deepEqual(row.aliases, ['Jane Ministra', 'J. Ministra']);
  assert.equal(row.entry.code, 'ATLELI'); // the undated code stands when no date is given
  assert.equal(row.entry.source, 'actors.tsv (Phoenix Countries:7)');
});

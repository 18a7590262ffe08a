// `npm run eval:dev`: the coder's scores on the real-news dev set (../shared/devset/voa.jsonl, all articles),
// and how they stand against the committed floor (test/dev-floor.json). `--write-floor` sets the floor to
// today's scores rounded down to 2 decimals (after an improvement, reviewed in the diff).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { createCoder } from '../src/core/index.ts';
import { resolveNameWith } from '../src/cli/resolve-name.ts';
import { belowFloor, devSetPath, floorOf, formatDevScores, scoreDevSet, type DevFloor } from '../src/eval/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const floorFile = fileURLToPath(new URL('../test/dev-floor.json', import.meta.url));
const kb = loadKnowledge();
try {
  const { scores } = await scoreDevSet(devSetPath(root), createCoder(kb), resolveNameWith(kb));
  console.log(formatDevScores(scores));
  if (process.argv.includes('--write-floor')) {
    writeFileSync(floorFile, `${JSON.stringify(floorOf(scores), null, 2)}\n`);
    console.log(`floor written to test/dev-floor.json`);
  } else {
    const under = belowFloor(scores, JSON.parse(readFileSync(floorFile, 'utf8')) as DevFloor);
    console.log(under.length ? `BELOW THE FLOOR: ${under.join('; ')}` : 'all scores at or above the floor (test/dev-floor.json)');
    process.exitCode = under.length ? 1 : 0;
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
}

import type { CameoInfo, SenseRule } from './types.ts';
import { DataFileError } from './patterns.ts';
import { parseTsv } from './tsv.ts';

const SIDES = new Set(['before', 'after', 'near', 'actor', 'verb', 'subject']);
const PLOVER_TYPES = /^[A-Z]+$/;

/** Rows of argument-senses.tsv ("campaign<TAB>near<TAB>vaccination|awareness<TAB>-"), indexed by word. */
export function parseSenses(file: string, content: string, ontology: ReadonlyMap<string, CameoInfo>): Map<string, SenseRule[]> {
  const out = new Map<string, SenseRule[]>();
  for (const { line, cells } of parseTsv(content)) {
    const [word, side, args, cameo, , when] = cells;
    if (!word || !side || !args || !cameo) throw new DataFileError(file, line, 'expected word<TAB>side<TAB>args<TAB>cameo');
    if (!SIDES.has(side)) throw new DataFileError(file, line, `side must be before, after, near, actor, verb or subject, not '${side}'`);
    if (cameo !== '-' && !ontology.has(cameo)) throw new DataFileError(file, line, `unknown CAMEO code '${cameo}'`);
    if (when && !PLOVER_TYPES.test(when)) throw new DataFileError(file, line, `when must be a PLOVER type in capitals, not '${when}'`);
    const rule: SenseRule = { id: `${file}:${line}`, word, side: side as SenseRule['side'], args: new Set(args.split('|')), cameo: cameo === '-' ? null : cameo, when: when || null };
    out.set(word, [...(out.get(word) ?? []), rule]);
  }
  return out;
}

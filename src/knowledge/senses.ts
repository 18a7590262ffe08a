import type { CameoInfo, SenseRule } from './types.ts';
import { DataFileError } from './patterns.ts';
import { parseTsv } from './tsv.ts';
import { expandClasses } from './noun-classes.ts';

const SIDES = new Set(['before', 'after', 'near', 'sentence', 'actor', 'verb', 'governor', 'subject', 'object', 'partners', 'target', 'landing', 'article', 'unarmed-article', 'agent']);
const PLOVER_TYPES = /^[A-Z]+$/;
/** cameo `=`: an exception row that keeps the pattern's reading, so the rows after it for the same word do not apply. */
export const KEEP = '=';

/**
 * Rows of argument-senses.tsv ("campaign<TAB>near<TAB>vaccination|awareness<TAB>-"), indexed by word; "@abstract" in
 * args stands for a class of data/lexicon/noun-classes.tsv.
 */
export function parseSenses(file: string, content: string, ontology: ReadonlyMap<string, CameoInfo>, classes: ReadonlyMap<string, readonly string[]> = new Map()): Map<string, SenseRule[]> {
  const out = new Map<string, SenseRule[]>();
  for (const { line, cells } of parseTsv(content)) {
    const [word, side, args, cameo, , when] = cells;
    if (!word || !side || !args || !cameo) throw new DataFileError(file, line, 'expected word<TAB>side<TAB>args<TAB>cameo');
    // "actor&object" with args "organization & *": both conditions must hold
    const [first, second, ...more] = side.split('&');
    const [firstArgs, secondArgs] = args.split('&').map((a) => a.trim());
    if (more.length || second !== undefined && !secondArgs) throw new DataFileError(file, line, 'a joined side names two sides and two groups of args ("actor&object", "organization & *")');
    for (const one of [first, second]) if (one !== undefined && !SIDES.has(one)) throw new DataFileError(file, line, `side must be before, after, near, actor, verb, governor, subject, object, partners, target, landing, article, unarmed-article or agent, not '${one}'`);
    if (cameo !== '-' && cameo !== KEEP && !ontology.has(cameo)) throw new DataFileError(file, line, `unknown CAMEO code '${cameo}'`);
    if (when && !PLOVER_TYPES.test(when)) throw new DataFileError(file, line, `when must be a PLOVER type in capitals, not '${when}'`);
    const also = second === undefined ? {} : { also: { side: second as SenseRule['side'], args: new Set(expandClasses(file, line, secondArgs, classes)) } };
    const rule: SenseRule = { id: `${file}:${line}`, word, side: first as SenseRule['side'], args: new Set(expandClasses(file, line, firstArgs, classes)), cameo: cameo === '-' ? null : cameo, when: when || null, ...also };
    // ("crush|defeat|eradicate": one row for each of the words)
    for (const one of word.split('|')) out.set(one, [...(out.get(one) ?? []), rule]);
  }
  return out;
}

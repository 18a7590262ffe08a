import { DataFileError } from './patterns.ts';
import { parseTsv } from './tsv.ts';

/** Rows of data/lexicon/noun-classes.tsv ("abstract<TAB>problem|issue"): each class's lemmas, rows of one class merged. */
export function parseNounClasses(file: string, content: string): Map<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const { line, cells } of parseTsv(content)) {
    const [name, lemmas] = cells;
    if (!name || !lemmas) throw new DataFileError(file, line, 'expected class<TAB>lemmas');
    out.set(name, [...(out.get(name) ?? []), ...lemmas.split('|')]);
  }
  return out;
}

/** An args cell's alternatives with each "@class" replaced by the class's lemmas. */
export function expandClasses(file: string, line: number, args: string, classes: ReadonlyMap<string, readonly string[]>): string[] {
  return args.split('|').flatMap((a) => {
    if (!a.startsWith('@')) return [a];
    const lemmas = classes.get(a.slice(1));
    if (!lemmas) throw new DataFileError(file, line, `unknown noun class '${a}' (data/lexicon/noun-classes.tsv)`);
    return lemmas;
  });
}

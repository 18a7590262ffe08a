import { parseDatedCode } from './dated-codes.ts';
import { DataFileError } from './patterns.ts';
import { parseTsv } from './tsv.ts';
import type { ActorEntry, ActorKind, DatedCode } from './types.ts';

// Readers of the generated files in data/actors/petrarch/ (see scripts/import-petrarch.ts).

const KINDS = new Set<ActorKind>(['person', 'metonym', 'organization', 'group']);

/** actors.tsv rows: name, aliases (a|b), codes (CODE or CODE@from..to), kind, origin → one entry per row. */
export function dictionaryActors(file: string, content: string): Array<{ aliases: string[]; entry: ActorEntry; cells: string[] }> {
  return parseTsv(content).map(({ line, cells }) => {
    const aliases = cells[1];
    return { aliases: [cells[0], ...(aliases ? aliases.split('|') : [])], entry: dictionaryEntry(file, line, cells), cells };
  });
}

/** The entry of one actors.tsv row (its aliases, cells[1], are not read). */
export function dictionaryEntry(file: string, line: number | null, cells: readonly string[]): ActorEntry {
  const [name, , codeText, kind, origin] = cells;
  if (!name || !codeText || !KINDS.has(kind as ActorKind)) throw new DataFileError(file, line, 'expected name<TAB>aliases<TAB>codes<TAB>kind<TAB>origin');
  const dated: DatedCode[] = [];
  for (const t of codeText.split(' ')) {
    const c = parseDatedCode(t);
    if (!c) throw new DataFileError(file, line, `malformed code '${t}'`);
    dated.push(c);
  }
  const first = dated.find((c) => c.from === null && c.to === null) ?? dated[0];
  const country = /^[A-Z]{3}/.test(first.code) ? first.code.slice(0, 3) : null;
  return {
    id: `phoenix:${origin}`, code: first.code, name, kind: kind as ActorKind, country, role: first.code.slice(3) || null,
    plural: false, modifier: kind === 'metonym', dated: dated.some((c) => c.from !== null || c.to !== null) ? dated : undefined,
    source: `${file} (Phoenix ${origin})`,
  };
}

/** group-aliases.tsv rows: our entry's id, a dictionary alias for it, its origin. */
export function dictionaryGroupAliases(file: string, content: string): Array<{ id: string; alias: string }> {
  return parseTsv(content).map(({ line, cells }) => {
    const [id, alias] = cells;
    if (!id || !alias) throw new DataFileError(file, line, 'expected id<TAB>alias<TAB>origin');
    return { id, alias };
  });
}

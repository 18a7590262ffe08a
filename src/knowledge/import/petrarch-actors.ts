import { parseCodeRestriction } from './petrarch-codes.ts';
import type { DatedCode } from '../types.ts';
import { SkipCounter } from './skip-counter.ts';

// Reads a PETRARCH2 `.actors` dictionary: a name line (`SERGEY_LAVROV_`, maybe with codes on it),
// `+SYNONYM_` lines, then code lines (`\t[RUSGOV >040309]`). A block without a usable code is skipped
// and counted; so is every malformed name or restriction, with its reason.

export interface ActorBlock {
  /** Line of the primary name, for the entry's origin ("Phoenix.Countries.actors.txt:39797"). */
  readonly line: number;
  /** Primary name first, then synonyms, as words ("SERGEY LAVROV"). */
  readonly names: readonly string[];
  readonly codes: readonly DatedCode[];
}

// Upper-case letters (accented ones too), digits and the punctuation names use: U.N., AL-QAEDA, ANARCHISTS'
const NAME = /^[\p{Lu}0-9_.'&/-]+$/u;

/** "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" → "ADEN ABYAN ISLAMIC ARMY", or the reason it is unusable. */
export function parseDictionaryName(raw: string): { name: string } | { error: string } {
  // "CARLOS SANTOS_CRUZ_": a space between words is one more separator
  let text = raw.trim().toUpperCase().replace(/[ \t]+/g, '_');
  // "(AAIA)": an acronym note inside the phrase, not words of the name
  text = text.replace(/_?\([^)]*\)_?/g, '_');
  if (text.includes('+')) return { error: 'two names on one line' };
  if (text.includes('\uFFFD')) return { error: 'broken encoding' };
  if (!NAME.test(text)) return { error: 'unexpected character in name' };
  const name = text.split('_').filter(Boolean).join(' ');
  if (!/\p{L}/u.test(name)) return { error: 'name without letters' };
  return { name };
}

export function parseActorDictionary(content: string, skips: SkipCounter): ActorBlock[] {
  const blocks: ActorBlock[] = [];
  let current: { line: number; names: string[]; codes: DatedCode[]; nameOk: boolean } | null = null;
  const flush = () => {
    if (!current) return;
    if (!current.nameOk) skips.add('block whose primary name is malformed', current.line);
    else if (current.codes.length === 0) skips.add('block without a usable code', current.line);
    else blocks.push({ line: current.line, names: current.names, codes: current.codes });
    current = null;
  };
  const readCodes = (text: string, line: number) => {
    for (const m of text.matchAll(/\[([^\]]*)\]/g)) {
      const result = parseCodeRestriction(m[1]);
      if ('error' in result) skips.add(`code: ${result.error}`, line);
      else current?.codes.push(result.ok);
    }
    if (/\[[^\]]*$/.test(text)) skips.add('code: unclosed [', line);
  };
  content.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/\r$/, '').replace(/#.*$/, '');
    if (text.trim() === '') return;
    if (/^\s|^\[/.test(text)) {
      if (!current) skips.add('code line before any name', line);
      else readCodes(text, line);
      return;
    }
    const synonym = text.startsWith('+');
    const body = synonym ? text.slice(1) : text;
    const nameText = body.replace(/\[.*$/, '');
    const parsed = parseDictionaryName(nameText);
    if (!synonym) {
      flush();
      current = { line, names: [], codes: [], nameOk: !('error' in parsed) };
    } else if (!current) {
      skips.add('synonym before any name', line);
      return;
    }
    if ('error' in parsed) skips.add(`name: ${parsed.error}`, line);
    else if (!current!.names.includes(parsed.name)) current!.names.push(parsed.name);
    readCodes(body.slice(nameText.length), line);
  });
  flush();
  return blocks;
}

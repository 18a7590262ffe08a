import { parseTsv } from './tsv.ts';

// Rows of data/ontology/modes.tsv: PLOVER modes the manual lists that the crosswalk does not give, chosen by the
// event's type, its CAMEO code and words of its own wording (src/export/event-mode.ts applies them).
export interface ModeRow {
  readonly type: string;
  /** CAMEO codes the row fits ("143*": with its children); empty for any code of the type */
  readonly codes: readonly string[];
  /** the mode given; '=' keeps the crosswalk's mode */
  readonly mode: string;
  /** words or phrases (lower case), one of which the event's wording must have; null when the code alone decides */
  readonly words: RegExp | null;
  /** actor code prefixes ("@IGO"), any of which fits as a word does */
  readonly actorCodes: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ -]');

export function parseModeRows(content: string): ModeRow[] {
  return parseTsv(content).map(({ line, cells: [type, cameo, mode, words] }) => {
    if (!type || !cameo || mode === undefined || !words) throw new Error(`modes.tsv:${line}: type, cameo, mode and words are needed`);
    const list = words === '-' ? [] : words.split('|').map((w) => w.trim()).filter(Boolean);
    const plain = list.filter((w) => !w.startsWith('@'));
    return {
      type,
      codes: cameo === '*' ? [] : cameo.split('|'),
      mode,
      words: plain.length ? new RegExp(`(?<![\\w-])(?:${plain.map(escape).join('|')})(?:s|es)?(?![\\w-])`, 'i') : null,
      actorCodes: list.filter((w) => w.startsWith('@')).map((w) => w.slice(1)),
    };
  });
}

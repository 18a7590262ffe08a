import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_DATA_DIR } from '../paths.ts';

// PLOVER mode and context of a CAMEO code, from the shipped crosswalk
// ("190: ASSAULT, , military # Use conventional military force"). The coder keeps only the type; the
// POLECAT-like export adds these two columns. A code missing from the table takes its parent's.

export interface ModeContext {
  readonly mode: string;
  readonly context: string;
  /** the crosswalk's PLOVER type of the code */
  readonly type?: string;
}

const ENTRY = /^(\d{2,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#/;
// The mode of an event whose pattern gives it another type than the crosswalk's (data/patterns, `type:RETREAT`):
// a resignation is CAMEO 0831 (CONCEDE in the crosswalk) and PLOVER RETREAT resign.
const SPLIT_MODE: Readonly<Record<string, string>> = { RETREAT: 'resign' };
const DATA_DIR = process.env.EVENTLENS_DATA ?? PACKAGE_DATA_DIR;
let table: ReadonlyMap<string, ModeContext> | null = null;
let overrides: ReadonlyMap<string, string> | null = null;

/** The modes data/ontology/overrides.tsv gives codes it moves to another type (4th column): "116 SANCTION ... convict". */
export function parseOverrideModes(text: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [code, , , mode] = line.split('\t');
    if (/^\d{2,4}$/.test(code ?? '') && mode?.trim()) out.set(code, mode.trim());
  }
  return out;
}

// the mode overrides.tsv names for the code or its nearest parent
function overrideMode(cameo: string): string | undefined {
  overrides ??= parseOverrideModes(readFileSync(join(DATA_DIR, 'ontology/overrides.tsv'), 'utf8'));
  for (let code = cameo; code.length >= 2; code = code.slice(0, -1)) if (overrides.has(code)) return overrides.get(code);
  return undefined;
}

export function parseCrosswalk(text: string): ReadonlyMap<string, ModeContext> {
  const out = new Map<string, ModeContext>();
  for (const line of text.split('\n')) {
    const m = ENTRY.exec(line.trim());
    if (m === null || out.has(m[1])) continue;
    const context = m[4].split(';').map((c) => c.trim()).filter((c) => c !== '').join(';');
    out.set(m[1], { mode: m[3].trim(), context, type: m[2] });
  }
  return out;
}

export function modeContext(cameo: string, type?: string): ModeContext {
  table ??= parseCrosswalk(readFileSync(join(DATA_DIR, 'ontology/CAMEO2PLOVER-2021.txt'), 'utf8'));
  for (let code = cameo; code.length >= 2; code = code.slice(0, -1)) {
    const found = table.get(code);
    // a code the event's type moved (overrides.tsv, a pattern's type:T): the crosswalk's mode belongs to the other type
    const moved = found !== undefined && type !== undefined && found.type !== type ? overrideMode(cameo) ?? SPLIT_MODE[type] : undefined;
    if (moved !== undefined) return { ...found!, mode: moved, type };
    if (found !== undefined) return found;
  }
  return { mode: '', context: '' };
}

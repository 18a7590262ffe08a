import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// PLOVER mode and context of a CAMEO code, from the shipped crosswalk
// ("190: ASSAULT, , military # Use conventional military force"). The coder keeps only the type; the
// POLECAT-like export adds these two columns. A code missing from the table takes its parent's.

export interface ModeContext {
  readonly mode: string;
  readonly context: string;
}

const ENTRY = /^(\d{2,4}):\s*[A-Z]+\s*,([^,#]*),?([^#]*)#/;
const DATA_DIR = process.env.EVENTLENS_DATA ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../data');
let table: ReadonlyMap<string, ModeContext> | null = null;

export function parseCrosswalk(text: string): ReadonlyMap<string, ModeContext> {
  const out = new Map<string, ModeContext>();
  for (const line of text.split('\n')) {
    const m = ENTRY.exec(line.trim());
    if (m === null || out.has(m[1])) continue;
    const context = m[3].split(';').map((c) => c.trim()).filter((c) => c !== '').join(';');
    out.set(m[1], { mode: m[2].trim(), context });
  }
  return out;
}

export function modeContext(cameo: string): ModeContext {
  table ??= parseCrosswalk(readFileSync(join(DATA_DIR, 'ontology/CAMEO2PLOVER-2021.txt'), 'utf8'));
  for (let code = cameo; code.length >= 2; code = code.slice(0, -1)) {
    const found = table.get(code);
    if (found !== undefined) return found;
  }
  return { mode: '', context: '' };
}

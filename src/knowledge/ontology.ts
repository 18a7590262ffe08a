import { PloverType } from '../schema/event.ts';
import type { CameoInfo } from './types.ts';

// Parses the shipped PLOVER crosswalk ("0356: AGREE,  ,   military # Express intent ...")
// and GDELT's Goldstein table. Pure: callers pass the file contents.

const ROOT_HEADER = /^(\d{2}):\s*([A-Z]+)\s*$/;
const ENTRY = /^(\d{2,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#\s*(.*)$/;

/** CAMEO 02x "appeal" has no row in the 2021 crosswalk; PLOVER folds appeals into REQUEST. */
const ROOT_FALLBACK: Readonly<Record<string, PloverType>> = { '02': 'REQUEST' };

export function quadClassOf(code: string): 1 | 2 | 3 | 4 {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

export function parseOntology(crosswalk: string, goldsteinTsv: string, overridesTsv = ''): Map<string, CameoInfo> {
  const goldstein = new Map<string, number>();
  for (const line of goldsteinTsv.split('\n').slice(1)) {
    const [code, score] = line.trim().split('\t');
    if (code && score !== undefined) goldstein.set(code, Number(score));
  }
  const out = new Map<string, CameoInfo>();
  const add = (code: string, type: PloverType, mode: string, description: string) => {
    out.set(code, { code, type, mode, description, goldstein: goldsteinOf(code, goldstein), quadClass: quadClassOf(code) });
  };
  for (const raw of crosswalk.split('\n')) {
    const header = ROOT_HEADER.exec(raw.trim());
    const headerType = header ? PloverType.safeParse(header[2]) : null;
    if (header && headerType?.success && !out.has(header[1])) add(header[1], headerType.data, '', 'root');
    const m = ENTRY.exec(raw.trim());
    if (!m) continue;
    const type = PloverType.safeParse(m[2]);
    if (!type.success) continue;
    if (!out.has(m[1])) add(m[1], type.data, m[3].trim(), m[5].trim());
  }
  for (const code of goldstein.keys()) {
    const type = ROOT_FALLBACK[code.slice(0, 2)];
    if (type && !out.has(code)) add(code, type, '', 'appeal');
  }
  for (const line of overridesTsv.split('\n').slice(1)) {
    const [code, typeName] = line.split('\t');
    const type = PloverType.safeParse(typeName);
    if (!code || line.startsWith('#') || !type.success || !goldstein.has(code) && !out.has(code)) continue;
    const base = out.get(code);
    add(code, type.data, base?.mode ?? '', base?.description ?? 'override');
  }
  return out;
}

/** Goldstein of the code, else of its nearest listed parent ("0874" → "087" → "08"). */
function goldsteinOf(code: string, table: ReadonlyMap<string, number>): number {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const g = table.get(c);
    if (g !== undefined) return g;
  }
  return 0;
}

/** The info for a code, falling back to its parent when the crosswalk skips it. */
export function lookupCameo(ontology: ReadonlyMap<string, CameoInfo>, code: string): CameoInfo | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const info = ontology.get(c);
    if (info) return c === code ? info : { ...info, code, goldstein: info.goldstein };
  }
  return undefined;
}

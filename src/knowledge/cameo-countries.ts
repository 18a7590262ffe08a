import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_DATA_DIR } from '../paths.ts';

// The one table of countries the CAMEO dictionaries code otherwise than world-countries' alpha-3 ("UNK" Kosovo is
// KSV there): data/actors/cameo-country-codes.tsv. Every module that codes a country from a package keyed by alpha-3
// (the knowledge base, capitals, exports) passes the package's code through here, so one story keeps one code.

const FILE = 'actors/cameo-country-codes.tsv';
let table: { toCameo: Map<string, string>; toIso: Map<string, string> } | undefined;

function codeTable(): { toCameo: Map<string, string>; toIso: Map<string, string> } {
  if (table) return table;
  // (a data folder of one's own, EVENTLENS_DATA, may leave this table to the bundled one)
  const own = process.env.EVENTLENS_DATA ? join(process.env.EVENTLENS_DATA, FILE) : null;
  const text = readFileSync(own && existsSync(own) ? own : join(PACKAGE_DATA_DIR, FILE), 'utf8');
  const rows = text.split('\n').filter((line) => line.trim() && !line.startsWith('#')).map((line) => line.split('\t')).filter(([iso]) => iso !== 'iso3');
  table = { toCameo: new Map(rows.map(([iso, cameo]) => [iso, cameo])), toIso: new Map(rows.map(([iso, cameo]) => [cameo, iso])) };
  return table;
}

/** The CAMEO code of a country world-countries codes `iso3` ("UNK" → "KSV"); most are the same. */
export function cameoCountryCode(iso3: string): string {
  return codeTable().toCameo.get(iso3) ?? iso3;
}

/** The world-countries alpha-3 of a CAMEO country code ("KSV" → "UNK"), to look the country up in that package. */
export function isoCountryCode(cameo: string): string {
  return codeTable().toIso.get(cameo) ?? cameo;
}

import { packageRequire } from '../paths.ts';

let names: ReadonlyMap<string, string> | null = null;

// ISO alpha-3 → common English name, from the world-countries package the knowledge base already uses.
// Loaded on first use: only the GDELT and POLECAT exports need it.
function countryNames(): ReadonlyMap<string, string> {
  names ??= new Map((packageRequire('world-countries') as { cca3: string; name: { common: string } }[]).map((c) => [c.cca3, c.name.common]));
  return names;
}

export function countryName(iso3: string | null): string | null {
  return iso3 === null ? null : countryNames().get(iso3) ?? null;
}

/** The country of a CAMEO-style actor code: "USAMIL" → "USA"; group ids ("kataib-hezbollah") and IGOs have none. */
export function codeCountry(code: string | null | undefined): string | null {
  const prefix = code?.slice(0, 3) ?? '';
  return countryNames().has(prefix) ? prefix : null;
}

/** The CAMEO role codes after the country: "USAMILGOV" → ["MIL", "GOV"]. */
export function codeRoles(code: string | null | undefined): readonly string[] {
  if (code == null || codeCountry(code) === null) return [];
  return code.slice(3).match(/[A-Z]{3}/g) ?? [];
}

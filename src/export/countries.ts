import { packageRequire } from '../paths.ts';
import { cameoCountryCode } from '../knowledge/cameo-countries.ts';

let names: ReadonlyMap<string, string> | null = null;

// Country code → common English name, from the world-countries package the knowledge base already uses, keyed by the
// code events carry (CAMEO's: Kosovo KSV, not the package's UNK; data/actors/cameo-country-codes.tsv).
// Loaded on first use: only the GDELT and POLECAT exports need it.
function countryNames(): ReadonlyMap<string, string> {
  names ??= new Map((packageRequire('world-countries') as { cca3: string; name: { common: string } }[]).map((c) => [cameoCountryCode(c.cca3), c.name.common]));
  return names;
}

export function countryName(code: string | null): string | null {
  return code === null ? null : countryNames().get(code) ?? null;
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

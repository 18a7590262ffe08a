import { z } from 'zod';
import type { ActorEntry, PlaceEntry, RoleEntry } from './types.ts';
import { DataFileError } from './patterns.ts';
import { parseTsv } from './tsv.ts';

// Schemas of the knowledge files in data/actors and data/places (see docs/knowledge.md).

const Iso3 = z.string().regex(/^[A-Z]{3}$/);
export const GroupRecord = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  kind: z.string(),
  country: Iso3.nullable().optional(),
  role: z.string().nullable().optional(),
  parent: z.string().optional(),
  code: z.string().optional(),
});
export const PersonRecord = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  country: Iso3.nullable().optional(),
  role: z.string().nullable().optional(),
  group: z.string().optional(),
  title: z.string().optional(),
  office: z.string().optional(),
  from: z.string().nullable().optional(),
  to: z.string().nullable().optional(),
});
const SiteFields = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  kind: z.string(),
  country: Iso3.nullable(),
  // the states that claim a feature at sea ("Scarborough Shoal": CHN, PHL, TWN), which then has no country
  disputed: z.array(Iso3).min(2).optional(),
  admin1: z.string().optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** A site: a land site always has its country; one at sea claimed by several states has none (docs/knowledge-sources.md). */
export const SiteRecord = SiteFields.refine((s) => (s.country === null) === (s.disputed !== undefined), {
  message: 'a site has a country, or none and the states that dispute it ("disputed")',
});

function parseJson<T extends z.ZodTypeAny>(file: string, content: string, schema: T): z.infer<T> {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new DataFileError(file, null, `invalid JSON: ${(e as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataFileError(file, null, `${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

// bodies that act as one organisation, not as an armed or political group: data/actors/organizations.json, companies.json
const ORGANIZATION_KINDS = new Set(['igo', 'ngo', 'media', 'company']);

export function groupActors(file: string, content: string): Array<[string, ActorEntry]> {
  const out: Array<[string, ActorEntry]> = [];
  for (const g of parseJson(file, content, z.array(GroupRecord))) {
    const entry: ActorEntry = {
      id: g.id, code: g.code ?? g.id, name: g.name, kind: ORGANIZATION_KINDS.has(g.kind) ? 'organization' : 'group',
      country: g.country ?? null, role: g.role ?? null, plural: false, modifier: false, parent: g.parent, source: file,
    };
    for (const alias of [g.name, ...g.aliases]) {
      out.push([alias, entry]);
      // "the Houthis" are also "Houthi" before a noun: "Houthi rebels", "the Houthi hijacking"
      if (/^[A-Z][a-z]+is$/.test(alias)) out.push([alias.slice(0, -1), entry]);
    }
  }
  return out;
}

/** People; one who holds an office of a body is coded as the body is ("european-union" → IGOEUREEC, `groupCodes`). */
export function personActors(file: string, content: string, groupCodes: ReadonlyMap<string, string> = new Map()): Array<[string, ActorEntry]> {
  const out: Array<[string, ActorEntry]> = [];
  parseJson(file, content, z.array(PersonRecord)).forEach((p, i) => {
    const code = p.group ? groupCodes.get(p.group) ?? p.group : p.country ? `${p.country}${p.role ?? 'GOV'}` : null;
    if (!code) return;
    const entry: ActorEntry = {
      id: `${file}#${i}`, code, name: p.name, kind: 'person', country: p.country ?? null, role: p.role ?? 'GOV',
      plural: false, modifier: false, from: p.from ?? undefined, to: p.to ?? null, title: p.title, source: file,
    };
    for (const alias of [p.name, ...p.aliases]) out.push([alias, entry]);
  });
  return out;
}

export function metonymActors(file: string, content: string): Array<[string, ActorEntry]> {
  const map = parseJson(file, content, z.record(z.string(), z.string()));
  return Object.entries(map)
    .filter(([k]) => !k.startsWith('_'))
    .map(([alias, code]) => [alias, {
      id: `metonym:${alias}`, code, name: alias.replace(/^the /i, ''), kind: 'metonym', country: code.slice(0, 3),
      role: code.length > 3 ? code.slice(3) : null, plural: false, modifier: false, source: file,
    }]);
}

export function roleEntries(file: string, content: string): Array<[string, RoleEntry]> {
  return parseTsv(content).map(({ line, cells }) => {
    const [phrase, role, number, kind, country] = cells;
    if (!phrase || !role) throw new DataFileError(file, line, 'expected phrase<TAB>role<TAB>number<TAB>kind[<TAB>country]');
    return [phrase, { phrase, role, plural: number === 'plural' || number === 'mass', kind: kind ?? 'group', source: file, ...(country ? { country } : {}) }];
  });
}

// seas and straits shared by several shores have no country either, disputed or not
export const RegionRecord = SiteFields.extend({ country: Iso3.nullable() });

/** Seas, straits and named regions that GeoNames' first-level divisions lack ("Red Sea", "North Waziristan"). */
export function regionPlaces(file: string, content: string): Array<[string, PlaceEntry]> {
  const out: Array<[string, PlaceEntry]> = [];
  for (const r of parseJson(file, content, z.array(RegionRecord))) {
    const entry: PlaceEntry = { id: r.id, name: r.name, precision: r.kind === 'city' ? 'city' : 'region', country: r.country, lat: r.lat, lon: r.lon };
    for (const alias of [r.name, ...r.aliases]) out.push([alias, entry]);
  }
  return out;
}

export function sitePlaces(file: string, content: string, genericNouns: readonly string[] = []): Array<[string, PlaceEntry]> {
  const out: Array<[string, PlaceEntry]> = [];
  for (const s of parseJson(file, content, z.array(SiteRecord))) {
    // "the West Bank", "Darfur", "Crimea": a region the city lists lack is read as a region, so a town in it is more precise
    const entry: PlaceEntry = { id: s.id, name: s.name, precision: s.kind === 'region' ? 'region' : 'site', country: s.country, admin1: s.admin1, lat: s.lat, lon: s.lon };
    for (const alias of [s.name, ...s.aliases]) {
      out.push([alias, entry]);
      // "Al-Asad Airbase" is also written "Al-Asad airbase" (data/places/site-generic-nouns.tsv)
      const lowered = lowerGenericEnding(alias, genericNouns);
      if (lowered) out.push([lowered, entry]);
    }
  }
  return out;
}

/** The alias with its capitalised generic ending in lower case ("Sednaya Prison" → "Sednaya prison"), or null. */
function lowerGenericEnding(alias: string, genericNouns: readonly string[]): string | null {
  for (const noun of genericNouns) {
    const at = alias.length - noun.length;
    const ending = alias.slice(at);
    if (at > 1 && alias[at - 1] === ' ' && ending.toLowerCase() === noun && ending !== noun && /\p{Lu}/u.test(alias.slice(0, at))) return alias.slice(0, at) + noun;
  }
  return null;
}

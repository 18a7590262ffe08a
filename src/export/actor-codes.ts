import { readNamedBodies } from '../knowledge/named-bodies.ts';
import type { ActorEntry } from '../knowledge/types.ts';

// Events name a group, organisation or company the dictionaries give no CAMEO code by our own id ("hamas",
// "boko-haram", "apple"): the id is its identity in stats, incidents and watch rules. CAMEO-style exports
// (GDELT, POLECAT) write instead the code Phoenix gives such groups, country then sector (BOKO_HARAM
// [NGAREB], HEZBOLLAH [LBNREB]), and the id in GDELT's known-group column.

/** An exported actor: its CAMEO-style code and, for a named body coded by its sector, our id of it. */
export interface ExportedActor {
  readonly code: string | null;
  readonly knownGroup: string | null;
}

let bodies: ReadonlyMap<string, ActorEntry> | null = null;

// A body of no one country: armed groups are CAMEO's international militarized groups (IMG, as Phoenix codes
// al-Qaeda IMGMUSALQ), companies its multinationals (MNC), IGOs and NGOs their own top-level codes.
const STATELESS_PREFIX: Readonly<Record<string, string>> = { REB: 'IMG', MIL: 'IMG', CRM: 'IMG', BUS: 'MNC', IGO: 'IGO', NGO: 'NGO' };

function sectorCode(body: ActorEntry): string | null {
  const role = body.role;
  if (role === null) return body.country;
  if (body.country !== null) return `${body.country}${role}`;
  const prefix = STATELESS_PREFIX[role];
  if (prefix === undefined) return null;
  return prefix === role || prefix === 'MNC' ? prefix : `${prefix}${role}`;
}

/** What a CAMEO-style export writes for an event's actor code; a code that is no id of ours is written as it is. */
export function exportedActor(code: string | null | undefined): ExportedActor {
  if (code == null) return { code: null, knownGroup: null };
  bodies ??= readNamedBodies();
  const body = bodies.get(code);
  // an organisation with a CAMEO code of its own ("united-nations" → IGOUNO) is already written by it
  if (body === undefined || body.code !== body.id) return { code, knownGroup: null };
  return { code: sectorCode(body), knownGroup: body.id };
}

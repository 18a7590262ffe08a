// Whether two actor codes can name the same participant. "kataib-hezbollah" and "IRQREB" (militants in
// Iraq) can: one outlet names the group, another only says "militants". "IRQMIL" and "IRQREB" cannot.
//   same     identical codes
//   broader  one is a broader name for the other: a country for its state forces (IRQ ⊃ IRQMIL), a
//            group's parent, or its country+role (IRQREB ⊃ kataib-hezbollah)
//   related  a named group and a role code that one of its branches goes by: "Islamic State" and
//            "militants in Afghanistan" (AFGREB) can both mean IS-K; two role codes never are (IRQREB, IRQMIL)
//   unknown  one side has no code (no actor, or a name the coder could not resolve)
//   conflict anything else

export type ActorRelation = 'same' | 'broader' | 'related' | 'unknown' | 'conflict';

/** From the knowledge files (buildActorHierarchy): broader codes of a code, and related pairs. */
export interface ActorHierarchy {
  readonly up: ReadonlyMap<string, readonly string[]>;
  /** "a\u0000b" for each related pair, both orders. */
  readonly related: ReadonlySet<string>;
}

export const NO_HIERARCHY: ActorHierarchy = { up: new Map(), related: new Set() };

export interface ActorKnowledge {
  readonly code: string;
  readonly country: string | null;
  readonly role: string | null;
  /** The code of a parent group or organisation. */
  readonly parent?: string;
}

// A bare country stands for its state: "Iraq attacked" may be its army, not rebels fighting it.
const STATE_ROLES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
// Civilians by occupation are civilians: "farm workers" (LAB), "rice farmers" (AGR) and "civilians" (CVL)
// can be the same victims, so CVL is broader than each and the occupations are related to each other.
const CIVILIAN_ROLES = new Set(['AGR', 'LAB', 'BUS', 'EDU', 'HLH', 'MED', 'REF', 'REL']);
const CAMEO_ROLE = /^([A-Z]{3})([A-Z]{3})$/;
const CAMEO_CODE = /^([A-Z]{3})+$/;

/** Group id → parents (transitively), country+role and, for state roles, the country. */
export function buildActorHierarchy(entries: readonly ActorKnowledge[]): ActorHierarchy {
  // bodies share their organisation's code (the Security Council is IGOUNO): the first, the organisation, stands for it
  const byCode = new Map<string, ActorKnowledge>();
  for (const e of entries) if (!byCode.has(e.code)) byCode.set(e.code, e);
  const out = new Map<string, string[]>();
  const related = new Set<string>();
  for (const entry of entries) {
    const up = new Set<string>();
    const seen = new Set<string>();
    for (let e: ActorKnowledge | undefined = entry; e !== undefined && !seen.has(e.code); e = e.parent === undefined ? undefined : byCode.get(e.parent)) {
      seen.add(e.code);
      if (e !== entry) up.add(e.code);
      if (e.country !== null && e.role !== null) up.add(`${e.country}${e.role}`);
      if (e.country !== null && (e.role === null || STATE_ROLES.has(e.role))) up.add(e.country);
    }
    up.delete(entry.code);
    if (up.size > 0) out.set(entry.code, [...up].sort());
  }
  for (const [code, up] of out) {
    const names = [code, ...up];
    for (const named of names.filter((n) => !CAMEO_CODE.test(n))) {
      for (const other of names) {
        if (other === named || out.get(named)?.includes(other) || out.get(other)?.includes(named)) continue;
        related.add(`${named}\u0000${other}`).add(`${other}\u0000${named}`);
      }
    }
  }
  return { up: out, related };
}

/**
 * Every broader name for a code, for fast relation checks. As a target a bare country is broader than
 * all its people ("Russia shelled Ukraine": soldiers or civilians); as an actor only than its state.
 */
export function broaderCodes(code: string, hierarchy: ActorHierarchy, role: 'actor' | 'target' = 'actor'): ReadonlySet<string> {
  const up = new Set(hierarchy.up.get(code) ?? []);
  const cameo = CAMEO_ROLE.exec(code);
  if (cameo !== null && (role === 'target' || STATE_ROLES.has(cameo[2]))) up.add(cameo[1]);
  if (cameo !== null && CIVILIAN_ROLES.has(cameo[2])) up.add(`${cameo[1]}CVL`);
  return up;
}

export interface CodedActor {
  readonly code: string | null;
  readonly up: ReadonlySet<string>;
  readonly related: ReadonlySet<string>;
}

// One record per code and role of a hierarchy: a rebuild makes a mention for each of 100,000s of
// events, and most name the same few hundred codes (each record holds a set of broader codes).
const interned = new WeakMap<ActorHierarchy, Map<string, CodedActor>>();

export function codedActor(code: string | null, hierarchy: ActorHierarchy, role: 'actor' | 'target' = 'actor'): CodedActor {
  let known = interned.get(hierarchy);
  if (known === undefined) interned.set(hierarchy, known = new Map());
  const name = code === null ? role : `${role}\u0000${code}`;
  let actor = known.get(name);
  if (actor === undefined) {
    actor = { code, up: code === null ? EMPTY : broaderCodes(code, hierarchy, role), related: hierarchy.related };
    known.set(name, actor);
  }
  return actor;
}

const EMPTY: ReadonlySet<string> = new Set();

export function actorRelation(a: CodedActor, b: CodedActor): ActorRelation {
  if (a.code === null || b.code === null) return 'unknown';
  if (a.code === b.code) return 'same';
  if (a.up.has(b.code) || b.up.has(a.code)) return 'broader';
  if (a.related.has(`${a.code}\u0000${b.code}`)) return 'related';
  return civilians(a.code) && civilians(b.code) && a.code.slice(0, 3) === b.code.slice(0, 3) ? 'related' : 'conflict';
}

function civilians(code: string): boolean {
  const cameo = CAMEO_ROLE.exec(code);
  return cameo !== null && CIVILIAN_ROLES.has(cameo[2]);
}

const RANK: Readonly<Record<ActorRelation, number>> = { same: 4, broader: 3, related: 2, unknown: 1, conflict: 0 };

/** Several events of one sentence name several participants: the best-matching pair decides. */
export function bestRelation(as: readonly CodedActor[], bs: readonly CodedActor[]): { relation: ActorRelation; a: CodedActor; b: CodedActor } {
  let best = { relation: 'conflict' as ActorRelation, a: as[0], b: bs[0] };
  for (const a of as) {
    for (const b of bs) {
      const relation = actorRelation(a, b);
      if (RANK[relation] > RANK[best.relation]) best = { relation, a, b };
    }
  }
  return best;
}

/** Two codes for one party: the same code, or one state's organs ("ISR", "ISRMIL", "ISRGOV"). */
export function sameParty(a: string, b: string): boolean {
  if (a === b) return true;
  const state = (code: string) => /^[A-Z]{3}$/.test(code) || (CAMEO_ROLE.test(code) && STATE_ROLES.has(code.slice(3)));
  return a.slice(0, 3) === b.slice(0, 3) && state(a) && state(b);
}

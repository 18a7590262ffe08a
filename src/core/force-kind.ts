import type { SentenceContext } from '../extract/context.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import type { ActorPhrase } from '../resolve/types.ts';

// codes of armed forces (military, rebels, intelligence) and of police; a named group the gazetteer lists as rebels
// and of armed criminals (gangs, bandits: CRM)
const FORCES_CODE = /(MIL|REB|SPY)$/;
const POLICE_CODE = /COP$/;
const CRIMINALS_CODE = /CRM$/;
export type ForceKind = 'forces' | 'police' | 'criminals' | null;
// kept by what it reads of a phrase (its kind, code, entry's role and words), per knowledge base: asked for each actor
// of each candidate under each actor row of its words, and a candidate's actors are copies made for it
const FORCE_KINDS = new WeakMap<SentenceContext['kb'], Map<string, ForceKind>>();
const KEPT = 20_000; // (started over past this many: an ingest runs through millions of phrases)

/** The kind of armed force an actor phrase names (argument-senses.tsv actor rows: forces, police, criminals), if any. */
export function forceKind(ctx: SentenceContext, a: ActorPhrase): ForceKind {
  let kinds = FORCE_KINDS.get(ctx.kb);
  if (kinds === undefined) FORCE_KINDS.set(ctx.kb, (kinds = new Map()));
  const key = `${a.kind}\t${a.code ?? a.roleCode ?? ''}\t${a.entry?.role ?? ''}\t${a.text}`;
  let kind = kinds.get(key);
  if (kind === undefined) {
    if (kinds.size >= KEPT) kinds.clear();
    kinds.set(key, (kind = forceKindOf(ctx, a)));
  }
  return kind;
}

function forceKindOf(ctx: SentenceContext, a: ActorPhrase): ForceKind {
  const code = a.code ?? a.roleCode ?? '';
  // a role phrase names forces only by its head word or as a whole ("gang members"): "guerrilla tactics" are no guerrillas
  const armed = (phrase: string) => ctx.kb.roles.lookup(phrase).some((r) => FORCES_CODE.test(r.role) || POLICE_CODE.test(r.role) || CRIMINALS_CODE.test(r.role));
  const head = a.text.split(/\s+/).pop()!.toLowerCase();
  const whole = armed(a.text.toLowerCase().replace(/^the\s+/, ''));
  // "special police units", "army squads": a unit's head takes the kind of the armed word before it
  const words = a.text.toLowerCase().split(/\s+/);
  const armedUnit = words.length > 1 && cuePhrases(ctx.kb.lexicon.clauseCues, 'armed-unit').has(head) && armed(words[words.length - 2]);
  if (a.kind === 'role' && !armed(head) && !whole && !armedUnit) return null;
  // "A Hamas delegation", "Taliban leaders": a named armed group's envoys or office holders are no forces, where a
  // role that is armed as a whole is ("coup leaders", roles.tsv)
  if (!whole && (ctx.kb.lexicon.envoyNouns.has(head) || ctx.kb.roles.lookup(head).some((r) => !armed(head) && r.role !== ''))) return null;
  if (FORCES_CODE.test(code) || a.entry?.role === 'REB') return 'forces';
  if (CRIMINALS_CODE.test(code)) return 'criminals';
  return POLICE_CODE.test(code) ? 'police' : null;
}

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

// codes of those who bear arms, whatever words the phrase has (military, rebels, intelligence, police, criminals,
// insurgents, separatists, unaligned armed groups)
const ARMED_CODE = /(MIL|REB|SPY|COP|CRM|INS|SEP|UAF)$/;
// what a role phrase names that speaks as one (roles.tsv kinds): an office holder, a government body, an organization;
// crowds of civilians ("villagers", "farmers", "protesters") and armed kinds can come to blows
const CIVIC_ROLE_KINDS = new Set(['person', 'government', 'organization']);

/**
 * An actor that answers with words, no arms (argument-senses.tsv actor kind "civic"): a named person, an office
 * holder, a government body, a union, a church, a party or a rights group, none of them armed; no state (a country
 * "hits back" with arms as well as words) and no crowd.
 */
export function isCivic(ctx: SentenceContext, a: ActorPhrase): boolean {
  if (armedOrBusiness(ctx, a)) return false;
  if (a.kind === 'person') return true;
  // ("the prime minister" told again is an anaphor with its role's kind; a bare pronoun tells no kind)
  if (a.kind === 'role' || a.kind === 'anaphor') return CIVIC_ROLE_KINDS.has(a.roleKind ?? '');
  return a.kind === 'group' || a.kind === 'organization';
}

/** An actor that is no state and bears no arms (argument-senses.tsv actor kind "unarmed"): crowds as well as civic bodies. */
export function isUnarmed(ctx: SentenceContext, a: ActorPhrase): boolean {
  if (armedOrBusiness(ctx, a)) return false;
  return a.kind === 'person' || a.kind === 'role' || a.kind === 'group' || a.kind === 'organization' || a.kind === 'anaphor' && a.roleKind !== undefined;
}

// armed by its kind or its code; or a business, whose fights with rivals are no political act at all (the company rows
// of argument-senses.tsv drop them)
const armedOrBusiness = (ctx: SentenceContext, a: ActorPhrase) =>
  forceKind(ctx, a) !== null || ARMED_CODE.test(a.code ?? a.roleCode ?? '') || ARMED_CODE.test(a.entry?.role ?? '') || a.entry?.role === 'BUS' || /BUS$/.test(a.code ?? a.roleCode ?? '');

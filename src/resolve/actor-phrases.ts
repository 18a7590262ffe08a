import type { ActorEntry, Knowledge, RoleEntry } from '../knowledge/types.ts';
import type { NormalizedText } from '../nlp/normalize.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { locativePrep, tokenAt } from './token-map.ts';

const roleKind = (p: Omit<ActorPhrase, 'locative'>) => p.roleKind ?? null;

interface Hit {
  start: number;
  end: number;
  actor?: ActorEntry;
  role?: RoleEntry;
}

// Named actors outrank metonyms and countries when one alias names several ("Georgia").
const KIND_RANK: Record<string, number> = { group: 0, organization: 1, person: 2, metonym: 3, country: 4 };

/** Picks the entry an alias means on the publication date (leaders by their term of office). */
function pickEntry(entries: readonly ActorEntry[], published: string | null): ActorEntry | null {
  const live = entries.filter((e) => e.kind !== 'person' || !published || ((!e.from || e.from <= published) && (!e.to || published <= e.to)));
  if (live.length === 0) return null;
  return [...live].sort((a, b) => (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9))[0];
}

/** True when only modifier-like tokens (adjectives, nouns, hyphens, a possessive) lie between two hits. */
function adjacent(doc: AnalyzedText, a: Hit, b: Hit): boolean {
  if (b.start < a.end) return false;
  const gap = doc.text.slice(a.end, b.start);
  if (/^(?:['’]s)?[\s-]*$/.test(gap)) return true;
  if (/[,;:()"“”.]/.test(gap)) return false;
  let words = 0;
  for (let i = tokenAt(doc, a.end); i < doc.tokens.length && doc.tokens[i].start < b.start; i++) {
    const t = doc.tokens[i];
    if (t.text === '-' || t.lower === "'s" || t.lower === '’s') continue;
    if (!['ADJ', 'NOUN', 'PROPN', 'VERB'].includes(t.pos) || (t.pos === 'VERB' && !/ed$/.test(t.lower))) return false;
    if (++words > 2) return false;
  }
  return true;
}

function phraseOf(doc: AnalyzedText, group: Hit[], published: string | null): Omit<ActorPhrase, 'locative'> {
  const start = group[0].start;
  const end = group[group.length - 1].end;
  const text = doc.text.slice(start, end);
  const named = [...group].reverse().find((h) => h.actor && h.actor.kind !== 'country' && h.actor.kind !== 'metonym');
  if (named?.actor) {
    const e = named.actor;
    return { start, end, text, name: e.name, code: e.code, kind: e.kind === 'metonym' ? 'country' : e.kind as ActorPhrase['kind'], plural: e.plural, entry: e, rule: 'actor:named' };
  }
  const modifier = group.find((h) => h.actor)?.actor ?? null;
  const role = [...group].reverse().find((h) => h.role)?.role ?? null;
  if (modifier && role) {
    const country = modifier.country ?? modifier.code.slice(0, 3);
    return { start, end, text, name: text.replace(/^the\s+/i, ''), code: `${country}${role.role}`, kind: role.kind === 'person' ? 'person' : 'role', plural: role.plural, entry: modifier, rule: 'actor:country+role' };
  }
  if (modifier) {
    // "US-occupied", "Iraqi-held": the occupier's forces, as a participant.
    if (/^[\s-]*(occupied|held|controlled)\b/i.test(doc.text.slice(end, end + 12))) {
      return { start, end, text, name: `${modifier.name} forces`, code: `${modifier.country ?? modifier.code}MIL`, kind: 'role', plural: true, entry: modifier, rule: 'actor:occupier' };
    }
    return { start, end, text, name: modifier.name, code: modifier.code, kind: 'country', plural: modifier.plural, entry: modifier, rule: 'actor:country' };
  }
  void published;
  return { start, end, text, name: text.replace(/^the\s+/i, ''), code: null, kind: 'role', plural: role?.plural ?? false, entry: null, roleKind: role?.kind, rule: 'actor:role' };
}

/**
 * Actor phrases from the gazetteers: runs of adjacent hits merge into one phrase
 * ("US President Donald Trump", "Iraqi forces", "The Iraqi resistance group Asbat al-Thaireen").
 */
export function findActorPhrases(doc: AnalyzedText, normalized: NormalizedText, kb: Knowledge, published: string | null, sites: ReadonlyArray<{ start: number; end: number }> = []): ActorPhrase[] {
  const hits: Hit[] = [];
  for (const m of kb.actors.findAll(doc.text, normalized)) {
    if (m.values.some((v) => v.kind === 'blocker')) continue;
    // "Assad" inside "Al-Assad Airbase" is part of a place name.
    if (sites.some((s) => s.start <= m.start && m.end <= s.end && s.end - s.start > m.end - m.start)) continue;
    const actor = pickEntry(m.values, published);
    if (actor) hits.push({ start: m.start, end: m.end, actor });
  }
  for (const m of kb.roles.findAll(doc.text, normalized)) {
    if (hits.some((h) => h.start < m.end && m.start < h.end)) continue;
    hits.push({ start: m.start, end: m.end, role: m.values[0] });
  }
  hits.sort((a, b) => a.start - b.start);
  const phrases: ActorPhrase[] = [];
  let group: Hit[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const p = definite(doc, widenRole(doc, phraseOf(doc, group, published)));
    const prep = locativePrep(doc, p.start);
    phrases.push({ ...p, locative: prep !== null && prep !== 'to', prep });
    group = [];
  };
  for (const hit of hits) {
    const last = group[group.length - 1];
    if (last && !(adjacent(doc, last, hit) && canFollow(last, hit))) flush();
    group.push(hit);
  }
  flush();
  return phrases;
}

/** A country or role may precede a role or a name; two names in a row are two actors. */
function canFollow(prev: Hit, next: Hit): boolean {
  const prevNamed = prev.actor && prev.actor.kind !== 'country' && prev.actor.kind !== 'metonym';
  const nextNamed = next.actor && next.actor.kind !== 'country' && next.actor.kind !== 'metonym';
  if (prevNamed && nextNamed) return false;
  if (prev.actor && next.actor && !nextNamed) return false; // "Iran Iraq": two countries
  if (prevNamed && next.role) return true; // "PMU group"
  return true;
}

/** "foreign troops", "armed men": a bare role keeps the adjectives before it. */
function widenRole(doc: AnalyzedText, p: Omit<ActorPhrase, 'locative'>): Omit<ActorPhrase, 'locative'> {
  if (p.rule !== 'actor:role') return p;
  let i = tokenAt(doc, p.start) - 1;
  let start = p.start;
  while (i >= 0 && doc.tokens[i].pos === 'ADJ' && doc.tokens[i].sentence === doc.tokens[i + 1]?.sentence) start = doc.tokens[i--].start;
  const text = doc.text.slice(start, p.end);
  return { ...p, start, text, name: text };
}

/** "the group", "the president", "the militants": a bare role after "the" points back to an actor named before. */
function definite(doc: AnalyzedText, p: Omit<ActorPhrase, 'locative'>): Omit<ActorPhrase, 'locative'> {
  if (p.rule !== 'actor:role') return p;
  const before = doc.tokens[tokenAt(doc, p.start) - 1];
  if (!before || !['the', 'this', 'that', 'these', 'those'].includes(before.lower)) return p;
  const role = p.entry === null ? roleKind(p) : null;
  if (role !== 'group' && role !== 'person') return p;
  return { ...p, start: before.start, text: doc.text.slice(before.start, p.end), kind: 'anaphor', refersTo: role, rule: `anaphor:definite-${role}` };
}

import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { locativePrep } from './token-map.ts';
import { outletDescriptions } from './outlet-anaphors.ts';

export const NAMED_BODY_HEAD_RULE = 'actor:definite-head-of-named-body';

// the roles that have mechanisms of their own for "the …" (the story's country, the side named before)
const STATE_ROLES = new Set(['government', 'army', 'military', 'police', 'troop', 'force', 'soldier', 'officer', 'state', 'country', 'regime', 'authority', 'administration', 'official', 'leader']);
const POINTING = new Set(['the', 'this']);
const CAPITALISED = /^[A-Z][a-z]+$/;

/**
 * "Judges at the International Criminal Court ruled … Manila said it would cooperate with the court", "Honduras's
 * electoral council began a recount … Nasralla accused the council of fraud", "The European Commission fined Google …
 * the commission said": "the" + the head noun of a body named before is that body (the nearest one so named), not the
 * story country's court or a nameless council. The phrase keeps its words and takes the body's code and kind.
 * Written with its capital too ("The Fund urged Cairo to cut subsidies" after "the International Monetary Fund").
 * Not for the state's own roles ("the government", "the army": see definite-role-side.ts and the story's country), nor
 * when the noun is named on the spot ("the court of appeal", "the council in Kano"). Then a description of a news outlet
 * takes up the outlet named before (outlet-anaphors.ts).
 */
export function withNamedBodyHeads(doc: AnalyzedText, phrases: readonly ActorPhrase[], anaphors: ReadonlyMap<string, string> = new Map()): ActorPhrase[] {
  return outletDescriptions(doc, anaphors, withBodyHeads(doc, phrases));
}

function withBodyHeads(doc: AnalyzedText, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  const bodies = phrases.filter(namesBody);
  if (bodies.length === 0) return [...phrases];
  // each body's last word, cut once (every "the" + noun of the article looks through the bodies named before it)
  const lastWords = bodies.map((b) => b.name.trim().split(/\s+/).pop()!.toLowerCase());
  const byStart = new Map(phrases.map((p) => [p.start, p]));
  const out: ActorPhrase[] = [];
  const added: ActorPhrase[] = [];
  for (let i = 1; i < doc.tokens.length; i++) {
    const head = doc.tokens[i];
    if (!POINTING.has(doc.tokens[i - 1].lower)) continue;
    // ("the Commission", "the Fund", "the Council": wire style writes the head noun of a body named before with its capital)
    const capital = CAPITALISED.test(head.text) && (head.pos === 'NOUN' || head.pos === 'PROPN');
    if (!capital && (head.pos !== 'NOUN' || head.text !== head.lower)) continue;
    const lemma = capital ? head.lower : head.lemma;
    if (STATE_ROLES.has(lemma) || !endsThePhrase(doc, i)) continue;
    const body = nearestBody(bodies, lastWords, lemma, doc.tokens[i - 1].start);
    if (!body) continue;
    const existing = byStart.get(head.start) ?? byStart.get(doc.tokens[i - 1].start);
    const members = existing && membersOf(doc, head, existing);
    if (existing && !members && (existing.kind !== 'role' || existing.code !== null || existing.end !== head.end)) continue;
    const start = doc.tokens[i - 1].start;
    const prep = locativePrep(doc, start, false);
    const end = members ? existing.end : head.end;
    // ("the court's judges": the body's members, coded as its country with their own role; a named body's code alone)
    const code = members && body.rule === 'actor:country+role' ? `${body.entry?.country ?? body.code!.slice(0, 3)}${existing.roleCode}` : body.code;
    const phrase: ActorPhrase = { ...body, start, end, text: doc.text.slice(start, end), code, ...(members ? { plural: existing.plural, roleCode: existing.roleCode } : {}), locative: existing?.locative ?? false, prep, rule: members ? `${NAMED_BODY_HEAD_RULE}+members` : NAMED_BODY_HEAD_RULE };
    added.push(phrase);
    if (existing) out.push(existing);
  }
  if (added.length === 0) return [...phrases];
  const replaced = new Set(out);
  return [...phrases.filter((p) => !replaced.has(p)), ...added].sort((a, b) => a.start - b.start);
}

/** "the court's judges": a role phrase of nameless members after the head noun and its possessive "'s". */
const membersOf = (doc: AnalyzedText, head: AnalyzedText['tokens'][number], p: ActorPhrase) =>
  p.kind === 'role' && p.code === null && p.roleCode !== undefined && p.end > head.end && /^['’]s\s/.test(doc.text.slice(head.end, head.end + 3));

/** A named body ("International Criminal Court") or a state body named with its country ("Honduras's electoral council"). */
function namesBody(p: ActorPhrase): boolean {
  if (p.code === null || p.locative || !/\s/.test(p.name.trim())) return false;
  return p.kind === 'organization' || p.kind === 'role' && p.rule === 'actor:country+role';
}

function nearestBody(bodies: readonly ActorPhrase[], lastWords: readonly string[], lemma: string, before: number): ActorPhrase | undefined {
  let found: ActorPhrase | undefined;
  const plural = `${lemma}s`;
  for (let k = 0; k < bodies.length; k++) {
    if (bodies[k].end > before) break;
    const last = lastWords[k];
    if (last === lemma || last === plural) found = bodies[k];
  }
  return found;
}

/** "the court" not followed by what names it on the spot: "of appeal", "in Kano", a name ("the court Judge X"). */
function endsThePhrase(doc: AnalyzedText, i: number): boolean {
  const next = doc.tokens[i + 1];
  if (!next || next.sentence !== doc.tokens[i].sentence) return true;
  // ("accused the council of manipulating", "condemned the commission for targeting": a preposition + a gerund tells
  // what the body did)
  if ((next.lower === 'of' || next.lower === 'for') && doc.tokens[i + 2]?.pos === 'VERB' && doc.tokens[i + 2].lower.endsWith('ing')) return true;
  if (['of', 'in', 'from', 'for'].includes(next.lower)) return false;
  return next.pos !== 'NOUN' && next.pos !== 'PROPN';
}

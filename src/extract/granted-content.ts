import type { CameoInfo } from '../knowledge/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { patternInfo } from '../knowledge/patterns.ts';
import { baseForms } from './morphology.ts';

export const GRANTED_CONTENT_RULE = 'type:granted-request-content';

// granting what was asked is the act asked for; acts whose doing a grant can be (the PLOVER manual: aid or cooperation)
const GIVEN_TYPES = new Set(['AID', 'COOPERATE']);
// CAMEO's appeals mirror the acts: an appeal for material cooperation (021x) or for aid (023x) asks for 06x or 07x
const APPEAL_TO_ACT: ReadonlyArray<readonly [RegExp, string]> = [[/^021(\d)$/, '06'], [/^023(\d)$/, '07']];

/**
 * "Spain granted Britain's request for the extradition of the suspect", "Germany approved Ukraine's request for air
 * defence systems": a granted request's content decides what the granting is (the PLOVER manual types an act by what is
 * done): the extradition is judicial cooperation, weapons are military aid. The content is the request's "for" phrase,
 * read as the request verb's own rows would read it ("request * air defence", 0232 → 072) or as an act noun ("extradition",
 * 063). The act's info, or null for a content that is no aid or cooperation ("a request to delay the vote" stays a concession).
 */
export function grantedContent(ctx: SentenceContext, tr: Trigger, info: CameoInfo): CameoInfo | null {
  if (tr.pattern.kind !== 'verb' || (info.type !== 'CONCEDE' && info.type !== 'SUPPORT')) return null;
  const request = tr.tokens[tr.tokens.length - 1];
  const t = ctx.doc.tokens;
  if (t[request].lemma !== 'request') return null;
  const tree = ctx.tree();
  const content = tree.childrenWith(request, 'nmod', 'acl').find((c) => tree.marker(c) === 'for');
  if (content === undefined) return null;
  const [from, to] = tree.span(content);
  const words = Array.from({ length: to - from }, (_, k) => [t[from + k].lower, t[from + k].lemma, ...baseForms(t[from + k])]);
  return askedAct(ctx, words) ?? nounAct(ctx, t[content].lemma);
}

/** The act a request verb row asks for, matched on the content's words ("request * air defence" on "air defence systems"). */
function askedAct(ctx: SentenceContext, words: readonly string[][]): CameoInfo | null {
  let best: { length: number; code: string } | null = null;
  for (const row of ctx.kb.patterns.get('request') ?? []) {
    if (row.kind !== 'verb' || row.steps.length < 2) continue;
    let at = 0;
    const matched = row.steps.slice(1).every((step) => {
      while (at < words.length && !words[at].some((w) => step.lemmas.includes(w))) at++;
      return at++ < words.length;
    });
    const mirror = APPEAL_TO_ACT.map(([re, root]) => re.exec(row.cameo) && `${root}${re.exec(row.cameo)![1]}`).find(Boolean);
    if (matched && mirror && (!best || row.steps.length > best.length)) best = { length: row.steps.length, code: mirror };
  }
  const act = best && lookupCameo(ctx.kb.ontology, best.code);
  return act && GIVEN_TYPES.has(act.type) ? act : null;
}

/** The act a one-word noun row names ("extradition" 063, "loan" 071), when it is aid or cooperation. */
function nounAct(ctx: SentenceContext, lemma: string): CameoInfo | null {
  for (const row of ctx.kb.patterns.get(lemma) ?? []) {
    if (row.kind !== 'noun' || row.steps.length !== 1) continue;
    const act = patternInfo(ctx.kb.ontology, row);
    if (act && GIVEN_TYPES.has(act.type)) return act;
  }
  return null;
}

import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { cuePhrases } from '../cue-groups.ts';

export const ENVOY_POST_RULE = 'roles:tree-envoy-post';
export const ENVOY_NAME_RULE = 'roles:envoy-own-name';

/**
 * "Algeria recalled its ambassador to France", "Armenia froze its participation in the CSTO": a measure on one's own
 * presence with another party is aimed at that party, named by the preposition after the noun (clause-cues.tsv group
 * "posted"; the parse may hang it on the verb, right after its object), as is its post after "in" ("its
 * ambassador in Mexico").
 */
export function withEnvoyPost(ctx: SentenceContext, view: TreeView, c: Candidate): Candidate {
  if (c.info.type !== 'SANCTION') return c;
  const posted = cuePhrases(ctx.kb.lexicon.clauseCues, 'posted');
  const nouns = new Set([...posted].map((p) => p.split(' ')[0]));
  const envoy = c.trigger.tokens.find((k) => k !== c.trigger.head && nouns.has(view.tokens[k].lower));
  if (envoy === undefined) return c;
  const named = envoyNamed(ctx, envoy, c);
  if (named) return named;
  // (the envoy's own phrase, "its ambassador", is no target of its sender's measure)
  if ( c.targets.some((t) => view.tokens[envoy].start < t.start || view.tokens[envoy].end > t.end)) return c;
  const onNoun = view.childrenWith(envoy, 'nmod');
  // ("recalled its envoy | to Ireland" with "to Ireland" the verb's: only right after the object's phrase)
  const onVerb = view.label(envoy) === 'obj' ? view.childrenWith(view.head(envoy), 'obl').filter((n) => view.span(n)[0] === view.span(envoy)[1]) : [];
  for (const n of [...onNoun, ...onVerb]) {
    if (!posted.has(`${view.tokens[envoy].lower} ${view.marker(n)}`)) continue;
    // (an envoy named with his own country is the measure's target: "expelled the British ambassador in Moscow")
    if (view.marker(n) === 'in' && c.targets.some((t) => t.code && t.start <= view.tokens[envoy].start && view.tokens[envoy].end <= t.end)) continue;
    const phrase = ctx.phraseAt.get(n);
    if (!phrase?.code || !['country', 'organization', 'group'].includes(phrase.kind)) continue;
    // ("recalled its ambassador from Niamey": the envoy the resolver coded as the host's government keeps that code)
    const hostCode = c.targets.find((t) => t.code?.startsWith(phrase.code!))?.code ?? phrase.code;
    return { ...c, targets: [{ ...phrase, code: hostCode }], rules: [...c.rules, ENVOY_POST_RULE] };
  }
  return c;
}

/**
 * "France recalled its ambassador, Stephane Romatet, for consultations": the name set off by commas right after the
 * envoy is the envoy's own, no target; the post after it ("its envoy, Anna Berg, from Tehran") is, else no one is
 * named. The parse hangs such a name anywhere, so it is read on the words; null when no name follows the envoy.
 */
const OWN = new Set(['its', 'their', 'his', 'her', 'own']);

function envoyNamed(ctx: SentenceContext, envoy: number, c: Candidate): Candidate | null {
  const t = ctx.doc.tokens;
  const comma = t[envoy + 1], first = t[envoy + 2];
  // (only one's own envoy, "its ambassador": "expelled the ambassador, Fernando Ortiz" acts on the one named)
  if (!OWN.has(t[envoy - 1]?.lower) || comma?.text !== ',' || !first || first.sentence !== t[envoy].sentence) return null;
  const name = c.targets.find((p) => p.start === first.start && (p.kind === 'person' || p.kind === 'named' && !p.code));
  if (!name) return null;
  let j = envoy + 2;
  while (t[j] && t[j].end <= name.end) j++;
  if (t[j]?.text === ',') j++;
  const posted = cuePhrases(ctx.kb.lexicon.clauseCues, 'posted');
  const host = t[j] && posted.has(`${t[envoy].lower} ${t[j].lower}`) ? ctx.phraseAt.get(j + 1) : undefined;
  const targets = host?.code && ['country', 'organization', 'group'].includes(host.kind) ? [host] : [];
  return { ...c, targets: [...targets, ...c.targets.filter((p) => p !== name && p !== host)], rules: [...c.rules, ENVOY_NAME_RULE] };
}

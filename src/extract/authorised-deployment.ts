import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { treeVerbRoles } from './tree-roles/tree-actors.ts';
import { findObject } from './roles.ts';
import { baseForms } from './morphology.ts';
import type { Candidate } from './candidate.ts';
import type { TreeView } from './tree-roles/index.ts';

export const AUTHORISED_DEPLOYMENT_RULE = 'roles:authorised-deployment';

// the lemmatiser leaves some forms alone ("greenlighted"): their base forms are asked too
export const isOrderingVerb = (ctx: SentenceContext, verb: number) => {
  const verbs = ctx.kb.lexicon.orderingVerbs, token = ctx.doc.tokens[verb];
  return verbs !== undefined && (verbs.has(token.lemma) || baseForms(token).some((f) => verbs.has(f)));
};

const countryOf = (code: string | null | undefined) => (code && /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null);

/**
 * "Parliament authorized the deployment of troops to Poland", "the president ordered the dispatch of warships": a
 * deployment noun that is the object of a verb of ordering or authorising (data/lexicon/ordering-verbs.tsv) is the
 * authoriser's act; the force in the deployment's own "of" is what is mobilised, not who mobilises. A force that names
 * another state than the authoriser's ("Poland's parliament approved the deployment of US troops") stays the actor:
 * a host that lets in a foreign force does not send it. The authoriser's phrases, or null.
 */
export function deploymentAuthoriser(ctx: SentenceContext, tr: Trigger, ownForce: readonly ActorPhrase[]): ActorPhrase[] | null {
  const view = ctx.tree();
  const noun = tr.start;
  const verb = view.head(noun);
  if (verb < 0 || view.label(noun) !== 'obj' || !isOrderingVerb(ctx, verb)) return null;
  const read = treeVerbRoles(view, ctx, verb);
  const authoriser = read?.actors ?? [];
  if (!authoriser.length || authoriser.some((a) => a.start >= ctx.doc.tokens[tr.start].start && a.start < ctx.doc.tokens[tr.end - 1].end)) return null;
  const own = countryOf(authoriser[0].code);
  // the force: the row's own "of" words, or the "of" phrase right after a bare deployment noun
  const t = ctx.doc.tokens;
  const force = ownForce.length || t[tr.end]?.lower !== 'of' ? ownForce : findObject(ctx, tr.end + 1, 6);
  if (force.some((f) => countryOf(f.code) !== null && countryOf(f.code) !== own)) return null;
  return [...authoriser];
}

const AUTHORISING_TYPES = new Set(['SUPPORT', 'AGREE']);

/**
 * "Kenya's parliament endorsed the deployment of police to Haiti": the verb that authorises its own side's deployment
 * is that MOBILIZE (the deployment noun's event, read by `deploymentAuthoriser`), not a second SUPPORT or AGREE of the
 * deployment; a host approving a foreign force (no authorised deployment) keeps its verb's event.
 */
export function withoutAuthorisingVerbs(view: () => TreeView, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  const authorised = candidates.filter((c) => c.rules.includes(AUTHORISED_DEPLOYMENT_RULE));
  if (authorised.length === 0) return [...candidates];
  const verbs = new Set(authorised.map((c) => view().head(c.trigger.start)));
  return candidates.filter((c) => {
    if (c.trigger.pattern.kind !== 'verb' || !AUTHORISING_TYPES.has(c.info.type) || !verbs.has(c.trigger.head)) return true;
    onDrop?.(c, 'candidate:authorising-own-deployment');
    return false;
  });
}

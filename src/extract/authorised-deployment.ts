import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { treeVerbRoles } from './tree-roles/tree-actors.ts';
import { findObject } from './roles.ts';

export const AUTHORISED_DEPLOYMENT_RULE = 'roles:authorised-deployment';

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
  if (verb < 0 || view.label(noun) !== 'obj' || ctx.kb.lexicon.orderingVerbs?.has(view.tokens[verb].lemma) !== true) return null;
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

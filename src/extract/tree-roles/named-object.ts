import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { landingNode } from './landing-node.ts';
import { nodePhrase, THING_RULE } from './node-phrase.ts';
import { isCalendarWord } from '../../nlp/calendar.ts';
import { isActNoun } from './object-words.ts';
import { FORCE_LANDED_ON_RULE } from './condemned-force.ts';

/** In an event's `rules`: its target is a name no gazetteer knows, read off the tree as what the act lands on. */
export const NAMED_OBJECT_RULE = 'roles:tree-named-object';

// Acts of words that land on whoever is named, a firm or a person no gazetteer knows included
const NAMED_TARGET_TYPES = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'SANCTION']);

/**
 * "criticized chipmaker Nvidia", "a verbal attack on online retailer Amazon", "accused the miner Glencore of": where
 * the window found no target, a capitalised name the tree makes the act's object (or its act noun's on/against)
 * is the target, with no code. Only a proper noun: "criticized the decision" names no one.
 */
export function withNamedObject(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.targets.length > 0 || !NAMED_TARGET_TYPES.has(c.info.type) || c.rules.includes(FORCE_LANDED_ON_RULE)) return c;
  const landing = landingNode(tree, ctx.kb, ctx.doc.tokens, c.trigger.head, c.trigger.pattern.kind, c.trigger.tokens);
  const found = landing && nodePhrase(tree, ctx, landing.node);
  if (!found || found.rule !== THING_RULE) return c;
  // "accused the miner Glencore of": the pattern's own words after the name are not the name's
  const tokens = ctx.doc.tokens;
  const own = c.trigger.tokens.map((i) => tokens[i]).find((w) => w.start > found.start && w.start < found.end);
  const end = own ? tokens[tokens.indexOf(own) - 1].end : found.end;
  // the thing's words end in a capitalised proper noun ("online retailer Amazon", "the streaming service Netflix")
  const last = tokens.findIndex((w) => w.end === end);
  // a month or a weekday names no one: "postponed the February presidential election", "condemned the September coup"
  const named = last >= 0 && tokens[last].pos === 'PROPN' && /^[A-Z]/.test(tokens[last].text) && !isCalendarWord(tokens[last].text);
  if (!named && !(last >= 0 && chargedParty(tree, ctx, c.trigger.head, landing!.node, last))) return c;
  const text = ctx.doc.text.slice(found.start, end);
  const target = { ...found, end, text, name: text };
  if (c.actors.some((a) => a.start <= target.start && a.end >= target.end)) return c;
  return { ...c, targets: [target], rules: [...c.rules, landing!.rule, NAMED_OBJECT_RULE] };
}

// "accused foreign sponsors of arming the rebels", "criticized outside powers for interfering": the one a charge is laid on
// is a party whatever its noun, where the charge follows as its "of" or "for" ("criticized the deal for failing" lays
// it on a thing: after a verb of criticism only a plural noun of people, "-ers", "-ists", "-ians", or an elite, stands)
const CHARGING = new Set(['accuse', 'charge']);
const CRITICIZING = new Set(['criticize', 'criticise', 'blame', 'condemn', 'denounce', 'fault', 'rebuke', 'slam']);
const PEOPLE_PLURAL = /(?:ers|ors|ists|ians|ants|ents|elite|elites)$/i;
function chargedParty(tree: TreeView, ctx: SentenceContext, verb: number, node: number, last: number): boolean {
  const lemma = ctx.doc.tokens[verb].lemma;
  if (!CHARGING.has(lemma) && !(CRITICIZING.has(lemma) && PEOPLE_PLURAL.test(ctx.doc.tokens[last].text))) return false;
  if (isActNoun(ctx.kb, ctx.doc.tokens[node].lemma)) return false;
  const charge = [...tree.children(verb), ...tree.children(node)];
  return charge.some((n) => n > node && (tree.marker(n) === 'of' || tree.marker(n) === 'for'));
}

import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { nodePhrase } from './node-phrase.ts';
import { participantsAt } from './participants.ts';

export const RELEASED_RULE = 'roles:tree-pattern-patients';

// concessions made to the people an act frees, pardons or hands back: "pardoned 500 prisoners"
const CONCESSION_TYPES = new Set(['CONCEDE', 'RETREAT']);
const DISARM = '087';

/**
 * "pardoned more than 2,000 prisoners", "freed 30 detainees", "released four jailed reporters": where the pattern's
 * own last word is the verb's object and names people counted or in the plural, they are whom the concession
 * is made to, even when no gazetteer knows them. A named force ("withdrew its troops") is the window's to read,
 * and an act noun ("lifted the curfew") is no one.
 */
export function releasedPersons(view: TreeView, ctx: SentenceContext, c: Candidate): ActorPhrase | null {
  if (!CONCESSION_TYPES.has(c.info.type) || c.trigger.pattern.kind !== 'verb' || c.targets.length > 0) return null;
  // RETREAT disarm (CAMEO 087x: "laid down their weapons", "surrendered their arms"): what is given up is no one
  if (c.info.code.startsWith(DISARM)) return null;
  const last = c.trigger.tokens[c.trigger.tokens.length - 1];
  // the object itself, or a word inside it where a name after it took the head ("pardoned 300 prisoners, including X")
  const inObject = view.childrenWith(c.trigger.head, 'obj').some((o) => {
    const [first, end] = view.span(o);
    return last >= first && last < end;
  });
  if (!inObject || view.upos(last) !== 'NOUN' || ctx.phraseAt.has(last)) return null;
  const word = ctx.doc.tokens[last];
  const counted = view.childrenWith(last, 'nummod').length > 0 || word.lower !== word.lemma;
  return counted ? nodePhrase(view, ctx, last) : null;
}

// "in exchange for 600 Palestinian prisoners", "in return for three hostages": up to three words before the phrase
const GIVEN_IN_EXCHANGE = /\bin (?:exchange|return) for\s+(?:\S+\s+){0,3}$/i;

/**
 * "Hamas freed 20 hostages in exchange for 600 Palestinian prisoners": those the other side gives for the freed are no
 * target of this release (a release is RETREAT toward whom it frees; the other side's release is its own act), so the
 * window's coded name there yields to the freed persons (releasedPersons).
 */
export function withoutGivenInExchange(ctx: SentenceContext, c: Candidate): Candidate {
  if (!CONCESSION_TYPES.has(c.info.type) || c.targets.length === 0) return c;
  // (people before the release are its own: "in exchange for 200 prisoners released by Israel")
  const targets = c.targets.filter((t) => t.end <= ctx.doc.tokens[c.trigger.start].start || !GIVEN_IN_EXCHANGE.test(ctx.doc.text.slice(Math.max(0, t.start - 60), t.start)));
  return targets.length === c.targets.length ? c : { ...c, targets, rules: [...c.rules, EXCHANGED_FOR_RULE] };
}
export const EXCHANGED_FOR_RULE = 'roles:given-in-exchange-no-target';

export const CAPTOR_RULE = 'roles:tree-captor-releases';
// verbs of giving captives up whose unnamed doer is who held them ("were freed" may be a rescue: AID by the manual)
const GIVING_UP = new Set(['release', 'hand', 'return', 'repatriate', 'swap', 'exchange']);
const RELEASE_CODE = /^084/;

/**
 * "Three journalists held by the Taliban were released", "hostages kidnapped by Hamas were handed over": captives
 * whose captor a participle names (data/lexicon/captor-participles.tsv) and who are given up with no agent named are
 * given up by that captor (PLOVER RETREAT release: "release captives"). Null when no captor is coded (asked only where no agent is named).
 */
export function captorOfReleased(view: TreeView, ctx: SentenceContext, head: number, type: string, cameo: string): ActorPhrase | null {
  if (type !== 'RETREAT' || !RELEASE_CODE.test(cameo) || !GIVING_UP.has(ctx.doc.tokens[head].lemma)) return null;
  for (const captives of view.childrenWith(head, 'nsubj:pass')) {
    for (const verb of view.childrenWith(captives, 'acl')) {
      if (!ctx.kb.lexicon.captorParticiples?.has(ctx.doc.tokens[verb].lemma)) continue;
      const agent = view.childrenWith(verb, 'obl').find((n) => view.label(n) === 'obl:agent' || view.marker(n) === 'by');
      const captor = agent === undefined ? undefined : participantsAt(view, ctx, agent).phrases[0];
      if (captor && !captor.locative && captor.code !== null) return captor;
    }
  }
  return null;
}

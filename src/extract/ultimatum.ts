import type { CameoInfo } from '../knowledge/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { cuePhrases } from './cue-groups.ts';

/** CAMEO 139 (give ultimatum): PLOVER THREATEN. */
const GIVE_ULTIMATUM = '139';
export const ULTIMATUM_RULE = 'type:demand-or-penalty-is-ultimatum';

// the acts whose demanded deed may carry a penalty: a request, an order to leave or close
const DEMANDS = new Set(['REQUEST', 'SANCTION']);
// words between "or" and the penalty verb ("or else face", "or they will face", "or risk")
const BRIDGE = new Set(['else', 'they', 'he', 'she', 'it', 'we', 'you', 'will', 'would', 'could', 'may', 'might']);
// where the demanded deed's clause ends: a new clause or sentence part
const CLAUSE_END = new Set([';', ':', 'but', 'while', 'which', 'who', 'because', 'although', 'though', 'said', 'says']);

/**
 * "ordered the striking teachers to return to work or face dismissal", "told the protesters to leave the square or face
 * arrest", "gave Hamas until Saturday to release the hostages or face renewed strikes", "to end their strike or be
 * fired": a demand whose infinitive deed has an "or" beside it that names a penalty (clause-cues.tsv ultimatum-penalty,
 * or a passive "or be fired") is an ultimatum (CAMEO 139 "give ultimatum", PLOVER THREATEN: "coercive or forceful
 * warnings with serious potential repercussions"). The ultimatum's code, else null ("urged the teachers to return to
 * work or take leave" stays a request).
 */
export function ultimatum(ctx: SentenceContext, tr: Trigger, info: CameoInfo): CameoInfo | null {
  if (!DEMANDS.has(info.type) || info.code === GIVE_ULTIMATUM) return null;
  const t = ctx.doc.tokens;
  const end = ctx.sentence.tokenEnd;
  const penalty = cuePhrases(ctx.kb.lexicon.clauseCues, 'ultimatum-penalty');
  // the demanded deed: the first "to" + verb from the trigger on (within the trigger: "ordered the teachers to")
  let i = tr.head + 1;
  while (i + 1 < end && !(t[i].lower === 'to' && t[i + 1].pos.startsWith('V') && !CLAUSE_END.has(t[i].lower))) {
    if (CLAUSE_END.has(t[i].lower)) return null;
    i++;
  }
  for (i += 2; i < end && !CLAUSE_END.has(t[i].lower); i++) {
    if (t[i].lower !== 'or') continue;
    let k = i + 1;
    while (k < end && BRIDGE.has(t[k].lower)) k++;
    const passive = t[k]?.lemma === 'be' && k + 1 < end && /(?:ed|en)$/.test(t[k + 1].lower);
    if (k < end && (penalty.has(t[k].lemma) || passive)) return lookupCameo(ctx.kb.ontology, GIVE_ULTIMATUM) ?? null;
  }
  return null;
}

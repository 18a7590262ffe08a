import type { Certainty } from '../schema/event.ts';
import type { Modality } from '../extract/modality.ts';
import { DENIED_RELATIVE_RULE, type ReportingFrame } from '../provenance/frames.ts';

export interface CertaintyInput {
  readonly modality: Modality;
  /** Named only inside an "if"/"unless" clause (on the tree). */
  readonly inCondition: boolean;
  /** The act an "if"/"unless" clause conditions (on the tree). */
  readonly conditionalMain: boolean;
  /** How the condition was read: "tree-conditional", or "conditional-unparsed" when the parse gave no clause. */
  readonly conditionRule?: string;
  readonly calledOff: boolean;
  /** An act a cancelling verb takes ("the visit was called off"): called off even when no plan was stated. */
  readonly cancelled?: boolean;
  /** An act a preventing verb kept from happening ("blocked the government from deporting them", "foiled an attack"). */
  readonly prevented?: boolean;
  readonly frame: ReportingFrame | null;
  /** A verbal event (QuadClass 1 or 3) whose actor is the frame's speaker. */
  readonly ownSpeechAct?: boolean;
  /** A verbal event (QuadClass 1 or 3), whoever its actor. */
  readonly verbal?: boolean;
}

/**
 * Whether the event happened, in order of strength:
 * a denial beats everything ("X denied attacking"); an event only named inside an "if" clause
 * or under "could"/"may" is hypothetical; "did not attack" is no event (null);
 * a plan is planned, or called_off when the sentence cancels it; the act an "if" clause
 * conditions is conditional; otherwise the reporting frame decides (claimed, alleged) or the outlet asserts.
 */
/** The outlet tells a charge whose content a closing relative's speaker denies: the charge is the outlet's, no one's claim. */
export const CHARGE_MADE_RULE = 'certainty:charge-made-content-denied';

export function decideCertainty(input: CertaintyInput): { certainty: Certainty | null; rule: string } {
  const frameCertainty = input.frame?.certainty as Certainty | undefined;
  // "Niger accused Benin of hosting troops, which Cotonou denies": the charge was made; only what it charges is denied
  if (frameCertainty === 'denied' && input.frame?.rule === DENIED_RELATIVE_RULE && input.verbal && !input.ownSpeechAct) return { certainty: 'asserted', rule: CHARGE_MADE_RULE };
  if (frameCertainty === 'denied') return { certainty: 'denied', rule: 'certainty:denied-by-speaker' };
  if (input.inCondition) return { certainty: 'hypothetical', rule: `certainty:${input.conditionRule ?? 'tree-conditional'}:inside` };
  const status = input.modality.status;
  if (status === 'negated') return { certainty: null, rule: `certainty:negated:${input.modality.cue}` };
  if (input.prevented) return { certainty: null, rule: 'certainty:prevented' };
  if (status === 'hypothetical') return { certainty: 'hypothetical', rule: `certainty:modal:${input.modality.cue}` };
  // "Russian officials reportedly detained ...": the outlet passes on an unconfirmed report
  if (status === 'alleged') return { certainty: 'alleged', rule: `certainty:hedge:${input.modality.cue}` };
  if (status === 'planned' && input.calledOff || input.cancelled && (status === 'planned' || status === 'asserted')) return { certainty: 'called_off', rule: 'certainty:called-off' };
  // "If Iran attacks, the United States will strike back": the main clause of a condition is conditional
  if (input.conditionalMain) return { certainty: 'conditional', rule: `certainty:${input.conditionRule ?? 'tree-conditional'}` };
  if (status === 'planned') return { certainty: 'planned', rule: `certainty:planned:${input.modality.cue}` };
  // "Hamas said it rejected the proposal": a speaker's own statement is the act itself, not a claim about one
  if (frameCertainty && input.ownSpeechAct) return { certainty: 'asserted', rule: 'certainty:own-speech-act' };
  if (frameCertainty) return { certainty: frameCertainty, rule: `certainty:${input.frame?.rule}` };
  return { certainty: 'asserted', rule: 'certainty:outlet' };
}

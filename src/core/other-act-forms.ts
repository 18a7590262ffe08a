import type { Event } from '../schema/event.ts';

// Acts of one type that are never restatements of each other, whoever does them and on whatever day: the forms
// of an act told in one article that coreference keeps apart (core/coreference-compatible.ts).

/** The two mentions are acts of one type in forms that are two acts. */
export const otherActForm = (a: Event, b: Event): boolean => otherProtestForm(a, b) || otherAccusationForm(a, b) || otherCoercionForm(a, b)
  || otherSupportForm(a, b) || otherRefusalForm(a, b);

/**
 * "Teachers walked off the job … Police fired tear gas at teachers who marched toward parliament": a strike or boycott
 * (CAMEO 143) and a march, a hunger strike, a blockade or a riot (141, 142, 144, 145) are other acts, even by one group
 * on one day; stones thrown at a demonstration are still that demonstration, and a bare "protest" (140) restates any.
 */
function otherProtestForm(a: Event, b: Event): boolean {
  const stoppage = (e: Event) => (e.type === 'PROTEST' && /^14[1-5]/.test(e.cameo) ? e.cameo.startsWith('143') : null);
  return stoppage(a) !== null && stoppage(b) !== null && stoppage(a) !== stoppage(b);
}

/**
 * "Pakistan summoned the Afghan envoy … Islamabad accused Kabul of sheltering militants": a summons or formal complaint
 * (CAMEO 114), a lawsuit (115), a verdict (116) and an investigation (09x) are acts of their own, never a restatement
 * of what was said (111, 112) nor of each other, even between the same parties on one day ("accused India" …
 * "criticized India" restate).
 */
function otherAccusationForm(a: Event, b: Event): boolean {
  // (an investigation, CAMEO 09x, is an act of its own too: "launched an anti-dumping probe ... accused Washington of")
  const form = (e: Event) => (e.type === 'ACCUSE' ? (/^(?:11[456]|09)/.test(e.cameo) ? e.cameo.slice(0, 3).replace(/^09.*/, '09') : 'said') : null);
  return form(a) !== null && form(b) !== null && form(a) !== form(b);
}

/**
 * "Soldiers detained the president … The junta imposed a nationwide curfew": a measure laid on a whole population (a
 * curfew, CAMEO 1723; a state of emergency or martial law, 1724) is an act of its own, never a restatement of an arrest
 * or a raid on someone, even by one side on one day (an arrest of journalists, 1721, is still an arrest).
 */
function otherCoercionForm(a: Event, b: Event): boolean {
  const measure = (e: Event) => (e.type === 'COERCE' && /^17/.test(e.cameo) ? /^172[34]/.test(e.cameo) : null);
  return measure(a) !== null && measure(b) !== null && measure(a) !== measure(b);
}

/**
 * "Modi welcomed Macron at the airport … India and France signed agreements on nuclear energy": signing a formal
 * agreement (CAMEO 057) is an act of its own, never a restatement of words of praise, welcome or defence (051-053),
 * even between the same parties on one day; two signings, or two words of praise, may still be one act told twice.
 */
function otherSupportForm(a: Event, b: Event): boolean {
  const signed = (e: Event) => (e.type === 'SUPPORT' ? e.cameo.startsWith('057') : null);
  return signed(a) !== null && signed(b) !== null && signed(a) !== signed(b);
}

/**
 * "Israel blocked a convoy of aid trucks … Israel has denied restricting aid": denying what one is accused of answers
 * an accusation; it is never a restatement of a refusal, a block or a veto (PLOVER REJECT covers both), nor they of it.
 */
function otherRefusalForm(a: Event, b: Event): boolean {
  const denial = (e: Event) => (e.type === 'REJECT' ? DENYING.test(e.trigger.text) : null);
  return denial(a) !== null && denial(b) !== null && denial(a) !== denial(b);
}
const DENYING = /^(?:deny|denies|denied|denying|refute|refutes|refuted|refuting)\b/i;

import type { Event } from '../schema/event.ts';

// Acts of one type that are never restatements of each other, whoever does them and on whatever day: the forms
// of an act told in one article that coreference keeps apart (core/coreference-compatible.ts).

/** The two mentions are acts of one type in forms that are two acts. */
export const otherActForm = (a: Event, b: Event): boolean => otherProtestForm(a, b) || otherAccusationForm(a, b) || otherCoercionForm(a, b)
  || otherAgreementForm(a, b) || otherRefusalForm(a, b);

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
 * "Soldiers detained the president … The junta imposed a nationwide curfew", "Soldiers seized power and suspended the
 * constitution": the manual's forms of COERCE (its modes: seize, restrict, curfew, martial-law, arrest, deport; a ban
 * of parties, CAMEO 1722; a blockade or an occupation, 191/192) and a seizure of power (a coup, context pro_autocracy)
 * are acts of their own, never restatements of each other, even by one side on one day; a bare coercion (170, "cracked
 * down on") may restate any, and an arrest of journalists (1721) is still an arrest.
 */
function otherCoercionForm(a: Event, b: Event): boolean {
  const [x, y] = [coercionForm(a), coercionForm(b)];
  return x !== null && y !== null && x !== y;
}
const COUP = /\b(?:power|presidency|government|overthr[eo]w\w*|ous?ted?|ousting|toppl\w*|depos\w*|unseat\w*|dethron\w*|usurp\w*)\b/i;
function coercionForm(e: Event): string | null {
  if (e.type !== 'COERCE' || !/^1[79]/.test(e.cameo)) return null;
  if (e.cameo === '170') return COUP.test(e.trigger.text) && !/^(?:crack|clamp)/i.test(e.trigger.text) ? 'coup' : null;
  if (/^172[34]/.test(e.cameo)) return 'measure';
  if (e.cameo === '1721') return '173';
  return e.cameo.slice(0, e.cameo.startsWith('1722') ? 4 : 3);
}

/**
 * "Vietnam and the Philippines signed a memorandum and pledged to cooperate on maritime security": signing a formal
 * agreement (CAMEO 057, AGREE since plover-47) and a promise or offer (the intents, 03x) are two acts, even by one side
 * on one day; two signings, or two promises, may still be one act told twice.
 */
export function otherAgreementForm(a: Event, b: Event): boolean {
  // (a truce signed or reached, 0356, is an agreement reached as a signing is: "signed a peace deal ... the ceasefire
  // agreement was signed Monday" tells one act)
  const signed = (e: Event) => (e.type === 'AGREE' && (e.cameo.startsWith('057') || e.cameo.startsWith('03') && e.cameo !== '0356') ? e.cameo.startsWith('057') : null);
  return signed(a) !== null && signed(b) !== null && signed(a) !== signed(b);
}

/**
 * "Israel blocked a convoy of aid trucks … Israel has denied restricting aid": denying what one is accused of answers
 * an accusation; it is never a restatement of a refusal, a block or a veto (PLOVER REJECT covers both), nor they of it.
 */
function otherRefusalForm(a: Event, b: Event): boolean {
  const denial = (e: Event) => (e.type === 'REJECT' ? DENYING.test(e.trigger.text) || REJECTED_CHARGE.test(e.trigger.text) : null);
  return denial(a) !== null && denial(b) !== null && denial(a) !== denial(b);
}
const DENYING = /^(?:deny|denies|denied|denying|refute|refutes|refuted|refuting)\b/i;
// "New Delhi rejected the allegations … but New Delhi refused": rejecting a charge denies it, as "denied" does
const REJECTED_CHARGE = /^(?:reject|dismiss|rebuff)\w*\b.*\b(?:allegations?|accusations?|charges?|claims?)$/i;

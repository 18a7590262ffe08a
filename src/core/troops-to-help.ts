import type { Event } from '../schema/event.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { cuePhrases } from '../extract/cue-groups.ts';

// "Rwanda sent 1,000 soldiers to Mozambique to help fight insurgents", "Chad deployed troops to Niger to help the army
// battle jihadists": forces a state sends into another country with the aim of helping there are military assistance
// to that country (PLOVER AID: "military and police assistance including arms and personnel"; CAMEO 072), not a show
// of force against anyone (MOBILIZE). Forces moved within the sender's own country ("deployed troops to the north to
// help fight insurgents") or sent with no helping aim ("sent troops to the border") stay MOBILIZE.

export const TROOPS_TO_HELP_RULE = 'refiner:troops-sent-to-help';
const MILITARY_AID = '072';
const COUNTRY = /^[A-Z]{3}/;
// the clause after the trigger up to its end: the aim is an infinitive in it ("... to Mozambique to help fight")
const CLAUSE = /^[^,;:.!?"“”]*/;

/** The sending of forces abroad to help, as AID to the country they go to (the recipient, when none is named). */
export function troopsSentToHelp(e: Event, kb: Pick<Knowledge, 'ontology' | 'lexicon'>): Event {
  if (e.type !== 'MOBILIZE' || !e.cameo.startsWith('15') || !e.location?.span || e.location.basis !== 'stated') return e;
  const from = COUNTRY.exec(e.actor?.code ?? '')?.[0];
  const to = e.location.country;
  if (!from || !to || from === to) return e;
  const start = e.trigger.span[1] - e.evidence.span[0];
  const after = CLAUSE.exec(e.evidence.sentence.slice(start))![0].toLowerCase();
  const helping = cuePhrases(kb.lexicon.clauseCues, 'helping-aim');
  const aim = /\bto\s+(\S+)/g;
  let found = false;
  for (let m = aim.exec(after); m && !found; m = aim.exec(after)) found = helping.has(m[1]);
  const info = found ? lookupCameo(kb.ontology, MILITARY_AID) : undefined;
  if (!info) return e;
  // the country helped receives the aid: the place the forces go to (a target the move had is whom they go to fight)
  const { text, name, span } = e.location;
  const target = { text, name, code: to, span, basis: 'stated' as const };
  return { ...e, type: info.type, cameo: info.code, goldstein: info.goldstein, quad_class: info.quadClass, target, rules: [...e.rules, TROOPS_TO_HELP_RULE] };
}

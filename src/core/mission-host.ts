import type { Event } from '../schema/event.ts';

// "Eritrea has reopened its embassy in Ethiopia", "Azerbaijan closed its embassy in Tehran": the act is aimed at the
// country that hosts the mission, and the roles already code the bare mission by its place (ETHGOV, IRNGOV); its text
// names the host too, not "embassy" (a mission named with its owner, "the Turkish embassy", is the owner's and stays).

export const MISSION_HOST_RULE = 'target:mission-host';

// a bare mission noun, or one with a possessive or article before it
const BARE = /^(?:(?:its|their|the|his|her)\s+)?(\S+)$/i;
// the capitalised place right after it: " in Ethiopia", " in Addis Ababa", " in the United Arab Emirates"
const HOST = /^\s+in\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)/;

// the diplomatic acts on a mission (opened, reopened, closed, promised); a mission attacked, stormed or protested at is
// the building ("gunmen attacked the embassy in Kabul")
const DIPLOMATIC = new Set(['SUPPORT', 'AGREE', 'COOPERATE', 'SANCTION', 'REJECT', 'CONCEDE']);

/** The event aimed at one's own mission abroad, with the host place as its target text. */
export function missionHost(e: Event, missionNouns: ReadonlySet<string>, text: string): Event {
  const t = e.target;
  if (!t?.span || !t.code || !DIPLOMATIC.has(e.type)) return e;
  const noun = BARE.exec(t.text)?.[1]?.toLowerCase();
  if (!noun || !missionNouns.has(noun)) return e;
  const host = HOST.exec(text.slice(t.span[1], t.span[1] + 80));
  if (!host) return e;
  const start = t.span[1] + host[0].length - host[1].length;
  const span: [number, number] = [start, start + host[1].length];
  return { ...e, target: { ...t, text: host[1], name: host[1], span }, rules: [...e.rules, MISSION_HOST_RULE] };
}

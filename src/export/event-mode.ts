import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModeRows, type ModeRow } from '../knowledge/mode-rows.ts';
import type { Event } from '../schema/event.ts';
import { modeContext, type ModeContext } from './plover-modes.ts';
import { codeCountry } from './countries.ts';
import { PACKAGE_DATA_DIR } from '../paths.ts';

// The PLOVER mode of one event: the crosswalk gives a mode per CAMEO code, but the manual's modes for weapons
// (drone, aerial, firearms, primitive, crowd-control), strikes, censorship, cyber attacks or withheld goods are
// no CAMEO distinction, so data/ontology/modes.tsv reads them from the event's own wording.
const DATA_DIR = process.env.EVENTLENS_DATA ?? PACKAGE_DATA_DIR;
let rows: readonly ModeRow[] | null = null;

// words of the event's own act: the trigger, three words before it, the rest of its clause after it
const BEFORE = /(?:\S+\s+){0,3}$/;
// ("urged Belgrade and Pristina to resume dialogue": an "and" joining the names an infinitive follows ends no clause;
// "rebuffed a U.S. request for talks": the period of a one-letter abbreviation ends none either)
const CLAUSE_END = /[,;:!?"“”]|(?<!(?:^|[\s.])[A-Z])\.|\sand\s(?![A-Z]\S*\s+to\s)|\s(?:but|while|after|before|as|when|which|who|where|because|since|though|although)\s/;

function wording(event: Event): string {
  const sentence = facedBlanked(event);
  const start = event.trigger.span[0] - event.evidence.span[0];
  const end = event.trigger.span[1] - event.evidence.span[0];
  const inSentence = start >= 0 && end <= sentence.length && sentence.slice(start, end) === event.trigger.text;
  const before = inSentence ? BEFORE.exec(sentence.slice(0, start))![0] : '';
  const rest = inSentence ? sentence.slice(end) : '';
  const stop = CLAUSE_END.exec(rest);
  const after = stop === null ? rest : rest.slice(0, stop.index);
  const actors = [event.actor, ...(event.actors ?? [])].map((a) => a?.text ?? '');
  // one space between the parts: a trigger ending in "to" and a clause starting with a space must still read "to send"
  return [before, event.trigger.text, after, ...actors].join(' ').replace(/\s+/g, ' ');
}

// "deployed troops to fight insurgents": a mobilization's mode is the forces moved (the manual's troops, police, militia),
// never the side they face, its target; that side's words are blanked out of the wording
function facedBlanked(event: Event): string {
  const sentence = event.evidence.sentence;
  const span = event.type === 'MOBILIZE' ? event.target?.span : undefined;
  if (!span) return sentence;
  const [from, to] = [span[0] - event.evidence.span[0], span[1] - event.evidence.span[0]];
  return from < 0 || to > sentence.length ? sentence : sentence.slice(0, from) + ' '.repeat(to - from) + sentence.slice(to);
}

// "In a phone call on Monday, the two presidents discussed the grain deal": a meeting's medium named by the phrase the
// sentence opens with (up to its comma, before the trigger) is the meeting's own; read for CONSULT only, as an opening
// "in retaliation for the drone strike" names no weapon of the act after it
const OPENING = /^\s*(?:in|during|over)\s[^,]{0,60},/i;
function openingMedium(event: Event): string {
  const opening = OPENING.exec(event.evidence.sentence)?.[0] ?? '';
  return event.trigger.span[0] - event.evidence.span[0] >= opening.length ? opening : '';
}

const fitsCode = (row: ModeRow, cameo: string) => row.codes.length === 0 || row.codes.some((c) => (c.endsWith('*') ? cameo.startsWith(c.slice(0, -1)) : cameo === c));

export function eventMode(event: Event): ModeContext {
  rows ??= parseModeRows(readFileSync(join(DATA_DIR, 'ontology/modes.tsv'), 'utf8'));
  const base = modeContext(event.cameo, event.type);
  let text: string | null = null;
  const codes = [event.actor, ...(event.actors ?? [])].map((a) => a?.code ?? '');
  for (const row of rows) {
    if (row.type !== event.type || !fitsCode(row, event.cameo)) continue;
    if (row.words !== null || row.actorCodes.length) {
      text ??= event.type === 'CONSULT' ? `${openingMedium(event)} ${wording(event)}` : wording(event);
      const said = row.words?.test(text) ?? false;
      if (!said && !row.actorCodes.some((p) => codes.some((c) => c.startsWith(p)))) continue;
    }
    return row.mode === '=' ? base : { ...base, mode: row.mode };
  }
  if (hostedMeeting(event, base)) return { ...base, mode: 'visit' };
  return meetingAbroad(event, base) ? { ...base, mode: 'third-party' } : base;
}

// "the Japanese prime minister met the South Korean president in Seoul": a meeting stated to be in the recipient's
// country and not the actor's is the actor's visit (manual CONSULT visit: "actor is visiting, recipient is hosting")
const COUNTRY = /^[A-Z]{3}/;
function hostedMeeting(event: Event, base: ModeContext): boolean {
  if (event.type !== 'CONSULT' || base.mode !== '' || event.location?.basis !== 'stated' || !event.location.country) return false;
  const actor = COUNTRY.exec(event.actor?.code ?? '')?.[0];
  const target = COUNTRY.exec(event.target?.code ?? '')?.[0];
  return actor !== undefined && target === event.location.country && actor !== target && !(event.actors ?? []).length;
}

// "Armenian and Azerbaijani ministers met in Geneva", "the army and the RSF held talks in Jeddah": a meeting of two or
// more sides stated to be in a country none of them is from is hosted by a third party (manual CONSULT third-party:
// "meeting is hosted by a third party"); a side of no known country (a group, an IGO) leaves the mode as it is
function meetingAbroad(event: Event, base: ModeContext): boolean {
  if (event.type !== 'CONSULT' || base.mode !== '' || event.location?.basis !== 'stated' || !event.location.country) return false;
  const sides = [event.actor, ...(event.actors ?? []), event.target, ...(event.targets ?? [])].filter((p) => p != null);
  const unique = sides.filter((p, i) => sides.findIndex((q) => q.span[0] === p.span[0]) === i);
  const countries = unique.map((p) => codeCountry(p.code));
  return unique.length >= 2 && countries.every((c) => c !== null && c !== event.location!.country);
}

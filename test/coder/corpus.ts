import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from '../../src/schema/event.ts';
import { namesMatch } from '../../src/eval/index.ts';
import { participantsOf, type Role } from '../../src/core/participants.ts';

export const CORPUS = new URL('../corpus/', import.meta.url).pathname;

export interface ExpectedEvent {
  type: string;
  actor?: string | null;
  /** Coordinated actors of the one event, `actor` first ("Chad and Cameroon deployed"); absent: at most one. */
  actors?: string[];
  target?: string | null;
  targets?: string[];
  certainty?: string;
  date?: string;
  location?: string;
  source?: string | null;
}
export interface SentenceCase {
  id: string;
  published: string;
  text: string;
  events: ExpectedEvent[];
  file: string;
}

export function loadCases(dir: string): SentenceCase[] {
  const path = join(CORPUS, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path).filter((f) => f.endsWith('.jsonl')).sort().flatMap((file) =>
    readFileSync(join(path, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => ({ ...JSON.parse(l), events: JSON.parse(l).events ?? [], file })));
}

const KNOWN = join(CORPUS, 'known-failures.txt');

/** Ids of corpus rows the coder does not get right yet: run as `todo` so progress is visible, not hidden. */
export function knownFailures(): Set<string> {
  if (!existsSync(KNOWN)) return new Set();
  return new Set(readFileSync(KNOWN, 'utf8').split('\n').map((l) => l.split('#')[0].trim()).filter(Boolean));
}
export function writeKnownFailures(ids: readonly string[]): void {
  writeFileSync(KNOWN, `# corpus rows the coder misses today (regenerate: UPDATE_KNOWN_FAILURES=1 npm test)\n${[...ids].sort().join('\n')}\n`);
}

type Resolve = (name: string) => string | null;

function actorOk(expected: string | null | undefined, got: Event['actor'], resolve: Resolve): boolean {
  if (expected === undefined) return true;
  if (expected === null) return got === null;
  if (got === null) return false;
  // A bare country code accepts any role of that country: expected "VEN" matches "VENCOP".
  if (/^[A-Z]{3}$/.test(expected) && got.code?.startsWith(expected)) return true;
  return namesMatch(expected, got, resolve) || (got.code !== null && got.code.toLowerCase() === expected.toLowerCase());
}

// A row that names one participant wants one; a row that lists them wants exactly those, in text order.
function listOk(x: ExpectedEvent, e: Event, role: Role, resolve: Resolve): boolean {
  const expected = role === 'actor' ? x.actors : x.targets;
  const got = participantsOf(e, role);
  if (expected === undefined) return x[role] === undefined || got.length <= 1;
  return got.length === expected.length && expected.every((name, i) => actorOk(name, got[i], resolve));
}

function eventOk(x: ExpectedEvent, e: Event, resolve: Resolve): boolean {
  if (x.type !== e.type) return false;
  if (!actorOk(x.actor, e.actor, resolve) || !actorOk(x.target, e.target, resolve)) return false;
  if (!listOk(x, e, 'actor', resolve) || !listOk(x, e, 'target', resolve)) return false;
  if (x.certainty && x.certainty !== e.provenance.certainty) return false;
  if (x.date && (!e.date || !e.date.value.startsWith(x.date.slice(0, e.date.precision === 'year' ? 4 : e.date.precision === 'month' ? 7 : 10)) || e.date.value.length < x.date.length)) return false;
  if (x.location && !(e.location && namesMatch(x.location, { text: e.location.text, name: e.location.name, code: e.location.id ?? null }, resolve))) return false;
  if (x.source !== undefined) {
    const src = e.provenance.source;
    if (x.source === null ? src !== 'outlet' : src === 'outlet' || !actorOk(x.source, src, resolve)) return false;
  }
  return true;
}

/** Differences between expected and produced events ([] when they agree one to one). */
export function compareEvents(expected: readonly ExpectedEvent[], got: readonly Event[], resolve: Resolve): string[] {
  const left = [...got];
  const problems: string[] = [];
  for (const x of expected) {
    const i = left.findIndex((e) => eventOk(x, e, resolve));
    if (i >= 0) left.splice(i, 1);
    else problems.push(`missing ${JSON.stringify(x)}`);
  }
  const names = (e: Event, role: Role) => participantsOf(e, role).map((p) => p.code ?? p.name).join('+') || 'null';
  for (const e of left) problems.push(`unexpected ${e.type} ${names(e, 'actor')} → ${names(e, 'target')} ${e.provenance.certainty} ${e.date?.value ?? ''} [${e.rules[0]}]`);
  return problems;
}

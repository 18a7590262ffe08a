import { createHash } from 'node:crypto';
import { compareKeys } from './report.ts';

// Incident ids. A new incident is named after its anchor, the smallest report key in it:
// "inc-" + 12 hex digits of sha256("doc_id#ordinal"). The same reports give the same id on any machine
// and in any ingest order. When linking again changes an incident (a report joins, two incidents turn
// out to be one), the group keeps the id of the existing incident it holds most reports of, so ids
// users have written down keep pointing at the event; an id is never given to two groups.

export function anchorId(anchorKey: string): string {
  return `inc-${createHash('sha256').update(anchorKey, 'utf8').digest('hex').slice(0, 12)}`;
}

export interface IdRequest {
  /** Report keys of the group, sorted (the first is the anchor). */
  readonly keys: readonly string[];
}

/**
 * One id per group, in the order given. `previous` maps report keys to the incident they were in;
 * `taken` holds ids in use by incidents this run does not touch.
 */
export function assignIds(groups: readonly IdRequest[], previous: ReadonlyMap<string, string>, taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set<string>();
  const ids = new Array<string>(groups.length);
  // biggest groups choose first, so the bulk of an old incident keeps its id when a stray report leaves
  const order = groups.map((g, i) => i).sort((a, b) => groups[b].keys.length - groups[a].keys.length || compareKeys(groups[a].keys[0], groups[b].keys[0]));
  for (const i of order) {
    const counts = new Map<string, number>();
    for (const key of groups[i].keys) {
      const id = previous.get(key);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const inherited = [...counts].filter(([id]) => !used.has(id))
      .sort(([a, x], [b, y]) => y - x || compareKeys(a, b))[0]?.[0];
    let id = inherited ?? anchorId(groups[i].keys[0]);
    for (let n = 2; inherited === undefined && (used.has(id) || taken.has(id)); n++) id = `${anchorId(groups[i].keys[0])}-${n}`;
    used.add(id);
    ids[i] = id;
  }
  return ids;
}

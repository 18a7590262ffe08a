import type { Hash } from 'node:crypto';
import { dictionaryActors, dictionaryEntry, dictionaryGroupAliases } from './dictionary-files.ts';
import { roleEntries } from './actor-files.ts';
import { DataFileError } from './patterns.ts';
import { mergeCacheFile, readSavedMerge, writeSavedMerge, type SavedMerge } from './dictionary-cache.ts';
import type { PhraseIndex } from './phrase-index.ts';
import { packPhrases, PhraseTable } from './phrase-table.ts';
import { StringList } from './sorted-keys.ts';
import type { ActorEntry, RoleEntry } from './types.ts';

// Merges the Phoenix/PETRARCH2 dictionaries (generated into data/actors/petrarch/) under our own entries.
// Ours win alias by alias: an alias our files already define keeps our entry, because ours carry office
// titles and dates up to 2026 and were written for how news names actors, while the dictionaries stop
// around 2014-2016. A dictionary person who is one of ours (an alias in common) lends us their other names.

const GROUP_FILE = 'data/actors/petrarch/group-aliases.tsv';
const ACTOR_FILE = 'data/actors/petrarch/actors.tsv';
const isOurs = (e: ActorEntry) => e.kind !== 'blocker' && !e.id.startsWith('phoenix:');

/** Our own actors, already in the index: by id (groups, organisations, people), and hashed for the cache. */
export interface OurActors {
  readonly byId: ReadonlyMap<string, ActorEntry>;
  readonly fingerprint: Hash;
}

/**
 * Adds the dictionary names to `actors` (the last aliases it takes): from the saved merge in `cacheDir`
 * when there is one for these inputs, else merged here and saved. Both give the same index.
 */
export function mergeDictionary(actors: PhraseIndex<ActorEntry>, agentRoles: PhraseIndex<RoleEntry>, optional: (rel: string) => string | null, ours: OurActors, cacheDir: string | null): void {
  const groupAliases = optional('actors/petrarch/group-aliases.tsv');
  const table = optional('actors/petrarch/actors.tsv');
  const cacheFile = cacheDir === null ? null : mergeCacheFile(cacheDir, ours.fingerprint, [groupAliases, table]);
  const saved = cacheFile === null ? null : readSavedMerge(cacheFile);
  if (saved && saved.ourIds.every((id) => ours.byId.has(id))) actors.freeze(savedTable(saved, ours));
  else {
    const merged = mergeInto(actors, groupAliases, table, ours);
    if (cacheFile !== null) writeSavedMerge(cacheFile, merged());
  }
  // ours first ("the representative of Algeria": data/actors/country-bound-roles.tsv), read the same way
  const bound = optional('actors/country-bound-roles.tsv');
  if (bound) for (const [phrase, entry] of roleEntries('data/actors/country-bound-roles.tsv', bound)) agentRoles.add(phrase, entry);
  const agents = optional('actors/petrarch/agents.tsv');
  // Phoenix codes "village", "employees", "reservists" as sectors; news uses them as ordinary nouns, so
  // imported agents sit in their own index, read only after a country ("Iraqi constables" → IRQCOP)
  if (agents) for (const [phrase, entry] of roleEntries('data/actors/petrarch/agents.tsv', agents)) agentRoles.add(phrase, entry);
}

function savedTable(saved: SavedMerge, ours: OurActors): PhraseTable<ActorEntry> {
  const rows = new StringList(saved.rows, saved.rowStarts);
  return new PhraseTable(saved.phrases, (ref) => (ref < 0 ? ours.byId.get(saved.ourIds[-1 - ref]) as ActorEntry : dictionaryEntry(ACTOR_FILE, null, rows.at(ref).split('\t'))));
}

/** The merge itself, into the trie, noting each alias it adds (with a ref to its entry); returns how to pack them for the cache. */
function mergeInto(actors: PhraseIndex<ActorEntry>, groupAliases: string | null, table: string | null, ours: OurActors): () => SavedMerge {
  const added: Array<{ alias: string; ref: number }> = [];
  const ourIds: string[] = [];
  const ourRefs = new Map<string, number>();
  const ourRef = (entry: ActorEntry) => ourRefs.get(entry.id) ?? (ourRefs.set(entry.id, -1 - ourIds.length), -1 - (ourIds.push(entry.id) - 1));
  const add = (alias: string, entry: ActorEntry, ref: () => number, keep: (existing: ActorEntry) => boolean = isOurs) => {
    if (actors.addUnless(alias, entry, keep)) added.push({ alias, ref: ref() });
  };
  if (groupAliases) {
    for (const { id, alias } of dictionaryGroupAliases(GROUP_FILE, groupAliases)) {
      const entry = ours.byId.get(id);
      if (!entry || (entry.kind !== 'group' && entry.kind !== 'organization')) throw new DataFileError(GROUP_FILE, null, `no group or organisation with id '${id}' (rerun npm run kb:import-petrarch)`);
      add(alias, entry, () => ourRef(entry));
    }
  }
  const rows: string[] = [];
  if (table) {
    for (const { aliases, entry, cells } of dictionaryActors(ACTOR_FILE, table)) {
      const row = rows.push([cells[0], '', ...cells.slice(2)].join('\t')) - 1;
      if (entry.kind === 'person') {
        const ourPeople = [...new Set(aliases.flatMap((a) => actors.lookup(a).filter((e) => isOurs(e) && e.kind === 'person')))];
        if (ourPeople.length > 0) {
          // "Israeli Prime Minister Benjamin Netanyahu" names him in each of his terms (one entry of ours per term): the
          // alias takes every term, so the date picks the one in office; our own actor of another name under it still wins
          const otherOfOurs = (person: ActorEntry) => (e: ActorEntry) => e === person || isOurs(e) && !ourPeople.includes(e);
          for (const alias of aliases) for (const person of ourPeople) add(alias, person, () => ourRef(person), otherOfOurs(person));
          continue;
        }
      }
      for (const alias of aliases) add(alias, entry, () => row);
    }
  }
  return () => {
    const list = StringList.of(rows);
    return { phrases: packPhrases(added), rows: list.text, rowStarts: list.starts, ourIds };
  };
}

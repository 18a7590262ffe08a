import { dictionaryActors, dictionaryGroupAliases } from './dictionary-files.ts';
import { roleEntries } from './actor-files.ts';
import { DataFileError } from './patterns.ts';
import type { PhraseIndex } from './phrase-index.ts';
import type { ActorEntry, RoleEntry } from './types.ts';

// Merges the Phoenix/PETRARCH2 dictionaries (generated into data/actors/petrarch/) under our own entries.
// Ours win alias by alias: an alias our files already define keeps our entry, because ours carry office
// titles and dates up to 2026 and were written for how news names actors, while the dictionaries stop
// around 2014-2016. A dictionary person who is one of ours (an alias in common) lends us their other names.

const isOurs = (e: ActorEntry) => e.kind !== 'blocker' && !e.id.startsWith('phoenix:');

export function mergeDictionary(actors: PhraseIndex<ActorEntry>, agentRoles: PhraseIndex<RoleEntry>, optional: (rel: string) => string | null, ourGroups: ReadonlyMap<string, ActorEntry>): void {
  const groupAliases = optional('actors/petrarch/group-aliases.tsv');
  if (groupAliases) {
    for (const { id, alias } of dictionaryGroupAliases('data/actors/petrarch/group-aliases.tsv', groupAliases)) {
      const entry = ourGroups.get(id);
      if (!entry) throw new DataFileError('data/actors/petrarch/group-aliases.tsv', null, `no group or organisation with id '${id}' (rerun npm run kb:import-petrarch)`);
      actors.addUnless(alias, entry, isOurs);
    }
  }
  const table = optional('actors/petrarch/actors.tsv');
  if (table) {
    for (const { aliases, entry } of dictionaryActors('data/actors/petrarch/actors.tsv', table)) {
      if (entry.kind === 'person') {
        const ourPeople = [...new Set(aliases.flatMap((a) => actors.lookup(a).filter((e) => isOurs(e) && e.kind === 'person')))];
        if (ourPeople.length > 0) {
          for (const alias of aliases) for (const person of ourPeople) actors.addUnless(alias, person, isOurs);
          continue;
        }
      }
      for (const alias of aliases) actors.addUnless(alias, entry, isOurs);
    }
  }
  const agents = optional('actors/petrarch/agents.tsv');
  // Phoenix codes "village", "employees", "reservists" as sectors; news uses them as ordinary nouns, so
  // imported agents sit in their own index, read only after a country ("Iraqi constables" → IRQCOP)
  if (agents) for (const [phrase, entry] of roleEntries('data/actors/petrarch/agents.tsv', agents)) agentRoles.add(phrase, entry);
}

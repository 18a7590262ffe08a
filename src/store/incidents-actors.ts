import { buildActorHierarchy, type ActorHierarchy, type ActorKnowledge } from '../incidents/index.ts';
import { DATA_DIR, readNamedBodies } from '../knowledge/named-bodies.ts';

// Which actor codes are broader names for which (IRQREB ⊃ kataib-hezbollah ⊂ popular-mobilization-units),
// from the groups and organisations the coder resolves names to. Read once per process; the same data
// folder as the coder (EVENTLENS_DATA). A data folder without organisations still links, with fewer broader names.

const FILES = ['actors/groups.json', 'actors/organizations.json'];
let cached: ActorHierarchy | null = null;

export function loadActorHierarchy(dataDir: string = DATA_DIR): ActorHierarchy {
  if (cached !== null && dataDir === DATA_DIR) return cached;
  const entries = readNamedBodies(dataDir, FILES);
  // parents are given by id; the hierarchy speaks codes, as events do
  const codeOf = new Map([...entries.values()].map((e) => [e.id, e.code]));
  const knowledge: ActorKnowledge[] = [...entries.values()].map((e) => ({
    code: e.code, country: e.country, role: e.role, ...(e.parent === undefined ? {} : { parent: codeOf.get(e.parent) ?? e.parent }),
  }));
  const hierarchy = buildActorHierarchy(knowledge);
  if (dataDir === DATA_DIR) cached = hierarchy;
  return hierarchy;
}

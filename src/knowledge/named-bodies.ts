import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupActors } from './actor-files.ts';
import type { ActorEntry } from './types.ts';
import { PACKAGE_DATA_DIR } from '../paths.ts';

/** The data folder the coder reads (EVENTLENS_DATA, else the bundled one). */
export const DATA_DIR = process.env.EVENTLENS_DATA ?? PACKAGE_DATA_DIR;

/** Named armed and political groups, organisations and companies: the bodies events may name by our own id. */
export const NAMED_BODY_FILES: readonly string[] = ['actors/groups.json', 'actors/organizations.json', 'actors/companies.json'];

/**
 * The named bodies of these files by id, for the stages after coding (incidents, exports) that need what a
 * body is without loading the coder. A file the data folder lacks gives none.
 */
export function readNamedBodies(dataDir: string = DATA_DIR, files: readonly string[] = NAMED_BODY_FILES): Map<string, ActorEntry> {
  const bodies = new Map<string, ActorEntry>();
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(join(dataDir, file), 'utf8');
    } catch {
      continue;
    }
    for (const [, entry] of groupActors(file, content)) bodies.set(entry.id, entry);
  }
  return bodies;
}

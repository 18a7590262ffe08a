import { z } from 'zod';
import { DataFileError } from './patterns.ts';
import { GroupRecord, PersonRecord, SiteRecord } from './actor-files.ts';

/**
 * A user's own knowledge, merged over the bundled data at run time (`--kb my.json`):
 * { "groups": [...], "people": [...], "metonyms": {...}, "sites": [...], "verbs": [...], "nouns": [...] }
 * with the same record shapes as data/actors/*.json and data/places/sites.json, and pattern rows as
 * { "pattern": "torch", "cameo": "1712", "requires": "object"? }.
 */
const PatternRow = z.object({ pattern: z.string().min(1), cameo: z.string().regex(/^\d{2,4}$/), requires: z.literal('object').optional() });
export const UserKnowledge = z.object({
  groups: z.array(GroupRecord).default([]),
  people: z.array(PersonRecord).default([]),
  metonyms: z.record(z.string(), z.string()).default({}),
  sites: z.array(SiteRecord).default([]),
  verbs: z.array(PatternRow).default([]),
  nouns: z.array(PatternRow).default([]),
}).strict();
export type UserKnowledge = z.infer<typeof UserKnowledge>;

export function parseUserKnowledge(file: string, content: string): UserKnowledge {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new DataFileError(file, null, `invalid JSON: ${(e as Error).message}`);
  }
  const result = UserKnowledge.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataFileError(file, null, `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return result.data;
}

/** The user's rows as the bundled files' text, so one parser handles both. */
export function asTsv(rows: UserKnowledge['verbs']): string {
  return ['pattern\tcameo\trequires\tnote', ...rows.map((r) => `${r.pattern}\t${r.cameo}\t${r.requires ?? ''}\t`)].join('\n');
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Coder } from '../core/index.ts';
import { readAllGold } from './read-gold.ts';
import { scoreDocuments } from './score-documents.ts';
import { devScores, type DevScores } from './dev-scores.ts';
import type { EvalReport } from './eval-report.ts';

/** The real-news development set lives beside the repository (`../shared/devset/voa.jsonl`), never inside it. */
export function devSetPath(repoRoot: string): string {
  return resolve(repoRoot, '../shared/devset/voa.jsonl');
}

/** Scores the coder on the dev set; a missing file is an error that names the path, never a silent skip. */
export async function scoreDevSet(path: string, coder: Coder, resolveName: (name: string) => string | null): Promise<{ scores: DevScores; report: EvalReport }> {
  if (!existsSync(path)) throw new Error(`${path}: dev set not found (expected ../shared/devset/voa.jsonl beside the repository)`);
  const items = await readAllGold(path);
  const report = scoreDocuments(items, (a) => coder.code(a), resolveName);
  if (report.documents === 0) throw new Error(`${path}: no gold documents`);
  return { scores: devScores(items, report), report };
}

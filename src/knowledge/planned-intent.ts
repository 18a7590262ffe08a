import type { CameoInfo } from './types.ts';
import { DataFileError } from './patterns.ts';
import { parseTsv } from './tsv.ts';

/** Rows of planned-intent.tsv ("072<TAB>0332"): the code a planned act takes, by the CAMEO prefix of the act. */
export function parsePlannedIntent(file: string, content: string, ontology: ReadonlyMap<string, CameoInfo>): Map<string, string> {
  const out = new Map<string, string>();
  for (const { line, cells } of parseTsv(content)) {
    const [prefix, planned] = cells;
    if (!prefix || !planned) throw new DataFileError(file, line, 'expected cameo<TAB>planned');
    if (!ontology.has(planned)) throw new DataFileError(file, line, `unknown CAMEO code '${planned}'`);
    out.set(prefix, planned);
  }
  return out;
}

import { createHash } from 'node:crypto';
import { basename } from 'node:path';

// "report.txt#3f2a9c1d0b": readable, and stable across runs and machines (no absolute path, no
// clock), yet two different files both called report.txt do not share an id.
export function docIdFor(name: string, text: string): string {
  const hash = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 10);
  return `${basename(name)}#${hash}`;
}

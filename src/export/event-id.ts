import { createHash } from 'node:crypto';

// A numeric id for GDELT's GLOBALEVENTID (and event_id elsewhere) that the same event gets in every
// export and in every database it is imported into: derived from the article id and the event's
// position in it, not from a row id that depends on insertion history. 52 bits: exact as a double.
export function stableEventId(docId: string, ordinal: number): number {
  const hex = createHash('sha256').update(`${docId}\u0000${ordinal}`, 'utf8').digest('hex');
  return parseInt(hex.slice(0, 13), 16);
}

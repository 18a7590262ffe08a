import type { Fingerprint } from './fingerprint.ts';
import { NEAR_DUPLICATE_BITS, NearDuplicateIndex } from './near-duplicate-index.ts';

// Decides, in input order, whether a document is new, an exact copy (same text up to whitespace)
// or a near copy (same story, another headline or footer) of one seen before — in this run, or
// stored by an earlier one (remember()). A copy is linked to the first one and not coded again.
// Memory per document: its content key (exact copies are only looked for within the run; across
// runs the stored fingerprints find them at distance 0), its fingerprint and doc_id.

export type Verdict =
  | { readonly kind: 'unique' }
  | { readonly kind: 'exact'; readonly of: string }
  | { readonly kind: 'near'; readonly of: string; readonly distance: number };

export class Deduplicator {
  private readonly exact = new Map<string, string>();
  private readonly index: NearDuplicateIndex;
  private readonly docIds: string[] = [];
  private readonly slots = new Map<string, number>();

  constructor(maxDistance = NEAR_DUPLICATE_BITS) {
    this.index = new NearDuplicateIndex(maxDistance);
  }

  get size(): number {
    return this.docIds.length;
  }

  /** A document stored by an earlier run. */
  remember(docId: string, fingerprint: Fingerprint): void {
    this.register(docId, fingerprint);
  }

  /** The verdict for the next document; a unique one is remembered as a first copy. */
  check(docId: string, key: string, fingerprint: Fingerprint): Verdict {
    const same = this.exact.get(key);
    if (same !== undefined) return { kind: 'exact', of: same };
    const near = this.index.find(fingerprint);
    if (near !== null) return { kind: 'near', of: this.docIds[near.index], distance: near.distance };
    this.exact.set(key, docId);
    this.register(docId, fingerprint);
    return { kind: 'unique' };
  }

  /** The first copy could not be stored: later copies must not be linked to it. */
  retract(docId: string, key: string): void {
    const slot = this.slots.get(docId);
    if (slot !== undefined) this.index.retract(slot);
    if (this.exact.get(key) === docId) this.exact.delete(key);
  }

  private register(docId: string, fingerprint: Fingerprint): void {
    this.slots.set(docId, this.index.add(fingerprint));
    this.docIds.push(docId);
  }
}

import type { Event, PloverType } from '../schema/event.ts';
import type { FieldName } from './compare-fields.ts';
import type { EvidenceError, GoldEvent, GoldLineError } from './gold-doc.ts';

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface LevelScore extends Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface FieldTally {
  readonly correct: number;
  readonly n: number;
}

export interface FieldScore extends FieldTally {
  readonly accuracy: number;
}

export interface CoderError {
  readonly kind: 'coder-error';
  readonly doc_id: string;
  readonly message: string;
}

export type EvalIssue = GoldLineError | EvidenceError | CoderError;

export interface FieldMismatch {
  readonly field: FieldName;
  readonly type: PloverType;
  readonly evidence: string;
  readonly gold: string;
  readonly extracted: string;
}

/** What a developer needs to fix one document. */
export interface DocReport {
  readonly id: string;
  readonly events: Counts;
  /** Optional gold events that were matched, removed from counting with their partners. */
  readonly optional_matched: number;
  readonly misses: readonly GoldEvent[];
  readonly false_positives: readonly Event[];
  readonly mismatches: readonly FieldMismatch[];
}

export interface EvalReport {
  readonly documents: number;
  readonly events: LevelScore;
  readonly actor: LevelScore;
  readonly actor_target: LevelScore;
  readonly date: FieldScore;
  readonly location: FieldScore;
  readonly certainty: FieldScore;
  /** Scores outside the fixed JSON contract. */
  readonly extra: { readonly attribution: FieldScore };
  readonly issues: readonly EvalIssue[];
  readonly docs: readonly DocReport[];
}

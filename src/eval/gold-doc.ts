import type { Article, Certainty, PloverType, Span } from '../schema/event.ts';

// One annotated event after its evidence has been located in the document text.
// `span` is null when the evidence could not be found; such an event is reported
// as an error and left out of scoring rather than being counted as a miss.
export interface GoldEvent {
  readonly index: number;
  readonly type: PloverType;
  readonly alt_types: readonly PloverType[];
  readonly actor: string | null;
  readonly target: string | null;
  readonly date: string | null;
  readonly date_precision: string | null;
  readonly location: string | null;
  readonly attributed_to: string | null;
  readonly certainty: Certainty | null;
  readonly optional: boolean;
  readonly evidence: string;
  readonly span: Span | null;
}

export interface EvidenceError {
  readonly kind: 'evidence-error';
  readonly file: string;
  readonly line: number;
  readonly doc_id: string;
  readonly event_index: number;
  readonly message: string;
}

export interface GoldDoc {
  readonly kind: 'gold-doc';
  readonly file: string;
  readonly line: number;
  readonly article: Article;
  readonly events: readonly GoldEvent[];
  readonly errors: readonly EvidenceError[];
}

export interface GoldLineError {
  readonly kind: 'line-error';
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export type GoldItem = GoldDoc | GoldLineError;

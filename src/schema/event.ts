import { z } from 'zod';

// The event record: the contract every stage after `extract` and every user relies on.
// Spans are [start, end) character offsets into the document text.

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export const PloverType = z.enum(PLOVER_TYPES);
export type PloverType = z.infer<typeof PloverType>;

export const CERTAINTIES = [
  'asserted', 'claimed', 'alleged', 'conditional', 'planned', 'called_off', 'denied', 'hypothetical',
] as const;
export const Certainty = z.enum(CERTAINTIES);
export type Certainty = z.infer<typeof Certainty>;

export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

/** How a field got its value: written in the sentence, or inferred (earlier sentence, publication date, default). */
export const Basis = z.enum(['stated', 'inferred']);

export const ActorRef = z.object({
  text: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  span: Span,
  basis: Basis.optional(),
});
export type ActorRef = z.infer<typeof ActorRef>;

export const DatePrecision = z.enum(['day', 'week', 'month', 'year', 'reported']);
export const EventDate = z.object({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  precision: DatePrecision,
  text: z.string(),
  span: Span.nullable(),
  basis: Basis.optional(),
});
export type EventDate = z.infer<typeof EventDate>;

export const EventLocation = z.object({
  text: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** null when the place is inferred (the article's main country), not written in the sentence */
  span: Span.nullable(),
  precision: z.enum(['site', 'city', 'region', 'country']).optional(),
  id: z.string().optional(),
  basis: Basis.optional(),
});
export type EventLocation = z.infer<typeof EventLocation>;

export const Provenance = z.object({
  source: z.union([z.literal('outlet'), ActorRef]),
  reporting_verb: z.string().nullable(),
  certainty: Certainty,
  quote: z.object({ text: z.string(), span: Span }).nullable(),
});
export type Provenance = z.infer<typeof Provenance>;

/** A casualty or crowd figure as reported: "at least 12" → {min 12, max null, hedge at_least}. */
export const Figure = z.object({
  min: z.number().nonnegative(),
  max: z.number().nonnegative().nullable(),
  hedge: z.enum(['exact', 'at_least', 'at_most', 'about', 'vague']),
  text: z.string(),
  span: Span,
});
export type Figure = z.infer<typeof Figure>;
export const Numbers = z.object({
  killed: Figure.optional(),
  injured: Figure.optional(),
  arrested: Figure.optional(),
  size: Figure.optional(),
});

/** One sentence that states the event: the lead, and each later restatement or elaboration. */
export const Mention = z.object({
  sentence: z.string(),
  span: Span,
  trigger: z.object({ text: z.string(), span: Span }),
  /**
   * Who says so in this mention (its own speaker, verb, certainty, quotation, with their offsets): every source
   * that reported the event. The record's `provenance` is chosen from these (docs/provenance.md). Older records may lack it.
   */
  provenance: Provenance.optional(),
});
export type Mention = z.infer<typeof Mention>;

export const Event = z.object({
  doc_id: z.string(),
  type: PloverType,
  cameo: z.string().regex(/^\d{2,4}$/),
  goldstein: z.number().min(-10).max(10),
  quad_class: z.number().int().min(1).max(4),
  actor: ActorRef.nullable(),
  /**
   * Coordinated participants of the one act ("Chad and Cameroon deployed forces"), in text order, `actor` first;
   * present only when there are two or more. `actor` stays the primary one for readers that take one.
   */
  actors: z.array(ActorRef).min(2).optional(),
  target: ActorRef.nullable(),
  /** The same for targets: "attacked army and police posts". */
  targets: z.array(ActorRef).min(2).optional(),
  date: EventDate.nullable(),
  location: EventLocation.nullable(),
  provenance: Provenance,
  trigger: z.object({ text: z.string(), span: Span }),
  evidence: z.object({ sentence: z.string(), span: Span }),
  /**
   * Every sentence of the article that states this one real event, in text order (the coder always
   * fills it, one entry at least; `evidence` and `trigger` are its most specific one). Older records may lack it.
   */
  mentions: z.array(Mention).min(1).optional(),
  /** Killed, injured, arrested, crowd size, from the event's sentence (ACLED fatalities, PLOVER dead/injured/size). */
  numbers: Numbers.optional(),
  confidence: z.number().min(0).max(1),
  /** Reason ids of the pattern and refiners that made and shaped this event, in order. */
  rules: z.array(z.string()),
});
export type Event = z.infer<typeof Event>;

/** A document as the coder sees it: text in, events out. */
export const Article = z.object({
  id: z.string(),
  text: z.string(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/).nullable(),
  title: z.string().nullable(),
  url: z.string().nullable().optional(),
});
export type Article = z.infer<typeof Article>;

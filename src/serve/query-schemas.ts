import { z } from 'zod';
import { datePrefixProblem, DATE_PREFIX_FORMAT } from '../schema/date-prefix.ts';
import { CERTAINTIES, PLOVER_TYPES } from '../schema/event.ts';

// Query-string schemas of the HTTP API. Every parameter arrives as a string; these schemas turn
// them into the typed EventFilter of the store contract, or say precisely what is wrong (→ 400).
// The same schemas feed /openapi.json, so the description cannot drift from the validation.

// The pattern gives the shape (and documents it in /openapi.json); the store's own calendar check then
// makes "2024-02-30" a 400 that says why, not an empty page.
const DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const datePrefix = (what: string) =>
  z.string().regex(DATE_PREFIX, `expected ${DATE_PREFIX_FORMAT}`).superRefine((value, ctx) => {
    const problem = DATE_PREFIX.test(value) ? datePrefixProblem(value) : undefined;
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `'${value}': ${problem}` });
  }).describe(what);

// "assault" from a hand-typed URL means ASSAULT.
const upper = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value);

const name = (what: string) => z.string().trim().min(1).max(200).describe(what);

/** `dyad=USA,IRN` → ["USA", "IRN"]. */
const dyad = z.string()
  .regex(/^[^,]+,[^,]+$/, 'expected two actors separated by a comma, e.g. USA,IRN')
  .transform((v) => v.split(',').map((s) => s.trim()) as [string, string])
  .describe('two actors (code or name), either direction: USA,IRN');

/** `near=33.3,44.4,50` → within 50 km of (33.3, 44.4). */
const near = z.string()
  .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/, 'expected lat,lon,km, e.g. 33.31,44.36,50')
  .transform((v) => {
    const [lat, lon, km] = v.split(',').map(Number);
    return { lat, lon, km };
  })
  .refine((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180 && p.km > 0, 'lat must be within ±90, lon within ±180, km > 0')
  .describe('events within km of a point: lat,lon,km');

export const filterShape = {
  type: z.preprocess(upper, z.enum(PLOVER_TYPES)).optional().describe('PLOVER event type'),
  cameoRoot: z.string().regex(/^\d{2}$/, 'expected a two-digit CAMEO root, e.g. 19').optional().describe('CAMEO root code'),
  actor: name('actor code with its sub-codes (USA matches USAMIL: 3-letter blocks are a prefix), or part of the actor name').optional(),
  target: name('target code with its sub-codes, or part of the target name').optional(),
  dyad: dyad.optional(),
  country: z.preprocess(upper, z.string().regex(/^[A-Z]{3}$/, 'expected an ISO alpha-3 code, e.g. IRQ')).optional()
    .describe('ISO alpha-3 of the event place, or of the actor/target code'),
  place: z.string().min(1).max(300).optional().describe('one place by its id (location.id), not its country'),
  near: near.optional(),
  since: datePrefix('first date, inclusive').optional(),
  until: datePrefix('last date, inclusive').optional(),
  certainty: z.enum(CERTAINTIES).optional().describe('who-says-so certainty of the event'),
  source: name('"outlet", or the code or name of the speaker the event is attributed to').optional(),
  minConfidence: z.coerce.number().min(0).max(1).optional().describe('lowest coder confidence, 0-1'),
  text: z.string().trim().min(1).max(500).optional().describe('full-text search in the article title and text'),
  docId: z.string().min(1).max(500).optional().describe('events of one article'),
} as const;

export const MAX_PAGE = 1000;

/** `unit=incident` counts real-world events (linked reports) instead of reports. */
const unit = z.enum(['report', 'incident']).default('report').describe('report: one row per report; incident: per linked real-world event');

export const FilterQuery = z.object(filterShape).strict();

export const EventsQuery = z.object({
  ...filterShape,
  sort: z.enum(['date', '-date', 'goldstein', '-goldstein', 'confidence', '-confidence']).default('-date')
    .describe('order; a leading - means descending'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50).describe(`page size, at most ${MAX_PAGE}`),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0).describe('events to skip'),
  unit,
}).strict();

export const ExportQuery = z.object({
  ...filterShape,
  format: z.enum(['csv', 'jsonl']).default('csv').describe('csv (a spreadsheet) or jsonl (one record per line)'),
  unit,
}).strict();

export const IncidentParams = z.object({
  id: z.string().min(1).max(200).describe('an incident id (inc-…), or a report key doc_id#ordinal'),
}).strict();

export const PlacesQuery = z.object({ ...filterShape, unit }).strict();

export const StatsQuery = z.object({
  ...filterShape,
  period: z.enum(['day', 'week', 'month']).default('day').describe('time bucket'),
  by: z.enum(['type', 'dyad', 'none']).default('type').describe('series key'),
  unit,
}).strict();

export const NetworkQuery = z.object({
  ...filterShape,
  edges: z.coerce.number().int().min(1).max(500).default(60).describe('keep the heaviest N actor→target pairs'),
}).strict();

export const ActorsQuery = z.object({
  text: z.string().trim().min(1).max(200).optional().describe('part of the actor name or code'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(100).describe('how many actors, most active first'),
}).strict();

export const ArticlesQuery = z.object({
  q: z.string().trim().min(1).max(500).describe('full-text query over title and text'),
  limit: z.coerce.number().int().min(1).max(200).default(20).describe('page size'),
  offset: z.coerce.number().int().min(0).default(0).describe('hits to skip'),
}).strict();

export const ArticleParams = z.object({
  docId: z.string().min(1).max(500).describe('the article id (URL-encoded)'),
}).strict();

const PUBLISHED = /^\d{4}-\d{2}-\d{2}$/;

export const PostArticleBody = z.object({
  text: z.string().trim().min(1, 'text is empty').max(10_000_000).optional().describe('the article text'),
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional()
    .describe('fetched server-side when no text is given; kept as the article URL otherwise'),
  title: z.string().trim().min(1).max(500).optional(),
  published: z.string().regex(PUBLISHED, 'expected YYYY-MM-DD')
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date')
    .optional().describe('publication date; resolves "on Monday", "last week"'),
}).strict().refine((b) => b.text !== undefined || b.url !== undefined, 'give the article text, or a url to fetch');

export type FilterQuery = z.infer<typeof FilterQuery>;
export type EventsQuery = z.infer<typeof EventsQuery>;
export type ExportQuery = z.infer<typeof ExportQuery>;
export type PostArticleBody = z.infer<typeof PostArticleBody>;

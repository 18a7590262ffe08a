import { z } from 'zod';
import { PLOVER_TYPES } from '../schema/event.ts';

// A watch rule (docs/watch.md): which incidents it counts (`match`), how it splits them into series
// (`group_by`), and when a series alerts (`when`). Rules files are YAML or JSON with a top-level `rules`
// list; read-rules.ts validates them and names the file and line of every bad field.

const Code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'an actor code such as USA, USAMIL or kataib-hezbollah');
const Country = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166 alpha-3 country code such as IRQ');
const Days = z.number().int().min(1).max(3660);

export const Match = z.strictObject({
  types: z.array(z.enum(PLOVER_TYPES)).min(1).optional(),
  /** CAMEO roots, "18", "19", "20". */
  cameo_roots: z.array(z.string().regex(/^\d{2}$/, 'a two-digit CAMEO root such as 19')).min(1).optional(),
  /** Code prefixes: USA matches USA, USAMIL, USAGOV. */
  actors: z.array(Code).min(1).optional(),
  targets: z.array(Code).min(1).optional(),
  /** Two code prefixes, either direction: [USA, IRN]. */
  dyad: z.tuple([Code, Code]).optional(),
  countries: z.array(Country).min(1).optional(),
  /** Incidents whose place lies within km of the point (centroids, which are not the spot, never do). */
  near: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), km: z.number().positive() }).optional(),
  /** asserted: only incidents some outlet states in its own voice; claims: also those only claimed or alleged by a party. */
  certainty: z.enum(['asserted', 'claims']).default('claims'),
  min_confidence: z.number().min(0).max(1).optional(),
});
export type Match = z.infer<typeof Match>;

export const MEASURES = ['count', 'goldstein', 'killed', 'casualties'] as const;
const Measure = z.enum(MEASURES);
export type Measure = (typeof MEASURES)[number];

const Bounds = { at_least: z.number().optional(), at_most: z.number().optional() };
const needsBound = (c: { at_least?: number; at_most?: number }) => c.at_least !== undefined || c.at_most !== undefined;
const BOUND_MESSAGE = { message: 'give at_least or at_most (or both)' };

/** The window's sum crosses a bound: "7-day count of incidents at least 5". */
const Threshold = z.strictObject({ kind: z.literal('threshold'), measure: Measure, window_days: Days, ...Bounds }).refine(needsBound, BOUND_MESSAGE);

/** The window's sum against the same window over the trailing baseline: the highest in baseline_days
 *  (rolling_max, HDX Signals' rule) or z standard deviations above the baseline windows' mean (zscore). */
const Spike = z.strictObject({
  kind: z.literal('spike'),
  measure: Measure,
  window_days: Days,
  baseline_days: Days,
  method: z.enum(['rolling_max', 'zscore']),
  z: z.number().positive().optional(),
  /** The window's sum must also reach this (HDX: 100 fatalities). */
  min: z.number().default(0),
}).refine((s) => s.method !== 'zscore' || s.z !== undefined, { message: 'method zscore needs z', path: ['z'] })
  .refine((s) => s.baseline_days > s.window_days, { message: 'baseline_days must be longer than window_days', path: ['baseline_days'] });

/** The window's sum minus the baseline's average for a window of that length: "Goldstein sum drops by 20
 *  over 7 days against the 28 before" is change, goldstein, 7, 28, at_most -20. */
const Change = z.strictObject({ kind: z.literal('change'), measure: Measure, window_days: Days, baseline_days: Days, ...Bounds })
  .refine(needsBound, BOUND_MESSAGE);

/** The first matching incident of a group (a dyad) in lookback_days (default: all stored history). */
const First = z.strictObject({ kind: z.literal('first'), lookback_days: Days.optional() });

export const Condition = z.discriminatedUnion('kind', [Threshold, Spike, Change, First]);
export type Condition = z.infer<typeof Condition>;

export const GROUPS = ['none', 'country', 'dyad', 'actor', 'target'] as const;
export type GroupBy = (typeof GROUPS)[number];

export const Rule = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  description: z.string().optional(),
  /** Where the rule comes from (a paper, a public methodology). */
  source: z.string().optional(),
  match: Match.default({ certainty: 'claims' }),
  group_by: z.enum(GROUPS).default('none'),
  /** Group actor, target and dyad by the first N characters of the codes: 3 puts USAMIL with USA. */
  code_length: z.number().int().min(1).optional(),
  when: Condition,
});
export type Rule = z.infer<typeof Rule>;

export const RulesFile = z.strictObject({ rules: z.array(Rule).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id ${r.id}`, path: ['rules', i, 'id'] });
      seen.add(r.id);
    });
  });

import { z } from 'zod';
import { Certainty, DatePrecision, PloverType } from '../schema/event.ts';

// The shape of one line of a gold file. Keys shown without `?` in the format are
// required even when null, so a forgotten field is an annotation error, not a
// silent "no actor". Unknown keys (`mode`, `note`, ...) are allowed and ignored.
const GoldEventLine = z.object({
  type: PloverType,
  actor: z.string().nullable(),
  target: z.string().nullable(),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  location: z.string().nullable(),
  attributed_to: z.string().nullable(),
  evidence: z.string().min(1),
  alt_types: z.array(PloverType).optional(),
  optional: z.boolean().optional(),
  certainty: Certainty.optional(),
  date_precision: DatePrecision.optional(),
});

export const GoldLine = z.object({
  id: z.string().min(1),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/).nullable().optional(),
  title: z.string().nullable().optional(),
  text: z.string(),
  gold: z.object({
    events: z.array(GoldEventLine),
    entities: z.unknown().optional(),
  }),
});
export type GoldLine = z.infer<typeof GoldLine>;

import type { Event } from '../schema/event.ts';
import { datesMatch } from './date-match.ts';
import type { GoldEvent } from './gold-doc.ts';
import { actorsMatch, namesMatch, type ResolveName } from './names-match.ts';

/** One field of a matched pair: null when the gold does not annotate it, so it is not scored. */
export type Verdict = boolean | null;

export interface FieldVerdicts {
  readonly actor: boolean;
  readonly target: boolean;
  readonly date: Verdict;
  readonly location: Verdict;
  readonly certainty: Verdict;
  readonly attribution: Verdict;
}

export type FieldName = keyof FieldVerdicts;

export function compareFields(gold: GoldEvent, ext: Event, resolveName: ResolveName): FieldVerdicts {
  const loc = ext.location;
  const source = ext.provenance.source;
  return {
    actor: actorsMatch(gold.actor, ext.actor, resolveName),
    target: actorsMatch(gold.target, ext.target, resolveName),
    date: gold.date === null ? null : datesMatch(gold.date, gold.date_precision, ext.date?.value ?? null),
    // A place has no actor code, so only its surface text and name are tried (and resolved).
    location: gold.location === null ? null
      : namesMatch(gold.location, loc === null ? null : { text: loc.text, name: loc.name, code: null }, resolveName),
    certainty: gold.certainty === null ? null : gold.certainty === ext.provenance.certainty,
    // "outlet" means the extractor attributed the event to the newspaper's own voice.
    attribution: gold.attributed_to === null ? null
      : namesMatch(gold.attributed_to, source === 'outlet' ? null : source, resolveName),
  };
}

// How the extracted side of a field reads in a mismatch listing.
export function extractedValue(field: FieldName, ext: Event): string {
  switch (field) {
    case 'actor': return ext.actor === null ? 'null' : describeRef(ext.actor);
    case 'target': return ext.target === null ? 'null' : describeRef(ext.target);
    case 'date': return ext.date === null ? 'null' : `${ext.date.value} (${ext.date.precision})`;
    case 'location': return ext.location === null ? 'null' : `${ext.location.text} [${ext.location.name}]`;
    case 'certainty': return ext.provenance.certainty;
    case 'attribution':
      return ext.provenance.source === 'outlet' ? 'outlet' : describeRef(ext.provenance.source);
  }
}

export function goldValue(field: FieldName, gold: GoldEvent): string {
  const value = {
    actor: gold.actor, target: gold.target, location: gold.location, certainty: gold.certainty,
    attribution: gold.attributed_to,
    date: gold.date === null ? null : gold.date + (gold.date_precision ? ` (${gold.date_precision})` : ''),
  }[field];
  return value ?? 'null';
}

function describeRef(ref: { readonly text: string; readonly name: string; readonly code: string | null }): string {
  return `${ref.text} [${ref.name}${ref.code === null ? '' : ` ${ref.code}`}]`;
}

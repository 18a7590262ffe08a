import type { ScannedEvent } from '../store/index.ts';
import type { Cell } from './delimited.ts';

export type FormatName = 'jsonl' | 'csv' | 'gdelt' | 'polecat';

/** One column of a delimited export: its name in the header and how a stored event fills it. */
export interface Column {
  readonly name: string;
  readonly value: (row: ScannedEvent, eventId: number) => Cell;
}

// JSON Lines is the Event record itself, one per line. The others are tables: a header line, then one
// line per event; the last column holds the full record (unless --no-record), which is what import reads.
export type ExportFormat =
  | { readonly kind: 'jsonl'; readonly name: 'jsonl' }
  | {
    readonly kind: 'delimited';
    readonly name: Exclude<FormatName, 'jsonl'>;
    readonly separator: ',' | '\t';
    readonly columns: readonly Column[];
    readonly recordColumn: string;
  };

import type { ScannedEvent } from '../store/index.ts';
import type { Cell } from './delimited.ts';

// A list here, not the keys of FORMATS, so the CLI can name the formats in --help without loading them.
export const FORMAT_NAMES = ['jsonl', 'csv', 'gdelt', 'polecat'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

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

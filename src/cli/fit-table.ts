// A table that fits the terminal: every line at most `width` characters, never wrapped. Columns that can
// give way (names, places) shrink first, down to their minimum, and their cells end in "…"; fixed ones
// (type, date, certainty) keep their width. Numbers are right-aligned.

export interface FitColumn {
  readonly header: string;
  /** Narrowest the column may become; undefined: never shrinks. */
  readonly min?: number;
  /** Widest it grows to, even with room to spare. */
  readonly max?: number;
  readonly numeric?: boolean;
  /** Shrinks only once every column without it is at its minimum (an id: a cut id cannot be pasted). */
  readonly keep?: boolean;
  /** Left out, in this order (1 first), when every other column is at its minimum and the line is still too wide. */
  readonly drop?: number;
}

/** Terminal width: COLUMNS when set, the TTY's width, else 80 (a pipe, a file, CI). */
export function terminalWidth(env: NodeJS.ProcessEnv = process.env, stdout: { isTTY?: boolean; columns?: number } = process.stdout): number {
  const columns = Number(env.COLUMNS);
  if (Number.isInteger(columns) && columns > 0) return columns;
  return stdout.isTTY && stdout.columns ? stdout.columns : 80;
}

export function fitTable(all: readonly FitColumn[], allRows: readonly (readonly string[])[], width: number): string {
  let shown = all.map((_, i) => i);
  const floor = (i: number) => all[i].min ?? natural[i];
  const natural = all.map((c, i) => Math.min(c.max ?? Infinity, Math.max(c.header.length, ...allRows.map((r) => length(r[i])))));
  const least = (columns: number[], keep: boolean) => columns.reduce((sum, i) => sum + (all[i].keep && !keep ? natural[i] : floor(i)), 0) + 2 * (columns.length - 1);
  // Leave out droppable columns while even the narrowest table (ids whole) does not fit.
  for (const drop of all.flatMap((c, i) => (c.drop === undefined ? [] : [[c.drop, i] as const])).sort((a, b) => a[0] - b[0])) {
    if (least(shown, false) <= width) break;
    shown = shown.filter((i) => i !== drop[1]);
  }
  const widths = new Map(shown.map((i) => [i, natural[i]]));
  let excess = [...widths.values()].reduce((a, b) => a + b, 0) + 2 * (shown.length - 1) - width;
  // Shrink the widest shrinkable column one character at a time, so the widths stay balanced.
  for (const keep of [false, true]) {
    while (excess > 0) {
      const candidates = shown.filter((i) => all[i].min !== undefined && widths.get(i)! > all[i].min! && (keep || !all[i].keep));
      if (candidates.length === 0) break;
      const widest = candidates.reduce((a, b) => (widths.get(b)! > widths.get(a)! ? b : a));
      widths.set(widest, widths.get(widest)! - 1);
      excess--;
    }
  }
  const line = (cells: readonly string[]) => cut(shown.map((i) => {
    const w = widths.get(i)!;
    const text = length(cells[i]) > w ? `${[...cells[i]].slice(0, w - 1).join('')}…` : cells[i];
    return all[i].numeric ? text.padStart(w) : text.padEnd(w);
  }).join('  ').trimEnd(), width);
  const left = all.filter((_, i) => !shown.includes(i)).map((c) => c.header);
  return [
    line(all.map((c) => c.header)), line(all.map((_, i) => '─'.repeat(widths.get(i) ?? 0))), ...allRows.map(line),
    ...(left.length > 0 ? [cut(`(left out at ${width} columns: ${left.join(', ')}; widen, set COLUMNS, or --format csv)`, width)] : []),
  ].join('\n');
}

// Still too wide (every column at its minimum): the line is cut, never wrapped.
function cut(line: string, width: number): string {
  const chars = [...line];
  return chars.length <= width ? line : `${chars.slice(0, width - 1).join('')}…`;
}

const length = (text: string) => [...text].length;

/** Rows of a TSV data file: `#` comments and the header skipped, each row with its line number. */
export function parseTsv(content: string): Array<{ line: number; cells: string[] }> {
  const rows: Array<{ line: number; cells: string[] }> = [];
  let headerSeen = false;
  content.split('\n').forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    if (text.trim() === '' || text.startsWith('#')) return;
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    rows.push({ line: i + 1, cells: text.split('\t').map((c) => c.trim()) });
  });
  return rows;
}

import type { Network, NetworkEdge } from './api-types.ts';

// The actor network from the store's dyad statistics: rows are period × "USA→IRN"; summing over
// periods gives one weighted, directed edge per pair, without reading a single event record.

export const DYAD_ARROW = '→';
/** What the store writes for a side the event does not have. */
const MISSING = '—';

export function networkFromDyads(
  rows: readonly { readonly key: string; readonly count: number; readonly goldstein: number }[],
  maxEdges: number,
): Network {
  const edges = new Map<string, { source: string; target: string; events: number; goldstein: number }>();
  for (const row of rows) {
    const at = row.key.indexOf(DYAD_ARROW);
    const [source, target] = [row.key.slice(0, at), row.key.slice(at + 1)];
    // An event with no actor or no target ("m23→—") is no edge.
    if (at < 0 || [source, target].some((side) => side === '' || side === MISSING)) continue;
    const edge = edges.get(row.key) ?? { source, target, events: 0, goldstein: 0 };
    edge.events += row.count;
    edge.goldstein += row.goldstein;
    edges.set(row.key, edge);
  }
  const kept: NetworkEdge[] = [...edges.values()]
    .sort((a, b) => b.events - a.events || a.source.localeCompare(b.source) || a.target.localeCompare(b.target))
    .slice(0, maxEdges)
    .map((e) => ({ ...e, goldstein: Math.round(e.goldstein * 10) / 10 }));
  const degree = new Map<string, number>();
  for (const e of kept) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.events);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.events);
  }
  const nodes = [...degree].map(([id, events]) => ({ id, events })).sort((a, b) => b.events - a.events || a.id.localeCompare(b.id));
  return { nodes, edges: kept };
}

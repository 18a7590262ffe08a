import { linkReports, type ActorHierarchy } from '../incidents/index.ts';
import { linkedComponents } from '../incidents/components.ts';
import { mentionFacts, mentionGroups, type MentionFacts } from '../incidents/mention.ts';
import { ATTEMPTS, changeOf, summary, type LinkSummary } from './incidents-change.ts';
import type { IncidentIndex, IncidentStage, StoredReport } from './incidents-index.ts';

// Clustering every stored event again, in bounded memory. Incidents only form within one event type,
// and within a type only inside a component of linked mentions (src/incidents/components.ts), so for
// each type a rebuild:
//   1. scans its events one at a time, keeping per mention only what the linker compares (MentionFacts:
//      dates as day numbers, shared strings, one record per actor code) and its event rows;
//   2. finds the components from those facts;
//   3. loads the full events of a few components at a time (PART_EVENTS), links and reconciles them,
//      and writes the incidents to the index's stage (a temporary table, not the heap).
// One commit then puts every staged incident in place. The groups are those of one pass over every
// event; fresh ids avoid the ids earlier parts took, as one pass would
// (test/incidents/rebuild-by-type.test.ts, test/incidents/rebuild-parts.test.ts).

/** Events whose full records a rebuild loads at once (a component larger than this comes whole). */
export const PART_EVENTS = 500;

export interface RebuildOptions {
  readonly partEvents?: number;
}

export async function rebuild(index: IncidentIndex, hierarchy: ActorHierarchy, options: RebuildOptions = {}): Promise<LinkSummary> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const version = await index.version();
    const stage = await index.stage();
    try {
      const before = new Set<string>();
      const ids = new Set<string>();
      let events = 0;
      for (const type of await index.eventTypes()) {
        const scan = await scanType(index, type, hierarchy, before);
        for (const rows of parts(linkedComponents(scan.mentions), scan.rows, options.partEvents ?? PART_EVENTS)) {
          events += await linkPart(index, stage, rows, hierarchy, ids);
        }
      }
      if (await stage.commit(version)) return summary(events, [...ids], before, attempt);
    } finally {
      await stage.discard();
    }
  }
  throw new Error(`incidents: gave up after ${ATTEMPTS} attempts: other linkers kept committing first`);
}

async function linkPart(index: IncidentIndex, stage: IncidentStage, rows: readonly number[], hierarchy: ActorHierarchy, ids: Set<string>): Promise<number> {
  const reports = await index.reportsOfRows(rows);
  const previous = new Map(reports.flatMap((r) => (r.incidentId === null ? [] : [[r.key, r.incidentId] as const])));
  const linked = linkReports(reports, { hierarchy, previous, taken: ids });
  await stage.add(changeOf(linked, reports, [], hierarchy).write);
  for (const i of linked) ids.add(i.id);
  return reports.length;
}

interface TypeScan {
  readonly mentions: MentionFacts[];
  /** The event rows of each mention. */
  readonly rows: number[][];
}

// An article's events come one after another (stored order), and a mention never leaves its article:
// the events of one article are grouped into mentions, then let go.
async function scanType(index: IncidentIndex, type: string, hierarchy: ActorHierarchy, before: Set<string>): Promise<TypeScan> {
  const out: TypeScan = { mentions: [], rows: [] };
  const shared = new Map<string, string>();
  const share = <T extends string | null>(s: T): T => {
    if (s === null) return s;
    const known = shared.get(s);
    if (known !== undefined) return known as T;
    shared.set(s, s);
    return s;
  };
  let article: StoredReport[] = [];
  const flush = () => {
    for (const group of mentionGroups(article)) {
      const f = mentionFacts(group, hierarchy);
      out.mentions.push({
        ...f, docId: share(f.docId), outlet: share(f.outlet), type: share(f.type), cameo: share(f.cameo), dateText: share(f.dateText),
        placeName: share(f.placeName), country: share(f.country), certainty: share(f.certainty),
      });
      out.rows.push(group.map((r) => r.rowId));
    }
    article = [];
  };
  await index.scanReports(type, (r) => {
    if (article.length > 0 && article[0].event.doc_id !== r.event.doc_id) flush();
    article.push(r);
    if (r.incidentId !== null) before.add(r.incidentId);
  });
  flush();
  return out;
}

/** Event rows of whole components, about `size` at a time, in component order. */
function* parts(components: readonly number[][], rows: readonly number[][], size: number): Generator<number[]> {
  let part: number[] = [];
  for (const component of components) {
    for (const m of component) part.push(...rows[m]);
    if (part.length >= size) {
      yield part;
      part = [];
    }
  }
  if (part.length > 0) yield part;
}

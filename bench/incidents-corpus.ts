import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Coder } from '../src/core/index.ts';
import { stableEventId } from '../src/export/event-id.ts';
import { extractFigures } from '../src/extract/numbers.ts';
import { outletOf, reportKey, type Incident, type Report } from '../src/incidents/index.ts';
import type { Article } from '../src/schema/event.ts';

// The multi-report corpus of test/incidents/fixtures: articles (JSON Lines) whose gold lists the
// statements ("mentions") each makes about a real event, with the incident it belongs to and the
// figures it gives; incidents.gold.json gives each incident's figures under the reconciliation rule
// (src/incidents/figures.ts). Coded events are labelled by the mention whose evidence holds their trigger
// (and whose type, when a mention gives one, is the event's: one sentence can tell a march and arrests).

export const FIXTURES = new URL('../test/incidents/fixtures/', import.meta.url).pathname;
const KINDS = ['killed', 'injured', 'arrested', 'size'] as const;
type Kind = (typeof KINDS)[number];

interface GoldFigure { readonly min: number; readonly max: number | null }
interface GoldMention { readonly incident: string; readonly evidence: string; readonly type?: string; readonly killed?: GoldFigure; readonly injured?: GoldFigure; readonly arrested?: GoldFigure; readonly size?: GoldFigure }
export interface CorpusArticle { readonly article: Article; readonly mentions: readonly GoldMention[] }

/** 'dev': the files the rules were written against; 'held-out': heldout-*.jsonl, written after, run once. */
export type Split = 'dev' | 'held-out' | 'all';

export function readCorpus(split: Split = 'all', dir = FIXTURES): CorpusArticle[] {
  const wanted = (f: string) => split === 'all' || (split === 'held-out') === f.startsWith('heldout-');
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl') && wanted(f)).sort().flatMap((file) =>
    readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim() !== '').map((line) => {
      const { gold, ...article } = JSON.parse(line) as Article & { gold: { mentions: GoldMention[] } };
      for (const m of gold.mentions) {
        if (!article.text.includes(m.evidence)) throw new Error(`${file}: ${article.id}: evidence not in text: ${m.evidence}`);
      }
      return { article, mentions: gold.mentions };
    }));
}

export function readIncidentGold(dir = FIXTURES): Record<string, Partial<Record<Kind, number>>> {
  return JSON.parse(readFileSync(join(dir, 'incidents.gold.json'), 'utf8')) as Record<string, Partial<Record<Kind, number>>>;
}

export interface Coded {
  readonly reports: Report[];
  /** Report key → gold incident, for events inside a gold mention. */
  readonly labels: Map<string, string>;
  /** Report key → the coder's mention (doc + trigger): events of one sentence are linked by construction. */
  readonly mentionOf: Map<string, string>;
  readonly goldMentions: number;
  readonly codedMentions: number;
  /** Incidents the corpus tells, coded or not. */
  readonly goldIncidents: ReadonlySet<string>;
}

export function codeCorpus(corpus: readonly CorpusArticle[], coder: Coder): Coded {
  const reports: Report[] = [];
  const labels = new Map<string, string>();
  const mentionOf = new Map<string, string>();
  let codedMentions = 0;
  for (const { article, mentions } of corpus) {
    const events = coder.code(article);
    const spans = mentions.map((m) => ({ m, start: article.text.indexOf(m.evidence), end: article.text.indexOf(m.evidence) + m.evidence.length }));
    const hit = new Set<GoldMention>();
    events.forEach((event, ordinal) => {
      const key = reportKey(article.id, ordinal);
      reports.push({ key, eventId: stableEventId(article.id, ordinal), event, outlet: outletOf({ docId: article.id, url: article.url }), reportedAt: article.published });
      mentionOf.set(key, `${article.id}:${event.trigger.span.join('-')}:${event.date?.value ?? ''}`);
      const gold = spans.find((s) => s.start <= event.trigger.span[0] && event.trigger.span[1] <= s.end && (s.m.type === undefined || s.m.type === event.type));
      if (gold !== undefined) {
        labels.set(key, gold.m.incident);
        hit.add(gold.m);
      }
    });
    codedMentions += hit.size;
  }
  return {
    reports, labels, mentionOf, codedMentions,
    goldMentions: corpus.reduce((n, a) => n + a.mentions.length, 0),
    goldIncidents: new Set(corpus.flatMap((a) => a.mentions.map((m) => m.incident))),
  };
}

export interface PairScore { readonly tp: number; readonly fp: number; readonly fn: number; readonly precision: number; readonly recall: number; readonly f1: number }

/** Pairwise linking precision and recall over gold-labelled events (pairs within one coder mention left out). */
export function scorePairs(coded: Coded, incidentOf: ReadonlyMap<string, string>): PairScore {
  const keys = [...coded.labels.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const [a, b] = [keys[i], keys[j]];
      if (coded.mentionOf.get(a) === coded.mentionOf.get(b)) continue;
      const gold = coded.labels.get(a) === coded.labels.get(b);
      const linked = incidentOf.get(a) !== undefined && incidentOf.get(a) === incidentOf.get(b);
      if (gold && linked) tp++;
      else if (linked) fp++;
      else if (gold) fn++;
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export interface FigureScore { readonly correct: number; readonly total: number; readonly misses: string[] }

/** numbers.ts on each gold sentence: is the figure (min and max) right? */
export function scoreExtraction(corpus: readonly CorpusArticle[]): FigureScore {
  const misses: string[] = [];
  let correct = 0;
  let total = 0;
  for (const { mentions } of corpus) {
    for (const m of mentions) {
      const found = extractFigures(m.evidence);
      for (const kind of KINDS) {
        const gold = m[kind];
        if (gold === undefined) continue;
        total++;
        const f = found[kind];
        if (f !== undefined && f.min === gold.min && f.max === gold.max) correct++;
        else misses.push(`${kind} ${gold.min}..${gold.max ?? '∞'} ≠ ${f === undefined ? 'none' : `${f.min}..${f.max ?? '∞'}`}: ${m.evidence}`);
      }
    }
  }
  return { correct, total, misses };
}

/** Each gold incident's figures against the incident holding most of its events. */
export function scoreIncidentFigures(coded: Coded, incidents: readonly Incident[], gold: Record<string, Partial<Record<Kind, number>>>): FigureScore {
  const byKey = new Map(incidents.flatMap((i) => i.reports.map((r) => [r.key, i] as const)));
  const misses: string[] = [];
  let correct = 0;
  let total = 0;
  const told = new Set(coded.labels.values());
  for (const [name, figures] of Object.entries(gold).filter(([name]) => told.has(name) || coded.goldIncidents.has(name))) {
    const votes = new Map<Incident, number>();
    for (const [key, label] of coded.labels) {
      const incident = byKey.get(key);
      if (label === name && incident !== undefined) votes.set(incident, (votes.get(incident) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    for (const kind of KINDS) {
      const want = figures[kind];
      if (want === undefined) continue;
      total++;
      const got = best?.numbers[kind]?.value;
      if (got === want) correct++;
      else misses.push(`${name} ${kind}: want ${want}, got ${got ?? (best === undefined ? 'no coded report' : 'none')}`);
    }
  }
  return { correct, total, misses };
}

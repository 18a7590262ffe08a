import type { Article, Event } from '../schema/event.ts';
import type { DocReport, EvalIssue, EvalReport } from './eval-report.ts';
import type { GoldItem } from './gold-doc.ts';
import { addCounts, addTally, fieldScore, levelScore, ZERO_COUNTS, ZERO_TALLY } from './metrics.ts';
import type { ResolveName } from './names-match.ts';
import { scoreDocument, type DocCounts } from './score-document.ts';

export type Coder = (article: Article) => readonly Event[];

const EMPTY: DocCounts = {
  events: ZERO_COUNTS, actor: ZERO_COUNTS, actor_target: ZERO_COUNTS,
  date: ZERO_TALLY, location: ZERO_TALLY, certainty: ZERO_TALLY, attribution: ZERO_TALLY,
};

function sum(a: DocCounts, b: DocCounts): DocCounts {
  return {
    events: addCounts(a.events, b.events),
    actor: addCounts(a.actor, b.actor),
    actor_target: addCounts(a.actor_target, b.actor_target),
    date: addTally(a.date, b.date),
    location: addTally(a.location, b.location),
    certainty: addTally(a.certainty, b.certainty),
    attribution: addTally(a.attribution, b.attribution),
  };
}

// Micro-averaged over all documents. Line errors pass through into `issues` so a
// caller can feed readGold's output straight in. A coder that throws on one
// document is reported and scored as having found nothing there, so one crash
// neither hides the rest of the run nor inflates the score.
export function scoreDocuments(
  docs: Iterable<GoldItem>, code: Coder, resolveName: ResolveName,
): EvalReport {
  const issues: EvalIssue[] = [];
  const reports: DocReport[] = [];
  let total = EMPTY;
  for (const item of docs) {
    if (item.kind === 'line-error') {
      issues.push(item);
      continue;
    }
    issues.push(...item.errors);
    // A fresh object, so the coder cannot reach the gold through the article.
    const { id, text, published, title } = item.article;
    let extracted: readonly Event[] = [];
    try {
      extracted = code({ id, text, published, title });
    } catch (err) {
      issues.push({ kind: 'coder-error', doc_id: id, message: `doc ${id}: coder threw: ${String(err)}` });
    }
    const { report, counts } = scoreDocument(item, extracted, resolveName);
    reports.push(report);
    total = sum(total, counts);
  }
  return {
    documents: reports.length,
    events: levelScore(total.events),
    actor: levelScore(total.actor),
    actor_target: levelScore(total.actor_target),
    date: fieldScore(total.date),
    location: fieldScore(total.location),
    certainty: fieldScore(total.certainty),
    extra: { attribution: fieldScore(total.attribution) },
    issues,
    docs: reports,
  };
}

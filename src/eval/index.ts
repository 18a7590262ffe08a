// `eventlens eval`: score a coder against a gold file. Everything here is pure
// except readGold/readAllGold, which read the file; the CLI owns exit codes.
export { readAllGold, readGold } from './read-gold.ts';
export { parseGoldLine } from './parse-gold-line.ts';
export { locateEvidence } from './locate-evidence.ts';
export { scoreDocuments, type Coder } from './score-documents.ts';
export { actorsMatch, namesMatch, normaliseName, type NameRef, type ResolveName } from './names-match.ts';
export { datesMatch, isoWeek } from './date-match.ts';
export { maxMatching, type Candidate, type Pair } from './bipartite-match.ts';
export { formatJson } from './format-json.ts';
export { formatScores, formatText } from './format-text.ts';
export type { EvidenceError, GoldDoc, GoldEvent, GoldItem, GoldLineError } from './gold-doc.ts';
export type {
  CoderError, Counts, DocReport, EvalIssue, EvalReport, FieldMismatch, FieldScore, LevelScore,
} from './eval-report.ts';
export { belowFloor, devScores, floorOf, formatDevScores, type DevFloor, type DevScores } from './dev-scores.ts';
export { devSetPath, scoreDevSet } from './dev-set.ts';
export { explainDocument, explainFalse, explainMiss, type DocExplanation, type FalseExplanation, type MissCause, type MissExplanation } from './explain.ts';
export { formatExplain } from './format-explain.ts';

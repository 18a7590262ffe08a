// Early warning over incidents (docs/watch.md). Pure: incidents + rules + days in, alerts out; the
// store keeps alerts (src/store/alerts-*.ts), the CLI reads files and sends them (src/cli/watch-*.ts).
export { RulesFile, Rule, Match, Condition, MEASURES, GROUPS, type GroupBy, type Measure } from './rule.ts';
export { readRules, type ReadRules } from './read-rules.ts';
export { matches, groupKey } from './match.ts';
export { countedDay, incidentDay, measureOf, Series } from './series.ts';
export { fireOn, type Firing } from './conditions.ts';
export { alertId, makeAlert, MAX_DETAILED, type Alert, type AlertIncident, type AlertReport } from './alert.ts';
export { evaluateRules, parseDay, seriesKey, type EvaluateRange } from './evaluate.ts';
export { lookbackDays } from './lookback.ts';
export { affectedDays, type DayRange } from './affected-days.ts';

// Incidents, not reports: the reports of one real event, across articles, linked and reconciled.
// Pure: reports in, incidents out (no fs, no database); src/store/incidents-*.ts stores them.
export type { Report } from './report.ts';
export { compareKeys, reportKey } from './report.ts';
export { outletOf, type OutletInput } from './outlet.ts';
export { buildActorHierarchy, NO_HIERARCHY, type ActorHierarchy, type ActorKnowledge } from './actors.ts';
export { ADJACENT_DAYS, dateWindow, dayNumber, isoDay, REPORTED_LOOKBACK_DAYS, type DayWindow } from './date-window.ts';
export { blockCountry, placePoint, PLACE_RADIUS_KM, type GeoPrecision } from './geo.ts';
export { compareMentions, LINK_THRESHOLD, POINTS, type Check, type Verdict } from './compare.ts';
export { mentionsOf, type Mention } from './mention.ts';
export { linkReports, type LinkedIncident, type LinkOptions, type ReportLink } from './link.ts';
export { anchorId, assignIds } from './incident-id.ts';
export { reconcile } from './reconcile.ts';
export { reconcileFigure, type FigureReport } from './figures.ts';
export { describeIncident, figureText } from './explain.ts';
export type { Incident, IncidentActor, IncidentParticipant, IncidentDate, IncidentFigure, IncidentLocation, IncidentReport } from './incident.ts';

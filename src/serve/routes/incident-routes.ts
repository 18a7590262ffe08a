import type { FastifyInstance } from 'fastify';
import { describeIncident } from '../../incidents/index.ts';
import type { Event } from '../../schema/event.ts';
import type { Store } from '../../store/index.ts';
import type { IncidentDetail } from '../api-types.ts';
import { HttpError, parseOr400 } from '../http-error.ts';
import type { IncidentAccess } from '../incident-access.ts';
import { IncidentParams } from '../query-schemas.ts';

/** GET /incidents/{id}: one incident (or the incident of a report key doc_id#ordinal) with its reports' events. */
export function incidentRoutes(app: FastifyInstance, store: Store, incidents: IncidentAccess): void {
  app.get('/incidents/:id', async (request): Promise<IncidentDetail> => {
    const { id } = parseOr400(IncidentParams, request.params, 'path');
    const index = incidents.index();
    const incidentId = id.includes('#') ? (await index.incidentIdsOf([id])).get(id) ?? null : id;
    const incident = incidentId === null ? null : await index.incident(incidentId);
    if (incident === null) {
      throw new HttpError(404, id.includes('#') ? `no incident holds report ${id} (not stored, or not linked yet: eventlens link-incidents)` : `no incident ${id}`);
    }
    const articles = new Map<string, readonly Event[]>();
    for (const docId of new Set(incident.reports.map((r) => r.doc_id))) articles.set(docId, (await store.getArticle(docId))?.events ?? []);
    const reports = incident.reports.map((report) => ({ report, event: articles.get(report.doc_id)?.[ordinalOf(report.key)] ?? null }));
    return { incident, reports, explain: describeIncident(incident, { explain: true }) };
  });
}

const ordinalOf = (key: string) => Number(key.slice(key.lastIndexOf('#') + 1));

import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { exportEvents, FORMATS } from '../../export/index.ts';
import { INCIDENT_CSV_HEADER, incidentCsvLine } from '../../export/incident-csv.ts';
import type { Store } from '../../store/index.ts';
import { parseOr400 } from '../http-error.ts';
import { matchingIncidents, type IncidentAccess } from '../incident-access.ts';
import { ExportQuery } from '../query-schemas.ts';
import { toEventFilter } from '../to-event-filter.ts';

// GET /export: the current view of the dashboard as a file, every matching row (not one page): reports in
// the CSV/JSONL of `eventlens export`, or incidents as `export --unit incident` writes them.

export function exportRoutes(app: FastifyInstance, store: Store, incidents: IncidentAccess): void {
  app.get('/export', async (request, reply) => {
    const q = parseOr400(ExportQuery, request.query, 'query');
    const filter = toEventFilter(q);
    const body = new PassThrough();
    // Waits when the client reads slowly, so a large export never piles up in memory.
    const write = (text: string) => new Promise<void>((resolve) => (body.write(text) ? resolve() : body.once('drain', resolve)));
    const produce = async () => {
      if (q.unit === 'incident') {
        if (q.format === 'csv') await write(`${INCIDENT_CSV_HEADER}\n`);
        for await (const incident of matchingIncidents(store, incidents.index(), filter)) {
          await write(`${q.format === 'csv' ? incidentCsvLine(incident) : JSON.stringify(incident)}\n`);
        }
      } else {
        await exportEvents(store, FORMATS[q.format], write, { filter });
      }
    };
    produce().then(() => body.end(), (error: Error) => body.destroy(error));
    const name = `eventlens-${q.unit === 'incident' ? 'incidents' : 'events'}.${q.format}`;
    return reply
      .header('content-type', q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(body);
  });
}

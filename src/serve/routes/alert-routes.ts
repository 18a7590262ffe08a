import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AlertStore, StoredAlert } from '../../store/alerts-store.ts';
import type { Store } from '../../store/index.ts';
import { HttpError, parseOr400 } from '../http-error.ts';

// Watch alerts for the dashboard (docs/watch.md): GET /alerts lists the stored ones, newest first;
// GET /alerts/stream is Server-Sent Events: one `alert` event per alert stored after the client
// connected (`eventlens watch` running beside the server stores them). One poller per server reads
// the table while someone listens, so a hundred open dashboards cost one query per interval.

const AlertsQuery = z.strictObject({
  unacked: z.enum(['0', '1', 'true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const AlertParams = z.strictObject({ id: z.string().regex(/^alr-[0-9a-f]{12}$/, 'an alert id: alr- and 12 hex digits') });

export interface AlertRouteOptions {
  /** How often the stream looks for new alerts (default 2 s). */
  readonly pollMs?: number;
}

export function alertRoutes(app: FastifyInstance, store: Store, options: AlertRouteOptions = {}): void {
  let alerts: AlertStore | null = null;
  const open = async (): Promise<AlertStore> => {
    const { openAlertStore } = await import('../../store/open-alerts.ts');
    try {
      alerts ??= openAlertStore(store);
    } catch (error) {
      throw new HttpError(503, `alerts are not available: ${(error as Error).message}`);
    }
    return alerts;
  };
  app.addHook('onClose', async () => {
    await alerts?.close();
  });

  app.get('/alerts', async (request) => {
    const q = parseOr400(AlertsQuery, request.query, 'query');
    return { items: await (await open()).list({ unacked: q.unacked === '1' || q.unacked === 'true', limit: q.limit }) };
  });

  // The dashboard's "Acknowledge" button (a write: the token is required, request-guards.ts); the same
  // as `eventlens watch ack ID`. Acknowledging twice is not an error: the answer says it was already.
  app.post('/alerts/:id/ack', async (request) => {
    const { id } = parseOr400(AlertParams, request.params, 'path');
    const alerts = await open();
    const result = await alerts.ack(id, new Date().toISOString());
    if (result === 'missing') throw new HttpError(404, `no alert ${id}`);
    return { id, acked_at: (await alerts.get(id))?.acked_at ?? null, already: result === 'already' };
  });

  const clients = new Set<(alert: StoredAlert) => void>();
  const feed = poller(open, options.pollMs ?? 2000, (alert) => { for (const send of clients) send(alert); });
  app.addHook('onClose', async () => feed.stop());

  app.get('/alerts/stream', async (request, reply) => {
    await open();
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    raw.write(': watching for alerts\n\n');
    const send = (s: StoredAlert) => raw.write(`event: alert\nid: ${s.alert.id}\ndata: ${JSON.stringify(s)}\n\n`);
    // a comment now and then keeps proxies from closing an idle stream
    const keepAlive = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
    clients.add(send);
    feed.start();
    request.raw.on('close', () => {
      clearInterval(keepAlive);
      clients.delete(send);
      if (clients.size === 0) feed.stop();
    });
  });
}

// Reads the alerts stored since the last look; an alert is passed on once (ids seen at the same
// created_at are remembered, as that time is read again with >=).
function poller(open: () => Promise<AlertStore>, everyMs: number, emit: (alert: StoredAlert) => void) {
  let timer: NodeJS.Timeout | null = null;
  let since = new Date().toISOString();
  let seen = new Set<string>();
  const tick = async () => {
    try {
      for (const s of await (await open()).createdSince(since)) {
        if (seen.has(s.alert.id)) continue;
        if (s.created_at > since) {
          since = s.created_at;
          seen = new Set();
        }
        seen.add(s.alert.id);
        emit(s);
      }
    } catch {
      // a busy or closing database: the next tick tries again
    }
  };
  return {
    start() {
      if (timer !== null) return;
      since = new Date().toISOString();
      seen = new Set();
      timer = setInterval(() => void tick(), everyMs);
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
  };
}

/** The OpenAPI entries of these routes (merged into openapi.ts). */
export const ALERT_PATHS = {
  '/alerts': { get: {
    summary: 'Stored watch alerts, newest first (eventlens watch stores them; docs/watch.md)',
    parameters: [
      { name: 'unacked', in: 'query', schema: { enum: ['0', '1', 'true', 'false'] }, description: 'only alerts not acknowledged' },
      { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
    ],
    responses: { 200: { description: 'alerts', content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } } } } } } } },
  } },
  '/alerts/{id}/ack': { post: {
    summary: 'Acknowledge an alert (as `eventlens watch ack ID`); needs the API token',
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^alr-[0-9a-f]{12}$' } }],
    responses: {
      200: { description: 'acknowledged now, or `already` before', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' }, acked_at: { type: 'string' }, already: { type: 'boolean' } } } } } },
      401: { description: 'no or a wrong token' },
      404: { description: 'no such alert' },
    },
  } },
  '/alerts/stream': { get: {
    summary: 'Server-Sent Events: an `alert` event (data: a stored alert as JSON) for each alert stored after connecting',
    responses: { 200: { description: 'an event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } } },
  } },
};

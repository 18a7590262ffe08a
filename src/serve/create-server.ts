import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { ArticleCoder } from './coder-threads.ts';
import type { Store } from '../store/index.ts';
import { aggregateCache, noCache } from './aggregate-cache.ts';
import type { ApiError } from './api-types.ts';
import { fetchArticle as defaultFetch, type FetchArticle } from './fetch-article.ts';
import { dashboardPage } from './dashboard-page.ts';
import { HttpError } from './http-error.ts';
import { installGuards } from './request-guards.ts';
import { articleRoutes } from './routes/article-routes.ts';
import { eventRoutes } from './routes/event-routes.ts';
import { exportRoutes } from './routes/export-routes.ts';
import { incidentRoutes } from './routes/incident-routes.ts';
import { incidentAccess } from './incident-access.ts';
import { metaRoutes } from './routes/meta-routes.ts';
import { alertRoutes } from './routes/alert-routes.ts';

export interface ServerOptions {
  readonly store: Store;
  /** Codes POST /articles: worker threads in `serve` (coder-threads.ts), never the event loop. */
  readonly coder: ArticleCoder;
  /** The built dashboard (web/dist); null serves the API alone. */
  readonly webRoot: string | null;
  readonly fetchArticle?: FetchArticle;
  /** Every write (POST /articles) must carry it: `Authorization: Bearer <token>` (api-token.ts). */
  readonly token: string;
  /** Host names answered besides the loopback names: the bound address, --allow-host (request-guards.ts). */
  readonly allowedHosts?: readonly string[];
  readonly logger?: boolean;
  /** Keep aggregates (stats, places, network, actors) until the store changes; on by default. */
  readonly cacheAggregates?: boolean;
  /** How often GET /alerts/stream looks for new watch alerts (default 2000 ms). */
  readonly alertsPollMs?: number;
}

/** The HTTP API and the dashboard's static files, on one Fastify instance (not yet listening). */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  installGuards(app, { token: options.token, allowedHosts: options.allowedHosts });
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    const status = error.statusCode ?? 500;
    const body: ApiError = {
      error: statusText(status),
      message: error.message,
      ...(error instanceof HttpError && error.issues.length > 0 ? { issues: error.issues } : {}),
    };
    if (status >= 500) request.log.error(error);
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ApiError = { error: 'Not Found', message: `no route ${request.method} ${request.url.split('?')[0]}; see /openapi.json` };
    return reply.code(404).send(body);
  });

  const incidents = incidentAccess(options.store);
  app.addHook('onClose', () => incidents.close());
  // A write adds articles; `link-incidents` beside the server changes only the incident tables.
  const version = async () => `${await options.store.countArticles()}:${await incidents.version()}`;
  const cached = options.cacheAggregates === false ? noCache : aggregateCache(version);
  metaRoutes(app, options.store, cached);
  eventRoutes(app, options.store, cached, incidents);
  incidentRoutes(app, options.store, incidents);
  exportRoutes(app, options.store, incidents);
  articleRoutes(app, { store: options.store, coder: options.coder, fetchArticle: options.fetchArticle ?? defaultFetch, log: (line) => app.log.warn(line) });
  alertRoutes(app, options.store, { pollMs: options.alertsPollMs });

  if (options.webRoot !== null) {
    dashboardPage(app, options.webRoot, options.token);
    await app.register(fastifyStatic, {
      root: options.webRoot,
      prefix: '/',
      index: false,
      // Vite names assets by content hash, so they never change; index.html must always be fresh.
      setHeaders: (reply, path) => {
        reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return app;
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 413: 'Payload Too Large', 415: 'Unsupported Media Type',
    422: 'Unprocessable Content', 500: 'Internal Server Error', 503: 'Service Unavailable', 504: 'Gateway Timeout',
  };
  return texts[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

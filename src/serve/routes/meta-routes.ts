import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/index.ts';
import type { Health } from '../api-types.ts';
import type { Cached } from '../aggregate-cache.ts';
import { parseOr400 } from '../http-error.ts';
import { openApiDocument } from '../openapi.ts';
import { ActorsQuery } from '../query-schemas.ts';

/** /health, /actors and /openapi.json. */
export function metaRoutes(app: FastifyInstance, store: Store, cached: Cached): void {
  app.get('/health', async (): Promise<Health> => {
    const [articles, events] = await Promise.all([store.countArticles(), store.countEvents()]);
    return { status: 'ok', backend: store.backend, articles, events };
  });

  app.get('/actors', async (request) => {
    const q = parseOr400(ActorsQuery, request.query, 'query');
    return { items: await cached(request.url, () => store.listActors({ text: q.text, limit: q.limit })) };
  });

  const document = openApiDocument();
  app.get('/openapi.json', async () => document);
}

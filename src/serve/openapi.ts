import { z } from 'zod';
import { Event } from '../schema/event.ts';
import { ActorsQuery, ArticleParams, ArticlesQuery, EventsQuery, ExportQuery, IncidentParams, NetworkQuery, PlacesQuery, PostArticleBody, StatsQuery } from './query-schemas.ts';
import { ALERT_PATHS } from './routes/alert-routes.ts';

// The OpenAPI 3.1 description, generated from the same zod schemas that validate the requests,
// so a parameter documented here is a parameter the server accepts, with the same limits.

type JsonSchema = Record<string, unknown>;

const schemaOf = (schema: z.ZodType): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

function parameters(schema: z.ZodObject, where: 'query' | 'path'): JsonSchema[] {
  const json = schemaOf(schema) as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === 'path' || ((json.required ?? []).includes(name) && !('default' in rest)), description, schema: rest };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const page = (item: JsonSchema) => ({
  type: 'object',
  required: ['total', 'offset', 'limit', 'items'],
  properties: { total: { type: 'integer' }, offset: { type: 'integer' }, limit: { type: 'integer' }, items: { type: 'array', items: item } },
});
const errors = { 400: json(ref('Error'), 'invalid parameters: the message names each one'), 500: json(ref('Error'), 'server error') };

function get(summary: string, query: z.ZodObject | null, response: JsonSchema, extra: Record<string, unknown> = {}) {
  return { get: { summary, parameters: query ? parameters(query, 'query') : [], responses: { 200: json(response), ...errors }, ...extra } };
}

export function openApiDocument(): JsonSchema {
  const row = { type: 'object', properties: { period: { type: 'string' }, key: { type: 'string' }, count: { type: 'integer' }, goldstein: { type: 'number' } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'eventlens API',
      version: '1',
      description: 'Coded news events (PLOVER/CAMEO) with actors, dates, places and who asserts them. Every list is paged or aggregated server-side.',
    },
    paths: {
      '/health': get('Counts of stored articles and events', null, { type: 'object' }),
      '/events': get('Events matching the filters, one page at a time; unit=incident: incidents (an incident matches when one of its reports does)', EventsQuery,
        { oneOf: [page(ref('Event')), page({ type: 'object', description: 'an incident record (docs/incidents.md)' })] }),
      '/stats': get('Event counts and Goldstein sums per period × type, dyad or nothing', StatsQuery,
        { type: 'object', properties: { period: { type: 'string' }, by: { type: 'string' }, rows: { type: 'array', items: row } } }),
      '/places': get('Geocoded places of every matching event (or incident), aggregated per place id', PlacesQuery, {
        type: 'object',
        properties: {
          unit: { enum: ['report', 'incident'] }, total: { type: 'integer' }, considered: { type: 'integer' }, sampled: { type: 'boolean' },
          items: { type: 'array', items: { type: 'object', properties: {
            id: { type: 'string' }, name: { type: 'string' }, country: { type: ['string', 'null'] }, lat: { type: 'number' }, lon: { type: 'number' },
            precision: { enum: ['site', 'city', 'region', 'country'] }, events: { type: 'integer' }, goldstein: { type: 'number' }, killed: { type: 'integer' },
          } } },
        },
      }),
      '/network': get('Who acts on whom: actor→target edges weighted by event count', NetworkQuery, { type: 'object', properties: {
        nodes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, events: { type: 'integer' } } } },
        edges: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, target: { type: 'string' }, events: { type: 'integer' }, goldstein: { type: 'number' } } } },
      } }),
      '/actors': get('Actors by number of events', ActorsQuery, { type: 'object', properties: { items: { type: 'array', items: {
        type: 'object', properties: { code: { type: ['string', 'null'] }, name: { type: 'string' }, events: { type: 'integer' } },
      } } } }),
      '/articles': {
        ...get('Full-text search over stored articles', ArticlesQuery, { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } } } }),
        post: {
          summary: 'Code and store an article (its text, or a URL the server fetches) and return its events',
          requestBody: { required: true, content: { 'application/json': { schema: schemaOf(PostArticleBody) } } },
          responses: {
            201: json(ref('CodedArticle'), 'coded and stored'),
            200: json(ref('CodedArticle'), 'already stored: coded again, nothing written'),
            422: json(ref('Error'), 'the URL could not be fetched or held no article text'),
            ...errors,
          },
        },
      },
      ...ALERT_PATHS,
      '/incidents/{id}': {
        get: {
          summary: 'One incident: its reconciled fields with reasons and conflicts, each report with its event, and the --explain lines',
          parameters: parameters(IncidentParams, 'path'),
          responses: { 200: json({ type: 'object' }), 404: json(ref('Error'), 'no such incident'), ...errors },
        },
      },
      '/export': {
        get: {
          summary: 'Every matching event (or incident) as a CSV or JSON Lines download',
          parameters: parameters(ExportQuery, 'query'),
          responses: { 200: { description: 'the file', content: { 'text/csv': {}, 'application/x-ndjson': {} } }, ...errors },
        },
      },
      '/articles/{docId}': {
        get: {
          summary: 'One stored article with its text and events (spans index into the text)',
          parameters: parameters(ArticleParams, 'path'),
          responses: { 200: json({ type: 'object' }), 404: json(ref('Error'), 'no such article'), ...errors },
        },
      },
    },
    components: {
      schemas: {
        Event: schemaOf(Event),
        Error: { type: 'object', required: ['error', 'message'], properties: {
          error: { type: 'string' }, message: { type: 'string' },
          issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
        } },
        CodedArticle: { type: 'object', properties: {
          status: { enum: ['stored', 'duplicate'] },
          article: { type: 'object', properties: { docId: { type: 'string' }, title: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, text: { type: 'string' } } },
          events: { type: 'array', items: ref('Event') },
          alerts: { type: 'array', items: { type: 'string' }, description: 'ids of the watch alerts this article made fire (rules enabled with eventlens watch enable)' },
          warnings: { type: 'array', items: { type: 'string' }, description: 'stored, but linking into incidents or the watch rules failed' },
        } },
      },
    },
  };
}

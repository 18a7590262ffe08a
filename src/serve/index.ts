export { createServer } from './create-server.ts';
export type { ServerOptions } from './create-server.ts';
export { ensureWebBundle, sourceHash } from './web-bundle.ts';
export { fetchArticle } from './fetch-article.ts';
export type { FetchArticle, FetchedArticle } from './fetch-article.ts';
export type * from './api-types.ts';

export { createServer } from './create-server.ts';
export type { ServerOptions } from './create-server.ts';
export { ensureWebBundle, sourceHash } from './web-bundle.ts';
export { articleFetcher, fetchArticle } from './fetch-article.ts';
export { coderThreads, inProcessCoder, type ArticleCoder } from './coder-threads.ts';
export { resolveApiToken, tokenFile } from './api-token.ts';
export type { FetchArticle, FetchedArticle } from './fetch-article.ts';
export type * from './api-types.ts';

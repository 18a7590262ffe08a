import type { FastifyInstance } from 'fastify';
import type { ArticleHit, StoredArticle } from '../../store/index.ts';
import type { CodedArticle, Page } from '../api-types.ts';
import { codeAndStore, type CodeDeps } from '../code-article.ts';
import { HttpError, parseOr400 } from '../http-error.ts';
import { ArticleParams, ArticlesQuery, PostArticleBody } from '../query-schemas.ts';

// An article may be a long wire story; the same 10 MB ingest accepts from a file.
export const ARTICLE_BODY_LIMIT = 11 * 1024 * 1024;

/** /articles: search, one article with its events, and coding a new one. */
export function articleRoutes(app: FastifyInstance, deps: CodeDeps): void {
  app.get('/articles', async (request): Promise<Omit<Page<ArticleHit>, 'total'>> => {
    const q = parseOr400(ArticlesQuery, request.query, 'query');
    const items = await deps.store.searchArticles({ text: q.q, limit: q.limit, offset: q.offset });
    return { offset: q.offset, limit: q.limit, items };
  });

  app.get('/articles/:docId', async (request): Promise<StoredArticle> => {
    const { docId } = parseOr400(ArticleParams, request.params, 'path');
    const article = await deps.store.getArticle(docId);
    if (article === null) throw new HttpError(404, `no article with id '${docId}'`);
    return article;
  });

  app.post('/articles', { bodyLimit: ARTICLE_BODY_LIMIT }, async (request, reply): Promise<CodedArticle> => {
    const body = parseOr400(PostArticleBody, request.body, 'body');
    const coded = await codeAndStore(body, deps);
    reply.code(coded.status === 'stored' ? 201 : 200);
    return coded;
  });
}

import { parseWebDate } from './web-date.ts';

// What a news page says about itself, from JSON-LD (schema.org NewsArticle) first, then Open Graph
// and other meta tags. Read before Readability runs, because Readability removes <script> elements.
//   <script type="application/ld+json">{"@type":"NewsArticle","headline":"…","datePublished":"2024-05-01"}
//   <meta property="article:published_time" content="2024-05-01T10:00:00Z">

export interface PageMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly url: string | null;
  /** <html lang="fr">: a hint only; the text decides (text-quality.ts). */
  readonly lang: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report)$/;
const DATE_META = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'cxenseparse:recs:publishtime'];
const TITLE_META = ['og:title', 'twitter:title', 'headline', 'dc.title'];
const AUTHOR_META = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'];

export function pageMetadata(document: Document): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLdArticle(document);
  const first = (names: readonly string[]) => names.map((n) => meta.get(n)).find((v) => v !== undefined && v !== '') ?? null;
  const published = parseWebDate(ld?.datePublished) ?? firstDate(names(DATE_META, meta))
    ?? parseWebDate(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return {
    // <title> is left to Readability, which strips the " | Site name" that usually follows
    title: clean(stringOf(ld?.headline)) ?? clean(first(TITLE_META)),
    byline: clean(authorOf(ld?.author)) ?? clean(first(AUTHOR_META)),
    published,
    url: clean(canonical) ?? clean(meta.get('og:url') ?? null),
    lang: clean(document.documentElement?.getAttribute('lang') ?? null),
  };
}

function names(keys: readonly string[], meta: ReadonlyMap<string, string>): string[] {
  return keys.flatMap((k) => meta.get(k) ?? []);
}

function firstDate(values: readonly string[]): string | null {
  for (const v of values) {
    const date = parseWebDate(v);
    if (date !== null) return date;
  }
  return null;
}

// name= / property= / itemprop= → content, lower-cased keys, first one wins.
function metaTags(document: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.toLowerCase();
    const content = el.getAttribute('content');
    if (key && content !== null && !out.has(key)) out.set(key, content);
  }
  return out;
}

type Json = Record<string, unknown>;

// The first Article-like object in any JSON-LD block, looking into arrays and @graph.
function jsonLdArticle(document: Document): Json | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and harmless: the meta tags remain
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticle(value: unknown, depth: number): Json | null {
  if (depth > 4 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findArticle(v, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = value as Json;
  const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return obj;
  return findArticle(obj['@graph'], depth + 1);
}

function authorOf(author: unknown): string | null {
  const list = Array.isArray(author) ? author : [author];
  const out = list.map((a) => (typeof a === 'string' ? a : stringOf((a as Json | null)?.name))).filter((n): n is string => !!n);
  return out.length > 0 ? out.join(', ') : null;
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function clean(value: string | null): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

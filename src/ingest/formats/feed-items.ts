import Parser from 'rss-parser';
import { DOMParser } from 'linkedom';
import { parseWebDate } from './web-date.ts';

// RSS 0.9x/1.0/2.0 and Atom feeds → items. rss-parser reads well-formed feeds; a malformed one
// (a truncated download, a bare "&" in a title) makes it give up on the whole feed, so the items
// are then recovered with linkedom's forgiving XML parser, and the error is still reported.
// An item cut off by the end of the file is dropped rather than stored half.

export interface FeedItem {
  readonly id: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  /** The fullest content the item has: content:encoded, Atom content, description/summary (HTML). */
  readonly html: string | null;
}

export interface ParsedFeed {
  readonly items: readonly FeedItem[];
  /** Why strict parsing failed ("Unexpected close tag, line 3"); the items were then recovered. */
  readonly error: string | null;
}

type RssItem = Parser.Item & { 'content:encoded'?: string; id?: string; summary?: string };
const parser: Parser<Record<string, unknown>, RssItem> = new Parser();

export async function parseFeed(xml: string): Promise<ParsedFeed> {
  try {
    const feed = await parser.parseString(xml);
    return { items: feed.items.map(fromRssParser), error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n').join(', ') : String(error);
    return { items: recoverItems(xml), error: message };
  }
}

function fromRssParser(item: RssItem): FeedItem {
  return {
    id: text(item.guid) ?? text(item.id),
    url: text(item.link),
    title: text(item.title),
    // the written date, not rss-parser's isoDate (converted to UTC, it can move to the next day)
    published: parseWebDate(item.pubDate) ?? parseWebDate(item.isoDate),
    html: text(item['content:encoded']) ?? text(item.content) ?? text(item.summary),
  };
}

function recoverItems(xml: string): FeedItem[] {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const nodes = [...document.querySelectorAll('item, entry')];
  const closed = (xml.match(/<\/(item|entry)\s*>/g) ?? []).length;
  return nodes.slice(0, closed).map((node) => {
    const child = (name: string) => text(node.getElementsByTagName(name)[0]?.textContent);
    const link = node.getElementsByTagName('link')[0];
    return {
      id: child('guid') ?? child('id'),
      url: text(link?.getAttribute('href')) ?? text(link?.textContent),
      title: child('title'),
      published: parseWebDate(child('pubDate') ?? child('published') ?? child('updated') ?? child('dc:date')),
      html: child('content:encoded') ?? child('content') ?? child('description') ?? child('summary'),
    };
  });
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

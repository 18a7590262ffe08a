import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlText } from './html-text.ts';
import { pageMetadata } from './html-metadata.ts';

// A news page → its article: the main text (Readability, as Firefox's reader view finds it, on a
// linkedom DOM: no browser, ~2 ms for a 50 kB page), title, byline and publication date.
// A page whose main text has fewer than MIN_BODY_WORDS words or MIN_BODY_SENTENCES sentences (a
// section front's list of headlines, a login or cookie wall, a video page) has no article body:
// null, and the caller counts the skip.

export const MIN_BODY_WORDS = 25;
export const MIN_BODY_SENTENCES = 2;

export interface HtmlArticle {
  readonly text: string;
  readonly title: string | null;
  /** Kept for the caller; the Article record has no field for it yet. */
  readonly byline: string | null;
  readonly published: string | null;
  readonly url: string | null;
}

export function extractArticle(html: string): HtmlArticle | null {
  const { document } = parseHTML(html);
  const meta = pageMetadata(document);
  const parsed = readable(document);
  const text = parsed?.content ? htmlText(parsed.content) : '';
  if (wordCount(text) < MIN_BODY_WORDS || sentenceCount(text) < MIN_BODY_SENTENCES) return null;
  return {
    text,
    title: meta.title ?? clean(parsed?.title),
    byline: meta.byline ?? clean(parsed?.byline),
    published: meta.published,
    url: meta.url,
  };
}

// Readability's cost grows with the square of the tree's depth, and it recurses: a page nested 20,000
// <div>s deep took 4 minutes, then overflowed the stack. News pages nest a few dozen deep; a page
// deeper than MAX_DEPTH is read as if it had no article body.
const MAX_DEPTH = 500;

function readable(document: Document): ReturnType<Readability<Node>['parse']> {
  if (deeperThan(document.documentElement, MAX_DEPTH)) return null;
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function deeperThan(root: Element | null, limit: number): boolean {
  const stack: Array<[Element, number]> = root ? [[root, 1]] : [];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [element, depth] = top;
    if (depth > limit) return true;
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
  return false;
}

/** An HTML fragment (a feed item's content) is all article: its text, paragraphs kept apart. */
export function fragmentText(html: string): string {
  // parseHTML wants a document; a bare fragment lands in its body
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return htmlText(document.body);
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

// Sentence ends: ". " "?" "!" and the same before a closing quote, or at the end of the text.
function sentenceCount(text: string): number {
  return text.match(/[.!?]["'”’)]*(?=\s|$)/g)?.length ?? 0;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

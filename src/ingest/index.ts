export { articleFromBuffer } from './article-from-buffer.ts';
export type { ArticleOptions } from './article-options.ts';
export { InputError } from './input-error.ts';
export type { JsonlItem } from './jsonl-article.ts';
export { normalisePublished } from './published-date.ts';
export { readJsonl } from './read-jsonl.ts';
export type { JsonlOptions } from './read-jsonl.ts';
export { readTextFile } from './read-text-file.ts';
export { DEFAULT_MAX_BYTES } from './size-limit.ts';

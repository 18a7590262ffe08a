import type { CodedArticle } from '../../src/serve/api-types.ts';
import type { Event as EventRecord } from '../../src/schema/event.ts';
import { isAbort, postJson } from './api.ts';
import { fill, h } from './dom.ts';
import { showError, track } from './status.ts';
import { chipStyle } from './type-colors.ts';

// Code a pasted article or a URL on the spot; the server codes, stores and returns its events.

export interface UploadHandlers {
  /** Show one of the new events with its evidence (the article text comes with the answer). */
  readonly show: (event: EventRecord, coded: CodedArticle) => void;
  /** New events are stored: the tables and charts should reload. */
  readonly stored: () => void;
}

export function setupUpload(form: HTMLFormElement, result: HTMLElement, on: UploadHandlers): void {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const text = String(data.get('text') ?? '').trim();
    const url = String(data.get('url') ?? '').trim();
    const published = String(data.get('published') ?? '').trim();
    if (!text && !url) {
      fill(result, h('p', { class: 'note note-error' }, 'Paste an article, or give a URL to fetch.'));
      return;
    }
    const body = { ...(text ? { text } : {}), ...(url ? { url } : {}), ...(published ? { published } : {}) };
    const button = form.querySelector('button');
    if (button) button.disabled = true;
    fill(result, h('p', { class: 'note note-loading' }, url && !text ? `fetching ${url} and coding it…` : 'coding… (the first article also loads the knowledge base, a few seconds)'));
    track('coding the article', () => postJson<CodedArticle>('articles', body))
      .then((coded) => {
        renderResult(result, coded, on);
        if (coded.status === 'stored') on.stored();
      })
      .catch((error: unknown) => {
        if (isAbort(error)) return;
        const message = (error as Error).message;
        fill(result, h('p', { class: 'note note-error' }, message));
        showError(`coding failed: ${message}`);
      })
      .finally(() => {
        if (button) button.disabled = false;
      });
  });
}

function renderResult(result: HTMLElement, coded: CodedArticle, on: UploadHandlers): void {
  const what = coded.status === 'stored' ? 'Stored' : 'Already stored (nothing written)';
  const title = coded.article.title ?? coded.article.docId;
  fill(result,
    h('p', { class: 'upload-status' }, `${what}: “${title}” — ${coded.events.length} event${coded.events.length === 1 ? '' : 's'}.`),
    coded.events.length === 0
      ? h('p', { class: 'note' }, 'The coder found no political event in this text.')
      : h('ul', { class: 'coded-events' }, ...coded.events.map((event) => h('li', {},
        h('button', { type: 'button', class: 'link', onclick: () => on.show(event, coded) },
          h('span', { class: 'type-chip', style: chipStyle(event.type) }, event.type), ' ',
          `${event.actor?.name ?? '?'} → ${event.target?.name ?? '—'}: “${event.trigger.text}”`)))));
}

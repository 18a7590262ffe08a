import type { ActorRef, Event as EventRecord } from '../../src/schema/event.ts';
import { figureLines } from './casualties.ts';
import { fill, h } from './dom.ts';
import { eventSpans, highlightRuns, type Role } from './highlight.ts';
import { chipStyle } from './type-colors.ts';

// The evidence one click away: the article with this event's trigger, actor, target, date, place,
// speaker and quote marked, and the claim chain that says who asserts it and how firmly.

export interface ArticleText {
  readonly docId: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly text: string;
}

const CERTAINTY_MEANING: Record<string, string> = {
  asserted: 'stated as fact',
  claimed: 'a claim by the source',
  alleged: 'an accusation, not established',
  conditional: 'only if a condition holds',
  planned: 'announced or planned, not yet done',
  called_off: 'called off',
  denied: 'denied by the source',
  hypothetical: 'a possibility only',
};

export function renderEvidence(body: HTMLElement, event: EventRecord, article: ArticleText): void {
  const runs = highlightRuns(article.text, eventSpans(event));
  const textEl = h('div', { class: 'article-text', 'data-doc': article.docId },
    ...runs.map((run) => (run.roles.length === 0
      ? run.text
      : h('mark', { class: run.roles.map((r) => `role-${r}`).join(' '), 'data-roles': run.roles.join(' '), title: run.roles.join(', ') }, run.text))));

  fill(body,
    h('div', { class: 'evidence-head' },
      h('span', { class: 'type-chip', style: chipStyle(event.type) }, event.type),
      h('span', { class: 'cameo' }, ` CAMEO ${event.cameo} · Goldstein ${event.goldstein} · QuadClass ${event.quad_class} · confidence ${event.confidence.toFixed(2)}`)),
    claimChain(event, article),
    facts(event),
    h('h3', {}, article.title ?? article.docId, article.published ? h('span', { class: 'count' }, ` ${article.published}`) : null),
    legend(),
    textEl,
    h('details', { class: 'rules' }, h('summary', {}, 'rules that made this event'), h('code', {}, event.rules.join(' → '))));
  // Long articles: bring the evidence sentence into view inside the panel.
  // Only the text box scrolls (scrollIntoView would also scroll the window at each row click).
  const trigger = textEl.querySelector<HTMLElement>('mark.role-trigger');
  if (trigger) textEl.scrollTop = Math.max(0, trigger.offsetTop - textEl.clientHeight / 2);
}

function claimChain(event: EventRecord, article: ArticleText): HTMLElement {
  const { source, reporting_verb: verb, certainty, quote } = event.provenance;
  const outlet = article.url ? h('a', { href: article.url, target: '_blank', rel: 'noreferrer noopener' }, hostOf(article.url)) : 'the outlet';
  return h('ol', { class: 'claim-chain', 'aria-label': 'who says so' },
    h('li', {}, h('span', { class: 'step' }, 'reported by'), ' ', outlet),
    source === 'outlet'
      ? h('li', {}, h('span', { class: 'step' }, 'source'), ' the outlet itself', verb ? ` (${verb})` : '')
      : h('li', { class: 'according-to' }, h('span', { class: 'step' }, 'according to'), ' ', h('mark', { class: 'role-source' }, actorLabel(source)),
        verb ? h('span', { class: 'verb' }, ` “${verb}”`) : null),
    h('li', {}, h('span', { class: 'step' }, 'certainty'), ' ', h('span', { class: `certainty c-${certainty}` }, certainty), ` — ${CERTAINTY_MEANING[certainty] ?? ''}`),
    quote ? h('li', {}, h('span', { class: 'step' }, 'quote'), ' ', h('q', { class: 'role-quote' }, quote.text)) : null);
}

function facts(event: EventRecord): HTMLElement {
  const row = (role: Role, label: string, value: string | null, basis?: string) =>
    h('tr', {}, h('th', { scope: 'row' }, h('span', { class: `swatch role-${role}` }), label),
      h('td', {}, value ?? '—', basis === 'inferred' ? h('span', { class: 'inferred', title: 'not written in this sentence: resolved from earlier text or the publication date' }, ' inferred') : null));
  const place = event.location;
  return h('table', { class: 'facts' }, h('tbody', {},
    row('trigger', 'trigger', `“${event.trigger.text}”`),
    row('actor', 'actor', event.actor ? actorLabel(event.actor) : null, event.actor?.basis),
    row('target', 'target', event.target ? actorLabel(event.target) : null, event.target?.basis),
    row('date', 'date', event.date ? `${event.date.value} (${event.date.precision}${event.date.text ? `, “${event.date.text}”` : ''})` : null, event.date?.basis),
    row('place', 'place', place ? `${place.name}${place.country ? `, ${place.country}` : ''} (${place.precision ?? 'place'})` : null, place?.basis),
    ...figureLines(event).map((f) => h('tr', { class: 'figure' }, h('th', { scope: 'row' }, f.kind),
      h('td', {}, f.value, h('span', { class: 'said' }, ` “${f.said}”`))))));
}

function legend(): HTMLElement {
  const roles: readonly Role[] = ['trigger', 'actor', 'target', 'date', 'place', 'source', 'quote', 'evidence'];
  return h('p', { class: 'legend' }, ...roles.map((r) => h('mark', { class: `role-${r} legend-item` }, r)));
}

function actorLabel(ref: ActorRef): string {
  const said = ref.text !== ref.name ? ` (“${ref.text}”)` : '';
  return `${ref.name}${ref.code ? ` [${ref.code}]` : ''}${said}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

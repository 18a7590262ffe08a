import type { ApiError } from '../../src/serve/api-types.ts';

// fetch + JSON with the server's error message surfaced: a 400 says which parameter is wrong,
// and that sentence is what the page shows.

export class ApiFailure extends Error {}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { signal });
}

export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = apiToken();
  if (token !== null) headers.authorization = `Bearer ${token}`;
  return request<T>(path, { method: 'POST', body: JSON.stringify(body), headers, signal });
}

// Writes need the server's token. The server puts it in the page for a browser on its own machine;
// from elsewhere the user opens the printed link ending in #token=…, kept for this tab and taken
// out of the address bar so it is not shared with the view's URL.
const TOKEN_KEY = 'eventlens-token';

export function apiToken(): string | null {
  const fromPage = document.querySelector<HTMLMetaElement>('meta[name="eventlens-token"]')?.content;
  if (fromPage) return fromPage;
  const fromLink = /(?:^#|&)token=([^&]+)/.exec(location.hash)?.[1];
  if (fromLink) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(fromLink));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiFailure(`the server does not answer (${(error as Error).message}); is eventlens serve still running?`);
  }
  const body = (await response.json().catch(() => null)) as (T & Partial<ApiError>) | null;
  if (!response.ok) throw new ApiFailure(body?.message ?? `${path}: HTTP ${response.status}`);
  if (body === null) throw new ApiFailure(`${path}: the answer is not JSON`);
  return body;
}

export const isAbort = (error: unknown) => (error as Error | null)?.name === 'AbortError';

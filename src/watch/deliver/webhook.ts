import type { Alert } from '../alert.ts';

// POSTs one alert as JSON to a webhook. A network error, a timeout, 408, 429 or a 5xx is retried with
// exponential backoff (0.5 s, 1 s, 2 s… by default); another 4xx is the receiver refusing the alert and
// is not. The Idempotency-Key header is the alert id, so a receiver that got a retried alert twice (its
// answer was lost) can drop the copy. The I/O edge of src/watch (the rest is pure).

export interface WebhookOptions {
  readonly url: string;
  /** Tries in all, ≥ 1 (default 5). */
  readonly attempts?: number;
  /** Wait before the first retry, doubled each time (default 500 ms). */
  readonly backoffMs?: number;
  /** Per request (default 10 s). */
  readonly timeoutMs?: number;
}

export interface Delivery {
  readonly ok: boolean;
  readonly attempts: number;
  /** Why the last try failed: "HTTP 503", "connect ECONNREFUSED …". */
  readonly error: string | null;
}

export async function postAlert(alert: Alert, options: WebhookOptions): Promise<Delivery> {
  const attempts = options.attempts ?? 5;
  let wait = options.backoffMs ?? 500;
  let error: string | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': alert.id, 'user-agent': 'eventlens-watch' },
        body: JSON.stringify(alert),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.arrayBuffer(); // free the connection
      if (response.ok) return { ok: true, attempts: attempt, error: null };
      error = `HTTP ${response.status}`;
      if (!retryable(response.status)) return { ok: false, attempts: attempt, error };
    } catch (e) {
      const cause = (e as { cause?: { message?: string } }).cause?.message;
      error = cause ?? (e as Error).message;
    }
    if (attempt < attempts) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait *= 2;
    }
  }
  return { ok: false, attempts, error };
}

function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

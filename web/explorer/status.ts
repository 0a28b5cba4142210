// Whether the page waits for the server or failed, shown to people (a "Loading…" badge, an alert
// that says what went wrong, with a Retry button) and to tests (data-state on #app: empty,
// loading, ready or error).
import { ApiError } from './api.js';
import { byId } from './dom.js';

function describe(error: unknown): string {
  if (!(error instanceof ApiError)) return `The page failed: ${error instanceof Error ? error.message : String(error)}`;
  const request = error.requestId ? ` (request ${error.requestId})` : '';
  switch (error.code) {
    case 'NETWORK':
      return 'Cannot reach the server. Check that it is running and that this device is online, then retry.';
    case 'DATABASE_UNAVAILABLE':
      return `The database is unavailable: the server is up but cannot reach Neo4j. Retry in a moment${request}.`;
    case 'DATABASE_TIMEOUT':
      return `The database took too long to answer. Try a smaller depth, or retry${request}.`;
    default:
      return `${error.message}${request}`;
  }
}

export class Status {
  private readonly app = byId('app', HTMLElement);
  private readonly message = byId('message', HTMLElement);
  private readonly messageText = byId('message-text', HTMLElement);
  private pending = 0;
  private settling = false;
  private failed = false;
  private retry: () => void = () => undefined;

  /** `hasActor` tells an empty page (nothing chosen yet) from a ready one. */
  constructor(private readonly hasActor: () => boolean) {
    byId('retry', HTMLButtonElement).addEventListener('click', () => {
      this.clear();
      this.retry();
    });
  }

  /** Runs a request, showing the page busy while it is under way. */
  async track<T>(work: Promise<T>): Promise<T> {
    this.pending += 1;
    this.show();
    try {
      return await work;
    } finally {
      this.pending -= 1;
      this.show();
    }
  }

  /** A control is moving (the time slider): busy already, before the request it will make. */
  settle(moving: boolean): void {
    this.settling = moving;
    this.show();
  }

  /** Says what went wrong; Retry runs `again`. */
  fail(error: unknown, again: () => void): void {
    this.failed = true;
    this.retry = again;
    this.messageText.textContent = describe(error);
    this.message.hidden = false;
    this.show();
  }

  clear(): void {
    this.failed = false;
    this.message.hidden = true;
    this.show();
  }

  show(): void {
    const busy = this.pending > 0 || this.settling;
    this.app.dataset.state = this.failed ? 'error' : busy ? 'loading' : this.hasActor() ? 'ready' : 'empty';
    this.app.setAttribute('aria-busy', String(busy));
  }
}

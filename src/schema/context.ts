// What every resolver gets: the request's services (with their loaders), who is calling, and
// the request id that also tags the logs.
import type { Services } from '../graph/services.js';

export interface Context {
  requestId: string;
  services: Services;
  /** True when the request carried a valid API key. */
  authenticated: boolean;
}

// fetch as a page on another origin meets it: the browser adds Origin, sends a preflight first when
// the request is not a "simple" one (Fetch standard, CORS-safelisted methods and headers), and
// hands the answer to the page only if Access-Control-Allow-Origin lets that origin read it.
// Clients under test (Apollo Client, urql, graphql-request) get this as their fetch, and every
// request they made is recorded.

const SAFELISTED_HEADERS = new Set(['accept', 'accept-language', 'content-language', 'content-type']);
const SIMPLE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  preflighted: boolean;
}

function needsPreflight(method: string, headers: Headers): string[] | null {
  const unsafe = [...headers.keys()].filter(
    (name) =>
      !SAFELISTED_HEADERS.has(name) ||
      (name === 'content-type' && !SIMPLE_CONTENT_TYPES.has((headers.get(name) ?? '').split(';')[0]!.trim().toLowerCase())),
  );
  return unsafe.length > 0 || !['GET', 'HEAD', 'POST'].includes(method) ? unsafe.sort() : null;
}

export function browserFetch(origin: string, sent: SentRequest[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    const method = request.method.toUpperCase();
    const unsafe = needsPreflight(method, headers);
    if (unsafe) {
      const preflight = await fetch(request.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': unsafe.join(',') },
      });
      const allowedHeaders = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
      const allowedMethods = (preflight.headers.get('access-control-allow-methods') ?? '').toUpperCase().split(/\s*,\s*/);
      const allowOrigin = preflight.headers.get('access-control-allow-origin');
      if (!preflight.ok || (allowOrigin !== '*' && allowOrigin !== origin)) throw new TypeError(`CORS preflight refused (${preflight.status})`);
      if (!unsafe.every((h) => allowedHeaders.includes(h))) throw new TypeError(`CORS preflight does not allow ${unsafe.join(',')}`);
      if (!['GET', 'HEAD', 'POST'].includes(method) && !allowedMethods.includes(method)) throw new TypeError(`CORS preflight does not allow ${method}`);
    }
    headers.set('origin', origin);
    sent.push({ method, url: request.url, headers: Object.fromEntries(headers), preflighted: unsafe !== null });
    const body = method === 'GET' || method === 'HEAD' ? undefined : await request.text();
    const response = await fetch(request.url, { method, headers, body });
    const allowOrigin = response.headers.get('access-control-allow-origin');
    if (allowOrigin !== '*' && allowOrigin !== origin) {
      await response.arrayBuffer();
      throw new TypeError('Failed to fetch: the answer has no Access-Control-Allow-Origin for this origin');
    }
    return response;
  };
}

// Security headers on every answer, pages and JSON alike (helmet): no MIME sniffing, no referrer
// sent to other sites, no framing (clickjacking), and a Content-Security-Policy under which a page
// may load and run only what this server serves. The pages (web/, built into dist/public) are
// script files from 'self'; what they do need beyond that:
// - inline styles: GraphiQL's page has a <style>, and Monaco (its editor), React and Cytoscape set
//   style elements and attributes at run time;
// - data: images and fonts: the favicon is `data:,`, and bundled CSS may inline small assets;
// - workers from 'self' and blob:: Monaco runs its language services in web workers.
// TLS ends before this server (it speaks plain HTTP), so Strict-Transport-Security is left to the
// proxy that terminates it, which knows the domains it covers.
import helmet from 'helmet';

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'worker-src': ["'self'", 'blob:'],
};

export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
}

import { randomBytes } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { Config } from '../config';

/** The per-response nonce that lets Angular's run-time `<style>` elements past the CSP. */
export function cspNonce(response: Response): string {
  return response.locals['cspNonce'] as string;
}

/**
 * Powerful browser features the dashboard never uses, switched off so injected code or a
 * framed page cannot ask for them. Clipboard access stays at the browser default (this
 * origin only) for "copy link" buttons.
 */
const permissionsPolicy = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/** HSTS for a year, sent only over HTTPS: RFC 6797 §7.2 forbids it over plain HTTP. */
const strictTransportSecurity = helmet.strictTransportSecurity({
  maxAge: 365 * 24 * 60 * 60,
  includeSubDomains: true,
});

/**
 * Security headers on every response (pages, assets, GraphQL and errors alike): a strict
 * Content-Security-Policy with a fresh nonce per response, and helmet's other headers.
 */
export function securityHeaders(config: Pick<Config, 'publicUrl'>): RequestHandler[] {
  // Behind a proxy that ends TLS, request.secure is false; an https PUBLIC_URL says the browser
  // is on HTTPS all the same (the rule the session cookie's Secure flag follows too).
  const isPubliclyHttps = config.publicUrl?.startsWith('https:') ?? false;
  const assignNonce: RequestHandler = (_request, response, next) => {
    // 128 random bits, as CSP3 asks of a nonce; base64 keeps it valid in a header and an attribute.
    response.locals['cspNonce'] = randomBytes(16).toString('base64');
    next();
  };
  const headers = helmet({
    contentSecurityPolicy: {
      // Every directive is written out: helmet's defaults allow inline styles from any https: host
      // and add upgrade-insecure-requests, which would break Waypoint on a plain-HTTP loopback.
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        // Angular and Angular Material insert <style> elements at run time; Angular gives them the
        // nonce it reads from the root element's ngCspNonce attribute (see dashboard-page.ts).
        'style-src': [
          "'self'",
          (_request, response) => `'nonce-${cspNonce(response as Response)}'`,
        ],
        // The authenticator QR code may arrive as an SVG data: address.
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    // Matches frame-ancestors 'none' for browsers that predate CSP level 2.
    frameguard: { action: 'deny' },
    xContentTypeOptions: true,
    strictTransportSecurity: false,
  });
  const transportAndPermissions: RequestHandler = (request, response, next) => {
    response.setHeader('Permissions-Policy', permissionsPolicy);
    if (request.secure || isPubliclyHttps) return strictTransportSecurity(request, response, next);
    next();
  };
  return [assignNonce, headers, transportAndPermissions];
}

/** PHI travels in GraphQL answers: no browser, proxy or shared cache may keep a copy. */
export const noStore: RequestHandler = (_request, response, next) => {
  response.setHeader('Cache-Control', 'no-store');
  next();
};

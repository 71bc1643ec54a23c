import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Logger } from '../logger';
import { cspNonce } from './security-headers';

/**
 * The placeholder on `<wp-root ngCspNonce="...">` in apps/dashboard/src/index.html. Angular reads
 * the attribute at start and puts the nonce on every <style> element it inserts, which the CSP's
 * `style-src 'nonce-...'` then lets through.
 */
export const NONCE_PLACEHOLDER = '{{cspNonce}}';

/**
 * Serves the built dashboard: hashed assets as files, and index.html, with this response's CSP
 * nonce filled in, for every other path (client-side routes all load the same page).
 *
 * The production build must not inline critical CSS (angular.json sets
 * `optimization.styles.inlineCritical: false`): beasties would add an inline <style> and an
 * inline <script> that switches the stylesheet's media, and `script-src 'self'` blocks that
 * script, which would leave the page without its global styles. Angular's autoCsp stays off
 * for the same reason: it loads the bundles through an inline script allowed by a hash in a
 * <meta> policy, while Waypoint sends its policy as a header with no inline script at all.
 */
export function serveDashboard(app: express.Express, directory: string, logger: Logger): void {
  const indexFile = path.join(directory, 'index.html');
  if (!existsSync(indexFile)) {
    logger.warn('dashboard.missing', { directory });
    return;
  }
  // Read once at start: the page is small and changes only with a new build (and a restart).
  const page = readFileSync(indexFile, 'utf8');
  if (!page.includes(NONCE_PLACEHOLDER)) {
    logger.warn('dashboard.nonce_placeholder_missing', { directory });
  }
  const sendPage: express.RequestHandler = (_request, response) => {
    // A page with a nonce must never be reused: a cached copy would carry a stale nonce.
    response.setHeader('Cache-Control', 'no-store');
    response.type('html').send(page.replaceAll(NONCE_PLACEHOLDER, cspNonce(response)));
  };
  // Before the static files, or /index.html would be sent with the placeholder still in it.
  app.get('/index.html', sendPage);
  app.use(express.static(directory, { index: false, maxAge: '1h' }));
  app.get('/{*path}', sendPage);
}

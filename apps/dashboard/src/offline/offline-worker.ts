/// <reference lib="webworker" />

// The dashboard's service worker: keeps the app's own files (the page, scripts, styles, fonts)
// so that the session screen still opens after a reload while the connection is down. It
// never touches the API: answers from /graphql hold client records and are not kept here
// (they are POST requests, which pass straight through), and neither is /healthz.

const worker = self as unknown as ServiceWorkerGlobalScope;

const CACHE_NAME = 'waypoint-app-files-v1';
// Every page of the dashboard is the same index.html, kept once under this key.
const PAGE_KEY = '/index.html';

/** The page asks the worker to keep files it loaded before the worker was in charge. */
interface KeepMessage {
  readonly type: 'KEEP';
  readonly urls: readonly string[];
}

worker.addEventListener('install', () => {
  void worker.skipWaiting();
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== CACHE_NAME) await caches.delete(name);
      }
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!isAppFile(request)) return;
  event.respondWith(networkFirst(request));
});

worker.addEventListener('message', (event) => {
  const message = event.data as KeepMessage | undefined;
  if (message?.type !== 'KEEP') return;
  event.waitUntil(keep(message.urls));
});

function isAppFile(request: Request): boolean {
  if (request.method !== 'GET') return false;
  const url = new URL(request.url);
  return (
    url.origin === worker.location.origin &&
    !url.pathname.startsWith('/graphql') &&
    url.pathname !== '/healthz'
  );
}

/**
 * The network's answer when there is one, so a new build is used at once; the kept copy only
 * when the network fails. The kept page carries the CSP nonce of the response it came with,
 * header and body together, so the pair still matches when it is replayed.
 */
async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  const key = request.mode === 'navigate' ? PAGE_KEY : request;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw error;
  }
}

async function keep(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(CACHE_NAME);
  for (const url of urls) {
    const request = new Request(url);
    if (!isAppFile(request)) continue;
    const isPage = new URL(url).pathname === '/' || !/\.[a-z0-9]+$/i.test(new URL(url).pathname);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(isPage ? PAGE_KEY : request, response);
    } catch {
      // Offline already: the files will be kept on the next visit.
    }
  }
}

export {};

/**
 * Registers the service worker that keeps the dashboard's own files for offline reloads, and
 * hands it the files this page loaded before it was in charge. Browsers without service
 * workers (or with them switched off) simply reload online only.
 */
export async function registerOfflineWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  try {
    await navigator.serviceWorker.register('/offline-worker.js', { scope: '/' });
    const registration = await navigator.serviceWorker.ready;
    const loaded = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).origin === location.origin);
    registration.active?.postMessage({ type: 'KEEP', urls: [location.origin + '/', ...loaded] });
  } catch {
    // Without the worker, everything works online; only a reload while offline is lost.
  }
}

/** Where a service worker can keep the app shell: a secure context (https, or localhost) that supports one. */
export function appShellAvailable(): boolean {
  return typeof window !== 'undefined' && window.isSecureContext && 'serviceWorker' in navigator
}

/**
 * Register the app shell's service worker (client/public/sw.js) where it can run, and hand it the built files this
 * page loaded before it took control, so an offline reload finds them. Over plain http on a LAN it does nothing: the
 * workspace page warns before unload instead (see useLeaveGuard).
 */
export function registerAppShell(): void {
  if (!appShellAvailable()) return
  navigator.serviceWorker
    .register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const urls = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.startsWith(`${location.origin}/assets/`))
      registration.active?.postMessage({ type: 'keep', urls })
    })
    .catch(() => {
      // Without the shell the app works as before; only an offline reload is lost.
    })
}

/** Signed out: the service worker forgets the API answers it kept for this user. */
export async function forgetAppShellData(): Promise<void> {
  if (!appShellAvailable()) return
  const registration = await navigator.serviceWorker.getRegistration()
  registration?.active?.postMessage({ type: 'forget' })
}

// Ruang Kasus's app shell (secure contexts only: https or localhost). Everything goes to the network first; only when
// the network fails does a reload get the page, its scripts and the last answers of the few API reads a workspace
// needs from this device, so an offline reload opens the workspace from the device's copy (the document itself is
// in IndexedDB, kept by the page). Nothing is served from here while the server answers.

const SHELL = 'ruang-kasus-shell-v1'
const DATA = 'ruang-kasus-data-v1'

/** The API reads a workspace page needs to open offline (GET, no query). */
const OFFLINE_READS = [
  /^\/api\/(me|session)$/,
  /^\/api\/workspaces\/[A-Za-z0-9_-]+$/,
  /^\/api\/workspaces\/[A-Za-z0-9_-]+\/(comments|grade|self-check|versions)$/,
  /^\/api\/assignments\/[A-Za-z0-9_-]+\/rubric$/,
]

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.add('/'))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL && k !== DATA).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('message', (event) => {
  const message = event.data
  if (!message || typeof message !== 'object') return
  // The page loaded these before this worker controlled it: keep them for an offline reload.
  if (message.type === 'keep' && Array.isArray(message.urls)) {
    const urls = message.urls.filter(
      (u) => typeof u === 'string' && u.startsWith(self.location.origin + '/assets/'),
    )
    event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(urls)))
  }
  // Signed out: the answers about this user and their workspaces go.
  if (message.type === 'forget') event.waitUntil(caches.delete(DATA))
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, SHELL, '/'))
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request))
  else if (!url.search && OFFLINE_READS.some((re) => re.test(url.pathname)))
    event.respondWith(networkFirst(request, DATA, request))
})

/** The network's answer (kept when it is a success, forgotten when it refuses); the kept one when it fails. */
async function networkFirst(request, cacheName, key) {
  const cache = await caches.open(cacheName)
  let response
  try {
    response = await fetch(request)
  } catch (error) {
    const kept = await cache.match(key)
    if (kept) return kept
    throw error
  }
  if (response.ok) await cache.put(key, response.clone())
  else if (response.status === 401 || response.status === 403 || response.status === 404)
    await cache.delete(key)
  return response
}

/** Built files never change under one name: the kept copy, else the network's (then kept). */
async function cacheFirst(request) {
  const cache = await caches.open(SHELL)
  const kept = await cache.match(request)
  if (kept) return kept
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

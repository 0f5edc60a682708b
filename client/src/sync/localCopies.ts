/**
 * Local copies of workspaces in IndexedDB, one database per user and workspace, so that on a
 * shared lab computer one person's copy is never opened by the next, and logout can clear them.
 */
const PREFIX = 'rk:'
const INDEX_KEY = 'rk:local-copies'

/** The IndexedDB name of a user's copy of a workspace. */
export function localCopyName(userId: string, workspaceId: string): string {
  return `${PREFIX}${userId}:${workspaceId}`
}

function readIndex(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(INDEX_KEY) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string') : []
  } catch {
    return []
  }
}

function writeIndex(names: string[]): void {
  try {
    localStorage.setItem(INDEX_KEY, JSON.stringify(names))
  } catch {
    // Without localStorage, indexedDB.databases() below still finds the copies.
  }
}

/** Note a copy's name, for browsers that cannot list their databases. */
export function rememberLocalCopy(name: string): void {
  const names = readIndex()
  if (!names.includes(name)) writeIndex([...names, name])
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name)
    req.onsuccess = () => resolve()
    req.onerror = () => resolve()
    // Blocked by a still-open connection: the delete completes once it closes.
    req.onblocked = () => resolve()
  })
}

/** Delete every local copy of this user's workspaces. */
export async function clearLocalCopies(userId: string): Promise<void> {
  const own = `${PREFIX}${userId}:`
  const names = new Set(readIndex().filter((n) => n.startsWith(own)))
  try {
    const listed = await indexedDB.databases()
    for (const db of listed) if (db.name?.startsWith(own)) names.add(db.name)
  } catch {
    // indexedDB.databases() is missing in older browsers; the index above covers them.
  }
  await Promise.all([...names].map(deleteDatabase))
  writeIndex(readIndex().filter((n) => !n.startsWith(own)))
}

import { chmod, lstat, readdir } from 'node:fs/promises'
import path from 'node:path'
import { FILE_MODE } from './lowdb/durableFile'

/** Folders the app creates: only the server's own user may list or enter them (files: FILE_MODE, 0600). */
export const DIR_MODE = 0o700

/** What tightenModes did: entries whose mode it changed, and those it may not change (owned by another user). */
export interface Tightened {
  changed: number
  refused: string[]
}

/** Entries of one folder checked at once. */
const PARALLEL = 32

function errnoOf(error: unknown): string | undefined {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined
}

/**
 * Make `dir` and everything in it private: folders 0700, files 0600. Data folders written by earlier versions
 * (0755/0644) are tightened once, at the next start. Symbolic links are neither followed nor changed; an entry
 * gone meanwhile is skipped.
 */
export async function tightenModes(dir: string): Promise<Tightened> {
  const result: Tightened = { changed: 0, refused: [] }
  const tighten = async (target: string, mode: number, current: number) => {
    if ((current & 0o777) === mode) return
    try {
      await chmod(target, mode)
      result.changed += 1
    } catch (error) {
      if (errnoOf(error) === 'EPERM') result.refused.push(target)
      else if (errnoOf(error) !== 'ENOENT') throw error
    }
  }
  const walk = async (folder: string, mode: number): Promise<void> => {
    await tighten(folder, DIR_MODE, mode)
    let entries
    try {
      entries = await readdir(folder, { withFileTypes: true })
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return
      throw error
    }
    const visit = async (name: string) => {
      const target = path.join(folder, name)
      let stats
      try {
        stats = await lstat(target)
      } catch (error) {
        if (errnoOf(error) === 'ENOENT') return
        throw error
      }
      if (stats.isDirectory()) await walk(target, stats.mode)
      else if (stats.isFile()) await tighten(target, FILE_MODE, stats.mode)
    }
    // A few at a time: a start over thousands of history files must not wait on each one in turn, nor queue them all.
    const names = entries.filter((e) => !e.isSymbolicLink()).map((e) => e.name)
    for (let i = 0; i < names.length; i += PARALLEL)
      await Promise.all(names.slice(i, i + PARALLEL).map(visit))
  }
  await walk(dir, (await lstat(dir)).mode)
  return result
}

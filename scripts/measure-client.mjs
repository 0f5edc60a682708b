#!/usr/bin/env node
// Bundle sizes of the built client (run `npm run build` first): gzip -9 of the JS a browser fetches
// for the join page (the entry and its static imports) and for the workspace route (plus the lazy
// workspace chunk and its static imports). Budgets: join ≤ 150 KB gz, workspace ≤ 350 KB gz.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist', 'client')
const assets = path.join(dist, 'assets')
const BUDGET = { join: 150, workspace: 350 }

const read = (file) => readFileSync(path.join(assets, file))
// kB = 1000 bytes, as Vite prints them.
const gzKb = (buf) => gzipSync(buf, { level: 9 }).length / 1000

/** Files a chunk imports statically (`import"./x.js"`, `from"./x.js"`); dynamic `import("./x.js")` is left out. */
function staticImports(file) {
  const code = read(file).toString('utf8')
  const found = new Set()
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']\.\/([\w.-]+\.js)["']/g)) found.add(m[1])
  return [...found]
}

/** The chunk and everything it pulls in statically. */
function closure(start, seen = new Set()) {
  if (seen.has(start)) return seen
  seen.add(start)
  for (const dep of staticImports(start)) closure(dep, seen)
  return seen
}

const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
const entry = html.match(/<script[^>]+src="\/assets\/([\w.-]+\.js)"/)?.[1]
if (!entry) throw new Error('No entry script in dist/client/index.html — run `npm run build` first')
const workspaceChunk = readdirSync(assets).find((f) => /^WorkspacePage-[\w-]+\.js$/.test(f))
if (!workspaceChunk) throw new Error('No WorkspacePage-*.js chunk: is the workspace still lazy-loaded?')

const joinFiles = closure(entry)
const workspaceFiles = closure(workspaceChunk, new Set(joinFiles))
const total = (files) => [...files].reduce((sum, f) => sum + gzKb(read(f)), 0)
const join = total(joinFiles)
const workspace = total(workspaceFiles)

const rows = [
  ['join page (initial JS)', join, BUDGET.join, [...joinFiles]],
  [
    'workspace route (total JS)',
    workspace,
    BUDGET.workspace,
    [...workspaceFiles].filter((f) => !joinFiles.has(f)),
  ],
]
for (const [name, kb, budget, files] of rows) {
  console.log(
    `${name}: ${kb.toFixed(1)} KB gzip (budget ${budget} KB) ${kb <= budget ? 'OK' : 'OVER BUDGET'}`,
  )
  for (const f of files) console.log(`  ${f}  ${gzKb(read(f)).toFixed(1)} KB`)
}
// The ecomap editor is lazy inside the workspace: fetched only when the ecomap template is opened.
const ecomapChunk = readdirSync(assets).find((f) => /^ecomap-[\w-]+\.js$/.test(f))
if (ecomapChunk) {
  const ecomapFiles = [...closure(ecomapChunk, new Set(workspaceFiles))].filter((f) => !workspaceFiles.has(f))
  console.log(`ecomap editor (lazy, on top of the workspace): ${total(ecomapFiles).toFixed(1)} KB gzip`)
  for (const f of ecomapFiles) console.log(`  ${f}  ${gzKb(read(f)).toFixed(1)} KB`)
}
const css = readdirSync(assets).filter((f) => f.endsWith('.css'))
for (const f of css) console.log(`css ${f}: ${gzKb(read(f)).toFixed(1)} KB gzip`)
if (join > BUDGET.join || workspace > BUDGET.workspace) process.exit(1)

import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Lang } from '../../../cases/i18n/bilingual'

/** The i18next namespace of the ecomap editor's own strings (template labels come from the definition). */
export const ECOMAP_NS = 'ecomap'

/** Indonesian, the default language. */
export const ecomapId = {
  region: 'Editor ekomap',
  viewLabel: 'Tampilan ekomap',
  viewDrawing: 'Gambar',
  viewList: 'Daftar',
  viewBoth: 'Keduanya',
  addSystem: 'Tambah sistem',
  newSystem: 'Sistem baru',
  connect: 'Hubungkan',
  connectCancel: 'Batal menghubungkan',
  connectPickSource: 'Ketuk pusat atau seorang anggota, lalu ketuk sebuah sistem.',
  connectPickSystem: 'Sekarang ketuk sistem yang dihubungkan dengan {{from}}.',
  tieAdded: 'Ikatan {{name}} ditambahkan.',
  tieExists: 'Ikatan {{name}} sudah ada; ikatan itu dipilih.',
  systemAdded: '{{name}} ditambahkan.',
  removed: '{{name}} dihapus.',
  dragHint: 'Seret sistem untuk memindahkannya; ketuk untuk memilih.',
  exportSvg: 'Unduh SVG',
  exportPng: 'Unduh PNG',
  exportFailed: 'Gambar tidak dapat diekspor di peramban ini.',
  fileName: 'ekomap',
  inspectorSystem: 'Sistem terpilih: {{name}}',
  inspectorTie: 'Ikatan terpilih: {{name}}',
  closeInspector: 'Tutup',
  deleteSystem: 'Hapus sistem {{name}}',
  deleteTie: 'Hapus ikatan {{name}}',
  unnamedSystem: 'Sistem tanpa nama',
  unnamedMember: 'Anggota tanpa nama',
  centre: 'Pusat',
  tieName: '{{from}} – {{to}}',
  addTie: 'Tambah ikatan',
  noSystems: 'Belum ada sistem.',
  noTies: 'Belum ada ikatan. Tambahkan di sini atau dengan "Hubungkan" pada gambar.',
  needSystem: 'Tambahkan sistem dulu sebelum membuat ikatan.',
  choose: '— pilih —',
  yes: 'Ya',
  no: 'Tidak',
  empty: 'belum diisi',
  mapDate: 'Tanggal peta: {{date}}',
  noDate: 'Tanggal peta: belum diisi',
  drawingLabel: 'Gambar ekomap {{centre}} dengan {{systems}} sistem dan {{ties}} ikatan',
  systemButton: '{{label}} ({{category}})',
  memberButton: 'Anggota {{name}}',
  centreButton: 'Pusat: {{name}}',
  here: '{{names}} di sini',
  legendTitle: 'Keterangan',
  legendStrong: 'Kuat',
  legendModerate: 'Sedang',
  legendTenuous: 'Lemah',
  legendStressful: 'Penuh tekanan',
  legendFlowFrom: 'Aliran dari pusat',
  legendFlowTo: 'Aliran ke pusat',
  legendFlowBoth: 'Aliran dua arah',
  position: 'Posisi pada gambar',
  dangling: '{{count}} ikatan menunjuk ke sistem atau anggota yang sudah dihapus dan tidak digambar.',
  deleteDangling: 'Hapus ikatan yang tidak terpakai',
  readOnlyCaption:
    'Gambar ekomap (hanya dibaca). Setiap sistem dan ikatan tertulis juga dalam daftar di sampingnya.',
}

/** Every key the editor uses. */
export type EcomapKey = keyof typeof ecomapId

/** English: every Indonesian key, checked by the compiler and by tests/client/ecomapI18n.test.ts. */
export const ecomapEn: Record<EcomapKey, string> = {
  region: 'Ecomap editor',
  viewLabel: 'Ecomap view',
  viewDrawing: 'Drawing',
  viewList: 'List',
  viewBoth: 'Both',
  addSystem: 'Add system',
  newSystem: 'New system',
  connect: 'Connect',
  connectCancel: 'Cancel connecting',
  connectPickSource: 'Tap the centre or a member, then tap a system.',
  connectPickSystem: 'Now tap the system to connect with {{from}}.',
  tieAdded: 'Tie {{name}} added.',
  tieExists: 'The tie {{name}} is already there; it is selected.',
  systemAdded: '{{name}} added.',
  removed: '{{name}} removed.',
  dragHint: 'Drag a system to move it; tap to select it.',
  exportSvg: 'Download SVG',
  exportPng: 'Download PNG',
  exportFailed: 'The drawing cannot be exported in this browser.',
  fileName: 'ecomap',
  inspectorSystem: 'Selected system: {{name}}',
  inspectorTie: 'Selected tie: {{name}}',
  closeInspector: 'Close',
  deleteSystem: 'Delete system {{name}}',
  deleteTie: 'Delete tie {{name}}',
  unnamedSystem: 'Unnamed system',
  unnamedMember: 'Unnamed member',
  centre: 'Centre',
  tieName: '{{from}} – {{to}}',
  addTie: 'Add tie',
  noSystems: 'No systems yet.',
  noTies: 'No ties yet. Add one here or with "Connect" in the drawing.',
  needSystem: 'Add a system before making a tie.',
  choose: '— choose —',
  yes: 'Yes',
  no: 'No',
  empty: 'not filled in',
  mapDate: 'Map date: {{date}}',
  noDate: 'Map date: not filled in',
  drawingLabel: 'Ecomap of {{centre}} with {{systems}} systems and {{ties}} ties',
  systemButton: '{{label}} ({{category}})',
  memberButton: 'Member {{name}}',
  centreButton: 'Centre: {{name}}',
  here: '{{names}} here',
  legendTitle: 'Legend',
  legendStrong: 'Strong',
  legendModerate: 'Moderate',
  legendTenuous: 'Tenuous',
  legendStressful: 'Stressful',
  legendFlowFrom: 'Flow from the centre',
  legendFlowTo: 'Flow to the centre',
  legendFlowBoth: 'Flow both ways',
  position: 'Position in the drawing',
  dangling: '{{count}} ties point at a system or member that was removed and are not drawn.',
  deleteDangling: 'Delete the unused ties',
  readOnlyCaption:
    'The ecomap drawing (read-only). Every system and tie is also written out in the list beside it.',
}

/**
 * Add both dictionaries to i18next under the `ecomap` namespace (idempotent; deep-merges, overwrites). i18next only
 * has its resource store once `init` has run, so before that the bundles are added when it finishes.
 */
export function registerEcomapI18n(): void {
  const add = () => {
    i18next.addResourceBundle('id', ECOMAP_NS, ecomapId, true, true)
    i18next.addResourceBundle('en', ECOMAP_NS, ecomapEn, true, true)
  }
  if (typeof i18next.addResourceBundle === 'function') add()
  else i18next.on('initialized', add)
}

/** Replace `{{name}}` placeholders (React renders the result as text, so nothing is escaped here). */
export function interpolate(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}

/** A translate function for the editor's keys in `lang`, re-rendering when i18next changes language. */
export type EcomapT = (key: EcomapKey, vars?: Record<string, string | number>) => string

/**
 * The editor's strings come from its i18next namespace. The app's i18next types only know the main `translation`
 * namespace, so the resource is read with `getResource` and typed by EcomapKey here.
 */
export function useEcomapT(lang: Lang): EcomapT {
  const { i18n } = useTranslation()
  return useCallback(
    (key, vars) => {
      const raw: unknown = i18n.getResource(lang, ECOMAP_NS, key)
      return interpolate(typeof raw === 'string' ? raw : ecomapId[key], vars)
    },
    [i18n, lang],
  )
}

import { bi } from '../i18n/bilingual'
import type { FieldJson, OptionDef } from './types'
import { option } from './fields'

/**
 * The ecomap drawing's coordinate space: `x` and `y` of a system are in a 1000 × 1000 square with the centre (the
 * person, family or group in focus) at (500, 500). Renderers scale it to their viewport.
 */
export const ECOMAP_CANVAS = { width: 1000, height: 1000, centre: { x: 500, y: 500 } } as const

/** The value of a tie's `from` that names the centre itself (otherwise `from` is a member's item id). */
export const ECOMAP_CENTRE = 'centre'

/** What is at the centre of the map. */
export const CENTRE_KIND_OPTIONS: OptionDef[] = [
  option('person', bi('Orang (individu)', 'Person (individual)')),
  option('family', bi('Keluarga', 'Family')),
  option('group', bi('Kelompok', 'Group')),
  // Added in ecomap version 2: the field's help (module p. 18, point 5) names the community too.
  option('community', bi('Komunitas', 'Community')),
]

/** The six systems of Gambar 1 "Person – in - Environment" (Huda, 2009), plus `other` for systems a team adds. */
export const SYSTEM_CATEGORY_OPTIONS: OptionDef[] = [
  option(
    'family',
    bi('Sistem Keluarga', 'Family system'),
    bi('Hubungan keluarga dan rumah tangga.', 'Family and household relationships.'),
  ),
  option(
    'education',
    bi('Sistem Pendidikan', 'Education system'),
    bi('Sekolah dan penyelenggara pendidikan lain.', 'Schools and other education providers.'),
  ),
  option(
    'socialServices',
    bi('Sistem Pelayanan Sosial', 'Social-service system'),
    bi('Lembaga dan program kesejahteraan sosial.', 'Social-welfare agencies and programmes.'),
  ),
  option(
    'politics',
    bi('Sistem Politik', 'Political system'),
    bi('Pemerintah, hukum dan kebijakan.', 'Government, law and policy-making.'),
  ),
  option(
    'servicesAndGoods',
    bi('Sistem Pelayanan dan Jasa', 'Public and commercial services system'),
    bi(
      'Layanan lain yang diandalkan (pelayanan umum dan jasa).',
      'Other services relied on (public services and commercial or utility services).',
    ),
  ),
  option(
    'religion',
    bi('Sistem Agama', 'Religious system'),
    bi('Komunitas dan lembaga keagamaan.', 'Religious community and institutions.'),
  ),
  option(
    'other',
    bi('Sistem lain', 'Other system'),
    bi('Sistem lain yang ditambahkan tim.', 'Another system the team adds.'),
  ),
]

/** Tropman's six levels of a group's ecology (Tropman, 2004; Modul Ketiga, p. 20). */
export const TROPMAN_LEVEL_OPTIONS: OptionDef[] = [
  option('person', bi('Orang / individu', 'Person / individual')),
  option('group', bi('Kelompok', 'Group')),
  option('organization', bi('Organisasi', 'Organisation')),
  option('community', bi('Komunitas', 'Community')),
  option('society', bi('Masyarakat', 'Society')),
  option('world', bi('Dunia', 'World')),
]

/** Tie strength in the ecomap notation: solid lines, thicker for stronger; dashed for tenuous. */
export const TIE_STRENGTH_OPTIONS: OptionDef[] = [
  option('strong', bi('Kuat', 'Strong'), bi('Garis tebal.', 'A thick solid line.')),
  option('moderate', bi('Sedang', 'Moderate'), bi('Garis biasa.', 'A plain solid line.')),
  option('tenuous', bi('Lemah', 'Tenuous'), bi('Garis putus-putus.', 'A dashed line.')),
]

/** Which way energy or resources flow along a tie (arrowheads in the drawing). */
export const TIE_FLOW_OPTIONS: OptionDef[] = [
  option(
    'toCentre',
    bi('Ke pusat', 'To the centre'),
    bi('Sumber daya mengalir dari sistem ke pusat.', 'Resources flow from the system to the centre.'),
  ),
  option(
    'fromCentre',
    bi('Dari pusat', 'From the centre'),
    bi('Sumber daya mengalir dari pusat ke sistem.', 'Resources flow from the centre to the system.'),
  ),
  option(
    'both',
    bi('Dua arah', 'Both ways'),
    bi('Sumber daya mengalir ke dua arah.', 'Resources flow both ways.'),
  ),
  option('none', bi('Tidak ada aliran', 'No flow'), bi('Tidak ada aliran yang berarti.', 'No notable flow.')),
]

/** Direct versus compositional intervention (Tropman, 2004; Modul Ketiga, pp. 20–21). */
export const INTERVENTION_STRATEGY_OPTIONS: OptionDef[] = [
  option(
    'direct',
    bi('Intervensi langsung', 'Direct intervention'),
    bi(
      'Masalah ditangani pada tingkat di mana masalah termanifestasi (misalnya, masalah individu ditangani pada tingkat individu).',
      'The problem is dealt with at the level where it shows up (e.g. an individual problem at the individual level).',
    ),
  ),
  option(
    'compositional',
    bi('Intervensi komposisi', 'Compositional intervention'),
    bi(
      'Melihat "di bawah" tingkat sistem di mana masalah terjadi dan mengubah komponen subsistemnya.',
      'Looks "below" the level where the problem occurs and changes its component subsystems.',
    ),
  ),
  option(
    'otherLevel',
    bi('Intervensi pada tingkat lain', 'Intervention at another level'),
    bi(
      'Menangani masalah di tingkat yang lebih tinggi (misalnya kebijakan sekolah untuk masalah antarkelompok); modul memberi contoh tetapi tidak memberi nama.',
      'Working at a higher level (e.g. school policy for a problem between groups); the module gives examples but no name.',
    ),
  ),
]

const at = (i: number) => {
  const angle = -Math.PI / 2 + (i * Math.PI) / 3
  const { x, y } = ECOMAP_CANVAS.centre
  return { x: Math.round(x + 330 * Math.cos(angle)), y: Math.round(y + 330 * Math.sin(angle)) }
}

const system = (i: number, category: string, label: string): Record<string, FieldJson> => ({
  label,
  category,
  level: null,
  ...at(i),
})

/** The six systems of Gambar 1, labelled in the module's words and placed on a circle around the centre. */
export const DEFAULT_SYSTEMS: Record<string, FieldJson>[] = [
  system(0, 'family', 'Keluarga'),
  system(1, 'education', 'Pendidikan'),
  system(2, 'socialServices', 'Pelayanan Sosial'),
  system(3, 'politics', 'Politik'),
  system(4, 'servicesAndGoods', 'Pelayanan dan Jasa'),
  system(5, 'religion', 'Agama'),
]

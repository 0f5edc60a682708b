import type { RubricCriterion } from '../contracts/grades'
import { GENERIC_LEVELS } from './generic'
import { criterion, type Pair } from './levels'

const c = (key: string, title: Pair, description: Pair) =>
  criterion('ecomap', { key, title, description, levels: GENERIC_LEVELS })

/** The ecomap and ecological perspective (Huda, 2009; Tropman, 2004): person-in-environment to intervention. */
export const ecomapRubric: RubricCriterion[] = [
  c(
    'systems',
    ['Sistem di sekitar klien', 'Systems around the client'],
    [
      'Memetakan sistem yang relevan di sekitar pusat (keluarga, pendidikan, pelayanan sosial, politik, pelayanan dan jasa, agama, dll.) sesuai kasus, dengan keterbukaan/aksesnya.',
      'Maps the systems around the centre that matter in the case (family, education, social services, political, services, religion, …), with whether each is open/accessible.',
    ],
  ),
  c(
    'ties',
    ['Hubungan dan aliran', 'Ties and flows'],
    [
      'Menggambarkan kekuatan, tekanan (stres) dan arah aliran sumber daya setiap hubungan dengan notasi Hartman, didukung bukti dari kasus.',
      "Shows each tie's strength, stress and direction of resource flow in Hartman's notation, supported by evidence from the case.",
    ],
  ),
  c(
    'imbalance',
    ['Sumber masalah', 'Source of the problem'],
    [
      'Menjelaskan ketidakseimbangan dengan sistem lain yang menghambat fungsi sosial, dan di mana sumber masalah berada (person-in-environment).',
      'Explains the imbalance with other systems that hampers social functioning, and where the problem comes from (person-in-environment).',
    ],
  ),
  c(
    'levels',
    ['Enam tingkat ekologi kelompok', "Six levels of the group's ecology"],
    [
      'Untuk tiap tingkat (orang, kelompok, organisasi, komunitas, masyarakat, dunia) membedakan sumber masalah dan target intervensi (Tropman, 2004).',
      'For each level (person, group, organisation, community, society, world) tells the source of the problem from the target of intervention (Tropman, 2004).',
    ],
  ),
  c(
    'intervention',
    ['Strategi intervensi', 'Intervention strategy'],
    [
      'Memilih tingkat masalah dan tingkat intervensi, dan menjelaskan dengan tepat apakah intervensi bersifat langsung atau komposisi.',
      'Chooses the problem level and intervention level, and explains correctly whether the intervention is direct or compositional.',
    ],
  ),
  c(
    'influences',
    ['Pengaruh ekstra-kelompok', 'Extra-group influences'],
    [
      'Mengidentifikasi pengaruh struktural (mis. kebijakan lembaga) dan sosiokultural (norma dan kepercayaan) terhadap kelompok.',
      'Identifies structural influences (e.g. the host agency’s policies) and sociocultural ones (norms and beliefs) on the group.',
    ],
  ),
]

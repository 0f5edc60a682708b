import type { RubricCriterion } from '../contracts/grades'
import { GENERIC_LEVELS } from './generic'
import { criterion, type Pair } from './levels'

const c = (key: string, title: Pair, description: Pair) =>
  criterion('fiveC', { key, title, description, levels: GENERIC_LEVELS })

/** The 5 C perspective (Garvin dkk., 2004; Tabel 3): one criterion per C, plus the use of the case. */
export const fiveCRubric: RubricCriterion[] = [
  c(
    'characteristics',
    ['Karakteristik kelompok', 'Group characteristics'],
    [
      'Mengidentifikasi variabel anggota, temperamen, jenis kelompok (Zastrow), proses dan pola interaksi, serta pengaruh praktisi, dengan bukti dari kasus.',
      "Identifies member variables, temperament, the group's type (Zastrow), its process and interaction pattern, and the practitioner's influence, with evidence from the case.",
    ],
  ),
  c(
    'competence',
    ['Kompetensi kelompok', 'Group competence'],
    [
      'Menjelaskan pengetahuan dan keterampilan yang dimiliki kelompok untuk tugas dan masalahnya, serta kompetensi khasnya, dengan bukti dari kasus.',
      'Explains the knowledge and skills the group has for its tasks and problems, and its distinctive competence, with evidence from the case.',
    ],
  ),
  c(
    'condition',
    ['Kondisi kelompok', 'Group condition'],
    [
      'Menganalisis struktur (formal dan informal) dan budaya kelompok (norma dan nilai), dengan bukti dari kasus.',
      "Analyses the group's structure (formal and informal) and culture (norms and values), with evidence from the case.",
    ],
  ),
  c(
    'change',
    ['Perubahan kelompok', 'Group change'],
    [
      'Menjelaskan perubahan ukuran, tujuan dan rencana strategis kelompok dari waktu ke waktu, dengan bukti dari kasus.',
      "Describes how the group's size, goals and strategic plan change over time, with evidence from the case.",
    ],
  ),
  c(
    'context',
    ['Konteks kelompok', 'Group context'],
    [
      'Menentukan jenis konteks yang relevan (kelompok lain, organisasional, komunitas, masyarakat) dan menjelaskan pengaruhnya terhadap kelompok.',
      'Names the relevant contexts (other groups, organisational, community, societal) and explains how they influence the group.',
    ],
  ),
  c(
    'integration',
    ['Keterpaduan analisis', 'Coherence of the analysis'],
    [
      'Kelima C saling terhubung menjadi gambaran utuh kelompok; klaim didukung kutipan atau kejadian dari kasus, bukan asumsi.',
      'The five Cs connect into one picture of the group; claims rest on quotes or events from the case, not assumptions.',
    ],
  ),
]

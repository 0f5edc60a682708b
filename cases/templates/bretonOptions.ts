import { bi } from '../i18n/bilingual'
import { option } from './fields'
import type { OptionDef } from './types'

/** A stage's status. */
export const STAGE_STATUS_OPTIONS: OptionDef[] = [
  option('notStarted', bi('Belum dimulai', 'Not started')),
  option('inProgress', bi('Sedang berjalan', 'In progress')),
  option('done', bi('Selesai', 'Done')),
]

/** The collective actions the module lists (Modul Keempat, p. 28), plus `other`. */
export const ACTION_TYPE_OPTIONS: OptionDef[] = [
  option('demonstration', bi('Mengambil bagian dalam demonstrasi', 'Taking part in demonstrations')),
  option(
    'mediaInterview',
    bi(
      'Wawancara dengan wartawan surat kabar, radio, atau televisi',
      'Interviews with newspaper, radio or TV journalists',
    ),
  ),
  option(
    'townHallMeeting',
    bi('Berpartisipasi dalam pertemuan balai kota', 'Taking part in town-hall meetings'),
  ),
  option('seminar', bi('Memimpin atau menyelenggarakan seminar bersama', 'Leading or co-leading seminars')),
  option(
    'lettersArticles',
    bi(
      'Menulis surat kepada editor atau artikel surat kabar',
      'Writing letters to the editor or newspaper articles',
    ),
  ),
  option('other', bi('Aksi lain', 'Another action')),
]

/** The status of one collective action. */
export const ACTION_STATUS_OPTIONS: OptionDef[] = [
  option('planned', bi('Direncanakan', 'Planned')),
  option('inProgress', bi('Sedang berjalan', 'In progress')),
  option(
    'done',
    bi('Selesai', 'Done'),
    bi(
      'Aksi yang selesai meminta refleksi (praksis).',
      'A finished action asks for its reflection (praxis).',
    ),
  ),
]

/**
 * Empowerment goals (slide "Pemberdayaan dan Metode Social GroupWork"; body p. 25). The slide's first goal runs over
 * two lines ("Mengubah Struktur" / "Perilaku Sosial & Politik Yang Menindas"); it is one goal, worded as the body
 * has it. Version 1 split it in two: `changeOppressiveConditions` is retired into `changeStructures`.
 */
export const EMPOWERMENT_GOAL_OPTIONS: OptionDef[] = [
  option(
    'changeStructures',
    bi(
      'Mengubah struktur atau kondisi kognitif, perilaku, sosial, dan politik yang menindas',
      'Change oppressive cognitive, behavioural, social and political structures or conditions',
    ),
  ),
  option('increaseParticipation', bi('Meningkatkan partisipasi', 'Increase participation')),
  option('increaseResourceAccess', bi('Meningkatkan akses sumber', 'Increase access to resources')),
]

/** Empowerment methods. */
export const EMPOWERMENT_METHOD_OPTIONS: OptionDef[] = [
  option('massMobilisation', bi('Mobilisasi massa', 'Mass mobilisation')),
  option('collectiveAction', bi('Mengatur tindakan kolektif', 'Organise collective action')),
  option('collaborate', bi('Berkolaborasi', 'Collaborate')),
  option('partnership', bi('Membangun kemitraan', 'Build partnerships')),
]

/** Empowerment orientation. */
export const EMPOWERMENT_ORIENTATION_OPTIONS: OptionDef[] = [
  option('linkResources', bi('Menghubungkan antar sistem sumber', 'Link resource systems')),
  option('buildSupport', bi('Membangun dukungan', 'Build support')),
  option('informationNetworks', bi('Mengembangkan jaringan informasi', 'Develop information networks')),
]

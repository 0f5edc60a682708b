import { bi } from '../i18n/bilingual'
import { option } from './fields'
import type { OptionDef } from './types'

/** Benne & Sheats's roles as the module lists them (Modul Dua, pp. 11–12), each naming its kind of role. */
export const MEMBER_ROLE_OPTIONS: OptionDef[] = [
  option(
    'coordinator',
    bi('Koordinasi (peran tugas)', 'Coordinator (task role)'),
    bi('Menggerakkan pekerjaan kelompok.', "Moves the group's work forward."),
  ),
  option(
    'informationSeeker',
    bi('Pencari informasi (peran tugas)', 'Information seeker (task role)'),
    bi('Menggerakkan pekerjaan kelompok.', "Moves the group's work forward."),
  ),
  option(
    'motivator',
    bi('Motivator (peran sosioemosional)', 'Motivator (socio-emotional role)'),
    bi('Menjaga relasi dan semangat.', 'Sustains relationships and morale.'),
  ),
  option(
    'encourager',
    bi('Encourager / pendorong (peran sosioemosional)', 'Encourager (socio-emotional role)'),
    bi('Menjaga relasi dan semangat.', 'Sustains relationships and morale.'),
  ),
  option(
    'harmonizer',
    bi('Harmonizer (peran sosioemosional)', 'Harmonizer (socio-emotional role)'),
    bi('Menjaga relasi dan semangat.', 'Sustains relationships and morale.'),
  ),
  option(
    'aggressor',
    bi('Agresor (peran individual)', 'Aggressor (individual role)'),
    bi(
      'Melayani kebutuhan diri sendiri, sering dengan mengorbankan kelompok.',
      "Serves the member's own needs, often at the group's expense.",
    ),
  ),
  option(
    'helpSeeker',
    bi('Help seeker (peran individual)', 'Help seeker (individual role)'),
    bi(
      'Melayani kebutuhan diri sendiri, sering dengan mengorbankan kelompok.',
      "Serves the member's own needs, often at the group's expense.",
    ),
  ),
]

/** Attributed versus actual power (Modul Dua, p. 12). */
export const POWER_KIND_OPTIONS: OptionDef[] = [
  option(
    'attributed',
    bi('Attributed power', 'Attributed power'),
    bi(
      'Kekuasaan yang dipersepsikan orang di dalam atau di luar kelompok (status profesional, pendidikan, jabatan).',
      'Power people inside or outside the group perceive a leader to have (professional status, education, positions).',
    ),
  ),
  option(
    'actual',
    bi('Actual power', 'Actual power'),
    bi(
      'Kemampuan nyata mengubah kondisi di dalam dan di luar kelompok.',
      'Real capacity to change conditions inside and outside the group.',
    ),
  ),
]

/** The seven bases of a leader's power as the module attributes them to French & Raven (Modul Dua, pp. 12–13). */
export const POWER_BASE_OPTIONS: OptionDef[] = [
  option(
    'connection',
    bi('Connection power', 'Connection power'),
    bi(
      'Hubungan dengan orang-orang yang berpengaruh bagi kelompok.',
      'Ties to people who are influential for the group.',
    ),
  ),
  option(
    'expert',
    bi('Expert power', 'Expert power'),
    bi(
      'Pengetahuan yang membantu kelompok mencapai tujuan.',
      'Knowledge that helps the group reach its goals.',
    ),
  ),
  option(
    'information',
    bi('Information power', 'Information power'),
    bi('Memiliki informasi yang dibutuhkan kelompok.', 'Holds information the group needs.'),
  ),
  option(
    'legitimate',
    bi('Legitimate power', 'Legitimate power'),
    bi('Posisi formal, otoritas dan hak istimewanya.', 'Formal position, authority and its privileges.'),
  ),
  option(
    'referent',
    bi('Reference power', 'Referent power'),
    bi('Dikagumi oleh anggota.', 'Admired by members.'),
  ),
  option(
    'reward',
    bi('Reward power', 'Reward power'),
    bi('Mampu memberi penghargaan kepada anggota.', 'Able to reward members.'),
  ),
  option(
    'coercive',
    bi('Coercive power', 'Coercive power'),
    bi('Mampu memberi sanksi kepada anggota.', 'Able to impose sanctions on members.'),
  ),
]

/** Motivation problems in groups (Levi, 2001; Modul Dua, p. 13). */
export const MOTIVATION_PROBLEM_OPTIONS: OptionDef[] = [
  option(
    'socialLoafing',
    bi('Kemalasan sosial (social loafing)', 'Social loafing'),
    bi(
      'Anggota berusaha lebih sedikit dalam kelompok daripada saat sendiri.',
      'Members put in less effort in a group than alone.',
    ),
  ),
  option(
    'freeRiding',
    bi('Penunggang bebas (free riding)', 'Free riding'),
    bi(
      'Anggota merasa kontribusinya tidak penting, atau tahu akan tetap mendapat imbalan.',
      "Members think their contribution doesn't matter, or know they'll be rewarded anyway.",
    ),
  ),
  option(
    'suckerEffect',
    bi('Sucker effect', 'Sucker effect'),
    bi(
      'Anggota yang berkinerja baik mengurangi usaha agar tidak menanggung yang lain.',
      'Strong performers ease off so as not to carry the others.',
    ),
  ),
]

import { bi, type Bilingual } from '../i18n/bilingual'
import { booleanField, textField } from './fields'
import type { SectionDef, TemplateDef } from './types'

// The module cites no source for this list; the citation names where it is, not an author.
const BODY = 'Modul Kelima, hlm. 30–33'
const SLIDES = 'Modul Kelima, slide (hanya di slide)'
// Mutual support and cohesiveness carry one slide-only sub-point each, marked "(hanya di slide)" in their help.
const BODY_AND_SLIDES = 'Modul Kelima, hlm. 30–32 dan slide'

function factor(key: string, title: Bilingual, help: Bilingual, citation: string): SectionDef {
  return {
    key,
    title,
    help,
    citation,
    fields: [
      booleanField('present', bi('Terlihat dalam kasus?', 'Present in the case?'), { help, citation }),
      textField('evidence', bi('Bukti dari kasus', 'Evidence from the case'), {
        help: bi(
          'Kejadian atau kutipan dari kasus yang menunjukkan faktor ini.',
          'Events or quotes from the case that show this factor.',
        ),
      }),
    ],
  }
}

const sections: SectionDef[] = [
  factor(
    'mutualSupport',
    bi('Mutual support (saling dukung)', 'Mutual support'),
    bi(
      'Iklim saling dukung; mengurangi kecemasan (hanya di slide); pelepasan ekspresi; harapan mencoba gagasan atau perilaku baru.',
      'A climate of mutual support; reducing anxiety (slides only); releasing feelings; hope to try new ideas or behaviour.',
    ),
    BODY_AND_SLIDES,
  ),
  factor(
    'cohesiveness',
    bi('Cohesiveness (kohesivitas)', 'Cohesiveness'),
    bi(
      'Ikatan sesama anggota; saling menerima; terpenuhinya kebutuhan sosial (hanya di slide); saling memengaruhi secara positif; komitmen bersama.',
      'Bonds between members; mutual acceptance; social needs met (slides only); positive influence; shared commitment.',
    ),
    BODY_AND_SLIDES,
  ),
  factor(
    'qualityOfRelationship',
    bi('Quality of relationship (kualitas relasi)', 'Quality of relationship'),
    bi(
      'Relasi positif yang mengoreksi pengalaman emosional; keeratan hubungan.',
      'Positive relationships that correct emotional experience; close ties.',
    ),
    SLIDES,
  ),
  factor(
    'universality',
    bi('Universality (perasaan senasib)', 'Universality'),
    bi('Munculnya perasaan yang sama; tidak merasa sendiri.', 'A shared feeling; not feeling alone.'),
    BODY,
  ),
  factor(
    'senseOfHope',
    bi('A sense of hope (rasa harapan)', 'A sense of hope'),
    bi(
      'Menerima harapan positif kelompok; melihat orang lain mampu mengatasi masalah serupa.',
      "Accepting the group's positive expectations; seeing others overcome similar problems.",
    ),
    SLIDES,
  ),
  factor(
    'altruism',
    bi('Altruism (altruisme)', 'Altruism'),
    bi(
      'Self-esteem menguat dengan saling menolong; merasa diapresiasi dan terdorong berkontribusi.',
      'Helping others strengthens self-esteem; feeling appreciated and keen to contribute.',
    ),
    BODY,
  ),
  factor(
    'knowledgeAndSkills',
    bi('Meningkatkan pengetahuan dan keterampilan', 'Acquisition of knowledge and skills'),
    bi(
      'Tempat aman untuk memperoleh pengetahuan dan melatih keterampilan baru.',
      'A safe place to gain knowledge and practise new skills.',
    ),
    BODY,
  ),
  factor(
    'catharsis',
    bi('Catharsis (katarsis)', 'Catharsis'),
    bi(
      'Ruang mengekspresikan perasaan; mengurangi kecemasan.',
      'A space to express feelings; reduces anxiety.',
    ),
    SLIDES,
  ),
  factor(
    'realityTesting',
    bi('Reality testing (uji realitas)', 'Reality testing'),
    bi(
      'Anggota lain mengevaluasi perubahan, memberi umpan balik dan alternatif.',
      'Other members evaluate changes, give feedback and alternatives.',
    ),
    BODY,
  ),
  factor(
    'groupControl',
    bi('Group control (kontrol kelompok)', 'Group control'),
    bi(
      'Mengurangi resistensi dan perilaku kurang pantas; mengatasi frustrasi; menerima keterbatasan.',
      'Reducing resistance and unfitting behaviour; working through frustration; accepting limits.',
    ),
    BODY,
  ),
]

/** The therapeutic factors of group work (Modul Kelima A; seven in the body, three more on the slides). */
export const therapeuticFactors: TemplateDef = {
  id: 'therapeuticFactors',
  version: 1,
  title: bi('Relevansi terapi kelompok', 'Therapeutic factors of groups'),
  summary: bi(
    'Faktor terapeutik kelompok yang terlihat dalam kasus, dengan buktinya.',
    'The therapeutic factors seen in the case, with evidence.',
  ),
  citation: BODY,
  sections,
}

import type { RubricCriterion } from '../contracts/grades'
import { writtenRubric } from './levels'

/**
 * Stages of group development (Tuckman, 1963; Modul Dua, Tabel 2, hlm. 14–16). A group is in one stage, so the rubric
 * grades the stage the team identified and its evidence, not all four stage sections.
 */
export const tuckmanRubric: RubricCriterion[] = writtenRubric('tuckman', [
  {
    key: 'stage',
    title: ['Tahap yang diidentifikasi', 'The stage identified'],
    description: [
      'Memilih satu tahap yang paling sesuai dengan kelompok dalam kasus, yaitu Forming (Pembentukan), Storming, Norming, atau Performing, dan menjelaskan alasannya dengan karakteristik tahap itu (Tuckman, 1963; Tabel 2, hlm. 14–16).',
      'Chooses the one stage that best fits the group in the case, Forming, Storming, Norming or Performing, and explains the choice with that stage’s characteristics (Tuckman, 1963; Tabel 2, pp. 14–16).',
    ],
    levels: {
      excellent: [
        'Tahap yang dipilih tepat, dan alasannya menunjukkan mengapa tahap ini, bukan tahap sebelum atau sesudahnya, yang paling sesuai; bila kelompok sedang beralih tahap, peralihan itu dijelaskan.',
        'The stage chosen is right, and the reasoning shows why this stage fits better than the one before or after it; if the group is between stages, the transition is explained.',
      ],
      good: [
        'Tahap yang dipilih tepat dan alasannya merujuk karakteristik tahap itu, tetapi tidak membandingkannya dengan tahap yang berdekatan.',
        'The stage chosen is right and the reasoning refers to its characteristics, but does not weigh it against the neighbouring stages.',
      ],
      adequate: [
        'Tahap yang dipilih dapat dipertahankan, tetapi alasannya umum atau hanya mengulang nama tahap.',
        'The stage chosen is defensible, but the reasoning is general or only repeats the name of the stage.',
      ],
      developing: [
        'Tahap yang dipilih tidak sesuai dengan kasus, atau beberapa tahap dipilih sekaligus tanpa penjelasan.',
        'The stage chosen does not fit the case, or several stages are claimed at once without explanation.',
      ],
      missing: ['Tidak ada tahap yang dipilih.', 'No stage is chosen.'],
    },
  },
  {
    key: 'evidence',
    title: ['Indikator dan bukti dari kasus', 'Indicators and evidence from the case'],
    description: [
      'Indikator yang dicentang untuk tahap itu sesuai dengan karakteristik Tabel 2 dan masing-masing didukung kejadian atau kutipan dari kasus (Tuckman, 1963; Tabel 2, hlm. 14–16).',
      'The indicators ticked for that stage match the characteristics in Tabel 2, and each is supported by an event or quote from the case (Tuckman, 1963; Tabel 2, pp. 14–16).',
    ],
    weight: 2,
    levels: {
      excellent: [
        'Setiap indikator yang dicentang didukung kejadian atau kutipan yang tepat dari kasus; tidak ada indikator yang dicentang tanpa bukti, dan bukti yang bertentangan dengan tahap itu diakui.',
        'Every indicator ticked is supported by a fitting event or quote from the case; none is ticked without evidence, and evidence that argues against the stage is acknowledged.',
      ],
      good: [
        'Sebagian besar indikator didukung bukti yang tepat dari kasus; satu atau dua hanya dinyatakan tanpa bukti.',
        'Most indicators are supported by fitting evidence from the case; one or two are only asserted.',
      ],
      adequate: [
        'Ada bukti dari kasus, tetapi hanya untuk sebagian indikator atau berupa ringkasan kasus yang tidak dikaitkan dengan indikator tertentu.',
        'There is evidence from the case, but only for some indicators, or as a summary of the case not tied to particular indicators.',
      ],
      developing: [
        'Indikator dicentang tanpa bukti dari kasus, atau buktinya tidak menunjukkan indikator yang dicentang.',
        'Indicators are ticked without evidence from the case, or the evidence does not show the indicators ticked.',
      ],
      missing: [
        'Tidak ada indikator maupun bukti untuk tahap yang dipilih.',
        'No indicators and no evidence for the stage chosen.',
      ],
    },
  },
  {
    key: 'factors',
    title: ['Faktor yang memengaruhi perkembangan', 'Factors that shape development'],
    description: [
      'Menjelaskan bagaimana keanggotaan terbuka atau tertutup, batas waktu kelompok, kemampuan anggota, dan dukungan organisasi sponsor memengaruhi perkembangan kelompok ini, dengan menyadari bahwa model tahapan adalah alat heuristik dan setiap kelompok unik (Galinsky & Schopler, 1989; hlm. 16).',
      'Explains how open or closed membership, a time limit, members’ abilities and the sponsoring organisation’s support shape this group’s development, aware that the stage model is a heuristic and every group is unique (Galinsky & Schopler, 1989; p. 16).',
    ],
    levels: {
      excellent: [
        'Keanggotaan, batas waktu, kemampuan anggota dan dukungan organisasi sponsor ditentukan dari kasus, dan pengaruhnya terhadap perkembangan kelompok ini dijelaskan; keunikan kelompok diakui.',
        'Membership, time limit, members’ abilities and the sponsor’s support are taken from the case, and their effect on this group’s development is explained; the group’s uniqueness is acknowledged.',
      ],
      good: [
        'Sebagian besar faktor ditentukan dari kasus dan pengaruhnya dijelaskan, tetapi satu faktor yang penting dalam kasus terlewat.',
        'Most factors are taken from the case and their effect explained, but one factor that matters in the case is missed.',
      ],
      adequate: [
        'Keanggotaan dan batas waktu diisi, tetapi pengaruhnya terhadap perkembangan kelompok tidak dijelaskan.',
        'Membership and time limit are filled in, but their effect on the group’s development is not explained.',
      ],
      developing: [
        'Faktor diisi tanpa dasar dari kasus, atau model tahapan diperlakukan sebagai urutan yang pasti dilalui setiap kelompok.',
        'Factors are filled in with no basis in the case, or the stage model is treated as a sequence every group must follow.',
      ],
      missing: [
        'Faktor yang memengaruhi perkembangan tidak dibahas.',
        'The factors that shape development are not discussed.',
      ],
    },
  },
])

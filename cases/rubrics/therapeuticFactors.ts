import type { RubricCriterion } from '../contracts/grades'
import { writtenRubric } from './levels'

/**
 * The therapeutic factors of group work (Modul Kelima A, hlm. 30–33; the module cites no author). Grades the factors
 * PRESENT in the case; the three factors found only on the slides are never required.
 */
export const therapeuticFactorsRubric: RubricCriterion[] = writtenRubric('therapeuticFactors', [
  {
    key: 'identification',
    title: ['Faktor yang terlihat dalam kasus', 'The factors present in the case'],
    description: [
      'Menandai faktor terapeutik yang benar-benar terlihat dalam kasus dan tidak menandai faktor yang tidak terlihat. Tujuh faktor dalam teks utama modul (mutual support, cohesiveness, universality, altruism, meningkatkan pengetahuan dan keterampilan, reality testing, group control) menjadi acuan; tiga faktor yang hanya ada di slide (quality of relationship, a sense of hope, catharsis) tidak diwajibkan (Modul Kelima, hlm. 30–33).',
      'Marks the therapeutic factors really present in the case and none that are absent. The seven factors in the main text of the module (mutual support, cohesiveness, universality, altruism, acquisition of knowledge and skills, reality testing, group control) are the reference; the three found only on the slides (quality of relationship, a sense of hope, catharsis) are not required (Modul Kelima, pp. 30–33).',
    ],
    weight: 1.5,
    levels: {
      excellent: [
        'Semua faktor yang terlihat dalam kasus ditandai dan tidak ada faktor yang ditandai tanpa dasar; faktor yang tidak terlihat dinyatakan tidak ada.',
        'Every factor present in the case is marked and none without grounds; factors that are absent are said to be absent.',
      ],
      good: [
        'Faktor utama dalam kasus ditandai; satu faktor yang terlihat terlewat atau satu faktor ditandai dengan dasar yang lemah.',
        'The case’s main factors are marked; one factor that is present is missed, or one is marked on weak grounds.',
      ],
      adequate: [
        'Sebagian faktor yang terlihat ditandai, tetapi beberapa terlewat atau beberapa faktor yang tidak terlihat ikut ditandai.',
        'Some of the factors present are marked, but several are missed or several absent factors are marked too.',
      ],
      developing: [
        'Faktor yang ditandai sebagian besar tidak terlihat dalam kasus, atau semua faktor ditandai tanpa pertimbangan.',
        'Most factors marked are not present in the case, or every factor is marked without thought.',
      ],
      missing: ['Tidak ada faktor yang ditandai.', 'No factor is marked.'],
    },
  },
  {
    key: 'evidence',
    title: ['Bukti dari kasus', 'Evidence from the case'],
    description: [
      'Setiap faktor yang dinyatakan terlihat didukung kejadian atau kutipan dari kasus yang menunjukkan faktor itu bekerja pada anggota kelompok (Modul Kelima, hlm. 30–33).',
      'Every factor said to be present is supported by an event or quote from the case that shows the factor at work among the members (Modul Kelima, pp. 30–33).',
    ],
    weight: 2,
    levels: {
      excellent: [
        'Setiap faktor yang ditandai didukung bukti yang spesifik dan tepat dari kasus; bukti menunjukkan apa yang terjadi pada anggota, bukan sekadar kegiatan kelompok.',
        'Every factor marked is supported by specific, fitting evidence from the case; the evidence shows what happens to members, not merely what the group does.',
      ],
      good: [
        'Sebagian besar faktor didukung bukti yang tepat; satu atau dua buktinya umum atau kurang tepat.',
        'Most factors are supported by fitting evidence; for one or two the evidence is general or not quite apt.',
      ],
      adequate: [
        'Bukti ada untuk sebagian faktor saja, atau berupa ringkasan kasus yang tidak dikaitkan dengan faktor tertentu.',
        'Evidence is given for some factors only, or as a summary of the case not tied to particular factors.',
      ],
      developing: [
        'Faktor ditandai hampir tanpa bukti, atau buktinya tidak menunjukkan faktor yang dimaksud.',
        'Factors are marked with almost no evidence, or the evidence does not show the factor claimed.',
      ],
      missing: ['Tidak ada bukti dari kasus.', 'No evidence from the case.'],
    },
  },
  {
    key: 'concepts',
    title: ['Ketepatan konsep', 'Accuracy of the concepts'],
    description: [
      'Bukti dibaca sesuai dengan butir-butir faktor dalam modul, misalnya universality sebagai munculnya perasaan yang sama dan tidak merasa sendiri, altruism sebagai self-esteem yang menguat karena saling menolong, reality testing sebagai evaluasi dan umpan balik dari anggota lain; faktor yang berdekatan (mutual support dan cohesiveness) dibedakan (Modul Kelima, hlm. 30–33).',
      'The evidence is read by the factor’s points in the module, e.g. universality as a shared feeling and not feeling alone, altruism as self-esteem growing through helping one another, reality testing as other members’ evaluation and feedback; close factors (mutual support and cohesiveness) are told apart (Modul Kelima, pp. 30–33).',
    ],
    levels: {
      excellent: [
        'Setiap faktor dijelaskan dengan butir modul yang tepat, dan faktor yang berdekatan dibedakan dengan jelas.',
        'Every factor is explained by the right points of the module, and close factors are clearly told apart.',
      ],
      good: [
        'Faktor dijelaskan sesuai modul; satu faktor dijelaskan secara umum atau tertukar sebagian dengan faktor yang berdekatan.',
        'Factors are explained as the module defines them; one is explained loosely or partly confused with a close factor.',
      ],
      adequate: [
        'Nama faktor benar, tetapi penjelasannya umum dan tidak merujuk butir-butir modul.',
        'The factors are named correctly, but explained in general terms without the module’s points.',
      ],
      developing: [
        'Beberapa faktor dipakai dengan arti yang berbeda dari modul (mis. altruism sebagai kebaikan pekerja sosial).',
        'Several factors are used in a sense that differs from the module’s (e.g. altruism as the worker’s kindness).',
      ],
      missing: [
        'Konsep faktor tidak dijelaskan sama sekali.',
        'The factors’ concepts are not explained at all.',
      ],
    },
  },
])

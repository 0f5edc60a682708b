import type { RubricCriterion } from '../contracts/grades'
import { writtenRubric } from './levels'

/** The 5 C perspective (Garvin dkk., 2004; Modul Ketiga C, Tabel 3, hlm. 22–23): one criterion per C, plus the use of the case. */
export const fiveCRubric: RubricCriterion[] = writtenRubric('fiveC', [
  {
    key: 'characteristics',
    title: ['Karakteristik kelompok', 'Group characteristics'],
    description: [
      'Mengidentifikasi variabel anggota, temperamen, jenis kelompok (Zastrow, 2006; Tabel 1, hlm. 2–4), proses dan pola interaksi, interaksi dengan pihak di luar kelompok, serta pengaruh praktisi, dengan bukti dari kasus (Garvin dkk., 2004; Tabel 3, hlm. 23).',
      "Identifies member variables, temperament, the group's type (Zastrow, 2006; Tabel 1, pp. 2–4), its process and interaction pattern, its interaction with people outside the group, and the practitioner's influence, with evidence from the case (Garvin et al., 2004; Tabel 3, p. 23).",
    ],
    weight: 1.5,
    levels: {
      excellent: [
        'Semua unsur karakteristik diisi dari kasus; jenis kelompok dibenarkan dengan ciri-cirinya dalam Tabel 1, dan pola interaksi serta pengaruh praktisi ditunjukkan dengan kejadian dalam kasus.',
        "Every element of the characteristics is drawn from the case; the group type is justified by its features in Tabel 1, and the interaction pattern and the practitioner's influence are shown by events in the case.",
      ],
      good: [
        'Sebagian besar unsur diisi dari kasus dan jenis kelompok tepat; satu atau dua unsur (mis. temperamen atau proses) umum atau tanpa bukti.',
        'Most elements are drawn from the case and the group type is right; one or two (e.g. temperament or process) are general or unevidenced.',
      ],
      adequate: [
        'Jenis kelompok dan beberapa unsur diisi, tetapi jenis kelompok tidak dibenarkan dengan ciri-cirinya dan buktinya sedikit.',
        'The group type and some elements are filled in, but the type is not justified by its features and there is little evidence.',
      ],
      developing: [
        'Jenis kelompok tidak sesuai dengan kasus, atau unsur-unsur diisi dengan keterangan yang tidak berasal dari kasus.',
        'The group type does not fit the case, or the elements are filled in with details that do not come from the case.',
      ],
      missing: ['Karakteristik kelompok tidak dibahas.', 'The group characteristics are not discussed.'],
    },
  },
  {
    key: 'competence',
    title: ['Kompetensi kelompok', 'Group competence'],
    description: [
      'Menjelaskan pengetahuan dan keterampilan yang dimiliki kelompok untuk menyelesaikan tugas dan masalahnya, serta kompetensi khas yang lahir dari karakteristiknya (mis. kelompok penyintas kanker memahami seluk-beluk kanker), dengan bukti dari kasus (Garvin dkk., 2004; Tabel 3, hlm. 23).',
      'Explains the knowledge and skills the group has for its tasks and problems, and the distinctive competence that comes from its characteristics (e.g. a group of cancer survivors knows the ins and outs of cancer), with evidence from the case (Garvin et al., 2004; Tabel 3, p. 23).',
    ],
    levels: {
      excellent: [
        'Pengetahuan dan keterampilan kelompok ditunjukkan dengan contoh dari kasus dan dikaitkan dengan tugas atau masalahnya; kompetensi khas dijelaskan dari karakteristik kelompok, termasuk apa yang belum dimiliki.',
        "The group's knowledge and skills are shown from the case and tied to its tasks or problems; its distinctive competence is explained from its characteristics, including what it still lacks.",
      ],
      good: [
        'Pengetahuan dan keterampilan ditunjukkan dengan contoh dari kasus, tetapi kompetensi khas atau kaitannya dengan tugas kurang dijelaskan.',
        'Knowledge and skills are shown from the case, but the distinctive competence or its link to the tasks is thin.',
      ],
      adequate: [
        'Kompetensi disebutkan secara umum dengan sedikit bukti dari kasus.',
        'Competence is described in general terms with little evidence from the case.',
      ],
      developing: [
        'Kompetensi yang disebutkan adalah milik pekerja sosial atau lembaga, bukan milik kelompok, atau tidak terlihat dalam kasus.',
        'The competence described belongs to the worker or the agency, not the group, or is not seen in the case.',
      ],
      missing: ['Kompetensi kelompok tidak dibahas.', 'Group competence is not discussed.'],
    },
  },
  {
    key: 'condition',
    title: ['Kondisi kelompok', 'Group condition'],
    description: [
      'Menganalisis struktur kelompok, yaitu cara kelompok mengorganisasikan diri secara formal maupun informal, dan budaya kelompok (norma dan nilai tentang cara kelompok bekerja), dengan bukti dari kasus (Garvin dkk., 2004; Tabel 3, hlm. 23).',
      "Analyses the group's structure, i.e. how it organises itself formally and informally, and its culture (the norms and values of how it works), with evidence from the case (Garvin et al., 2004; Tabel 3, p. 23).",
    ],
    levels: {
      excellent: [
        'Struktur formal dan informal serta norma dan nilai kelompok ditunjukkan dengan kejadian dalam kasus, dan kaitan antara struktur dan budaya dijelaskan.',
        "The group's formal and informal structure and its norms and values are shown by events in the case, and the link between structure and culture is explained.",
      ],
      good: [
        'Struktur dan budaya diuraikan dengan bukti dari kasus; struktur informal atau kaitannya dengan budaya kurang dibahas.',
        'Structure and culture are described with evidence from the case; the informal structure or its link to culture is thin.',
      ],
      adequate: [
        'Hanya struktur atau hanya budaya yang diuraikan dengan jelas; bagian lain umum.',
        'Only the structure or only the culture is clearly described; the other is general.',
      ],
      developing: [
        'Struktur dan budaya disebut tanpa bukti dari kasus, atau kedua konsep tertukar.',
        'Structure and culture are named without evidence from the case, or the two concepts are mixed up.',
      ],
      missing: ['Kondisi kelompok tidak dibahas.', 'The group condition is not discussed.'],
    },
  },
  {
    key: 'change',
    title: ['Perubahan kelompok', 'Group change'],
    description: [
      'Menjelaskan perubahan ukuran, tujuan (yang berkembang semakin kompleks) dan rencana strategis kelompok dari waktu ke waktu, dengan bukti dari kasus (Garvin dkk., 2004; Tabel 3, hlm. 23).',
      "Describes how the group's size, goals (as they grow more complex) and strategic plan change over time, with evidence from the case (Garvin et al., 2004; Tabel 3, p. 23).",
    ],
    levels: {
      excellent: [
        'Perubahan ukuran, tujuan dan rencana strategis ditunjukkan dengan contoh dari kasus, termasuk apa yang memicunya; bila kasus tidak menunjukkan perubahan, hal itu dinyatakan dan dijelaskan.',
        'Changes in size, goals and strategic plan are shown from the case, including what set them off; where the case shows no change, this is said and explained.',
      ],
      good: [
        'Perubahan ditunjukkan dengan contoh dari kasus, tetapi pemicunya atau salah satu aspek perubahan tidak dibahas.',
        'Change is shown from the case, but what set it off, or one aspect of it, is not discussed.',
      ],
      adequate: [
        'Perubahan disebutkan secara umum dengan sedikit bukti dari kasus.',
        'Change is described in general terms with little evidence from the case.',
      ],
      developing: [
        'Perubahan yang diuraikan tidak terlihat dalam kasus, atau keadaan kelompok saat ini dianggap sebagai perubahan.',
        'The change described is not seen in the case, or the group’s present state is taken as change.',
      ],
      missing: ['Perubahan kelompok tidak dibahas.', 'Group change is not discussed.'],
    },
  },
  {
    key: 'context',
    title: ['Konteks kelompok', 'Group context'],
    description: [
      'Menentukan jenis konteks yang relevan (kelompok lain, organisasional, komunitas, masyarakat) dan menjelaskan pengaruhnya terhadap kelompok, dengan bukti dari kasus (Garvin dkk., 2004; Tabel 3, hlm. 23).',
      'Names the relevant contexts (other groups, organisational, community, societal) and explains how they influence the group, with evidence from the case (Garvin et al., 2004; Tabel 3, p. 23).',
    ],
    levels: {
      excellent: [
        'Konteks yang relevan dipilih dengan tepat, dan pengaruh masing-masing terhadap kelompok dijelaskan dengan kejadian dalam kasus.',
        'The relevant contexts are rightly chosen, and the influence of each on the group is explained with events in the case.',
      ],
      good: [
        'Konteks yang relevan tepat; pengaruh salah satu konteks tidak dijelaskan.',
        'The relevant contexts are right; the influence of one of them is not explained.',
      ],
      adequate: [
        'Konteks dicentang, tetapi pengaruhnya terhadap kelompok dijelaskan secara umum.',
        'Contexts are ticked, but their influence on the group is described in general terms.',
      ],
      developing: [
        'Konteks yang dipilih tidak terlihat dalam kasus, atau hanya dicentang tanpa uraian.',
        'The contexts chosen are not seen in the case, or are ticked with no description.',
      ],
      missing: ['Konteks kelompok tidak dibahas.', 'The group context is not discussed.'],
    },
  },
  {
    key: 'integration',
    title: ['Keterpaduan analisis', 'Coherence of the analysis'],
    description: [
      'Kelima C saling terhubung menjadi gambaran utuh kelompok; klaim didukung kutipan atau kejadian dari kasus, bukan asumsi (Garvin dkk., 2004; hlm. 22–23).',
      'The five Cs connect into one picture of the group; claims rest on quotes or events from the case, not assumptions (Garvin et al., 2004; pp. 22–23).',
    ],
    weight: 1.5,
    levels: {
      excellent: [
        'Kaitan antar-C dijelaskan (mis. konteks organisasi membentuk kondisi kelompok), dan hampir setiap klaim bersandar pada kasus.',
        'The links between the Cs are explained (e.g. the organisational context shapes the group’s condition), and nearly every claim rests on the case.',
      ],
      good: [
        'Analisis konsisten dan sebagian besar klaim bersandar pada kasus, tetapi kaitan antar-C jarang dijelaskan.',
        'The analysis is consistent and most claims rest on the case, but the links between the Cs are seldom explained.',
      ],
      adequate: [
        'Setiap C dibahas terpisah; sebagian klaim berupa asumsi yang tidak didukung kasus.',
        'Each C is handled separately; some claims are assumptions the case does not support.',
      ],
      developing: [
        'Bagian-bagian saling bertentangan, atau sebagian besar klaim tidak berasal dari kasus.',
        'The parts contradict each other, or most claims do not come from the case.',
      ],
      missing: [
        'Tidak ada analisis yang dapat dinilai keterpaduannya.',
        'There is no analysis whose coherence could be judged.',
      ],
    },
  },
])

import type { RubricCriterion } from '../contracts/grades'
import { writtenRubric } from './levels'

/** Empowerment and collaborative action (Breton, 2004; Modul Keempat C–D, hlm. 25–29). */
export const bretonRubric: RubricCriterion[] = writtenRubric('breton', [
  {
    key: 'empowerment',
    title: ['Tujuan, metode dan orientasi pemberdayaan', 'Empowerment goals, methods and orientation'],
    description: [
      'Menentukan struktur atau kondisi yang menindas dalam kasus yang ingin diubah kelompok (yang menghalangi kontrol atas hidup, akses ke sumber daya, dan partisipasi dalam komunitas), metode untuk mengubahnya (mobilisasi, tindakan kolektif, kolaborasi, kemitraan) dan orientasinya (menghubungkan sistem sumber, membangun dukungan, jaringan informasi), serta menjelaskan mengapa cocok untuk kasus (Breton, 2004; hlm. 25–26).',
      'Names the oppressive structures or conditions in the case the group sets out to change (those that block control over life, access to resources and participation in the community), the methods to change them (mobilisation, collective action, collaboration, partnership) and the orientation (linking resource systems, building support, information networks), and explains why they fit the case (Breton, 2004; pp. 25–26).',
    ],
    levels: {
      excellent: [
        'Kondisi yang menindas dalam kasus disebut dengan jelas; tujuan, metode dan orientasi yang dipilih saling sesuai dan alasannya bertolak dari kasus.',
        'The oppressive conditions in the case are named clearly; the goals, methods and orientation chosen fit one another, and the reasons come from the case.',
      ],
      good: [
        'Tujuan, metode dan orientasi sesuai dengan kasus, tetapi kondisi yang menindas atau alasan pilihannya kurang jelas.',
        'The goals, methods and orientation fit the case, but the oppressive conditions or the reasons for the choice are unclear.',
      ],
      adequate: [
        'Pilihan dicentang dan sebagian sesuai, tetapi penjelasannya umum dan tidak menyebut kondisi kasus.',
        'Options are ticked and partly fit, but the explanation is general and does not name the conditions in the case.',
      ],
      developing: [
        'Pilihan tidak sesuai dengan kasus atau dicentang semua tanpa penjelasan; pemberdayaan dipahami sebagai bantuan dari luar.',
        'The options do not fit the case, or all are ticked without explanation; empowerment is taken to mean help from outside.',
      ],
      missing: [
        'Tujuan, metode dan orientasi tidak diisi.',
        'Goals, methods and orientation are not filled in.',
      ],
    },
  },
  {
    key: 'planning',
    title: ['Perencanaan bersama', 'Planning together'],
    description: [
      'Tahap perencanaan dijalankan bersama anggota sebagai tindakan kolaboratif, bukan intervensi ahli: berbagi kekuatan untuk menentukan bentuk kelompok, memutuskan calon anggota, berbagi ide tentang tujuan (perubahan pribadi dan sosial), nilai keadilan sosial, konflik sebagai bagian proses belajar, dan klarifikasi peran (Breton, 2004; hlm. 26–27).',
      'The planning stage is carried out with the members as collaborative action, not expert intervention: sharing power over the group’s form, deciding who joins, sharing ideas on the purpose (personal and social change), social-justice values, conflict as part of learning, and clarifying roles (Breton, 2004; pp. 26–27).',
    ],
    levels: {
      excellent: [
        'Butir-butir perencanaan yang relevan diterapkan pada kasus dengan contoh konkret, dan anggota jelas ikut menentukan, bukan sekadar diajak.',
        'The relevant planning points are applied to the case with concrete examples, and the members clearly take part in deciding, not just in being consulted.',
      ],
      good: [
        'Sebagian besar butir perencanaan diterapkan pada kasus; satu butir penting (mis. keadilan sosial atau konflik) hanya disebut.',
        'Most planning points are applied to the case; one important point (e.g. social justice or conflict) is only mentioned.',
      ],
      adequate: [
        'Butir perencanaan dicentang, tetapi catatannya umum dan tidak menunjukkan bagaimana butir itu terjadi dalam kasus.',
        'Planning points are ticked, but the notes are general and do not show how they happen in the case.',
      ],
      developing: [
        'Perencanaan digambarkan sebagai keputusan pekerja sosial saja, atau catatan tidak berkaitan dengan butirnya.',
        'Planning is described as the worker’s decisions alone, or the notes do not relate to the points.',
      ],
      missing: ['Tahap perencanaan tidak diisi.', 'The planning stage is not filled in.'],
    },
  },
  {
    key: 'consciousnessRaising',
    title: ['Meningkatkan kesadaran', 'Consciousness raising'],
    description: [
      'Menunjukkan bagaimana kelompok menjadi sistem saling membantu melalui pertukaran informasi dan cerita pribadi, lalu bagaimana anggota mulai melihat diri sebagai warga negara yang berhak didengar dan memengaruhi kebijakan (Breton, 2004; hlm. 27–28).',
      'Shows how the group becomes a mutual-aid system through sharing information and personal stories, and then how members come to see themselves as citizens with the right to be heard and to influence policy (Breton, 2004; pp. 27–28).',
    ],
    levels: {
      excellent: [
        'Kedua langkah (saling membantu, lalu penyadaran sebagai warga negara) diuraikan dengan contoh dari kasus, dan peralihan dari yang pertama ke yang kedua dijelaskan.',
        'Both steps (mutual aid, then awareness as citizens) are described with examples from the case, and the move from the first to the second is explained.',
      ],
      good: [
        'Kedua langkah diuraikan dengan contoh dari kasus, tetapi kaitannya tidak dijelaskan.',
        'Both steps are described from the case, but the link between them is not explained.',
      ],
      adequate: [
        'Hanya saling membantu yang diuraikan; kesadaran sebagai warga negara tidak dibahas atau hanya disebut.',
        'Only mutual aid is described; awareness as citizens is not discussed or only mentioned.',
      ],
      developing: [
        'Kesadaran dipahami sebagai pemberian informasi dari pekerja sosial, tanpa peran anggota.',
        'Consciousness raising is taken to mean the worker giving information, with no part for the members.',
      ],
      missing: [
        'Tahap meningkatkan kesadaran tidak diisi.',
        'The consciousness-raising stage is not filled in.',
      ],
    },
  },
  {
    key: 'collectiveAction',
    title: ['Aksi kolektif dan rencana aksi', 'Collective action and the action plan'],
    description: [
      'Kelompok memobilisasi dan mempersiapkan diri ("strength-in-us"), lalu merencanakan aksi yang sesuai dengan kecanggihan, keterampilan dan kemampuan anggota (mis. pertemuan balai kota, seminar, surat kepada editor), dengan uraian apa, oleh siapa dan kapan; aksi juga diarahkan kepada pembuat kebijakan (Breton, 2004; hlm. 28).',
      'The group mobilises and prepares itself ("strength-in-us"), then plans actions that fit the members’ sophistication, skills and abilities (e.g. town-hall meetings, seminars, letters to the editor), saying what, by whom and when; actions also reach policy-makers (Breton, 2004; p. 28).',
    ],
    weight: 1.5,
    levels: {
      excellent: [
        'Persiapan kelompok dijelaskan; setiap aksi konkret (apa, oleh siapa, kapan, kepada siapa), sesuai dengan kemampuan anggota dalam kasus, dan mengarah pada perubahan yang menjadi tujuan.',
        'The group’s preparation is explained; every action is concrete (what, by whom, when, towards whom), fits the members’ abilities in the case, and leads to the change aimed at.',
      ],
      good: [
        'Aksi konkret dan sesuai dengan tujuan, tetapi persiapan kelompok atau kesesuaian dengan kemampuan anggota kurang dijelaskan.',
        'The actions are concrete and fit the goal, but the group’s preparation or the fit with members’ abilities is thin.',
      ],
      adequate: [
        'Aksi disebutkan, tetapi kurang konkret (pelaksana atau waktu tidak jelas) atau kaitannya dengan tujuan lemah.',
        'Actions are named, but are not concrete (no clear who or when) or are weakly tied to the goal.',
      ],
      developing: [
        'Aksi tidak sesuai dengan kemampuan anggota atau dengan kasus, atau dijalankan oleh pekerja sosial tanpa anggota.',
        'The actions do not fit the members’ abilities or the case, or are carried out by the worker without the members.',
      ],
      missing: ['Tidak ada aksi kolektif yang direncanakan.', 'No collective action is planned.'],
    },
  },
  {
    key: 'praxis',
    title: ['Refleksi (praksis)', 'Reflection (praxis)'],
    description: [
      'Setiap aksi yang selesai diikuti refleksi: apa hasilnya dan apa yang dipelajari anggota tentang cara kerja kekuasaan di lingkungan mereka, sebagai gerakan dari refleksi ke tindakan dan kembali ke refleksi (Freire: praksis; Breton, 2004; hlm. 28).',
      'Every finished action is followed by reflection: what came of it and what the members learned about how power works around them, as a movement from reflection to action and back to reflection (Freire: praxis; Breton, 2004; p. 28).',
    ],
    levels: {
      excellent: [
        'Refleksi setiap aksi menilai hasilnya, menunjukkan pemahaman kritis tentang cara kerja kekuasaan, dan dipakai untuk menentukan langkah berikutnya.',
        'The reflection on every action judges its results, shows a critical grasp of how power works, and is used to decide the next step.',
      ],
      good: [
        'Refleksi menilai hasil aksi dan menyinggung kekuasaan, tetapi tidak dipakai untuk langkah berikutnya.',
        'The reflection judges the action’s results and touches on power, but is not used for the next step.',
      ],
      adequate: [
        'Refleksi hanya menceritakan apa yang terjadi, tanpa penilaian atau pelajaran tentang kekuasaan.',
        'The reflection only recounts what happened, with no judgement or lesson about power.',
      ],
      developing: [
        'Refleksi hanya untuk sebagian kecil aksi yang selesai, atau isinya tidak berkaitan dengan aksi itu.',
        'Reflection is given for few of the finished actions, or does not concern the action.',
      ],
      missing: [
        'Tidak ada refleksi, atau praksis tidak direncanakan sama sekali.',
        'There is no reflection, or praxis is not planned at all.',
      ],
    },
  },
  {
    key: 'communityAttachment',
    title: ['Kelekatan di dalam komunitas', 'Attachment within the community'],
    description: [
      'Merencanakan bagaimana hasil kelompok dikonsolidasikan melalui partisipasi anggota dalam pengembangan masyarakat setelah kelompok selesai, sehingga anggota menjadi satu dengan komunitas sebagai penjaga terhadap marginalisasi (Breton, 2004; hlm. 28–29).',
      'Plans how the group’s gains are consolidated through members’ participation in community development after the group ends, so that members become one with the community as a safeguard against marginalisation (Breton, 2004; pp. 28–29).',
    ],
    levels: {
      excellent: [
        'Bentuk partisipasi dalam komunitas yang nyata dalam kasus direncanakan, dan dijelaskan bagaimana hal itu menjaga anggota dari marginalisasi.',
        'Real forms of community participation in the case are planned, with an explanation of how they guard members against marginalisation.',
      ],
      good: [
        'Partisipasi dalam komunitas direncanakan sesuai dengan kasus, tetapi kaitannya dengan marginalisasi tidak dijelaskan.',
        'Community participation is planned from the case, but its link to marginalisation is not explained.',
      ],
      adequate: [
        'Kelekatan disebut sebagai tujuan umum tanpa bentuk partisipasi yang jelas.',
        'Attachment is named as a general aim with no clear form of participation.',
      ],
      developing: [
        'Rencana berhenti ketika kelompok selesai, atau kelekatan dipahami sebagai ketergantungan anggota pada kelompok.',
        'The plan stops when the group ends, or attachment is taken to mean members depending on the group.',
      ],
      missing: [
        'Tahap kelekatan di dalam komunitas tidak diisi.',
        'The community-attachment stage is not filled in.',
      ],
    },
  },
])

import type { RubricCriterion } from '../contracts/grades'
import { writtenRubric } from './levels'

/**
 * Zastrow's stages of intervention (Zastrow, 2006; Modul Kelima, Tabel 4, hlm. 33–34): the plan's stages as the module
 * describes them. The table's examples (e.g. testifying in court) illustrate a stage; they are not steps to tick.
 */
export const interventionPlanRubric: RubricCriterion[] = writtenRubric('interventionPlan', [
  {
    key: 'engageAndIdentify',
    title: [
      'Relasi dan identifikasi masalah (tahap 1–2)',
      'Relationship and identifying the problem (stages 1–2)',
    ],
    description: [
      'Merencanakan cara membangun relasi kerja yang tepat dengan klien dan mengenali potensinya; mengidentifikasi isu yang muncul di dalam kelompok dan memetakan masalah, kebutuhan, sumber daya dan aset dalam kasus (Zastrow, 2006; Tabel 4, hlm. 33).',
      'Plans how to build a suitable working relationship with the client and recognise their potential; identifies the issues that arise in the group and maps the problems, needs, resources and assets in the case (Zastrow, 2006; Tabel 4, p. 33).',
    ],
    levels: {
      excellent: [
        'Cara membangun relasi sesuai dengan klien dalam kasus; potensi klien, isu, masalah, kebutuhan, sumber daya dan aset dipetakan secara spesifik dari kasus.',
        'The way of building the relationship suits the client in the case; the client’s potential, issues, problems, needs, resources and assets are mapped specifically from the case.',
      ],
      good: [
        'Relasi dan pemetaan masalah direncanakan dengan baik, tetapi potensi, sumber daya atau aset klien kurang digali.',
        'The relationship and problem map are well planned, but the client’s potential, resources or assets are little explored.',
      ],
      adequate: [
        'Isu dan masalah disebutkan, tetapi umum; cara membangun relasi tidak dikaitkan dengan klien dalam kasus.',
        'Issues and problems are named, but in general terms; the way of building the relationship is not tied to the client in the case.',
      ],
      developing: [
        'Hanya masalah yang disebutkan, tanpa relasi, potensi atau sumber daya; atau masalahnya tidak sesuai dengan kasus.',
        'Only the problem is named, with no relationship, potential or resources; or the problem does not fit the case.',
      ],
      missing: ['Tahap 1 dan 2 tidak direncanakan.', 'Stages 1 and 2 are not planned.'],
    },
  },
  {
    key: 'gatherInformation',
    title: [
      'Mengumpulkan dan mendalami informasi (tahap 3)',
      'Collecting and exploring information (stage 3)',
    ],
    description: [
      'Merencanakan informasi apa yang dikumpulkan secara mendalam, dari klien dan dari sistem lain yang berhubungan dengan klien, dan bagaimana informasi itu dianalisis untuk merumuskan jawaban atas masalah (Zastrow, 2006; Tabel 4, hlm. 33).',
      'Plans what information to collect in depth, from the client and from other systems connected to the client, and how it will be analysed to work out an answer to the problem (Zastrow, 2006; Tabel 4, p. 33).',
    ],
    levels: {
      excellent: [
        'Informasi yang dibutuhkan, sumbernya (klien dan sistem terkait yang disebut dalam kasus) dan cara menganalisisnya dijelaskan dan terarah pada masalah kasus.',
        'The information needed, its sources (the client and the related systems named in the case) and how it will be analysed are explained and aimed at the case’s problem.',
      ],
      good: [
        'Informasi dan sumbernya jelas, tetapi cara menganalisisnya atau kaitannya dengan masalah kurang dijelaskan.',
        'The information and its sources are clear, but how it will be analysed, or how it bears on the problem, is thin.',
      ],
      adequate: [
        'Informasi direncanakan hanya dari klien, atau disebutkan secara umum tanpa sumber yang jelas.',
        'Information is planned from the client only, or named in general terms with no clear sources.',
      ],
      developing: [
        'Rencana pengumpulan informasi sangat sedikit atau tidak berkaitan dengan masalah kasus.',
        'Very little planned information gathering, or none related to the case’s problem.',
      ],
      missing: ['Tahap 3 tidak direncanakan.', 'Stage 3 is not planned.'],
    },
  },
  {
    key: 'plan',
    title: [
      'Rencana layanan dan rancangan intervensi (tahap 4 dan 6)',
      'Service plan and intervention design (stages 4 and 6)',
    ],
    description: [
      'Rencana layanan disusun berdasarkan hasil asesmen, memilih program terbaik di antara beberapa pilihan, menetapkan program prioritas, dan sesuai dengan tujuan klien, nilai dan kode etik (Zastrow, 2006; Tabel 4, hlm. 34).',
      'The service plan rests on the assessment, chooses the best programme among options, sets a priority programme, and fits the client’s goals, values and the code of ethics (Zastrow, 2006; Tabel 4, p. 34).',
    ],
    weight: 2,
    levels: {
      excellent: [
        'Rencana jelas bertolak dari asesmen; beberapa pilihan program ditimbang, program prioritas ditetapkan dengan alasan, dan kesesuaiannya dengan tujuan, nilai dan kode etik dijelaskan.',
        'The plan clearly follows from the assessment; several programme options are weighed, a priority programme is set with reasons, and its fit with goals, values and the code of ethics is explained.',
      ],
      good: [
        'Rencana bertolak dari asesmen dan program prioritas ditetapkan, tetapi pilihan lain tidak ditimbang atau pertimbangan etika tipis.',
        'The plan follows from the assessment and a priority programme is set, but no other options are weighed, or the ethical reasoning is thin.',
      ],
      adequate: [
        'Program disebutkan, tetapi kaitannya dengan asesmen lemah dan tidak ada prioritas yang jelas.',
        'A programme is named, but its link to the assessment is weak and there is no clear priority.',
      ],
      developing: [
        'Rencana tidak berkaitan dengan asesmen atau kasus, atau bertentangan dengan nilai dan kode etik.',
        'The plan bears no relation to the assessment or the case, or runs against values and the code of ethics.',
      ],
      missing: ['Tahap 4 dan 6 tidak direncanakan.', 'Stages 4 and 6 are not planned.'],
    },
  },
  {
    key: 'practiceSkills',
    title: [
      'Komunikasi, konsultasi, pengetahuan dan teknologi (tahap 5 dan 7)',
      'Communication, consultation, knowledge and technology (stages 5 and 7)',
    ],
    description: [
      'Menjelaskan keterampilan komunikasi lisan dan tulisan serta wawancara yang dipakai dalam kasus, kapan konsultasi atau supervisi dibutuhkan, dan bagaimana pengetahuan dan teknologi (mis. pencatatan data) mendukung intervensi. Contoh dalam tabel, seperti menjadi saksi di pengadilan, hanya dibahas bila kasus memerlukannya (Zastrow, 2006; Tabel 4, hlm. 34).',
      'Explains the spoken, written and interviewing skills used in the case, when consultation or supervision is needed, and how knowledge and technology (e.g. keeping records) support the intervention. The table’s examples, such as testifying in court, are discussed only when the case calls for them (Zastrow, 2006; Tabel 4, p. 34).',
    ],
    levels: {
      excellent: [
        'Keterampilan, kebutuhan konsultasi dan dukungan teknologi dikaitkan dengan situasi tertentu dalam kasus, dan hanya yang diperlukan kasus yang dibahas.',
        'Skills, the need for consultation and the support of technology are tied to particular situations in the case, and only what the case needs is discussed.',
      ],
      good: [
        'Keterampilan dan konsultasi dikaitkan dengan kasus; dukungan pengetahuan atau teknologi disebut secara umum.',
        'Skills and consultation are tied to the case; the support of knowledge or technology is mentioned in general terms.',
      ],
      adequate: [
        'Keterampilan disebutkan secara umum tanpa situasi kasus yang membutuhkannya, atau contoh tabel disalin sebagai langkah rencana.',
        'Skills are named in general terms with no situation in the case that needs them, or the table’s examples are copied in as plan steps.',
      ],
      developing: [
        'Hanya satu hal disebutkan, atau yang disebutkan tidak berkaitan dengan kasus.',
        'Only one point is mentioned, or what is mentioned is unrelated to the case.',
      ],
      missing: ['Tahap 5 dan 7 tidak direncanakan.', 'Stages 5 and 7 are not planned.'],
    },
  },
  {
    key: 'evaluate',
    title: ['Evaluasi dan terminasi (tahap 8)', 'Evaluation and termination (stage 8)'],
    description: [
      'Merencanakan cara mengetahui keberhasilan program dan efektivitas praktik (mis. dengan survei) dan terminasi sebagai tahap akhir perubahan terencana (Zastrow, 2006; Tabel 4, hlm. 34).',
      'Plans how to find out whether the programme succeeded and how effective the practice was (e.g. by a survey), and termination as the last step of planned change (Zastrow, 2006; Tabel 4, p. 34).',
    ],
    levels: {
      excellent: [
        'Ukuran keberhasilan sesuai dengan tujuan rencana, cara dan waktu evaluasi jelas, dan terminasi direncanakan sesuai dengan keadaan klien.',
        'The measures of success match the plan’s goals, the way and timing of evaluation are clear, and termination is planned to suit the client’s situation.',
      ],
      good: [
        'Evaluasi dan terminasi direncanakan, tetapi ukuran keberhasilannya kurang terkait dengan tujuan rencana.',
        'Evaluation and termination are planned, but the measures of success are loosely tied to the plan’s goals.',
      ],
      adequate: [
        'Evaluasi disebutkan secara umum, atau terminasi tidak direncanakan.',
        'Evaluation is mentioned in general terms, or termination is not planned.',
      ],
      developing: [
        'Evaluasi hanya menghitung kegiatan yang dilakukan, tanpa melihat perubahan pada klien.',
        'Evaluation only counts the activities held, without looking at change in the client.',
      ],
      missing: ['Tahap 8 tidak direncanakan.', 'Stage 8 is not planned.'],
    },
  },
  {
    key: 'coherence',
    title: ['Keterpaduan tahapan', 'How the stages connect'],
    description: [
      'Kedelapan tahap membentuk satu proses perubahan terencana untuk kasus ini: setiap tahap bertolak dari tahap sebelumnya, dan rencana ditulis untuk kasus, bukan disalin dari deskripsi tahapan (Zastrow, 2006; Tabel 4, hlm. 33–34).',
      'The eight stages form one process of planned change for this case: each stage builds on the one before, and the plan is written for the case, not copied from the stage descriptions (Zastrow, 2006; Tabel 4, pp. 33–34).',
    ],
    weight: 1.5,
    levels: {
      excellent: [
        'Alur dari relasi dan asesmen sampai evaluasi dan terminasi runtut; temuan tahap awal terlihat dipakai pada rencana dan evaluasi.',
        'The flow from relationship and assessment to evaluation and termination is orderly; findings of the early stages are visibly used in the plan and evaluation.',
      ],
      good: [
        'Sebagian besar tahap saling terkait; satu tahap berdiri sendiri tanpa kaitan dengan tahap lain.',
        'Most stages connect; one stands alone with no link to the others.',
      ],
      adequate: [
        'Tiap tahap diisi, tetapi sebagai daftar yang terpisah-pisah; sebagian isinya mengulang deskripsi tahapan.',
        'Each stage is filled in, but as separate lists; some of it repeats the stage descriptions.',
      ],
      developing: [
        'Rencana sebagian besar disalin dari deskripsi tahapan atau tidak menyebut kasus sama sekali.',
        'The plan is mostly copied from the stage descriptions or never mentions the case.',
      ],
      missing: [
        'Tidak ada rencana yang dapat dinilai keterpaduannya.',
        'There is no plan whose coherence could be judged.',
      ],
    },
  },
])

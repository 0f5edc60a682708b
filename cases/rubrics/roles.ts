import type { RubricCriterion } from '../contracts/grades'
import { writtenRubric } from './levels'

/**
 * The roles of the social worker (Zastrow, 2006; Modul Keenam, hlm. 35–39). Grades the roles the case calls for and
 * their justification, never one criterion per role: ticking roles that do not apply earns nothing.
 */
export const rolesRubric: RubricCriterion[] = writtenRubric('roles', [
  {
    key: 'selection',
    title: ['Peran yang diperlukan kasus', 'The roles the case calls for'],
    description: [
      'Dari tiga belas peran pekerja sosial, memilih peran yang benar-benar diperlukan dalam kasus, tidak melewatkan peran yang jelas dibutuhkan, dan tidak menandai peran yang tidak relevan (Zastrow, 2006; hlm. 35–39).',
      'From the thirteen roles of the social worker, picks the roles the case really calls for, misses none the case clearly needs, and marks none that do not apply (Zastrow, 2006; pp. 35–39).',
    ],
    weight: 1.5,
    levels: {
      excellent: [
        'Semua peran yang diperlukan kasus dipilih dan tidak ada peran yang tidak relevan; pilihan menunjukkan peran mana yang utama dalam kasus.',
        'Every role the case calls for is chosen and none that does not apply; the choice shows which roles are central to the case.',
      ],
      good: [
        'Peran utama kasus dipilih; satu peran yang diperlukan terlewat atau satu peran kurang relevan ikut dipilih.',
        'The case’s central roles are chosen; one needed role is missed, or one role of little relevance is added.',
      ],
      adequate: [
        'Sebagian peran yang diperlukan dipilih, tetapi beberapa terlewat atau banyak peran dipilih tanpa pertimbangan kasus.',
        'Some of the needed roles are chosen, but several are missed, or many roles are ticked with no regard to the case.',
      ],
      developing: [
        'Peran yang dipilih sebagian besar tidak sesuai dengan kebutuhan kasus, atau hampir semua peran ditandai.',
        'The roles chosen mostly do not fit what the case needs, or nearly every role is marked.',
      ],
      missing: ['Tidak ada peran yang dipilih.', 'No role is chosen.'],
    },
  },
  {
    key: 'justification',
    title: ['Alasan dari kasus', 'Justification from the case'],
    description: [
      'Setiap peran yang dipilih dibenarkan dengan fakta dari kasus yang dikaitkan dengan definisi peran itu dalam modul, misalnya broker karena klien tidak tahu di mana layanan tersedia (Zastrow, 2006; hlm. 35–39).',
      'Each role chosen is justified by facts from the case tied to the module’s definition of that role, e.g. broker because the client does not know where services are (Zastrow, 2006; pp. 35–39).',
    ],
    weight: 1.5,
    levels: {
      excellent: [
        'Setiap peran dibenarkan dengan fakta kasus yang spesifik dan dikaitkan dengan definisi peran dalam modul.',
        'Every role is justified by specific facts of the case, tied to the module’s definition of the role.',
      ],
      good: [
        'Sebagian besar peran dibenarkan dengan fakta kasus dan definisi modul; satu atau dua alasan masih umum.',
        'Most roles are justified by facts of the case and the module’s definition; one or two reasons are still general.',
      ],
      adequate: [
        'Alasan ada, tetapi kebanyakan mengulang definisi peran tanpa menunjukkan fakta kasus yang membutuhkannya.',
        'Reasons are given, but most repeat the role’s definition without showing the facts of the case that call for it.',
      ],
      developing: [
        'Alasan sangat sedikit, atau bertentangan dengan definisi peran dalam modul.',
        'Very few reasons, or reasons that contradict the module’s definition of the role.',
      ],
      missing: ['Tidak ada alasan untuk peran yang dipilih.', 'No reasons are given for the roles chosen.'],
    },
  },
  {
    key: 'actions',
    title: ['Tindakan dalam setiap peran', 'What the worker does in each role'],
    description: [
      'Menjelaskan secara konkret apa yang akan dilakukan pekerja sosial dalam setiap peran untuk kasus ini: kepada siapa, dengan cara apa, dan untuk tujuan apa (Zastrow, 2006; hlm. 35–39).',
      'Says concretely what the worker will do in each role for this case: towards whom, how, and to what end (Zastrow, 2006; pp. 35–39).',
    ],
    levels: {
      excellent: [
        'Tindakan setiap peran konkret, dapat dilakukan dalam kasus ini, dan sesuai dengan cara kerja peran itu menurut modul.',
        'The actions in every role are concrete, feasible in this case, and fit how the module says the role works.',
      ],
      good: [
        'Tindakan sebagian besar peran konkret dan sesuai; satu peran masih dijelaskan secara umum.',
        'The actions in most roles are concrete and fitting; one role is still described in general terms.',
      ],
      adequate: [
        'Tindakan disebutkan, tetapi umum (mis. "membantu klien") dan dapat berlaku untuk kasus apa saja.',
        'Actions are named, but in general terms (e.g. "helps the client") that would fit any case.',
      ],
      developing: [
        'Tindakan tidak sesuai dengan peran yang dipilih, atau hanya untuk satu peran.',
        'The actions do not fit the roles chosen, or are given for one role only.',
      ],
      missing: ['Tindakan pekerja sosial tidak dijelaskan.', 'The worker’s actions are not described.'],
    },
  },
  {
    key: 'distinctions',
    title: ['Ketepatan konsep peran', 'Accuracy of the role concepts'],
    description: [
      'Membedakan peran yang mirip sebagaimana modul membedakannya: mediator netral sedangkan negosiator berpihak pada satu pihak; advokat membela klien tertentu sedangkan aktivis mengupayakan perubahan institusional; enabler membantu klien mengartikulasikan kebutuhan dan mengklarifikasi masalah; inisiator perlu diikuti peran lain (Zastrow, 2006; hlm. 35–38).',
      'Tells similar roles apart as the module does: the mediator is neutral while the negotiator is allied with one side; the advocate champions a client while the activist seeks institutional change; the enabler helps clients voice needs and clarify problems; the initiator must be followed by other roles (Zastrow, 2006; pp. 35–38).',
    ],
    levels: {
      excellent: [
        'Setiap peran yang dipakai sesuai dengan definisi modul, dan perbedaan dengan peran yang mirip dijelaskan bila relevan dalam kasus.',
        'Every role used matches the module’s definition, and where it matters in the case the difference from a similar role is explained.',
      ],
      good: [
        'Peran dipakai sesuai definisi modul; perbedaan dengan peran yang mirip tidak dibahas walaupun relevan.',
        'Roles are used as the module defines them; the difference from a similar role is not discussed although it matters.',
      ],
      adequate: [
        'Sebagian besar peran tepat, tetapi satu peran dikacaukan dengan peran yang mirip (mis. mediator dengan negosiator).',
        'Most roles are right, but one is confused with a similar role (e.g. mediator with negotiator).',
      ],
      developing: [
        'Beberapa peran dipakai dengan arti yang berbeda dari modul.',
        'Several roles are used in a sense that differs from the module’s.',
      ],
      missing: [
        'Konsep peran tidak dapat dinilai karena tidak ada peran yang diuraikan.',
        'The role concepts cannot be judged, as no role is described.',
      ],
    },
  },
  {
    key: 'coherence',
    title: ['Keterpaduan peran', 'How the roles fit together'],
    description: [
      'Peran-peran yang dipilih membentuk satu rencana kerja yang masuk akal untuk kasus: urutan atau kaitannya jelas, misalnya inisiator yang diikuti advokat atau koordinator yang menyatukan layanan dari beberapa lembaga (Zastrow, 2006; hlm. 35–39).',
      'The roles chosen form one sensible plan of work for the case: their order or links are clear, e.g. initiator followed by advocate, or a coordinator bringing together several agencies’ services (Zastrow, 2006; pp. 35–39).',
    ],
    levels: {
      excellent: [
        'Kaitan dan urutan antarperan dijelaskan dan sesuai dengan perkembangan kasus; peran saling melengkapi tanpa tumpang tindih.',
        'The links and order between roles are explained and fit how the case unfolds; the roles complement each other without overlap.',
      ],
      good: [
        'Kaitan antarperan terlihat, tetapi urutan atau pembagiannya dalam kasus tidak dijelaskan.',
        'The links between roles are visible, but their order or division in the case is not explained.',
      ],
      adequate: [
        'Peran diuraikan satu per satu tanpa kaitan, meskipun masing-masing masuk akal.',
        'Roles are described one by one with no links, though each makes sense.',
      ],
      developing: [
        'Peran-peran yang dipilih saling bertentangan atau tidak membentuk rencana yang dapat dijalankan.',
        'The roles chosen contradict each other or do not form a workable plan.',
      ],
      missing: ['Keterpaduan peran tidak tampak sama sekali.', 'No sign of how the roles fit together.'],
    },
  },
])

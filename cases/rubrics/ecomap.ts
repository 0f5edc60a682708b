import type { RubricCriterion } from '../contracts/grades'
import { writtenRubric } from './levels'

/**
 * The ecomap and the ecological perspective (Modul Ketiga A, hlm. 17–21; Huda, 2009; Tropman, 2004): person-in-environment
 * to intervention. Ties are graded as the module describes them, not by any drawing convention from outside the module.
 */
export const ecomapRubric: RubricCriterion[] = writtenRubric('ecomap', [
  {
    key: 'systems',
    title: ['Sistem di sekitar klien', 'Systems around the client'],
    description: [
      'Memetakan sistem yang relevan di sekitar pusat (keluarga, pendidikan, pelayanan sosial, politik, pelayanan dan jasa, agama, atau sistem lain) sesuai kasus, dengan keterangan apakah setiap sistem terbuka atau mudah dijangkau (Huda, 2009; Gambar 1, hlm. 18).',
      'Maps the systems around the centre that matter in the case (family, education, social services, political, services, religion, or others), saying whether each is open or easy to reach (Huda, 2009; Gambar 1, p. 18).',
    ],
    levels: {
      excellent: [
        'Semua sistem yang berperan dalam kasus dipetakan, sistem bawaan yang tidak relevan tidak dipaksakan, dan keterbukaan setiap sistem ditentukan dari kasus.',
        'Every system that plays a part in the case is mapped, default systems that do not apply are not forced in, and each system’s openness is taken from the case.',
      ],
      good: [
        'Sistem utama dalam kasus dipetakan dengan keterbukaannya; satu sistem yang berperan terlewat.',
        'The case’s main systems are mapped with their openness; one system that plays a part is missed.',
      ],
      adequate: [
        'Sistem bawaan dibiarkan apa adanya dengan sedikit penyesuaian pada kasus; keterbukaan tidak diisi untuk sebagian sistem.',
        'The default systems are left largely as they are, with little fitting to the case; openness is missing for some systems.',
      ],
      developing: [
        'Sistem yang dipetakan tidak sesuai dengan kasus, atau pusat peta keliru.',
        'The systems mapped do not fit the case, or the centre of the map is wrong.',
      ],
      missing: ['Tidak ada sistem yang dipetakan.', 'No systems are mapped.'],
    },
  },
  {
    key: 'ties',
    title: ['Hubungan dengan setiap sistem', 'Ties with each system'],
    description: [
      'Menggambarkan hubungan pusat (atau salah satu anggotanya) dengan setiap sistem sebagaimana diceritakan kasus: kuat atau lemah, penuh tekanan atau tidak, dan ke arah mana sumber daya mengalir. Yang dinilai adalah isi hubungan dalam pengertian modul, yaitu sistem mana yang terbuka dan menyediakan sumber daya yang dapat dijangkau klien dan hubungan mana yang tidak seimbang, bukan konvensi gambarnya (Huda, 2009; hlm. 17–19).',
      'Shows the tie between the centre (or one of its members) and each system as the case tells it: strong or weak, stressful or not, and which way resources flow. What is graded is the content of the tie in the module’s terms, i.e. which systems are open and offer resources the client can reach and which ties are out of balance, not any drawing convention (Huda, 2009; pp. 17–19).',
    ],
    levels: {
      excellent: [
        'Setiap ikatan penting dalam kasus digambarkan dengan kekuatan, tekanan dan arah aliran yang sesuai kasus, dan catatannya menyebut bukti dari kasus.',
        'Every important tie in the case is drawn with the strength, stress and direction of flow the case shows, and its note cites evidence from the case.',
      ],
      good: [
        'Ikatan penting digambarkan dengan tepat; kekuatan, tekanan atau aliran satu atau dua ikatan tidak didukung bukti.',
        'The important ties are drawn correctly; the strength, stress or flow of one or two is not supported by evidence.',
      ],
      adequate: [
        'Ikatan digambarkan, tetapi sebagian besar tanpa tekanan atau arah aliran, atau tanpa bukti dari kasus.',
        'Ties are drawn, but most lack stress or direction of flow, or evidence from the case.',
      ],
      developing: [
        'Ikatan tidak sesuai dengan kasus (mis. sistem yang menolak klien digambarkan sebagai pendukung kuat).',
        'The ties do not fit the case (e.g. a system that turns the client away is drawn as a strong support).',
      ],
      missing: ['Tidak ada ikatan yang digambarkan.', 'No ties are drawn.'],
    },
  },
  {
    key: 'imbalance',
    title: ['Sumber masalah', 'Source of the problem'],
    description: [
      'Menjelaskan ketidakseimbangan dengan sistem lain yang menghambat fungsi sosial dan peran klien, dan di sistem mana sumber masalah berada, seperti contoh modul tentang sistem pendidikan yang tidak aksesibel bagi anak dengan disabilitas (person-in-environment; Huda, 2009; hlm. 18–19).',
      'Explains the imbalance with other systems that hampers the client’s social functioning and roles, and in which system the problem lies, as in the module’s example of an education system not accessible to children with disabilities (person-in-environment; Huda, 2009; pp. 18–19).',
    ],
    weight: 1.5,
    levels: {
      excellent: [
        'Sumber masalah ditempatkan pada hubungan atau sistem yang tepat, bukan pada klien semata, dan dijelaskan bagaimana ketidakseimbangan itu menghambat fungsi sosial klien, dengan bukti dari kasus.',
        'The problem is placed in the right tie or system, not in the client alone, and it is explained how the imbalance hampers the client’s social functioning, with evidence from the case.',
      ],
      good: [
        'Sumber masalah ditempatkan dengan tepat, tetapi akibatnya bagi fungsi sosial klien kurang dijelaskan.',
        'The problem is placed correctly, but its effect on the client’s social functioning is thin.',
      ],
      adequate: [
        'Ketidakseimbangan disebutkan, tetapi tidak jelas di sistem mana sumber masalahnya.',
        'An imbalance is mentioned, but it is unclear in which system the problem lies.',
      ],
      developing: [
        'Masalah ditempatkan pada diri klien saja, tanpa melihat sistem di sekitarnya.',
        'The problem is placed in the client alone, without looking at the systems around them.',
      ],
      missing: ['Sumber masalah tidak dibahas.', 'The source of the problem is not discussed.'],
    },
  },
  {
    key: 'levels',
    title: ['Enam tingkat ekologi kelompok', "Six levels of the group's ecology"],
    description: [
      'Untuk tingkat-tingkat yang relevan dengan kasus (orang, kelompok, organisasi, komunitas, masyarakat, dunia), membedakan sumber masalah atau isu dari target intervensi (Tropman, 2004; hlm. 20).',
      'For the levels that matter in the case (person, group, organisation, community, society, world), tells apart the source of the problem or issue and the target of intervention (Tropman, 2004; p. 20).',
    ],
    levels: {
      excellent: [
        'Tingkat yang relevan dipilih dengan tepat; pada setiap tingkat, sumber masalah dan target intervensi dibedakan dengan jelas dan sesuai kasus.',
        'The relevant levels are rightly chosen; at each, the source of the problem and the target of intervention are clearly told apart and fit the case.',
      ],
      good: [
        'Sebagian besar tingkat yang relevan diisi dengan tepat; pada satu tingkat sumber dan target kurang dibedakan.',
        'Most relevant levels are filled in correctly; at one level source and target are not clearly told apart.',
      ],
      adequate: [
        'Beberapa tingkat diisi, tetapi sumber dan target sering tertukar atau diisi dengan kalimat yang sama.',
        'Some levels are filled in, but source and target are often swapped or given the same sentence.',
      ],
      developing: [
        'Tingkat diisi tanpa kaitan dengan kasus, atau semua tingkat diisi secara seragam tanpa memilih yang relevan.',
        'Levels are filled in with no link to the case, or every level is filled in alike without choosing the relevant ones.',
      ],
      missing: ['Tingkat ekologi tidak diisi.', 'The levels are not filled in.'],
    },
  },
  {
    key: 'intervention',
    title: ['Strategi intervensi', 'Intervention strategy'],
    description: [
      'Memilih tingkat masalah dan tingkat intervensi, dan menjelaskan dengan tepat apakah intervensi bersifat langsung (pada tingkat masalah) atau komposisi (di bawahnya, dengan mengubah subsistem) (Tropman, 2004; hlm. 20–21).',
      'Chooses the problem level and intervention level, and explains correctly whether the intervention is direct (at the problem’s level) or compositional (below it, by changing subsystems) (Tropman, 2004; pp. 20–21).',
    ],
    levels: {
      excellent: [
        'Tingkat masalah dan tingkat intervensi sesuai kasus, strategi dinamai dengan tepat, dan alasan memilihnya untuk kasus ini dijelaskan.',
        'The problem and intervention levels fit the case, the strategy is named correctly, and why it suits this case is explained.',
      ],
      good: [
        'Tingkat dan strategi tepat, tetapi alasan memilihnya untuk kasus ini tipis.',
        'The levels and strategy are right, but the reasons for choosing them for this case are thin.',
      ],
      adequate: [
        'Tingkat dipilih dengan masuk akal, tetapi strategi dinamai keliru (mis. intervensi di tingkat yang lebih tinggi disebut komposisi).',
        'The levels are sensibly chosen, but the strategy is misnamed (e.g. an intervention at a higher level called compositional).',
      ],
      developing: [
        'Tingkat masalah atau tingkat intervensi tidak sesuai dengan kasus, dan strategi tidak dijelaskan.',
        'The problem or intervention level does not fit the case, and the strategy is not explained.',
      ],
      missing: ['Strategi intervensi tidak dibahas.', 'The intervention strategy is not discussed.'],
    },
  },
  {
    key: 'influences',
    title: ['Pengaruh dari luar kelompok', 'Influences from outside the group'],
    description: [
      'Mengidentifikasi pengaruh struktural (kelompok atau institusi yang lebih besar, mis. kebijakan lembaga tempat kelompok berada) dan pengaruh sosiokultural (norma dan kepercayaan dari luar kelompok yang hadir di dalam struktur dan kelompok itu sendiri) (Tropman, 2004; Gambar 2, hlm. 20).',
      'Identifies structural influences (larger groups or institutions, e.g. the policy of the agency the group belongs to) and sociocultural ones (norms and beliefs from outside the group present in those structures and in the group itself) (Tropman, 2004; Gambar 2, p. 20).',
    ],
    levels: {
      excellent: [
        'Pengaruh struktural dan sosiokultural ditunjukkan dengan contoh dari kasus, dibedakan dengan tepat, dan dijelaskan bagaimana keduanya memengaruhi kegiatan kelompok.',
        'Structural and sociocultural influences are shown from the case, correctly told apart, and it is explained how both affect what the group does.',
      ],
      good: [
        'Kedua pengaruh ditunjukkan dengan contoh dari kasus, tetapi dampaknya bagi kelompok kurang dijelaskan.',
        'Both influences are shown from the case, but their effect on the group is thin.',
      ],
      adequate: [
        'Hanya satu jenis pengaruh diuraikan dengan contoh dari kasus, atau keduanya diuraikan secara umum.',
        'Only one kind of influence is described from the case, or both are described in general terms.',
      ],
      developing: [
        'Pengaruh struktural dan sosiokultural tertukar, atau yang diuraikan berasal dari dalam kelompok saja.',
        'Structural and sociocultural influences are swapped, or what is described comes from inside the group only.',
      ],
      missing: [
        'Pengaruh dari luar kelompok tidak dibahas.',
        'Influences from outside the group are not discussed.',
      ],
    },
  },
])

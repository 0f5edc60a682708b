import type { RubricCriterion } from '../contracts/grades'
import { writtenRubric } from './levels'

/** Systems theory (Modul Ketiga B, hlm. 21–22; Huda, 2009; Tropman, 2004): the group as a system, its flows, outputs and outcomes. */
export const systemsRubric: RubricCriterion[] = writtenRubric('systems', [
  {
    key: 'system',
    title: ['Kelompok sebagai sistem', 'The group as a system'],
    description: [
      'Menempatkan kelompok sebagai subsistem dari sistem yang lebih besar (Huda, 2009), memandangnya sebagai realitas sui generis yang tidak dapat dijelaskan oleh komposisi atau konteksnya saja, menentukan apakah ia sistem pemrosesan orang atau pengubah orang (Street, Vinter, & Perrow, 1966), dan menilai apakah produk interaksinya sehat atau tidak sehat (Tropman, 2004; hlm. 21–22).',
      'Places the group as a subsystem of larger systems (Huda, 2009), treats it as a sui generis reality not explained by its make-up or context alone, says whether it is a people-processing or people-changing system (Street, Vinter, & Perrow, 1966), and judges whether the products of its interaction are healthy or unhealthy (Tropman, 2004; pp. 21–22).',
    ],
    levels: {
      excellent: [
        'Sistem yang lebih besar, jenis sistem dan produk interaksi ditentukan dengan tepat dari kasus, dan kelompok dijelaskan sebagai realitas tersendiri dengan sejarahnya.',
        'The larger systems, the type of system and the products of interaction are rightly drawn from the case, and the group is explained as a reality of its own with its own history.',
      ],
      good: [
        'Sistem yang lebih besar, jenis sistem dan produk interaksi tepat, tetapi kelompok tidak dibahas sebagai realitas tersendiri.',
        'The larger systems, type of system and products of interaction are right, but the group is not discussed as a reality of its own.',
      ],
      adequate: [
        'Sebagian unsur tepat, tetapi pilihan jenis sistem atau produk interaksi tidak dijelaskan dengan contoh dari kasus.',
        'Some elements are right, but the type of system or the products of interaction are not explained from the case.',
      ],
      developing: [
        'Sistem yang lebih besar tidak sesuai dengan kasus, atau jenis sistem dan produk interaksi dipilih keliru.',
        'The larger systems do not fit the case, or the type of system and the products of interaction are wrongly chosen.',
      ],
      missing: ['Kelompok sebagai sistem tidak dibahas.', 'The group as a system is not discussed.'],
    },
  },
  {
    key: 'inputs',
    title: ['Input: arus yang masuk', 'Inputs: the flows coming in'],
    description: [
      'Mengidentifikasi arus, yaitu pengaruh berupa sumber daya, informasi, perspektif dan energi yang masuk ke dalam atau menimpa kelompok pada fase input, dengan contoh dari kasus (Tropman, 2004; hlm. 22).',
      'Identifies the flows, i.e. influences such as resources, information, perspectives and energy that enter or bear on the group in the input phase, with examples from the case (Tropman, 2004; p. 22).',
    ],
    levels: {
      excellent: [
        'Arus yang relevan dengan kasus dikenali, masing-masing dengan contoh spesifik dari kasus dan asal sistemnya.',
        'The flows that matter in the case are identified, each with a specific example from the case and the system it comes from.',
      ],
      good: [
        'Arus yang relevan dikenali dengan contoh dari kasus; satu jenis arus yang penting terlewat.',
        'The relevant flows are identified with examples from the case; one important kind of flow is missed.',
      ],
      adequate: [
        'Jenis arus dicentang, tetapi uraiannya umum dan hanya sedikit contoh dari kasus.',
        'Kinds of flow are ticked, but described in general terms with few examples from the case.',
      ],
      developing: [
        'Arus dicentang tanpa uraian, atau yang diuraikan bukan sesuatu yang masuk ke dalam kelompok.',
        'Flows are ticked without description, or what is described is not something entering the group.',
      ],
      missing: ['Input tidak diidentifikasi.', 'No inputs are identified.'],
    },
  },
  {
    key: 'processing',
    title: ['Pemrosesan: pertukaran dan transformasi', 'Processing: exchange and transformation'],
    description: [
      'Menjelaskan pertukaran (penggunaan arus tadi untuk mencapai tujuan sistem) dan transformasi (perubahan yang dialami sumber daya dan sistem selama pertukaran) dalam kelompok dari waktu ke waktu (Tropman, 2004; hlm. 22).',
      'Explains exchange (using those flows to pursue the system’s goals) and transformation (the change resources and the system undergo as exchange happens) in the group over time (Tropman, 2004; p. 22).',
    ],
    levels: {
      excellent: [
        'Pertukaran dan transformasi dibedakan dengan tepat dan masing-masing ditunjukkan dengan kejadian dalam kasus yang berlangsung dari waktu ke waktu.',
        'Exchange and transformation are correctly told apart, each shown by events in the case that unfold over time.',
      ],
      good: [
        'Pertukaran dan transformasi dijelaskan dengan contoh dari kasus, tetapi batas keduanya kurang jelas.',
        'Exchange and transformation are explained from the case, but the line between them is blurred.',
      ],
      adequate: [
        'Hanya satu dari keduanya dijelaskan dengan contoh dari kasus, atau keduanya dijelaskan secara umum.',
        'Only one of the two is explained from the case, or both are explained in general terms.',
      ],
      developing: [
        'Pemrosesan diuraikan sebagai daftar kegiatan tanpa menunjukkan pertukaran atau perubahan.',
        'Processing is described as a list of activities without showing exchange or change.',
      ],
      missing: ['Pemrosesan tidak dibahas.', 'Processing is not discussed.'],
    },
  },
  {
    key: 'outputs',
    title: ['Keluaran versus hasil', 'Outputs versus outcomes'],
    description: [
      'Membedakan keluaran (ukuran aktivitas sistem, mis. 14 sesi telah dilaksanakan) dari hasil (keadaan yang berubah pada orang yang dilayani), menunjukkan apa yang tidak dikatakan keluaran tentang hasil dalam kasus, dan bagaimana hasil dapat diketahui (Tropman, 2004; hlm. 22).',
      'Tells apart outputs (measures of the system’s activity, e.g. 14 sessions held) from outcomes (the changed state of the people served), shows what the outputs do not say about the outcomes in the case, and how the outcomes could be known (Tropman, 2004; p. 22).',
    ],
    weight: 1.5,
    levels: {
      excellent: [
        'Keluaran dan hasil dibedakan dengan tepat dari kasus; kesenjangan antara keduanya dijelaskan dan cara mengetahui hasil masuk akal.',
        'Outputs and outcomes are correctly told apart from the case; the gap between them is explained and the way of knowing the outcomes is sound.',
      ],
      good: [
        'Keluaran dan hasil dibedakan dengan tepat, tetapi cara mengetahui hasil tidak dijelaskan.',
        'Outputs and outcomes are correctly told apart, but how the outcomes could be known is not explained.',
      ],
      adequate: [
        'Keluaran dan hasil disebutkan, tetapi sebagian tertukar atau tidak dikaitkan dengan kasus.',
        'Outputs and outcomes are named, but partly swapped or not tied to the case.',
      ],
      developing: [
        'Keluaran diperlakukan sebagai hasil (mis. jumlah sesi dianggap bukti perubahan anggota).',
        'Outputs are treated as outcomes (e.g. the number of sessions taken as proof that members changed).',
      ],
      missing: ['Keluaran dan hasil tidak dibahas.', 'Outputs and outcomes are not discussed.'],
    },
  },
  {
    key: 'integration',
    title: ['Keterpaduan analisis sistem', 'Coherence of the systems analysis'],
    description: [
      'Arus diikuti sebagai satu rangkaian dari input, pemrosesan, sampai keluaran (yang biasanya menjadi input bagi sistem lain), sehingga terlihat bagaimana kelompok dalam kasus bekerja sebagai sistem (Tropman, 2004; hlm. 22).',
      'The flows are followed as one chain from input through processing to output (which usually becomes input to another system), so that it shows how the group in the case works as a system (Tropman, 2004; p. 22).',
    ],
    levels: {
      excellent: [
        'Input, pemrosesan dan keluaran membentuk satu rangkaian yang runtut untuk kasus ini, termasuk ke sistem mana keluaran mengalir.',
        'Input, processing and output form one orderly chain for this case, including which system the output flows into.',
      ],
      good: [
        'Rangkaian dari input ke keluaran terlihat, tetapi ke mana keluaran mengalir tidak dibahas.',
        'The chain from input to output is visible, but where the output flows is not discussed.',
      ],
      adequate: [
        'Bagian-bagian diisi, tetapi terpisah satu sama lain tanpa rangkaian yang jelas.',
        'The parts are filled in, but separately, with no clear chain.',
      ],
      developing: [
        'Bagian-bagian saling bertentangan atau tidak berkaitan dengan kasus yang sama.',
        'The parts contradict each other or do not concern the same case.',
      ],
      missing: [
        'Tidak ada analisis yang dapat dinilai keterpaduannya.',
        'There is no analysis whose coherence could be judged.',
      ],
    },
  },
])

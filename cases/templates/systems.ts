import { bi } from '../i18n/bilingual'
import { choiceField, multiChoiceField, option, textField } from './fields'
import type { SectionDef, TemplateDef } from './types'

const TROPMAN = 'Tropman, 2004'

const system: SectionDef = {
  key: 'system',
  title: bi('Kelompok sebagai sistem', 'The group as a system'),
  help: bi(
    'Sebuah sistem pada hakikatnya merupakan sub sistem dari sistem lain yang lebih besar.',
    'Every system is a subsystem of a larger one.',
  ),
  citation: 'Huda, 2009',
  fields: [
    textField('largerSystems', bi('Sistem yang lebih besar', 'Larger systems'), {
      help: bi(
        'Sistem lebih besar tempat kelompok ini menjadi subsistemnya.',
        'The larger systems this group is a subsystem of.',
      ),
      citation: 'Huda, 2009',
    }),
    choiceField(
      'systemType',
      bi('Jenis sistem', 'Type of system'),
      [
        option('peopleProcessing', bi('Sistem pemrosesan orang', 'People-processing system')),
        option('peopleChanging', bi('Sistem pengubah orang', 'People-changing system')),
      ],
      {
        help: bi(
          'Sistem yang menangani orang, atau yang bertujuan mengubah orang.',
          'A system that deals with people, or one that aims to change them.',
        ),
        citation: 'Street, Vinter, & Perrow, 1966',
      },
    ),
    // Added in version 2.
    textField('suiGeneris', bi('Realitas sui generis (realitas tersendiri)', 'A reality sui generis'), {
      help: bi(
        'Kelompok berada dalam realitas sui generis: memiliki sejarah dan evolusi yang berbeda dari anggotanya saat ini; sebagian produk unsur penyusunnya dan sebagian didorong sistem yang lebih besar, tetapi tidak dapat dijelaskan oleh komposisi atau konteksnya saja.',
        'The group is a reality sui generis: it has a history and evolution distinct from its current members; it is partly a product of its parts and partly driven by the larger system, yet cannot be explained by its composition or context alone.',
      ),
      citation: TROPMAN,
    }),
    choiceField(
      'products',
      bi('Produk interaksi kelompok', 'Products of group interaction'),
      [
        option('healthy', bi('Produktif / sehat', 'Productive / healthy')),
        option('unhealthy', bi('Destruktif / tidak sehat', 'Destructive / unhealthy')),
        option('mixed', bi('Campuran', 'Mixed')),
      ],
      {
        help: bi(
          'Interaksi kelompok menghasilkan produk yang produktif atau destruktif, sehat atau tidak sehat.',
          'Group interaction yields products that are productive or destructive, healthy or unhealthy.',
        ),
        citation: TROPMAN,
      },
    ),
  ],
}

// Flows (arus) are the influences that enter or bear on the group; they pass through three phases, of which input is
// the first (then processing, then output). The section keeps its key `inputs`; its two fields name the two ideas.
const inputs: SectionDef = {
  key: 'inputs',
  title: bi('Arus dan fase input', 'Flows and the input phase'),
  help: bi(
    'Arus adalah pengaruh yang masuk ke dalam atau menimpa kelompok; arus melewati fase input (sumber daya memasuki sistem), pemrosesan, dan keluaran.',
    'Flows are the influences that enter or bear on the group; they pass through the input phase (resources enter the system), processing, and output.',
  ),
  citation: TROPMAN,
  fields: [
    multiChoiceField(
      'flows',
      bi('Arus (flows)', 'Flows'),
      [
        option('resources', bi('Sumber daya', 'Resources')),
        option('information', bi('Informasi', 'Information')),
        option('perspectives', bi('Perspektif', 'Perspectives')),
        option('energy', bi('Energi', 'Energy')),
      ],
      {
        help: bi(
          'Pengaruh seperti sumber daya, informasi, perspektif, dan energi yang masuk ke dalam atau menimpa kelompok.',
          'Influences such as resources, information, perspectives and energy that enter or bear on the group.',
        ),
        citation: TROPMAN,
      },
    ),
    textField('description', bi('Fase input', 'The input phase'), {
      help: bi(
        'Sumber daya apa yang memasuki kelompok dalam kasus ini, dan dari mana?',
        'Which resources enter the group in this case, and from where?',
      ),
    }),
  ],
}

const processing: SectionDef = {
  key: 'processing',
  title: bi('Pemrosesan (pertukaran dan transformasi)', 'Processing (exchange and transformation)'),
  help: bi(
    'Sumber daya diolah dari waktu ke waktu di dalam kelompok.',
    'Resources are worked on over time inside the group.',
  ),
  citation: TROPMAN,
  fields: [
    textField('exchange', bi('Pertukaran', 'Exchange'), {
      help: bi(
        'Menggunakan pengaruh itu untuk mencapai tujuan sistem.',
        "Using those influences to pursue the system's goals.",
      ),
      citation: TROPMAN,
    }),
    textField('transformation', bi('Transformasi', 'Transformation'), {
      help: bi(
        'Perubahan yang dialami sumber daya dan sistem.',
        'The change resources and the system undergo.',
      ),
      citation: TROPMAN,
    }),
  ],
}

const outputs: SectionDef = {
  key: 'outputs',
  title: bi('Keluaran (output) dan hasil (outcome)', 'Outputs and outcomes'),
  help: bi(
    'Keluaran mengukur aktivitas sistem (jumlah pertemuan, kehadiran); hasil adalah keadaan yang berubah pada orang yang dilayani.',
    'Outputs measure activity (meetings held, attendance); outcomes are the changed state of the people served.',
  ),
  citation: TROPMAN,
  fields: [
    textField('outputs', bi('Keluaran (output)', 'Outputs'), {
      help: bi('Misalnya: 14 sesi telah dilaksanakan.', 'E.g. 14 sessions were held.'),
      citation: TROPMAN,
    }),
    textField('outcomes', bi('Hasil (outcome)', 'Outcomes'), {
      help: bi(
        'Apakah anggota benar-benar berubah? Bagaimana diukur?',
        'Did members actually change? How is it measured?',
      ),
      citation: TROPMAN,
    }),
    textField('outputsVersusOutcomes', bi('Keluaran versus hasil', 'Outputs versus outcomes'), {
      help: bi(
        'Apa yang tidak dikatakan keluaran tentang hasil dalam kasus ini?',
        'What do the outputs not say about the outcomes in this case?',
      ),
      citation: TROPMAN,
    }),
  ],
}

/** Systems theory (Modul Ketiga B, pp. 21–22): the group as a reality sui generis; flows through input, processing and output; outputs versus outcomes. */
export const systems: TemplateDef = {
  id: 'systems',
  // 2: the group's reality sui generis (suiGeneris); flows and the input phase told apart.
  version: 2,
  title: bi('Teori sistem', 'Systems theory'),
  summary: bi(
    'Input, pemrosesan dan keluaran kelompok; keluaran versus hasil.',
    "The group's inputs, processing and outputs; outputs versus outcomes.",
  ),
  citation: TROPMAN,
  sections: [system, inputs, processing, outputs],
}

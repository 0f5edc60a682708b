import { bi } from '../i18n/bilingual'
import {
  CENTRE_KIND_OPTIONS,
  DEFAULT_SYSTEMS,
  ECOMAP_CANVAS,
  INTERVENTION_STRATEGY_OPTIONS,
  SYSTEM_CATEGORY_OPTIONS,
  TIE_FLOW_OPTIONS,
  TIE_STRENGTH_OPTIONS,
  TROPMAN_LEVEL_OPTIONS,
} from './ecomapOptions'
import { booleanField, choiceField, dateField, numberField, stringField, textField } from './fields'
import type { FieldDef, SectionDef, TemplateDef } from './types'

const HUDA = 'Huda, 2009'
const TROPMAN = 'Tropman, 2004'
// Hartman's ecomap notation (lines for strength, hatching for stress, arrows for flow) is not in the module: its
// citation says so, so nobody takes it for course content.
const HARTMAN = 'Hartman, 1978 — di luar modul / outside the module'

const note = textField('note', bi('Catatan', 'Note'), {
  help: bi('Catatan tim: apa yang diketahui dari kasus.', "The team's note: what the case tells us."),
})

const centre: SectionDef = {
  key: 'centre',
  title: bi('Pusat peta (person)', 'Centre of the map (person)'),
  help: bi(
    'Posisi manusia di dalam lingkaran besar merupakan sentral untuk melihat interaksinya dengan sistem-sistem lain di luar dari sistemnya.',
    'The person in the large circle is the centre from which to see their interaction with the systems outside their own.',
  ),
  citation: HUDA,
  fields: [
    stringField('label', bi('Nama pusat', 'Name of the centre'), {
      maxLength: 80,
      help: bi(
        'Orang, keluarga atau kelompok yang menjadi fokus (nama samaran).',
        'The person, family or group in focus (a pseudonym).',
      ),
      citation: HUDA,
    }),
    choiceField('kind', bi('Jenis pusat', 'Kind of centre'), CENTRE_KIND_OPTIONS, {
      help: bi(
        'Individu, keluarga, kelompok, atau komunitas dapat mengalami masalah.',
        'An individual, family, group or community may face a problem.',
      ),
      citation: HUDA,
    }),
    dateField('mapDate', bi('Tanggal peta', "The map's date"), {
      help: bi('Tanggal keadaan yang digambarkan peta ini.', 'The date of the situation this map shows.'),
    }),
    note,
  ],
}

const members: SectionDef = {
  key: 'members',
  title: bi('Anggota pusat', 'Members of the centre'),
  help: bi(
    'Anggota keluarga atau kelompok di pusat peta; sebuah ikatan dapat ditarik dari satu anggota.',
    'The members of the family or group at the centre; a tie may start from one member.',
  ),
  fields: [],
  collection: {
    itemLabel: bi('Anggota', 'Member'),
    itemFields: [
      stringField('name', bi('Nama', 'Name'), {
        maxLength: 80,
        help: bi('Nama samaran.', 'A pseudonym.'),
      }),
      stringField('relation', bi('Peran / hubungan', 'Role / relation'), {
        maxLength: 80,
        help: bi('Misalnya ibu, anak, ketua kelompok.', 'E.g. mother, child, group leader.'),
      }),
      note,
    ],
  },
}

const systemFields: FieldDef[] = [
  stringField('label', bi('Nama sistem', 'Name of the system'), {
    maxLength: 80,
    help: bi(
      'Sistem bawaan memakai nama pada Gambar 1.',
      'The default systems carry their names from Gambar 1.',
    ),
    citation: HUDA,
  }),
  choiceField('category', bi('Kategori sistem', 'Category of system'), SYSTEM_CATEGORY_OPTIONS, {
    help: bi(
      'Enam sistem pada Gambar 1 Person – in - Environment, atau sistem lain.',
      'The six systems of Gambar 1 Person-in-Environment, or another.',
    ),
    citation: HUDA,
  }),
  choiceField('level', bi('Tingkat (Tropman)', 'Level (Tropman)'), TROPMAN_LEVEL_OPTIONS, {
    help: bi(
      'Orang, kelompok, organisasi, komunitas, masyarakat, atau dunia.',
      'Person, group, organisation, community, society or world.',
    ),
    citation: TROPMAN,
  }),
  booleanField('accessible', bi('Sistem terbuka / mudah dijangkau?', 'Open / easy to reach?'), {
    help: bi(
      'Sistem-sistem yang terbuka memudahkan manusia untuk menjangkaunya dalam rangka mencapai keseimbangan.',
      'Open systems are easier to reach, which helps the person achieve balance.',
    ),
    citation: HUDA,
  }),
  numberField('x', bi('Posisi x', 'Position x'), {
    min: 0,
    max: ECOMAP_CANVAS.width,
    help: bi(
      'Posisi mendatar pada gambar (0–1000; pusat di 500).',
      'Horizontal position in the drawing (0–1000; centre at 500).',
    ),
  }),
  numberField('y', bi('Posisi y', 'Position y'), {
    min: 0,
    max: ECOMAP_CANVAS.height,
    help: bi(
      'Posisi tegak pada gambar (0–1000; pusat di 500).',
      'Vertical position in the drawing (0–1000; centre at 500).',
    ),
  }),
  textField('note', bi('Catatan', 'Note'), {
    help: bi(
      'Ketidakseimbangan dengan sistem ini yang menghambat fungsi sosial, atau sumber daya yang disediakannya.',
      'Imbalance with this system that hampers social functioning, or the resources it provides.',
    ),
    citation: HUDA,
  }),
]

const systems: SectionDef = {
  key: 'systems',
  title: bi('Sistem di sekitar pusat', 'Systems around the centre'),
  help: bi(
    'Setiap manusia dapat berinteraksi lebih dari satu sistem sesuai dengan kebutuhannya masing-masing.',
    'Every person may interact with more than one system, according to their needs.',
  ),
  citation: HUDA,
  fields: [],
  collection: { itemLabel: bi('Sistem', 'System'), itemFields: systemFields, defaults: DEFAULT_SYSTEMS },
}

const ties: SectionDef = {
  key: 'ties',
  title: bi('Ikatan', 'Ties'),
  help: bi(
    'Hubungan antara pusat (atau satu anggota) dengan sebuah sistem: kekuatan, tekanan, dan aliran energi atau sumber daya.',
    'Links between the centre (or one member) and a system: strength, stress, and the flow of energy or resources.',
  ),
  citation: HARTMAN,
  fields: [],
  collection: {
    itemLabel: bi('Ikatan', 'Tie'),
    itemFields: [
      stringField('from', bi('Dari', 'From'), {
        help: bi(
          '"centre" untuk pusat, atau id seorang anggota.',
          '"centre" for the centre, or the id of a member.',
        ),
      }),
      stringField('to', bi('Ke sistem', 'To system'), {
        help: bi('Id sistem yang dihubungkan.', 'The id of the system it connects to.'),
      }),
      choiceField('strength', bi('Kekuatan', 'Strength'), TIE_STRENGTH_OPTIONS, {
        help: bi(
          'Garis lebih tebal untuk ikatan yang lebih kuat; putus-putus untuk yang lemah.',
          'Thicker lines for stronger ties; dashed for tenuous ones.',
        ),
        citation: HARTMAN,
      }),
      booleanField('stressful', bi('Penuh tekanan?', 'Stressful?'), {
        help: bi(
          'Terpisah dari kekuatan; digambar dengan arsiran.',
          'Independent of strength; drawn hatched.',
        ),
        citation: HARTMAN,
      }),
      choiceField('flow', bi('Aliran energi / sumber daya', 'Flow of energy / resources'), TIE_FLOW_OPTIONS, {
        help: bi('Ditunjukkan dengan mata panah.', 'Shown by arrowheads.'),
        citation: HARTMAN,
      }),
      note,
    ],
  },
}

const levelFields: FieldDef[] = TROPMAN_LEVEL_OPTIONS.flatMap((level) => [
  textField(
    `${level.value}Source`,
    bi(`${level.label.id}: sumber masalah atau isu`, `${level.label.en}: source of the problem or issue`),
    {
      help: bi(
        'Apa sumber masalah atau isu pada tingkat ini?',
        'What is the source of the problem or issue at this level?',
      ),
      citation: TROPMAN,
    },
  ),
  textField(
    `${level.value}Target`,
    bi(`${level.label.id}: target intervensi`, `${level.label.en}: target of intervention`),
    {
      help: bi(
        'Apa yang menjadi target intervensi pada tingkat ini?',
        'What is the target of intervention at this level?',
      ),
      citation: TROPMAN,
    },
  ),
])

const levels: SectionDef = {
  key: 'levels',
  title: bi('Enam tingkatan ekologi kelompok', "Six levels of the group's ecology"),
  help: bi(
    'Setiap tingkat sistem atau sistem klien memiliki dua elemen: sumber masalah atau isu dan target intervensi.',
    'Every level of system or client system has two elements: the source of the problem or issue, and the target of intervention.',
  ),
  citation: TROPMAN,
  fields: levelFields,
}

const intervention: SectionDef = {
  key: 'intervention',
  title: bi('Intervensi langsung atau komposisi', 'Direct or compositional intervention'),
  help: bi(
    'Setiap masalah atau isu dapat ditangani pada berbagai tingkatan, beberapa atau hanya sekali.',
    'Each problem or issue can be dealt with at several levels, or at just one.',
  ),
  citation: TROPMAN,
  fields: [
    choiceField('problemLevel', bi('Tingkat masalah', 'Level of the problem'), TROPMAN_LEVEL_OPTIONS, {
      help: bi('Tingkat di mana masalah termanifestasi.', 'The level where the problem shows up.'),
      citation: TROPMAN,
    }),
    choiceField(
      'interventionLevel',
      bi('Tingkat intervensi', 'Level of the intervention'),
      TROPMAN_LEVEL_OPTIONS,
      {
        help: bi('Tingkat di mana masalah ditangani.', 'The level where the problem is dealt with.'),
        citation: TROPMAN,
      },
    ),
    choiceField('strategy', bi('Strategi', 'Strategy'), INTERVENTION_STRATEGY_OPTIONS, {
      help: bi(
        'Langsung: pada tingkat masalah; komposisi: di bawahnya, dengan mengubah subsistemnya.',
        "Direct: at the problem's level; compositional: below it, by changing its subsystems.",
      ),
      citation: TROPMAN,
    }),
    textField('explanation', bi('Penjelasan', 'Explanation'), {
      help: bi('Mengapa strategi ini dipilih untuk kasus ini.', 'Why this strategy suits this case.'),
    }),
  ],
}

const influences: SectionDef = {
  key: 'influences',
  title: bi('Pengaruh dari luar kelompok', 'Influences from outside the group'),
  help: bi(
    'Ekologi kelompok mempertimbangkan variabel dari luar kelompok di dalam aktivitasnya (Gambar 2).',
    'Group ecology takes variables from outside the group into account (Gambar 2).',
  ),
  citation: TROPMAN,
  fields: [
    textField('structural', bi('Pengaruh struktural', 'Structural influence'), {
      help: bi(
        'Kelompok atau institusi yang lebih besar; contohnya kebijakan lembaga tempat grup itu berada.',
        'The larger groups or institutions; for example the policy of the agency the group belongs to.',
      ),
      citation: TROPMAN,
    }),
    textField('sociocultural', bi('Pengaruh sosiokultural', 'Sociocultural influence'), {
      help: bi(
        'Norma dan kepercayaan dari luar kelompok yang berada di dalam struktur dan kelompok itu sendiri.',
        'Norms and beliefs from outside the group, present in those structures and in the group itself.',
      ),
      citation: TROPMAN,
    }),
  ],
}

/**
 * The ecological person-in-environment map (Modul Ketiga: Gambar 1, Huda 2009; Tropman 2004; Hartman's notation).
 * Layout contract: `doc.getMap('ecomap').get('systems')` and `.get('ties')` are Y.Maps keyed by generated id; a system
 * holds label, category, level, accessible, x, y (ECOMAP_CANVAS coordinates), note; a tie holds from ('centre' or a
 * member id), to (a system id), strength, stressful, flow, note. A tie whose from/to no longer names an item is
 * dangling (its system was removed): editors hide it, export readers should ignore it. Helpers for editors:
 * cases/ydoc/ecomap.ts (removeEcomapSystem / removeEcomapMember also remove their ties; isDanglingTie).
 */
export const ecomap: TemplateDef = {
  id: 'ecomap',
  // 2: the centre may be a community (CENTRE_KIND_OPTIONS).
  version: 2,
  title: bi('Ekomap (person-in-environment)', 'Ecomap (person-in-environment)'),
  summary: bi(
    'Pusat dan sistem-sistem di sekitarnya, ikatannya, enam tingkatan Tropman dan pengaruh dari luar kelompok.',
    'The centre and the systems around it, their ties, Tropman’s six levels and the influences from outside the group.',
  ),
  citation: `${HUDA}; ${TROPMAN}`,
  sections: [centre, members, systems, ties, levels, intervention, influences],
}

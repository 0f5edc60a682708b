import { bi, type Bilingual } from '../i18n/bilingual'
import { booleanField, textField } from './fields'
import type { SectionDef, TemplateDef } from './types'

const ZASTROW = 'Zastrow, 2006'

function role(key: string, title: Bilingual, help: Bilingual): SectionDef {
  return {
    key,
    title,
    help,
    citation: ZASTROW,
    fields: [
      booleanField('applies', bi('Peran ini diperlukan dalam kasus?', 'Does this role apply in the case?'), {
        help,
        citation: ZASTROW,
      }),
      textField('why', bi('Mengapa, dan bagaimana', 'Why, and how'), {
        help: bi(
          'Apa yang akan dilakukan pekerja sosial dalam peran ini untuk kasus ini.',
          'What the worker would do in this role for this case.',
        ),
      }),
    ],
  }
}

const sections: SectionDef[] = [
  role(
    'enabler',
    bi('Enabler (pemungkin)', 'Enabler'),
    bi(
      'Membantu klien mengartikulasikan kebutuhan, mengklarifikasi dan mengidentifikasi masalah, dan mengembangkan kapasitasnya.',
      'Helps people voice needs, clarify and identify problems, and build their own capacity to cope.',
    ),
  ),
  role(
    'broker',
    bi('Broker (perantara)', 'Broker'),
    bi(
      'Menghubungkan orang yang membutuhkan bantuan dengan layanan masyarakat.',
      'Links people who need help with community services.',
    ),
  ),
  role(
    'advocate',
    bi('Advokat', 'Advocate'),
    bi(
      'Membela klien secara aktif ketika lembaga tidak tertarik atau menolak.',
      'Champions a client actively when agencies are uninterested or hostile.',
    ),
  ),
  role(
    'activist',
    bi('Aktivis', 'Activist'),
    bi(
      'Mengupayakan perubahan institusional, sering kali mengalihkan kekuasaan dan sumber daya kepada kelompok yang kurang beruntung.',
      'Seeks institutional change, often shifting power and resources to disadvantaged groups.',
    ),
  ),
  role(
    'mediator',
    bi('Mediator', 'Mediator'),
    bi(
      'Pihak ketiga yang netral membantu pihak yang bersengketa mencapai kesepakatan.',
      'A neutral third party helping disputing sides reach agreement.',
    ),
  ),
  role(
    'negotiator',
    bi('Negosiator', 'Negotiator'),
    bi(
      'Membawa pihak yang berkonflik untuk tawar-menawar, sambil berpihak pada satu pihak.',
      'Brings conflicting parties to bargain, while allied with one side.',
    ),
  ),
  role(
    'educator',
    bi('Edukator (pendidik)', 'Educator'),
    bi(
      'Memberi informasi dan mengajarkan keterampilan adaptif.',
      'Gives information and teaches adaptive skills.',
    ),
  ),
  role(
    'initiator',
    bi('Inisiator (pemrakarsa)', 'Initiator'),
    bi(
      'Menarik perhatian pada masalah atau potensi masalah sebelum terjadi.',
      'Draws attention to a problem, or a potential one, before harm occurs.',
    ),
  ),
  role(
    'empowerer',
    bi('Pemberdaya', 'Empowerer'),
    bi(
      'Membantu individu dan sistem memperoleh kekuatan personal, interpersonal, sosial-ekonomi dan politik.',
      'Helps people gain personal, interpersonal, socio-economic and political power.',
    ),
  ),
  role(
    'coordinator',
    bi('Koordinator (manajer kasus)', 'Coordinator (case manager)'),
    bi(
      'Menyatukan komponen-komponen secara terorganisir.',
      'Brings the components together in an organised way.',
    ),
  ),
  role(
    'researcher',
    bi('Peneliti', 'Researcher'),
    bi(
      'Mengkaji literatur, mengevaluasi hasil praktik, mempelajari kebutuhan komunitas.',
      'Reviews literature, evaluates practice outcomes, studies community needs.',
    ),
  ),
  role(
    'groupFacilitator',
    bi('Fasilitator kelompok', 'Group facilitator'),
    bi('Memimpin aktivitas kelompok.', 'Leads group activity.'),
  ),
  role(
    'publicSpeaker',
    bi('Pembicara publik', 'Public speaker'),
    bi(
      'Berbicara kepada kelompok untuk memperkenalkan layanan yang ada atau memperjuangkan layanan baru.',
      'Speaks to groups to publicise services or advocate new ones.',
    ),
  ),
]

/** The thirteen roles of the social worker (Modul Keenam; Zastrow, 2006): which apply, and why. */
export const roles: TemplateDef = {
  id: 'roles',
  version: 1,
  title: bi('Peran pekerja sosial', 'Roles of the social worker'),
  summary: bi(
    'Tiga belas peran pekerja sosial: mana yang diperlukan dalam kasus dan mengapa.',
    'The thirteen roles of the social worker: which apply in the case, and why.',
  ),
  citation: ZASTROW,
  sections,
}

import { bi } from '../i18n/bilingual'
import { choiceField, multiChoiceField, option, stringField, textField } from './fields'
import { INTERACTION_PATTERN_OPTIONS } from './fiveC'
import {
  COMMUNICATION_FORM_OPTIONS,
  DISTORTION_OPTIONS,
  FEEDBACK_OPTIONS,
  ATTRACTION_OPTIONS,
  COHESION_FACTOR_OPTIONS,
  COHESION_EFFECT_OPTIONS,
  SOCIAL_INFLUENCE_OPTIONS,
  MEMBER_ROLE_OPTIONS,
  MOTIVATION_PROBLEM_OPTIONS,
  POWER_BASE_OPTIONS,
  POWER_KIND_OPTIONS,
} from './groupDynamicsOptions'
import type { SectionDef, TemplateDef } from './types'

const TOSELAND = 'Toseland & Rivas, 2001'

/**
 * The team's evidence from the case for one dimension. The default help is the app's instruction, so it carries no
 * citation; a help that restates the module passes the module's citation.
 */
const evidence = (
  help = bi(
    'Kejadian atau kutipan dari kasus yang menunjukkan dimensi ini.',
    'Events or quotes from the case that show this dimension.',
  ),
  citation?: string,
) =>
  textField(
    'evidence',
    bi('Bukti dari kasus', 'Evidence from the case'),
    citation ? { help, citation } : { help },
  )

const communication: SectionDef = {
  key: 'communication',
  title: bi('1. Proses komunikasi dan interaksi', '1. Communication and interaction processes'),
  help: bi(
    'Bagaimana pesan dikirim, diterima, terdistorsi dan berpola di antara anggota.',
    'How messages are sent, received, distorted and patterned among members.',
  ),
  citation: TOSELAND,
  fields: [
    choiceField(
      'interactionPattern',
      bi('Pola interaksi', 'Interaction pattern'),
      INTERACTION_PATTERN_OPTIONS,
      {
        help: bi(
          'Pola komunikasi di dalam kelompok: maypole, round robin, hot seat, atau free floating.',
          'How talk flows in the group: maypole, round robin, hot seat or free floating.',
        ),
        citation: TOSELAND,
      },
    ),
    multiChoiceField(
      'communicationForms',
      bi('Bentuk komunikasi', 'Forms of communication'),
      COMMUNICATION_FORM_OPTIONS,
      {
        help: bi(
          'Komunikasi adalah proses pengiriman pesan dari pengirim kepada penerima.',
          'Communication is the passing of a message from a sender to a receiver.',
        ),
        citation: TOSELAND,
      },
    ),
    multiChoiceField('distortions', bi('Sumber distorsi', 'Sources of distortion'), DISTORTION_OPTIONS, {
      help: bi(
        'Pesan dapat terdistorsi oleh masalah pengiriman, transmisi, atau bahasa.',
        'Messages can be distorted by sending, transmission or language problems.',
      ),
      citation: TOSELAND,
    }),
    multiChoiceField('feedback', bi('Umpan balik yang efektif', 'Effective feedback'), FEEDBACK_OPTIONS, {
      help: bi('Cara memberi umpan balik yang efektif.', 'How to give effective feedback.'),
      citation: TOSELAND,
    }),
    evidence(
      bi(
        'Siapa yang dominan, siapa yang pasif, isyarat nonverbal.',
        'Who dominates, who is passive, non-verbal cues.',
      ),
      TOSELAND,
    ),
  ],
}

const cohesion: SectionDef = {
  key: 'cohesion',
  title: bi('2. Ketertarikan interpersonal dan kohesi', '2. Interpersonal attraction and cohesion'),
  help: bi(
    'Seberapa kuat anggota tertarik satu sama lain dan pada kelompok.',
    'How strongly members are drawn to each other and to the group.',
  ),
  citation: TOSELAND,
  fields: [
    multiChoiceField(
      'attraction',
      bi('Faktor ketertarikan interpersonal', 'Factors of interpersonal attraction'),
      ATTRACTION_OPTIONS,
      {
        help: bi(
          'Ketiga faktor ini bersama-sama membentuk kohesivitas kelompok.',
          'Together the three factors make up group cohesion.',
        ),
        citation: 'Festinger, 1950',
      },
    ),
    multiChoiceField('cohesionFactors', bi('Faktor kohesi', 'Factors of cohesion'), COHESION_FACTOR_OPTIONS, {
      help: bi('Faktor lain yang membentuk kohesi kelompok.', 'Other factors that build group cohesion.'),
      citation: 'Cartwright, 1968; Toseland & Rivas, 2001',
    }),
    multiChoiceField(
      'effects',
      bi('Dampak kohesi yang tinggi', 'Effects of high cohesion'),
      COHESION_EFFECT_OPTIONS,
      {
        help: bi('Dampak positif dari kohesi yang tinggi.', 'The positive effects of high cohesion.'),
        citation: TOSELAND,
      },
    ),
    evidence(),
  ],
}

const integration: SectionDef = {
  key: 'integration',
  title: bi('3. Integrasi sosial dan saling memengaruhi', '3. Social integration and influence'),
  help: bi(
    'Norma, peran dan status membuat perilaku dapat diprediksi.',
    'Norms, roles and status make behaviour predictable.',
  ),
  citation: TOSELAND,
  fields: [
    multiChoiceField(
      'influence',
      bi('Bentuk pengaruh sosial', 'Forms of social influence'),
      SOCIAL_INFLUENCE_OPTIONS,
      {
        help: bi('Dua bentuk pengaruh sosial.', 'The two forms of social influence.'),
        citation: 'Deutsch & Gerard, 1955',
      },
    ),
    textField('overtNorms', bi('Norma terbuka (eksplisit)', 'Overt (explicit) norms'), {
      help: bi('Dinyatakan secara terbuka dan dipatuhi secara nyata.', 'Stated openly and visibly followed.'),
      citation: TOSELAND,
    }),
    textField('covertNorms', bi('Norma tertutup (implisit)', 'Covert (implicit) norms'), {
      help: bi(
        'Tidak diucapkan, tetapi membentuk apa yang dilakukan anggota.',
        'Unspoken, but shaping what members do.',
      ),
      citation: TOSELAND,
    }),
    textField('status', bi('Status dan hierarki', 'Status and hierarchy'), {
      help: bi('Kedudukan relatif anggota di dalam kelompok.', "Members' relative rank within the group."),
      citation: TOSELAND,
    }),
    choiceField(
      'conformity',
      bi('Konformitas', 'Conformity'),
      [
        option('tooLittle', bi('Terlalu sedikit', 'Too little')),
        option('balanced', bi('Seimbang', 'Balanced')),
        option('tooMuch', bi('Terlalu banyak (pemikiran kelompok / groupthink)', 'Too much (groupthink)')),
      ],
      {
        help: bi(
          'Keseimbangan antara konformitas yang terlalu sedikit dan terlalu banyak.',
          'The balance between too little and too much conformity.',
        ),
        citation: TOSELAND,
      },
    ),
    evidence(),
  ],
}

const memberRoles: SectionDef = {
  key: 'memberRoles',
  title: bi('Peran anggota', "Members' roles"),
  help: bi(
    'Peran tugas, sosioemosional dan individual setiap anggota; satu anggota dapat memegang beberapa peran.',
    'Task, socio-emotional and individual roles of each member; one member may hold several.',
  ),
  citation: 'Benne & Sheats, 1948',
  fields: [],
  collection: {
    itemLabel: bi('Anggota', 'Member'),
    itemFields: [
      stringField('member', bi('Anggota', 'Member'), {
        maxLength: 80,
        help: bi('Nama samaran.', 'A pseudonym.'),
      }),
      multiChoiceField('roles', bi('Peran', 'Roles'), MEMBER_ROLE_OPTIONS, {
        help: bi('Satu anggota dapat memegang beberapa peran.', 'One member may hold several roles.'),
        citation: 'Benne & Sheats, 1948',
      }),
      textField('note', bi('Catatan', 'Note'), {
        help: bi('Apa yang dilakukan anggota ini dalam kasus.', 'What this member does in the case.'),
      }),
    ],
  },
}

const power: SectionDef = {
  key: 'power',
  title: bi('4. Power (kekuasaan) dan kontrol', '4. Power and control'),
  help: bi(
    'Siapa dapat memengaruhi siapa, dan bagaimana ketertiban dan motivasi dijaga.',
    'Who can influence whom, and how order and motivation are kept.',
  ),
  citation: TOSELAND,
  fields: [
    multiChoiceField('powerKinds', bi('Jenis kekuasaan', 'Kinds of power'), POWER_KIND_OPTIONS, {
      help: bi(
        'Kekuasaan adalah realitas yang tak terhindarkan dalam kelompok.',
        'Power is an unavoidable reality in groups.',
      ),
      citation: TOSELAND,
    }),
    multiChoiceField(
      'powerBases',
      bi('Basis kekuasaan pemimpin', "Bases of the leader's power"),
      POWER_BASE_OPTIONS,
      {
        help: bi('Tujuh basis kekuasaan pemimpin.', "The seven bases of a leader's power."),
        citation: 'French & Raven, 1959',
      },
    ),
    multiChoiceField(
      'motivationProblems',
      bi('Masalah motivasi', 'Motivation problems'),
      MOTIVATION_PROBLEM_OPTIONS,
      {
        help: bi('Masalah motivasi anggota dalam kelompok.', "Problems of members' motivation in groups."),
        citation: 'Levi, 2001',
      },
    ),
    evidence(),
  ],
}

const culture: SectionDef = {
  key: 'culture',
  title: bi('5. Kultur', '5. Group culture'),
  help: bi(
    'Nilai, kepercayaan, kebiasaan dan tradisi yang dipahami dan dimiliki bersama anggota.',
    'Values, beliefs, customs and traditions the members share.',
  ),
  citation: 'Levi, 2001',
  fields: [
    textField('surface', bi('Pada permukaan (surface level)', 'Surface level'), {
      help: bi('Simbol dan ritual yang terlihat.', 'Visible symbols and rituals.'),
      citation: 'Levi, 2001',
    }),
    textField('deeper', bi('Deeper level (tingkat yang lebih dalam)', 'Deeper level'), {
      help: bi('Cara khas anggota saling berinteraksi.', 'How members characteristically interact.'),
      citation: 'Levi, 2001',
    }),
    textField('deepest', bi('Deepest level (tingkat terdalam)', 'Deepest level'), {
      help: bi('Nilai, ideologi dan kepercayaan inti.', 'Core values, ideology and beliefs.'),
      citation: 'Levi, 2001',
    }),
    textField(
      'sponsorInfluence',
      bi('Pengaruh lembaga sponsor dan komunitas', 'Influence of the sponsoring agency and community'),
      {
        help: bi(
          'Kultur kelompok juga dipengaruhi lembaga sponsor dan komunitas yang lebih luas.',
          'Group culture is also shaped by the sponsoring agency and the wider community.',
        ),
        citation: 'Levi, 2001',
      },
    ),
  ],
}

/** Group dynamics: the five dimensions of Modul Dua (Toseland & Rivas, 2001). */
export const groupDynamics: TemplateDef = {
  id: 'groupDynamics',
  version: 1,
  title: bi('Dinamika kelompok', 'Group dynamics'),
  summary: bi(
    'Komunikasi, kohesi, integrasi sosial, peran anggota, kekuasaan dan kultur kelompok.',
    'Communication, cohesion, social integration, member roles, power and culture of the group.',
  ),
  citation: TOSELAND,
  sections: [communication, cohesion, integration, memberRoles, power, culture],
}

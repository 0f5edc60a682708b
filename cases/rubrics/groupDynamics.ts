import type { RubricCriterion } from '../contracts/grades'
import { writtenRubric } from './levels'

/** Group dynamics: the five dimensions of Modul Dua A (Toseland & Rivas, 2001; hlm. 6–14), plus members' roles. */
export const groupDynamicsRubric: RubricCriterion[] = writtenRubric('groupDynamics', [
  {
    key: 'communication',
    title: ['Komunikasi dan interaksi', 'Communication and interaction'],
    description: [
      'Menentukan pola interaksi kelompok (maypole, round robin, hot seat atau free floating), bentuk komunikasi, sumber distorsi pesan dan cara umpan balik, serta siapa yang dominan dan siapa yang pasif, dengan bukti dari kasus (Toseland & Rivas, 2001; hlm. 6–9).',
      'Identifies the group’s interaction pattern (maypole, round robin, hot seat or free floating), its forms of communication, sources of distortion and ways of giving feedback, and who dominates and who is passive, with evidence from the case (Toseland & Rivas, 2001; pp. 6–9).',
    ],
    levels: {
      excellent: [
        'Pola interaksi tepat dan ditunjukkan dengan kejadian dalam kasus; distorsi, umpan balik dan isyarat nonverbal yang relevan dianalisis, termasuk akibatnya bagi partisipasi anggota.',
        'The interaction pattern is right and shown by events in the case; the relevant distortions, feedback and non-verbal cues are analysed, including their effect on members’ participation.',
      ],
      good: [
        'Pola interaksi tepat dengan bukti dari kasus; distorsi atau umpan balik hanya disebut tanpa analisis.',
        'The interaction pattern is right, with evidence from the case; distortion or feedback is only mentioned, not analysed.',
      ],
      adequate: [
        'Pola interaksi dipilih dan dapat dipertahankan, tetapi buktinya sedikit dan unsur komunikasi lain hanya dicentang.',
        'An interaction pattern is chosen and defensible, but with little evidence, and the other elements of communication are only ticked.',
      ],
      developing: [
        'Pola interaksi tidak sesuai dengan kasus atau dipakai dengan arti yang keliru (mis. maypole sebagai "anggota yang paling banyak bicara").',
        'The interaction pattern does not fit the case or is misused (e.g. maypole as "the member who talks most").',
      ],
      missing: [
        'Komunikasi dan interaksi tidak dibahas.',
        'Communication and interaction are not discussed.',
      ],
    },
  },
  {
    key: 'cohesion',
    title: ['Ketertarikan interpersonal dan kohesi', 'Interpersonal attraction and cohesion'],
    description: [
      'Menjelaskan faktor ketertarikan interpersonal (kedekatan interaksi, penerimaan, kesesuaian; Festinger, 1950), faktor lain yang membentuk kohesi (Cartwright, 1968) dan dampak kohesi pada kelompok dalam kasus (Toseland & Rivas, 2001; hlm. 9–10).',
      'Explains the factors of interpersonal attraction (close interaction, acceptance, fit; Festinger, 1950), the other factors that build cohesion (Cartwright, 1968) and the effects of cohesion on the group in the case (Toseland & Rivas, 2001; pp. 9–10).',
    ],
    levels: {
      excellent: [
        'Tingkat kohesi kelompok dinilai dari kasus; faktor yang membentuk atau melemahkannya dan dampaknya dijelaskan dengan bukti.',
        'The group’s level of cohesion is judged from the case; the factors that build or weaken it and its effects are explained with evidence.',
      ],
      good: [
        'Faktor kohesi yang relevan dijelaskan dengan bukti, tetapi tingkat kohesi atau dampaknya tidak dinilai.',
        'The relevant factors of cohesion are explained with evidence, but the level of cohesion or its effects are not judged.',
      ],
      adequate: [
        'Faktor dicentang dan sebagian sesuai, tetapi buktinya sedikit atau umum.',
        'Factors are ticked and partly fit, but with little or general evidence.',
      ],
      developing: [
        'Faktor yang dipilih tidak terlihat dalam kasus, atau kohesi disamakan dengan sekadar rukun.',
        'The factors chosen are not seen in the case, or cohesion is equated with simply getting along.',
      ],
      missing: ['Kohesi tidak dibahas.', 'Cohesion is not discussed.'],
    },
  },
  {
    key: 'integration',
    title: ['Integrasi sosial dan saling memengaruhi', 'Social integration and influence'],
    description: [
      'Mengidentifikasi norma terbuka dan tertutup, status dalam kelompok, bentuk pengaruh sosial (normatif dan informasional; Deutsch & Gerard, 1955), dan menilai keseimbangan konformitas, termasuk risiko pemikiran kelompok (groupthink), dengan bukti dari kasus (Toseland & Rivas, 2001; hlm. 10–12).',
      'Identifies overt and covert norms, status in the group and the forms of social influence (normative and informational; Deutsch & Gerard, 1955), and judges the balance of conformity, including the risk of groupthink, with evidence from the case (Toseland & Rivas, 2001; pp. 10–12).',
    ],
    levels: {
      excellent: [
        'Norma terbuka dan tertutup, status dan pengaruh sosial ditunjukkan dengan kejadian dalam kasus, dan penilaian konformitas beralasan.',
        'Overt and covert norms, status and social influence are shown by events in the case, and the judgement of conformity is reasoned.',
      ],
      good: [
        'Norma dan status ditunjukkan dengan contoh dari kasus; pengaruh sosial atau konformitas dinilai tanpa alasan yang jelas.',
        'Norms and status are shown from the case; social influence or conformity is judged without clear reasons.',
      ],
      adequate: [
        'Norma disebutkan, tetapi norma terbuka dan tertutup tidak dibedakan atau buktinya sedikit.',
        'Norms are named, but overt and covert norms are not told apart, or there is little evidence.',
      ],
      developing: [
        'Norma atau status yang disebutkan tidak terlihat dalam kasus, atau konsepnya dipakai keliru.',
        'The norms or status named are not seen in the case, or the concepts are misused.',
      ],
      missing: ['Integrasi sosial tidak dibahas.', 'Social integration is not discussed.'],
    },
  },
  {
    key: 'memberRoles',
    title: ['Peran anggota', 'Members’ roles'],
    description: [
      'Menentukan peran tugas, sosioemosional dan individual anggota kelompok dalam kasus (satu anggota dapat memegang beberapa peran), masing-masing dengan apa yang dilakukan anggota itu (Benne & Sheats, 1948; hlm. 12).',
      'Names the task, socio-emotional and individual roles of the members of the group in the case (one member may hold several), each with what that member does (Benne & Sheats, 1948; p. 12).',
    ],
    weight: 0.5,
    levels: {
      excellent: [
        'Peran anggota yang tampak dalam kasus ditentukan dengan tepat, masing-masing dengan tindakan anggota sebagai bukti.',
        'The roles members show in the case are rightly identified, each with the member’s actions as evidence.',
      ],
      good: [
        'Sebagian besar peran tepat dengan bukti; satu anggota atau peran penting terlewat.',
        'Most roles are right and evidenced; one important member or role is missed.',
      ],
      adequate: [
        'Peran ditentukan, tetapi tanpa catatan tentang apa yang dilakukan anggota.',
        'Roles are assigned, but with no note of what the members do.',
      ],
      developing: [
        'Peran yang ditentukan tidak sesuai dengan perilaku anggota dalam kasus.',
        'The roles assigned do not match how the members behave in the case.',
      ],
      missing: ['Peran anggota tidak diisi.', 'Members’ roles are not filled in.'],
    },
  },
  {
    key: 'power',
    title: ['Kekuasaan (power) dan kontrol', 'Power and control'],
    description: [
      'Membedakan attributed power dan actual power, menentukan basis kekuasaan pemimpin (French & Raven, 1959) dan masalah motivasi anggota (kemalasan sosial, free riding, sucker effect; Levi, 2001) yang terlihat dalam perilaku kelompok pada kasus (Toseland & Rivas, 2001; hlm. 12–13).',
      'Tells attributed power apart from actual power and identifies the leader’s bases of power (French & Raven, 1959) and the members’ motivation problems (social loafing, free riding, sucker effect; Levi, 2001) that show in the group’s behaviour in the case (Toseland & Rivas, 2001; pp. 12–13).',
    ],
    levels: {
      excellent: [
        'Jenis dan basis kekuasaan ditunjukkan dengan kejadian dalam kasus; masalah motivasi hanya disebut bila perilaku dalam kasus menunjukkannya, dan akibatnya bagi kelompok dijelaskan.',
        'The kinds and bases of power are shown by events in the case; motivation problems are named only where behaviour in the case shows them, and their effect on the group is explained.',
      ],
      good: [
        'Kekuasaan dianalisis dengan bukti dari kasus; masalah motivasi disebut tanpa bukti yang cukup.',
        'Power is analysed with evidence from the case; motivation problems are named without enough evidence.',
      ],
      adequate: [
        'Basis kekuasaan dicentang dan sebagian sesuai, tetapi buktinya sedikit atau umum.',
        'Bases of power are ticked and partly fit, but with little or general evidence.',
      ],
      developing: [
        'Basis kekuasaan atau masalah motivasi tidak sesuai dengan kasus, atau konsepnya tertukar.',
        'The bases of power or motivation problems do not fit the case, or the concepts are mixed up.',
      ],
      missing: ['Kekuasaan dan kontrol tidak dibahas.', 'Power and control are not discussed.'],
    },
  },
  {
    key: 'culture',
    title: ['Kultur kelompok', 'Group culture'],
    description: [
      'Menguraikan kultur kelompok pada tiga tingkat, yaitu permukaan (simbol dan ritual), deeper level (cara khas anggota berinteraksi) dan deepest level (nilai, ideologi dan kepercayaan inti), serta pengaruh lembaga sponsor dan komunitas yang lebih luas (Levi, 2001; hlm. 14).',
      'Describes the group’s culture at three levels, the surface (symbols and rituals), the deeper level (how members characteristically interact) and the deepest level (core values, ideology and beliefs), and the influence of the sponsoring agency and the wider community (Levi, 2001; p. 14).',
    ],
    levels: {
      excellent: [
        'Ketiga tingkat kultur dibedakan dengan tepat dan masing-masing ditunjukkan dengan contoh dari kasus; pengaruh lembaga sponsor dan komunitas dijelaskan.',
        'The three levels of culture are correctly told apart, each shown from the case; the influence of the sponsoring agency and community is explained.',
      ],
      good: [
        'Ketiga tingkat diuraikan dengan contoh dari kasus, tetapi satu tingkat kurang tepat atau pengaruh lembaga sponsor tidak dibahas.',
        'The three levels are described from the case, but one is not quite right or the sponsor’s influence is not discussed.',
      ],
      adequate: [
        'Hanya tingkat permukaan yang diuraikan dengan jelas; tingkat yang lebih dalam umum atau kosong.',
        'Only the surface level is clearly described; the deeper levels are general or empty.',
      ],
      developing: [
        'Tingkat kultur tertukar, atau uraiannya tidak berkaitan dengan kelompok dalam kasus.',
        'The levels of culture are mixed up, or the description does not concern the group in the case.',
      ],
      missing: ['Kultur kelompok tidak dibahas.', 'Group culture is not discussed.'],
    },
  },
])

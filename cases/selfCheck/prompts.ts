import { bi, type Bilingual } from '../i18n/bilingual'
import type { TuckmanStage } from './stages'

/** Shown with every self-check: it is a reflection, and stage models are heuristic (module, p. 16). */
export const SELF_CHECK_CAVEAT: Bilingual = bi(
  'Refleksi tim, tidak dinilai. Setiap kelompok unik; model tahapan adalah alat heuristik, dinamika nyata hanya dapat diketahui melalui observasi yang cermat.',
  'A team reflection, not graded. Every group is unique; stage models are heuristic, and real dynamics are known only by careful observation.',
)

/** When members' answers span two or more stages: talk about it, in the module's terms (Tabel 2). */
export const SELF_CHECK_DISCUSS: Bilingual = bi(
  'Anggota tim melihat tahap yang berbeda. Diskusikan bersama apa yang masing-masing amati. Pada tahap storming, konflik dipandang sebagai sesuatu yang wajar: anggota menguji peran dan statusnya di dalam kelompok.',
  'Team members see different stages. Discuss together what each of you observes. At the storming stage, conflict is seen as normal: members test their roles and status in the group.',
)

/** A line per stage, from the module's characteristics, for the team to discuss when that stage is chosen. */
export const SELF_CHECK_STAGE_NOTES: Record<TuckmanStage, Bilingual> = {
  forming: bi(
    'Forming: interaksi masih tentatif dan hati-hati; fokusnya membentuk integrasi sosial agar dapat mencapai kohesi.',
    'Forming: interaction is tentative and cautious; the focus is social integration first, so that cohesion can follow.',
  ),
  storming: bi(
    'Storming: saat anggota semakin nyaman dan berani, konflik dapat terjadi dan dipandang sebagai sesuatu yang wajar.',
    'Storming: as members grow more comfortable and bolder, conflict can arise, and it is seen as normal.',
  ),
  norming: bi(
    'Norming: fokus pada tugas kelompok; konflik dihadapi dengan pemecahan masalah.',
    "Norming: focus on the group's tasks; conflict is met with problem solving.",
  ),
  performing: bi(
    'Performing: fokus menuntaskan tugas dan mengevaluasi seluruh pekerjaan kelompok.',
    "Performing: focus on finishing tasks and evaluating all of the group's work.",
  ),
}

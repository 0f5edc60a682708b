import type { SelfCheckAnswer } from '../../cases/contracts/selfCheck'

/** A workspace's stage self-checks: each member's latest answer, kept outside the students' document. */
export interface SelfCheckRecord {
  workspaceId: string
  /** Member id → their latest answer. */
  answers: Record<string, SelfCheckAnswer>
  updatedAt: string
}

/** Stage self-checks, one small file per workspace. */
export interface SelfCheckStore {
  get(workspaceId: string): Promise<SelfCheckRecord | undefined>
  put(record: SelfCheckRecord): Promise<void>
  delete(workspaceId: string): Promise<void>
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClassDetail } from '../../../../cases/contracts/http'
import { updateClass } from '../../api/classes'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { formatZoned } from '../../components/zonedTime'
import { useLang } from '../../i18n/useBilingual'

/** How many recent moves the class page lists (the server keeps more). */
const SHOWN = 20

/** Whether students who have a team may move to another one, and the class's recent team moves. */
export function TeamMovesPanel({ cls, reload }: { cls: ClassDetail; reload(): Promise<void> }) {
  const { t } = useTranslation()
  const lang = useLang()
  const update = useAction(async (open: boolean) => {
    await updateClass(cls.id, { teamMovesOpen: open })
    await reload()
  })
  // Shown at once while the server confirms; falls back to the server's value afterwards.
  const [pending, setPending] = useState<boolean | null>(null)
  const setOpen = async (open: boolean) => {
    setPending(open)
    await update.run(open)
    setPending(null)
  }
  const moves = cls.teamMoves.slice(0, SHOWN)

  return (
    <div className="panel" data-testid="team-moves">
      <h2>{t('teamMoves.title')}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={pending ?? cls.teamMovesOpen}
          disabled={update.busy}
          onChange={(e) => void setOpen(e.target.checked)}
        />
        {t('teamMoves.open')}
      </label>
      <p className="muted">{t('teamMoves.explain')}</p>
      <ErrorMessage error={update.error} />
      <h3>{t('teamMoves.recent')}</h3>
      {moves.length === 0 ? (
        <p className="muted">{t('teamMoves.none')}</p>
      ) : (
        <ul className="members">
          {moves.map((move) => (
            <li key={`${move.at} ${move.studentId}`}>
              {t(move.by === 'student' ? 'teamMoves.moveByStudent' : 'teamMoves.moveByLecturer', {
                name: move.studentName,
                from: move.fromTeamName,
                to: move.toTeamName,
              })}{' '}
              <span className="muted">{formatZoned(move.at, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

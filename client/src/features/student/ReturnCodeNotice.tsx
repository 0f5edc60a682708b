import { useTranslation } from 'react-i18next'

/** The personal return code, shown once right after joining, with a clear "write this down". */
export function ReturnCodeNotice({ code, onDone }: { code: string; onDone(): void }) {
  const { t } = useTranslation()
  return (
    <div className="return-code" role="alert">
      <h2>{t('returnCode.title')}</h2>
      <p className="code big" data-testid="return-code">
        {code}
      </p>
      <p>{t('returnCode.explain')}</p>
      <button type="button" className="primary" onClick={onDone}>
        {t('returnCode.done')}
      </button>
    </div>
  )
}

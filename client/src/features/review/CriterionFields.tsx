import { useTranslation } from 'react-i18next'
import { MAX_CRITERION_WEIGHT, type RubricCriterion } from '../../../../cases/contracts/grades'
import type { Bilingual } from '../../../../cases/i18n/bilingual'
import { newLevel, removeAt, replaceAt } from './rubricDraft'

interface Props {
  index: number
  criterion: RubricCriterion
  onChange(next: RubricCriterion): void
  onRemove(): void
}

/** The fields of one rubric criterion: bilingual title and description, and its levels with points. */
export function CriterionFields({ index, criterion, onChange, onRemove }: Props) {
  const { t } = useTranslation()
  const c = criterion
  const text = (value: string, label: string, set: (v: string) => void, long = false) => (
    <label className="field">
      <span>{label}</span>
      {long ? (
        <textarea value={value} rows={2} onChange={(e) => set(e.target.value)} />
      ) : (
        <input value={value} onChange={(e) => set(e.target.value)} />
      )}
    </label>
  )
  const withTitle = (title: Bilingual) => onChange({ ...c, title })
  const withDescription = (description: Bilingual) => onChange({ ...c, description })
  return (
    <fieldset className="panel rubric-criterion">
      <legend>{t('rubricEditor.criterion', { n: index + 1 })}</legend>
      {text(c.title.id, t('rubricEditor.titleId'), (id) => withTitle({ ...c.title, id }))}
      {text(c.title.en, t('rubricEditor.titleEn'), (en) => withTitle({ ...c.title, en }))}
      {text(
        c.description.id,
        t('rubricEditor.descriptionId'),
        (id) => withDescription({ ...c.description, id }),
        true,
      )}
      {text(
        c.description.en,
        t('rubricEditor.descriptionEn'),
        (en) => withDescription({ ...c.description, en }),
        true,
      )}
      <label className="field">
        <span>{t('rubricEditor.weight')}</span>
        <input
          type="number"
          min={0.1}
          max={MAX_CRITERION_WEIGHT}
          step="any"
          value={Number.isFinite(c.weight) ? c.weight : ''}
          onChange={(e) => onChange({ ...c, weight: e.target.valueAsNumber })}
        />
      </label>
      <h3>{t('rubricEditor.levels')}</h3>
      <ol>
        {c.levels.map((level, li) => {
          const setLevel = (next: typeof level) =>
            onChange({ ...c, levels: replaceAt(c.levels, li, () => next) })
          return (
            <li key={level.id}>
              {text(level.label.id, t('rubricEditor.labelId'), (id) =>
                setLevel({ ...level, label: { ...level.label, id } }),
              )}
              {text(level.label.en, t('rubricEditor.labelEn'), (en) =>
                setLevel({ ...level, label: { ...level.label, en } }),
              )}
              <label className="field">
                <span>{t('rubricEditor.points')}</span>
                <input
                  type="number"
                  min={0}
                  step="any"
                  value={Number.isFinite(level.points) ? level.points : ''}
                  onChange={(e) => setLevel({ ...level, points: e.target.valueAsNumber })}
                />
              </label>
              {text(
                level.description?.id ?? '',
                t('rubricEditor.levelDescriptionId'),
                (id) => setLevel({ ...level, description: { en: '', ...level.description, id } }),
                true,
              )}
              {text(
                level.description?.en ?? '',
                t('rubricEditor.levelDescriptionEn'),
                (en) => setLevel({ ...level, description: { id: '', ...level.description, en } }),
                true,
              )}
              <button
                type="button"
                disabled={c.levels.length <= 1}
                onClick={() => onChange({ ...c, levels: removeAt(c.levels, li) })}
              >
                {t('rubricEditor.removeLevel')}
              </button>
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          const label = {
            id: t('rubricEditor.newLevel', { lng: 'id' }),
            en: t('rubricEditor.newLevel', { lng: 'en' }),
          }
          onChange({ ...c, levels: [...c.levels, newLevel(c.levels, label)] })
        }}
      >
        {t('rubricEditor.addLevel')}
      </button>{' '}
      <button type="button" className="danger" onClick={onRemove}>
        {t('rubricEditor.removeCriterion')}
      </button>
    </fieldset>
  )
}

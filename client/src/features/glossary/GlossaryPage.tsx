import { useEffect, useState } from 'react'
import { Link, useLocation } from 'react-router'
import {
  GLOSSARY,
  GLOSSARY_TOPICS,
  GLOSSARY_TOPIC_TITLES,
  type GlossaryEntry,
} from '../../../../cases/glossary'
import { useBilingual } from '../../i18n/useBilingual'
import { filterGlossary } from './filterGlossary'
import { useGlossaryT } from './i18n'
import './glossary.css'

/** Where the reader came from (a workspace's help passes its own path), so "back" returns there. */
function useBackPath(): string | null {
  const state: unknown = useLocation().state
  const from = state && typeof state === 'object' && 'from' in state ? state.from : null
  // Only an in-app path: the state is ours, but a history entry can be replayed with anything in it.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : null
}

function Entry({ entry }: { entry: GlossaryEntry }) {
  const t = useGlossaryT()
  const bi = useBilingual()
  const where = bi(entry.source.where)
  return (
    <div className="glossary-entry" id={`term-${entry.key}`}>
      <dt>
        <span lang="en" className="glossary-term">
          {entry.term}
        </span>{' '}
        <span lang="id" className="glossary-gloss">
          ({entry.gloss}
          {entry.glossFrom === 'app' ? '*' : ''})
        </span>
      </dt>
      <dd>{bi(entry.meaning)}</dd>
      <dd className="small muted">
        {entry.source.pages === 'slides'
          ? t('sourceSlides', { where })
          : t('source', { pages: entry.source.pages, where })}
        {entry.printedAs && <> {t('printedAs', { printed: entry.printedAs })}</>}
      </dd>
    </div>
  )
}

/** A link to one term (`/glosarium#term-storming`) shows that term: the page is lazy, so the browser's own jump misses. */
function useScrollToHash() {
  const { hash } = useLocation()
  useEffect(() => {
    if (!hash.startsWith('#term-')) return
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView()
  }, [hash])
}

/** The module's English terms with their Indonesian glosses, meanings and module pages, filterable (public page). */
export default function GlossaryPage() {
  const t = useGlossaryT()
  const bi = useBilingual()
  const back = useBackPath()
  useScrollToHash()
  const [query, setQuery] = useState('')
  const shown = filterGlossary(GLOSSARY, query)

  return (
    <section className="glossary">
      {back && (
        <p>
          <Link to={back} className="tap">
            {t('back')}
          </Link>
        </p>
      )}
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="small muted">{t('ourGloss')}</p>
      <label className="field">
        {t('filter')}
        <input
          type="search"
          value={query}
          placeholder={t('filterHint')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      <p className="small muted" aria-live="polite">
        {shown.length === 0
          ? t('none', { query: query.trim() })
          : t('count', { shown: shown.length, total: GLOSSARY.length })}
      </p>
      {GLOSSARY_TOPICS.map((topic) => {
        const entries = shown.filter((entry) => entry.topic === topic)
        if (entries.length === 0) return null
        return (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h2 id={`topic-${topic}`}>{bi(GLOSSARY_TOPIC_TITLES[topic])}</h2>
            <dl className="glossary-list">
              {entries.map((entry) => (
                <Entry key={entry.key} entry={entry} />
              ))}
            </dl>
          </section>
        )
      })}
    </section>
  )
}

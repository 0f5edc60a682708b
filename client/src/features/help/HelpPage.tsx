import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { useBilingual } from '../../i18n/useBilingual'
import { GUIDE, GUIDE_INTRO } from './guide'
import './help.css'

/** `/bantuan#wifi` opens at that topic: the page is lazy, so the browser's own jump happens before it exists. */
function useScrollToHash() {
  const { hash } = useLocation()
  useEffect(() => {
    if (hash.length > 1) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView()
  }, [hash])
}

/** /bantuan — the lecturer's guide in the current language: set up a class, run an exercise, grade, export, Wi-Fi. */
export default function HelpPage() {
  const bi = useBilingual()
  useScrollToHash()
  return (
    <article className="help-page">
      <h1>{bi(GUIDE_INTRO.title)}</h1>
      <p>{bi(GUIDE_INTRO.lead)}</p>
      <nav aria-labelledby="help-contents">
        <h2 id="help-contents">{bi(GUIDE_INTRO.contents)}</h2>
        <ol>
          {GUIDE.map((topic) => (
            <li key={topic.key}>
              <a href={`#${topic.key}`} className="tap">
                {bi(topic.title)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {GUIDE.map((topic) => (
        <section key={topic.key} id={topic.key} aria-labelledby={`${topic.key}-title`}>
          <h2 id={`${topic.key}-title`}>{bi(topic.title)}</h2>
          {topic.lead && <p>{bi(topic.lead)}</p>}
          <ol className="help-steps">
            {topic.steps.map((step, i) => (
              <li key={i}>{bi(step)}</li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  )
}

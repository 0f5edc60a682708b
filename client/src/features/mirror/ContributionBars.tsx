import type { MemberContribution } from '../../../../cases/contributions/figures'
import './contributionBars.css'

interface Props {
  members: MemberContribution[]
  /** What the bars measure, e.g. "Bagian tiap anggota dari kontribusi tim". */
  caption: string
  /** One member's figures as a sentence, shown under the bar. */
  memberLine: (member: MemberContribution) => string
}

/**
 * Each member's share of the team's contribution as a horizontal bar, with the name and the percentage written out
 * beside it (the bar itself is decoration: the text is the figure). Neutral grey-blue, never a warning colour.
 */
export function ContributionBars({ members, caption, memberLine }: Props) {
  return (
    <figure className="contribution-bars">
      <figcaption className="small">{caption}</figcaption>
      <ul>
        {members.map((m) => {
          const percent = Math.round(m.share * 100)
          return (
            <li key={m.userId} data-member={m.userId}>
              <span className="contribution-bar-row">
                <span className="contribution-bar-name">{m.name}</span>
                <span className="contribution-bar-track" aria-hidden="true">
                  <span className="contribution-bar-fill" style={{ width: `${percent}%` }} />
                </span>
                <span className="contribution-bar-value">{percent}%</span>
              </span>
              <span className="contribution-bar-detail small muted">{memberLine(m)}</span>
            </li>
          )
        })}
      </ul>
    </figure>
  )
}

import { useState } from 'react'
import type { StoryArticleSummary } from '../../../shared/story/story-analysis'
import type { RoleComparison } from '../../../shared/story/roles'

/** Props of {@link StoryRoles}. */
export interface StoryRolesProps {
  roles: readonly RoleComparison[]
  articles: readonly StoryArticleSummary[]
  letters: ReadonlyMap<string, string>
}

/**
 * The Roles section of the story view: each person several articles name with a role, the
 * articles' passages side by side (one column per article, its letter and outlet above the exact
 * words). People the articles disagree about (a former holder called current, two holders of one
 * office, a changed given name) come first, marked "Conflict" in words and with an icon; those
 * they agree on are behind a toggle.
 */
export function StoryRoles({ roles, articles, letters }: StoryRolesProps) {
  const [showAgreed, setShowAgreed] = useState(false)
  const conflicts = roles.filter((role) => role.conflict)
  const agreed = roles.length - conflicts.length
  const shown = showAgreed ? roles : conflicts
  const byId = new Map(articles.map((article) => [article.id, article]))
  return (
    <section className="story-section" aria-labelledby="story-roles-heading">
      <div className="story-section-head">
        <h2 id="story-roles-heading">Roles</h2>
        <span className="muted">
          {conflicts.length} conflict{conflicts.length === 1 ? '' : 's'} · {roles.length}{' '}
          {roles.length === 1 ? 'person' : 'people'} named with a role by several articles
        </span>
        {agreed > 0 && (
          <button type="button" className="link-button" onClick={() => setShowAgreed((on) => !on)}>
            {showAgreed
              ? 'Hide roles the articles agree on'
              : `Show roles the articles agree on (${agreed})`}
          </button>
        )}
      </div>
      {shown.length === 0 && (
        <p className="empty">
          {roles.length === 0
            ? 'No person is named with a role by more than one article.'
            : 'The articles agree on every role.'}
        </p>
      )}
      <ol className="story-roles">
        {shown.map((role) => (
          <li
            key={`${role.person}:${role.values.map((value) => value.start).join(',')}`}
            className={`story-role${role.conflict ? ' is-conflict' : ''}`}
            data-person={role.person}
          >
            <h3 className="story-role-title">
              {role.person}
              {role.conflict && (
                <span className="story-conflict-badge">
                  <span aria-hidden="true">⚠ </span>Conflict
                </span>
              )}
            </h3>
            <ul className="story-role-values" aria-label={`How the articles name ${role.person}`}>
              {role.values.map((value) => {
                const article = byId.get(value.articleId)
                return (
                  <li key={`${value.articleId}:${value.start}`} className="story-role-value">
                    <div className="story-column-head" title={article?.title}>
                      <span className="story-letter" aria-hidden="true">
                        {letters.get(value.articleId)}
                      </span>
                      <span className="visually-hidden">
                        Article {letters.get(value.articleId)}:{' '}
                      </span>
                      <span className="story-column-title">
                        {article?.outlet || article?.title || value.articleId}
                      </span>
                    </div>
                    <blockquote className="story-role-text">“{value.text}”</blockquote>
                    <p className="story-role-role muted">{value.role}</p>
                  </li>
                )
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  )
}

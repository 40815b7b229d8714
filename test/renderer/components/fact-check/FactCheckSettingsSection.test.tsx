// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { createRef, type MutableRefObject } from 'react'
import type { FactCheckSettings } from '../../../../shared/model/fact-check'
import { FactCheckSettingsSection } from '../../../../renderer/components/fact-check/FactCheckSettingsSection'

afterEach(cleanup)

function renderSection(settings: FactCheckSettings | null = null) {
  const saved: FactCheckSettings[] = []
  const commitRef = createRef<(() => Promise<boolean>) | null>() as MutableRefObject<
    (() => Promise<boolean>) | null
  >
  render(
    <FactCheckSettingsSection
      settings={settings}
      onSave={async (next) => {
        saved.push(next)
      }}
      commitRef={commitRef}
    />,
  )
  const commit = async () => {
    let result = false
    await act(async () => {
      result = (await commitRef.current?.()) ?? false
    })
    return result
  }
  return { saved, commit }
}

describe('FactCheckSettingsSection', () => {
  it('saves nothing when nothing changed', async () => {
    const { saved, commit } = renderSection()
    expect(await commit()).toBe(true)
    expect(saved).toEqual([])
  })

  it('adds, renames and renumbers ratings, and saves them on the dialog’s Save', async () => {
    const { saved, commit } = renderSection()
    fireEvent.change(screen.getByLabelText('Name of rating 1'), { target: { value: 'Correct' } })
    fireEvent.change(screen.getByLabelText('Number of Half true'), { target: { value: '2' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add Rating' }))
    fireEvent.change(screen.getByLabelText('Name of rating 8'), {
      target: { value: 'Pants on fire' },
    })
    fireEvent.change(screen.getByLabelText('Key of Pants on fire'), { target: { value: '8' } })
    fireEvent.click(screen.getByRole('button', { name: 'Move Pants on fire up' }))
    fireEvent.change(screen.getByLabelText('Publisher'), { target: { value: 'The Desk' } })
    expect(await commit()).toBe(true)
    const scale = saved[0]?.ratingScale
    expect(scale?.ratings.map((rating) => [rating.id, rating.name, rating.value])).toEqual([
      ['true', 'Correct', 5],
      ['mostly-true', 'Mostly true', 4],
      ['half-true', 'Half true', 2],
      ['mostly-false', 'Mostly false', 2],
      ['false', 'False', 1],
      ['misleading', 'Misleading', 2],
      ['pants-on-fire', 'Pants on fire', 1],
      ['unverifiable', 'Unverifiable', 3],
    ])
    expect(saved[0]?.publisher).toEqual({ name: 'The Desk' })
  })

  it('refuses a bad scale with a plain error and keeps the dialog open', async () => {
    const { saved, commit } = renderSection()
    fireEvent.change(screen.getByLabelText('Key of False'), { target: { value: '1' } })
    expect(await commit()).toBe(false)
    expect(saved).toEqual([])
    expect(screen.getByRole('alert').textContent).toBe(
      'Two ratings have the same key: give each its own.',
    )
  })
})

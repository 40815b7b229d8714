import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import type { Api } from '../../../shared/ipc/contract'
import { ServiceProvider } from '../../../renderer/app/service-context'
import { createServices, type Services } from '../../../renderer/app/services'
import { createAppStore } from '../../../renderer/app/store/app-store'

/** One call a component made through its services to the fake API. */
export interface FakeCall {
  channel: string
  args: unknown
}

/** What each channel of the fake API answers: a value, or a function of the arguments. */
export type FakeAnswers = Partial<Record<keyof Api, unknown>>

/** A fake of the preload's API: answers from a table, records every call, and has no events. */
export function fakeApi(answers: FakeAnswers): { api: Api; calls: FakeCall[] } {
  const calls: FakeCall[] = []
  const api = new Proxy({} as Api, {
    get: (_target, channel: string) => {
      if (channel === 'on') return () => () => undefined
      return async (args: unknown) => {
        calls.push({ channel, args })
        if (!(channel in answers)) {
          return {
            ok: false,
            error: { code: 'internal', message: `fake: no answer for ${channel}` },
          }
        }
        const answer = answers[channel as keyof Api]
        try {
          const value =
            typeof answer === 'function' ? await (answer as (a: unknown) => unknown)(args) : answer
          return { ok: true, value }
        } catch (error) {
          return { ok: false, error: { code: 'internal', message: (error as Error).message } }
        }
      }
    },
  })
  return { api, calls }
}

/** Renders a component under a ServiceProvider whose services talk to a fake API. */
export function renderWithServices(
  element: ReactElement,
  answers: FakeAnswers = {},
): RenderResult & { services: Services; calls: FakeCall[] } {
  const { api, calls } = fakeApi(answers)
  const services = createServices(api, createAppStore())
  const result = render(<ServiceProvider services={services}>{element}</ServiceProvider>)
  return { ...result, services, calls }
}

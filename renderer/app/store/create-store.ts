/**
 * A slice's reducers: pure functions from the slice's state (and the action's arguments) to its
 * next state; returning the same object means nothing changed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each reducer names its own arguments
export type Reducers<S> = Record<string, (state: S, ...args: any[]) => S>

/** One slice of the application state: where it starts and how it changes (Hypothesis's module). */
export interface StoreModule<S, R extends Reducers<S>> {
  initialState: () => S
  reducers: R
}

/** Declares a slice with its state type inferred from `initialState` (for type inference only). */
export function createStoreModule<S, R extends Reducers<S>>(
  module: StoreModule<S, R>,
): StoreModule<S, R> {
  return module
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any slice, any reducers
type AnyModules = Record<string, StoreModule<any, any>>

/** The whole state of a store made of `M`: one field per slice. */
export type StateOf<M extends AnyModules> = {
  readonly [K in keyof M]: ReturnType<M[K]['initialState']>
}

/** A slice's reducers bound to the store: calling one changes the state and tells subscribers. */
export type BoundActions<R> = {
  readonly [K in keyof R]: R[K] extends (state: never, ...args: infer A) => unknown
    ? (...args: A) => void
    : never
}

/** Every slice's bound actions, by slice. */
export type ActionsOf<M extends AnyModules> = {
  readonly [K in keyof M]: BoundActions<M[K]['reducers']>
}

/** A store: one immutable state, replaced by actions, watched through `subscribe`. */
export interface Store<M extends AnyModules> {
  getState: () => StateOf<M>
  /** Calls `listener` after every change; returns a function that stops it (useSyncExternalStore). */
  subscribe: (listener: () => void) => () => void
  actions: ActionsOf<M>
}

/**
 * Makes a store out of slices (the Hypothesis client's `createStore`): a single source for
 * `useSyncExternalStore`, whose state is a new object after every change that changed something.
 */
export function createStore<M extends AnyModules>(modules: M): Store<M> {
  let state = Object.fromEntries(
    Object.entries(modules).map(([name, module]) => [name, module.initialState()]),
  ) as StateOf<M>
  const listeners = new Set<() => void>()
  const actions: Record<string, Record<string, (...args: unknown[]) => void>> = {}
  for (const [name, module] of Object.entries(modules)) {
    const bound: Record<string, (...args: unknown[]) => void> = {}
    for (const [action, reducer] of Object.entries(module.reducers as Reducers<unknown>)) {
      bound[action] = (...args) => {
        const before = state[name]
        const after = reducer(before, ...args)
        if (Object.is(after, before)) return
        state = { ...state, [name]: after }
        for (const listener of [...listeners]) listener()
      }
    }
    actions[name] = bound
  }
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    actions: actions as ActionsOf<M>,
  }
}

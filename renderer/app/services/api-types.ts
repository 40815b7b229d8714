import type { Api, PageInvokeChannel } from '../../../shared/ipc/contract'

/** The argument a page channel takes. */
export type ArgsOf<C extends PageInvokeChannel> = Parameters<Api[C]>[0]

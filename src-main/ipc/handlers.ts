import type { ChannelOutput, Method, Namespace, ParsedInput } from '../../src-shared/contract/contract'

/**
 * The main-process side of the contract: one function per channel, receiving the input
 * already validated (defaults filled) and returning the output. The type makes a missing
 * or misspelt channel a compile error.
 */
export type Handlers = {
  readonly [N in Namespace]: {
    readonly [M in Method<N>]: (input: ParsedInput<N, M>) => ChannelOutput<N, M> | Promise<ChannelOutput<N, M>>
  }
}

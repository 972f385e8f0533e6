import type { NewsdeskApi } from '../src-shared/contract/newsdeskApi'

declare global {
  interface Window {
    /** The page's bridge to the services (the test host's bridge in these tests). */
    readonly newsdesk?: NewsdeskApi
  }
}

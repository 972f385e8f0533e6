import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { listChannels } from '../../src-shared/contract/contract'
import { failure } from '../../src-shared/contract/errors'
import type { Dispatch } from '../ipc/dispatch'

/** Decides whether an IPC call comes from the app's own page. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

/**
 * Registers one `ipcMain.handle` per contract channel. A call from any frame that is not the
 * app's own page (an iframe, a page navigated elsewhere, another window) is answered with
 * `forbidden` and never reaches a service, as VS Code's main process does.
 */
export function bindContract(ipcMain: IpcMain, dispatch: Dispatch, isTrusted: SenderCheck): void {
  for (const { name } of listChannels()) {
    ipcMain.handle(name, (event, payload: unknown) => {
      if (!isTrusted(event)) return failure('forbidden', 'This call did not come from the Newsdesk window.')
      return dispatch(name, payload)
    })
  }
}

/**
 * Trusts a call only from the top frame of `webContentsId` whose URL is on the app page's
 * scheme and host (`newsdesk://app`, or the dev server). Compared by scheme and host because
 * Node's URL gives custom schemes an opaque origin.
 */
export function appFrameCheck(webContentsId: () => number | undefined, page: URL): SenderCheck {
  return (event) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    if (event.sender.id !== webContentsId()) return false
    let url: URL
    try {
      url = new URL(frame.url)
    } catch {
      return false
    }
    return url.protocol === page.protocol && url.host === page.host
  }
}

// Exposes exactly one thing to the page: window.newsdesk, one function per contract channel.
import { contextBridge, ipcRenderer } from 'electron'
import { contract } from '../src-shared/contract/contract'
import type { Result } from '../src-shared/contract/errors'
import { buildApi } from '../src-shared/contract/newsdeskApi'

contextBridge.exposeInMainWorld(
  'newsdesk',
  buildApi(contract, (channel, payload) => ipcRenderer.invoke(channel, payload) as Promise<Result<unknown>>),
)

// Exposes exactly one thing to the page: window.newsdesk, one function per contract channel.
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNEL_NAMES } from '../src-shared/contract/channelNames'
import type { Result } from '../src-shared/contract/errors'
import { buildApi } from '../src-shared/contract/newsdeskApi'

contextBridge.exposeInMainWorld(
  'newsdesk',
  buildApi(CHANNEL_NAMES, (channel, payload) => ipcRenderer.invoke(channel, payload) as Promise<Result<unknown>>),
)

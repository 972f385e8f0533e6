import { EventEmitter } from 'node:events'

/** An `ipcMain.handle` listener as the bundle registered it. */
export type InvokeListener = (event: unknown, payload: unknown) => unknown

/** What the built main bundle did to the stand-in `electron` module. */
export interface ElectronRecord {
  windows: { options: Record<string, unknown>; loaded: string[]; webContentsId: number }[]
  handlers: Map<string, InvokeListener>
  listeners: string[]
  permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
  permissionCheck?: (...args: unknown[]) => boolean
  errorBoxes: { title: string; content: string }[]
  /** Non-blocking message boxes (dialog.showMessageBox): their options. */
  messageBoxes: { type?: string; title?: string; message: string; detail?: string }[]
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[]
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>
  exitCode?: number
  quit: boolean
  /** Chromium spellchecker calls: languages set, words added to its custom dictionary. */
  spellchecker: { languages: string[]; words: string[] }
  /** Every context menu popped up, as the template it was built from. */
  menus: { label?: string; role?: string; type?: string; enabled?: boolean; click?: () => void }[][]
  /** Words put in place of a misspelling through webContents.replaceMisspelling. */
  replacements: string[]
  /** Addresses handed to the system browser (shell.openExternal). */
  external: string[]
  /** The application menu's template (Menu.setApplicationMenu), once installed. */
  applicationMenu?: StandInMenuItem[]
  /** Open-file dialogs shown (their options); each takes the next of `openDialogAnswers`, else is cancelled. */
  openDialogs: { title?: string; filters?: { name: string; extensions: string[] }[] }[]
  openDialogAnswers: string[][]
}

/** A menu item as a template gives it: enough to find File › Import… and click it. */
export interface StandInMenuItem {
  label?: string
  role?: string
  type?: string
  accelerator?: string
  click?: () => void
  submenu?: StandInMenuItem[]
}

/**
 * A stand-in for the `electron` module, enough of it for the main bundle to start under
 * plain Node: `app` (an EventEmitter that is ready at once), `BrowserWindow`, `ipcMain`,
 * `session`, `dialog`, `Menu`. It records what the bundle asked for; it does not render anything.
 * `loaded` resolves when the first window has been told to load its page.
 */
export function createElectronStandIn(paths: { userData: string; appPath: string }) {
  const record: ElectronRecord = { windows: [], handlers: new Map(), listeners: [], errorBoxes: [], messageBoxes: [], privilegedSchemes: [], protocolHandlers: new Map(), quit: false, spellchecker: { languages: [], words: [] }, menus: [], replacements: [], external: [], openDialogs: [], openDialogAnswers: [] }
  let signalLoaded: () => void = () => undefined
  const loaded = new Promise<void>((done) => (signalLoaded = done))
  let nextId = 1

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'userData' ? paths.userData : `${paths.userData}/${name}`),
    getAppPath: () => paths.appPath,
    getVersion: () => '0.0.0-standin',
    getName: () => 'Newsdesk',
    quit: () => {
      record.quit = true
    },
    exit: (code: number) => {
      record.exitCode = code
      signalLoaded()
    },
  })

  const allContents = new Map<number, WebContents>()
  class WebContents extends EventEmitter {
    readonly id = nextId++
    constructor() {
      super()
      allContents.set(this.id, this)
    }
    windowOpenHandler?: (details: unknown) => unknown
    setWindowOpenHandler(handler: (details: unknown) => unknown) {
      this.windowOpenHandler = handler
    }
    replaceMisspelling(word: string) {
      record.replacements.push(word)
    }
  }

  class BrowserWindow extends EventEmitter {
    readonly webContents = new WebContents()
    readonly #entry: ElectronRecord['windows'][number]
    constructor(options: Record<string, unknown>) {
      super()
      this.#entry = { options, loaded: [], webContentsId: this.webContents.id }
      record.windows.push(this.#entry)
      app.emit('web-contents-created', {}, this.webContents)
    }
    loadFile(file: string) {
      this.#entry.loaded.push(`file:${file}`)
      signalLoaded()
      return Promise.resolve()
    }
    loadURL(url: string) {
      this.#entry.loaded.push(url)
      signalLoaded()
      return Promise.resolve()
    }
    show() {}
  }

  const electron = {
    app,
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, listener: InvokeListener) => {
        if (record.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
        record.handlers.set(channel, listener)
      },
      on: (channel: string) => record.listeners.push(channel),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: ElectronRecord['permissionRequest']) => (record.permissionRequest = handler),
        setPermissionCheckHandler: (handler: ElectronRecord['permissionCheck']) => (record.permissionCheck = handler),
        setSpellCheckerLanguages: (languages: string[]) => (record.spellchecker.languages = languages),
        addWordToSpellCheckerDictionary: (word: string) => record.spellchecker.words.push(word),
      },
    },
    net: { isOnline: () => true },
    shell: { openExternal: (url: string) => (record.external.push(url), Promise.resolve()) },
    // Not encryption: a reversible scramble standing in for the OS key store, so a test can see
    // that only what safeStorage returned reaches the settings file.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (plain: string) => Buffer.from(`sealed:${Buffer.from(plain).toString('hex')}`),
      decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'hex').toString(),
    },
    Menu: {
      buildFromTemplate: (template: ElectronRecord['menus'][number]) => ({ template, popup: () => record.menus.push(template) }),
      setApplicationMenu: (menu: { template: StandInMenuItem[] }) => (record.applicationMenu = menu.template),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: ElectronRecord['privilegedSchemes']) => record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => record.protocolHandlers.set(scheme, handler),
    },
    dialog: {
      showErrorBox: (title: string, content: string) => record.errorBoxes.push({ title, content }),
      showOpenDialog: (_window: unknown, options: ElectronRecord['openDialogs'][number]) => {
        record.openDialogs.push(options)
        const filePaths = record.openDialogAnswers.shift() ?? []
        return Promise.resolve({ canceled: filePaths.length === 0, filePaths })
      },
      showMessageBox: (_window: unknown, options: ElectronRecord['messageBoxes'][number]) => (record.messageBoxes.push(options), Promise.resolve({ response: 0, checkboxChecked: false })),
    },
  }
  /** The stand-in web contents with this id (e.g. a window's `webContentsId`). */
  const webContents = (id: number) => allContents.get(id)
  return { electron, record, loaded, WebContents, webContents }
}

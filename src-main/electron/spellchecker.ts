import { Menu, session, type BrowserWindow } from 'electron'
import { NewsroomWord } from '../../src-shared/checks/spelling'
import type { SpellingService } from '../checks/spellingService'
import { contextMenuTemplate } from './contextMenuTemplate'

/**
 * Chromium's spellchecker for the window: the newsroom dictionary's words loaded into it, and
 * a context menu with its suggestions and "Add to newsroom dictionary" (which stores the word
 * for every story and this session). On Windows and Linux Chromium fetches its Hunspell files
 * from Google's CDN the first time; offline it underlines nothing, and the Checks panel (our own
 * Hunspell dictionaries, shipped with the app) remains the spelling check that always works.
 */
export function attachSpellchecker(window: BrowserWindow, spelling: SpellingService): void {
  const { defaultSession } = session
  if (process.platform !== 'darwin') defaultSession.setSpellCheckerLanguages(['en-GB', 'en-US'])
  for (const word of spelling.words()) defaultSession.addWordToSpellCheckerDictionary(word)

  window.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replace: (suggestion) => window.webContents.replaceMisspelling(suggestion),
      addWord: (word) => {
        const parsed = NewsroomWord.safeParse(word)
        if (!parsed.success) return
        spelling.addWord({ word: parsed.data })
        defaultSession.addWordToSpellCheckerDictionary(word)
      },
    })
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window })
  })
}

import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'

/** What the context menu can do besides the standard edit roles. */
export interface ContextMenuActions {
  /** Replaces the misspelt word under the pointer (webContents.replaceMisspelling). */
  replace: (suggestion: string) => void
  /** Adds the word to the newsroom dictionary and to Chromium's spellchecker. */
  addWord: (word: string) => void
}

/**
 * The right-click menu of the story text: Chromium's spelling suggestions for a misspelt word
 * (at most five), "Add to newsroom dictionary", then cut/copy/paste where they apply. Empty
 * (no menu) where there is nothing to offer. Pure, so it is tested without Electron.
 */
export function contextMenuTemplate(params: Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText'>, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  const word = params.misspelledWord.trim()
  if (word) {
    const suggestions = params.dictionarySuggestions.slice(0, 5)
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false })
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replace(suggestion) })
    items.push({ type: 'separator' }, { label: `Add “${word}” to newsroom dictionary`, click: () => actions.addWord(word) }, { type: 'separator' })
  }
  if (params.isEditable) items.push({ role: 'cut' }, { role: 'copy' }, { role: 'paste' })
  else if (params.selectionText.trim()) items.push({ role: 'copy' })
  while (items.at(-1)?.type === 'separator') items.pop()
  return items
}

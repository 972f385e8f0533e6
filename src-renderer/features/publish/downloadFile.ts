import type { ExportedStory } from '../../../src-shared/domain/exportFormat'

/**
 * Hands an exported story to the browser as a download: a Blob URL on an `<a download>`,
 * which Chromium saves and Electron turns into its save dialog. No file path ever comes
 * from the page. The URL is revoked once the download has had time to start.
 */
export function downloadFile(file: ExportedStory): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

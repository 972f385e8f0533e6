import { expect, type Page } from '@playwright/test'

/** The story screen, as a person uses it, plus a few reads of the live editor for assertions. */
export class StoryPage {
  constructor(readonly page: Page) {}

  readonly headline = () => this.page.getByLabel('Headline', { exact: true })
  readonly standfirst = () => this.page.getByLabel('Standfirst')
  readonly body = () => this.page.getByLabel('Story body')
  readonly status = () => this.page.getByTestId('save-status')

  /** From the story list: New story → headline → Create; ends on the story screen. */
  async create(headline: string): Promise<string> {
    await this.page.getByRole('button', { name: 'New story' }).click()
    await this.page.getByRole('form', { name: 'New story' }).getByLabel('Headline').fill(headline)
    await this.page.getByRole('button', { name: 'Create' }).click()
    await expect(this.body()).toBeVisible()
    return /#story\/(.+)$/.exec(this.page.url())![1]!
  }

  /** `create(headline)`, then types `text` into the body and waits until it is saved; gives the story's id. */
  async draft(headline: string, text: string): Promise<string> {
    const id = await this.create(headline)
    await this.body().click()
    await this.page.keyboard.type(text)
    await this.saved()
    return id
  }

  /** Waits until the status says the latest change is committed. */
  async saved(): Promise<void> {
    await expect(this.status()).toHaveText(/^\s*Saved \d\d:\d\d:\d\d$/, { timeout: 10_000 })
  }

  /** Pastes into the body as the system clipboard would: a real `paste` event with DataTransfer. */
  async paste(data: { html?: string; text?: string }): Promise<void> {
    await this.body().click()
    await this.body().evaluate((element, { html, text }) => {
      const transfer = new DataTransfer()
      if (html !== undefined) transfer.setData('text/html', html)
      if (text !== undefined) transfer.setData('text/plain', text)
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }))
    }, data)
  }

  /** The editor's own HTML (TipTap getHTML) and JSON. */
  async editorHtml(): Promise<string> {
    return this.body().evaluate((element) => (element as HTMLElement & { editor: { getHTML(): string } }).editor.getHTML())
  }

  /** The story as stored, read through window.newsdesk (the same channel the app uses). */
  async stored(id: string) {
    return this.page.evaluate(async (storyId) => {
      const result = await window.newsdesk!.stories.get({ id: storyId })
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    }, id)
  }
}

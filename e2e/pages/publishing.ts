import { expect, type Page } from '@playwright/test'
import type { TestHost } from '../host/testHost'

/** Adds the desk's other two people to People: "Desk Editor" (editor) and "Desk Publisher" (publisher). */
export async function addDeskStaff(host: TestHost): Promise<void> {
  for (const [name, roles] of [['Desk Editor', ['editor']], ['Desk Publisher', ['publisher']]] as const) {
    expect((await host.workstation.dispatch('people:create', { name, roles: [...roles] })).ok).toBe(true)
  }
}

/** The publishing parts of the app as a person uses them: switching person, the targets in Settings, the outbox. */
export class Publishing {
  constructor(readonly page: Page) {}

  /** "Switch person" in the status bar, then the named person. */
  async switchTo(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Switch person' }).click()
    await this.page.getByRole('button', { name: new RegExp(name) }).click()
    await expect(this.page.getByTestId('current-person')).toContainText(name)
  }

  /** The left navigation's button for a view. */
  async open(view: 'Settings' | 'Outbox'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view }).click()
  }

  /** Settings › Publishing › Add target: a generic HTTP endpoint with a bearer token. */
  async addHttpTarget(name: string, url: string, token: string): Promise<void> {
    await this.open('Settings')
    await this.page.getByRole('button', { name: 'Add target' }).click()
    const form = this.page.getByRole('form', { name: 'Add publishing target' })
    await expect(form.getByLabel('Kind of site')).toHaveValue('http')
    await form.getByLabel('Name').fill(name)
    await form.getByLabel('Endpoint URL').fill(url)
    await form.getByLabel('Bearer token').fill(token)
    await form.getByRole('button', { name: 'Add target' }).click()
    await expect(this.targetRow(name)).toContainText('Stored')
  }

  targetRow(name: string) {
    return this.page.getByRole('table', { name: 'Publishing targets' }).getByTestId('publish-target').filter({ hasText: name })
  }

  /**
   * Presses the story bar's `label` button (Publish, Publish correction) and answers its
   * question with one site: the question names the site and its button sends.
   */
  async send(label: string, site: string): Promise<void> {
    await this.page.locator('.story-bar').getByRole('button', { name: label, exact: true }).click()
    const question = this.page.getByRole('form', { name: label })
    await expect(question).toContainText(`${label} to ${site}?`)
    await expect(question.getByRole('button', { name: label, exact: true })).toBeFocused()
    await question.getByRole('button', { name: label, exact: true }).click()
  }

  /** The outbox's rows (jobs), newest first. */
  jobs() {
    return this.page.getByRole('table', { name: 'Outbox jobs' }).getByTestId('outbox-job')
  }
}

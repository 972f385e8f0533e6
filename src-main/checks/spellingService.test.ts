import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSeedStory } from '../../e2e/fixtures/seedStory'
import type { SpellingReport } from '../../src-shared/checks/spelling'
import { openTestDesk, type TestDesk } from '../testing/testDesk'

let desk: TestDesk
const seedText = loadSeedStory().paragraphs.join('\n\n')
const check = (text: string, language = 'en') => desk.value<SpellingReport>('spelling:check', { text, language })
const unknown = async (text: string, language = 'en') => (await check(text, language)).misspellings.map((m) => m.word)

beforeAll(async () => {
  desk = await openTestDesk()
})
afterAll(() => desk.close())

describe('spelling (nspell with the Hunspell dictionaries the app ships)', () => {
  it('reads the seed story and asks only about words Hunspell lacks: a name opening sentences, and newsroom words', async () => {
    const report = await check(seedText)
    expect(report.dictionary).toBe('English (British or American)')
    // British "Centre" and American "emphasized" both pass under plain `en`; "Naqvi" mid-sentence,
    // "UK" and "SAtuday" (the broken-capitals check's) are not asked about. Most frequent first.
    expect(report.misspellings.map((m) => [m.word, m.count])).toEqual([
      ['Mohsin', 3],
      ['cybercrimes', 2],
      ['cyber', 1],
      ['cybercrime', 1],
    ])
  })

  it('the newsroom dictionary takes words in any case, and the seed then reads clean', async () => {
    for (const word of ['Mohsin', 'cyber', 'Cybercrime', 'cybercrimes', 'cyber']) await desk.value('spelling:addWord', { word })
    expect(await unknown(seedText)).toEqual([])
    expect(await desk.value('spelling:words', {})).toEqual(['cyber', 'Cybercrime', 'cybercrimes', 'Mohsin'])
    expect(await desk.value('spelling:removeWord', { word: 'MOHSIN' })).toEqual(['cyber', 'Cybercrime', 'cybercrimes'])
    expect(await unknown(seedText)).toEqual(['Mohsin'])
  })

  it('suggests corrections, checks a capitalised word that opens a sentence, and counts repeats', async () => {
    const report = await check('Goverment officials met. The goverment said the minister’s plan was recieved well.')
    expect(report.misspellings).toEqual([
      { word: 'Goverment', count: 1, suggestions: expect.arrayContaining(['Government']) },
      { word: 'goverment', count: 1, suggestions: expect.arrayContaining(['government']) },
      { word: 'recieved', count: 1, suggestions: expect.arrayContaining(['received']) },
    ])
  })

  it('leaves out numbers, web addresses and e-mail', async () => {
    expect(await unknown('See www.example.com/reportz or write to desk@newsdesk.example at 9:30 on G20 day.')).toEqual([])
  })

  it('a strict variety holds to its spelling; a language without a dictionary says so', async () => {
    expect(await unknown('The centre organized it.', 'en-US')).toEqual(['centre'])
    expect(await unknown('The centre organized it.', 'en-GB')).toEqual(['organized'])
    expect(await check('بارش سے نظامِ زندگی مفلوج ہو گیا۔', 'ur')).toEqual({ dictionary: null, misspellings: [] })
  })

  it('refuses a phrase or an unknown word with a clear message', async () => {
    const phrase = await desk.call('spelling:addWord', { word: 'two words' })
    expect(phrase.ok ? null : phrase.error.code).toBe('invalid_input')
    const missing = await desk.call('spelling:removeWord', { word: 'absent' })
    expect(missing.ok ? null : missing.error.message).toBe('“absent” is not in the newsroom dictionary.')
  })
})

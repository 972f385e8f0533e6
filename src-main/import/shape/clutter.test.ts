import { describe, expect, it } from 'vitest'
import { clutterReason, isListHeading } from './clutter'
import { isProse, looksLikeHeadline, readCaptionLine, readCreditLine, readTagsLine } from './lineKinds'

describe('clutter rules', () => {
  it('names the clutter news pages put around a story', () => {
    expect(clutterReason('Twitter Share Facebook Share WhatsApp Share')).toBe('share buttons')
    expect(clutterReason('Share this article')).toBe('share buttons')
    expect(clutterReason('شیئر کریں')).toBe('share buttons')
    expect(clutterReason('WhatsApp Logo Subscribe')).toBe('subscribe prompt')
    expect(clutterReason('For News Alert')).toBe('subscribe prompt')
    expect(clutterReason('Advertisement')).toBe('advertisement')
    expect(clutterReason('Advertisement · Scroll to continue')).toBe('advertisement')
    expect(clutterReason('Also read: Karachi’s drains still choked')).toBe('link to another story')
    expect(clutterReason('China’s exports beat forecasts - 3 hours ago')).toBe('list of other stories (with “… ago” times)')
    expect(clutterReason('Copyright 2024 The Associated Press. All Rights Reserved.')).toBe('site footer')
    expect(clutterReason('Comments (12)')).toBe('comments')
    expect(clutterReason('Published in Dawn, June 2nd, 2024')).toBe('print-edition note')
    expect(clutterReason("Pakistan's most trusted news channel")).toBe('site slogan')
    expect(clutterReason('Breaking: Heavy rain expected in Lahore')).toBe('news ticker')
  })

  it('never drops a sentence of the story for a word it shares with clutter', () => {
    expect(clutterReason('Readers who subscribe to the service pay Rs500 a month, the company said.')).toBeNull()
    expect(clutterReason('It is the country’s largest news network, with bureaus in every province.')).toBeNull()
    expect(clutterReason('He moved to Karachi 5 years ago.')).toBeNull()
    expect(clutterReason('The minister shared his concerns with the committee on Monday.')).toBeNull()
  })

  it('knows the headings of lists of other stories', () => {
    for (const heading of ['Most Read', 'Most Popular', 'You might also like', 'Related stories', 'RELATED COVERAGE', 'Read Next', 'Explore more on these topics', 'مقبول ترین', 'مزید پڑھیں']) {
      expect(isListHeading(heading), heading).toBe(true)
    }
    expect(isListHeading('Most of the city was without power')).toBe(false)
  })
})

describe('line kinds', () => {
  it('tells prose from headlines', () => {
    expect(isProse('The minister emphasized the need for greater collaboration between the two countries.')).toBe(true)
    expect(isProse('Mohsin Naqvi visits three important UK institutions in London')).toBe(false)
    expect(looksLikeHeadline('Pakistan to welcome UK support in tackling cybercrimes: Minister')).toBe(true)
    expect(looksLikeHeadline('Home News World Sport Business Opinion')).toBe(false)
    expect(looksLikeHeadline('By News Desk')).toBe(false)
  })

  it('reads caption lines and their credits', () => {
    expect(readCaptionLine('File photo')).toEqual({ caption: 'File photo', credit: '' })
    expect(readCaptionLine('File Photo: AFP')).toEqual({ caption: 'File Photo', credit: 'AFP' })
    expect(readCaptionLine('Photo: Reuters')).toEqual({ caption: '', credit: 'Reuters' })
    expect(readCaptionLine('فائل فوٹو')).toEqual({ caption: 'فائل فوٹو', credit: '' })
    expect(readCaptionLine('A man walks past a shop in Karachi. — AFP/File', { trailing: true })).toEqual({ caption: 'A man walks past a shop in Karachi.', credit: 'AFP' })
    expect(readCaptionLine('Police at the scene | Photo: Reuters', { trailing: true })).toEqual({ caption: 'Police at the scene', credit: 'Reuters' })
    expect(readCaptionLine('A man walks past a shop in Karachi. — AFP/File')).toBeNull()
  })

  it('reads credit lines with their roles', () => {
    expect(readCreditLine('Reporter: Awais Kiyani')).toEqual([{ role: 'reporter', names: ['Awais Kiyani'] }])
    expect(readCreditLine('Additional reporting by Ali Khan and Sana Jamal')).toEqual([{ role: 'additional_reporting', names: ['Ali Khan', 'Sana Jamal'] }])
    expect(readCreditLine('— With input from APP')).toEqual([{ role: 'additional_reporting', names: ['APP'] }])
    expect(readCreditLine('(Reporting by Asif Shahzad; Editing by Alex Richardson)')).toEqual([
      { role: 'reporter', names: ['Asif Shahzad'] },
      { role: 'editing', names: ['Alex Richardson'] },
    ])
    expect(readCreditLine('Associated Press writer Josh Boak contributed to this report.')).toEqual([{ role: 'additional_reporting', names: ['Josh Boak'] }])
    expect(readCreditLine('Reporters were told that the meeting had ended.')).toBeNull()
    expect(readTagsLine('Tags: Karachi, Sindh, Monsoon')).toEqual(['Karachi', 'Sindh', 'Monsoon'])
  })
})

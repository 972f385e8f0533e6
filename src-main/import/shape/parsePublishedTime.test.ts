import { describe, expect, it } from 'vitest'
import { instantOf, parsePublishedTime } from './parsePublishedTime'

const at = (line: string, zone = 'Asia/Karachi') => {
  const time = parsePublishedTime(line)
  return time ? instantOf(time, zone) : null
}

describe('parsePublishedTime', () => {
  it('reads the shapes news pages print, in the chosen zone when they name none', () => {
    expect(at('June 1, 2024 01:23 PM')).toEqual({ instant: '2024-06-01T08:23:00.000Z', zone: 'Asia/Karachi' })
    expect(at('12:00 PM, 17 Dec, 2021')).toEqual({ instant: '2021-12-17T07:00:00.000Z', zone: 'Asia/Karachi' })
    expect(at('12:30 AM, 17 Dec, 2021')?.instant).toBe('2021-12-16T19:30:00.000Z')
    expect(at('Last Updated On 01 June,2024 01:23 pm')?.instant).toBe('2024-06-01T08:23:00.000Z')
    expect(at('Saturday, 1 June 2024, 13:23')?.instant).toBe('2024-06-01T08:23:00.000Z')
    expect(at('۱۲:۰۰ PM, 17 Dec, 2021')?.instant).toBe('2021-12-17T07:00:00.000Z')
    expect(at('June 1, 2024 01:23 PM', 'Europe/London')).toEqual({ instant: '2024-06-01T12:23:00.000Z', zone: 'Europe/London' })
  })

  it('uses the zone or offset the line names', () => {
    expect(at('Sat 1 Jun 2024 09.23 BST')).toEqual({ instant: '2024-06-01T08:23:00.000Z', zone: 'Europe/London' })
    expect(at('Updated 3:14 PM PDT, June 1, 2024')).toEqual({ instant: '2024-06-01T22:14:00.000Z', zone: 'America/Los_Angeles' })
    expect(at('June 1, 2024 1:23 PM GMT+5', 'UTC')).toEqual({ instant: '2024-06-01T08:23:00.000Z', zone: 'UTC' })
    expect(at('2024-06-01T13:23:00+05:00', 'UTC')?.instant).toBe('2024-06-01T08:23:00.000Z')
    expect(at('2024-06-01 13:23 PKT', 'UTC')).toEqual({ instant: '2024-06-01T08:23:00.000Z', zone: 'Asia/Karachi' })
  })

  it('tells published from updated, and a date without a time', () => {
    expect(parsePublishedTime('Published: 2 June 2024')).toMatchObject({ wallClock: '2024-06-02T00:00', hasTime: false, label: 'published' })
    expect(parsePublishedTime('Updated 3:14 PM PDT, June 1, 2024')?.label).toBe('updated')
    expect(parsePublishedTime('01.06.2024 13:23')).toMatchObject({ wallClock: '2024-06-01T13:23', ambiguous: true })
    expect(parsePublishedTime('25/12/2024')).toMatchObject({ wallClock: '2024-12-25T00:00', ambiguous: false })
  })

  it('refuses sentences, relative times and impossible dates', () => {
    expect(parsePublishedTime('He was born on June 1, 2024 in Lahore')).toBeNull()
    expect(parsePublishedTime('Updated 2 hours ago')).toBeNull()
    expect(parsePublishedTime('February 30, 2024 10:00 AM')).toBeNull()
    expect(parsePublishedTime('13:23 PM, 1 June 2024')).toBeNull()
    expect(parsePublishedTime('Pakistan to welcome UK support in tackling cybercrimes: Minister')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { datelineTime, rfc3339InZone } from './exportTime'

describe('rfc3339InZone', () => {
  it('writes an instant as the dateline zone’s wall clock with a colon offset', () => {
    expect(rfc3339InZone('2024-06-01T08:23:00.000Z', 'Asia/Karachi')).toBe('2024-06-01T13:23:00+05:00')
    expect(rfc3339InZone('2024-03-10T04:00:00.000Z', 'Asia/Kolkata')).toBe('2024-03-10T09:30:00+05:30')
    expect(rfc3339InZone('2024-01-15T12:00:00.000Z', 'America/New_York')).toBe('2024-01-15T07:00:00-05:00')
    expect(rfc3339InZone('2024-06-01T08:23:00.000Z', null)).toBe('2024-06-01T08:23:00+00:00')
    expect(rfc3339InZone('2024-06-01T08:23:00.250Z', 'UTC')).toBe('2024-06-01T08:23:00.250+00:00')
  })

  it('leaves out unknown and partial dates instead of guessing a time', () => {
    for (const unknown of [null, undefined, '', '2024', '2024-06', '2024-06-01']) expect(rfc3339InZone(unknown, 'Asia/Karachi')).toBeUndefined()
  })

  it('passes anything else through, for the validator to refuse by name', () => {
    expect(rfc3339InZone('yesterday', 'Asia/Karachi')).toBe('yesterday')
    expect(rfc3339InZone('2024-13-01T00:00:00Z', 'Asia/Karachi')).toBe('2024-13-01T00:00:00Z')
  })
})

describe('datelineTime', () => {
  it('gives the machine and the reader the same moment, or nothing without a dateline time', () => {
    const story = { datelineAt: '2024-06-01T08:23:00.000Z', datelineZone: 'Asia/Karachi', language: 'en' }
    expect(datelineTime(story)).toEqual({ datetime: '2024-06-01T13:23:00+05:00', readable: expect.stringMatching(/June 1, 2024.*1:23/) })
    expect(datelineTime({ ...story, datelineAt: null })).toBeNull()
    expect(datelineTime({ ...story, datelineAt: 'yesterday' })).toBeNull()
  })
})

import { formatInTimeZone } from 'date-fns-tz'
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

describe('rfc3339InZone without date-fns-tz on the way', () => {
  // rfc3339InZone reads the wall clock from a cached Intl formatter (formatInTimeZone took ~30 µs
  // a call); it must write what formatInTimeZone writes, in every zone, across DST changes and
  // back to the 19th century's local mean times (offsets with seconds).
  it('writes exactly what formatInTimeZone writes', () => {
    const zones = ['UTC', 'Asia/Karachi', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/New_York', 'America/St_Johns', 'America/Sao_Paulo', 'Europe/London', 'Europe/Dublin', 'Africa/Monrovia', 'Pacific/Apia', 'Etc/GMT+12', 'Asia/Tehran']
    let seed = 5
    const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647)
    const instants: number[] = []
    for (let i = 0; i < 300; i++) instants.push(Date.UTC(1850, 0, 1) + Math.floor(next() * (Date.UTC(2100, 0, 1) - Date.UTC(1850, 0, 1))))
    for (const year of [2024, 2025]) for (let hour = 0; hour < 24 * 366; hour += 31) instants.push(Date.UTC(year, 0, 1) + hour * 3_600_000 + (hour % 3) * 250)
    for (const zone of zones) {
      for (const time of instants) {
        const date = new Date(time)
        const pattern = date.getUTCMilliseconds() ? "yyyy-MM-dd'T'HH:mm:ss.SSSxxx" : "yyyy-MM-dd'T'HH:mm:ssxxx"
        expect(rfc3339InZone(date.toISOString(), zone), `${date.toISOString()} in ${zone}`).toBe(formatInTimeZone(date, zone, pattern))
      }
    }
    expect(rfc3339InZone('2024-06-01T08:23:00.000Z', '+05:00')).toBe(formatInTimeZone(new Date('2024-06-01T08:23:00.000Z'), '+05:00', "yyyy-MM-dd'T'HH:mm:ssxxx"))
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

import { describe, expect, it } from 'vitest'
import { formatInZone, fromWallClock, toWallClock } from './zonedTime'

describe('zoned wall-clock times', () => {
  it('shows the seed story time in Pakistan time and stores the exact instant', () => {
    expect(fromWallClock('2024-06-01T13:23', 'Asia/Karachi')).toBe('2024-06-01T08:23:00.000Z')
    expect(toWallClock('2024-06-01T08:23:00.000Z', 'Asia/Karachi')).toBe('2024-06-01T13:23')
    expect(formatInZone('2024-06-01T08:23:00.000Z', 'Asia/Karachi')).toBe('1 Jun 2024, 13:23 GMT+5 (UTC+05:00)')
  })

  it('handles a zone with summer time on both sides of the change', () => {
    expect(fromWallClock('2024-03-30T12:00', 'Europe/London')).toBe('2024-03-30T12:00:00.000Z')
    expect(fromWallClock('2024-04-01T12:00', 'Europe/London')).toBe('2024-04-01T11:00:00.000Z')
  })

  it.each(['', '2024-06-01', 'yesterday', '2024-13-45T99:99'])('gives null for %j', (input) => {
    expect(fromWallClock(input, 'Asia/Karachi')).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { isDeskCredit, parseByline } from './parseByline'

const names = (line: string, bare = false) => parseByline(line, { bare })?.names.map((name) => name.name) ?? null

describe('parseByline', () => {
  it('reads "By A", "By A and B", "By A, B and C" and "&"', () => {
    expect(names('By Jane Doe')).toEqual(['Jane Doe'])
    expect(names('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe'])
    expect(names('By Asif Shahzad, Mubasher Bukhari and Gibran Peshimam')).toEqual(['Asif Shahzad', 'Mubasher Bukhari', 'Gibran Peshimam'])
    expect(names('By Asif Shahzad, Mubasher Bukhari, and Gibran Peshimam')).toEqual(['Asif Shahzad', 'Mubasher Bukhari', 'Gibran Peshimam'])
    expect(names('by Jane Doe & John Roe')).toEqual(['Jane Doe', 'John Roe'])
    expect(names('Written by Jane Doe')).toEqual(['Jane Doe'])
  })

  it('splits only on whole-word separators, never inside a name', () => {
    expect(names('By Sandy Anderson')).toEqual(['Sandy Anderson'])
    expect(names('By Andrea Brandt and Randall Sands')).toEqual(['Andrea Brandt', 'Randall Sands'])
    expect(names('By Mahmood Andaleeb')).toEqual(['Mahmood Andaleeb'])
  })

  it('sends the place of "By A and B in Karachi" to the dateline', () => {
    expect(parseByline('By Imran Ayub and Saleem Shahid in Karachi')).toEqual({
      names: [{ name: 'Imran Ayub', desk: false }, { name: 'Saleem Shahid', desk: false }],
      place: 'Karachi',
    })
    expect(parseByline('By Asif Shahzad in Islamabad, Mubasher Bukhari in Lahore')?.names.map((n) => n.name)).toEqual(['Asif Shahzad', 'Mubasher Bukhari'])
  })

  it('knows desk and agency credits, in English and Urdu, with or without "By"', () => {
    expect(parseByline('By News Desk')?.names).toEqual([{ name: 'News Desk', desk: true }])
    expect(parseByline('Staff Reporter')?.names).toEqual([{ name: 'Staff Reporter', desk: true }])
    expect(parseByline('News Desk')?.names).toEqual([{ name: 'News Desk', desk: true }])
    expect(parseByline('ویب ڈیسک')?.names).toEqual([{ name: 'ویب ڈیسک', desk: true }])
    for (const desk of ['Our Correspondent', 'Web Desk', 'Monitoring Desk', 'Reuters', 'AFP', 'Islamabad Bureau', 'APP']) expect(isDeskCredit(desk), desk).toBe(true)
    expect(isDeskCredit('Awais Kiyani')).toBe(false)
  })

  it('sets names in capitals in title case, keeping short capitals', () => {
    expect(names('By AAMER MADHANI and ZEKE MILLER')).toEqual(['Aamer Madhani', 'Zeke Miller'])
    expect(names("BY SEAN O'BRIEN")).toEqual(["Sean O'Brien"])
  })

  it('takes a bare person name only when allowed (beside the time, or a directory name)', () => {
    expect(parseByline('Ali Khan in Lahore')).toBeNull()
    expect(parseByline('Ali Khan in Lahore', { bare: true })).toEqual({ names: [{ name: 'Ali Khan', desk: false }], place: 'Lahore' })
  })

  it('is not fooled by sentences, dates and headlines', () => {
    expect(parseByline('Mohsin Naqvi visits three important UK institutions in London')).toBeNull()
    expect(parseByline('Mohsin Naqvi visits three important UK institutions in London', { bare: true })).toBeNull()
    expect(parseByline('By June 1, 2024')).toBeNull()
    expect(parseByline('By the time the minister arrived, the meeting had ended and most people had left the hall')).toBeNull()
  })
})

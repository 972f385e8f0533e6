import { describe, expect, it } from 'vitest'
import { parseDateline } from './parseDateline'

const rest = (paragraph: string) => {
  const dateline = parseDateline(paragraph)
  return dateline ? { place: dateline.place, agency: dateline.agency, date: dateline.date, rest: paragraph.slice(dateline.length) } : null
}

describe('parseDateline', () => {
  it('reads the common shapes and leaves the sentence', () => {
    expect(rest('ISLAMABAD: The government said on Monday')).toEqual({ place: 'Islamabad', agency: '', date: '', rest: 'The government said on Monday' })
    expect(rest('Islamabad: The government said on Monday')).toMatchObject({ place: 'Islamabad', rest: 'The government said on Monday' })
    expect(rest('ISLAMABAD–The government said on Monday')).toMatchObject({ place: 'Islamabad', rest: 'The government said on Monday' })
    expect(rest('ISLAMABAD — The government said on Monday')).toMatchObject({ place: 'Islamabad', rest: 'The government said on Monday' })
    expect(rest('LONDON, June 1 (Agency) - The government said on Monday')).toEqual({ place: 'London', agency: 'Agency', date: 'June 1', rest: 'The government said on Monday' })
    expect(rest('KARACHI, Dec 17: The Sindh government on Friday said')).toMatchObject({ place: 'Karachi', date: 'Dec 17' })
    expect(rest('GROSSETO, Italy (AP) -- The trial of the captain has begun')).toMatchObject({ place: 'Grosseto, Italy', agency: 'AP', rest: 'The trial of the captain has begun' })
    expect(rest('WASHINGTON (AP) — President Joe Biden signed an order')).toMatchObject({ place: 'Washington', agency: 'AP' })
    expect(rest('NEW YORK, June 3 (Reuters) - Stocks rose on Monday as')).toMatchObject({ place: 'New York', agency: 'Reuters' })
  })

  it('reads Urdu datelines', () => {
    expect(rest('کراچی: محکمہ موسمیات کے مطابق شہر میں')).toMatchObject({ place: 'کراچی', rest: 'محکمہ موسمیات کے مطابق شہر میں' })
    expect(rest('لاہور (نمائندہ خصوصی) پنجاب حکومت نے کہا')).toMatchObject({ place: 'لاہور', agency: 'نمائندہ خصوصی' })
  })

  it('does not take a sentence, a label or a hyphenated word for a dateline', () => {
    expect(parseDateline('Interior Minister Mohsin Naqvi has said Pakistan will welcome')).toBeNull()
    expect(parseDateline('ISPR-led operation in the north continued on Monday')).toBeNull()
    expect(parseDateline('UPDATE: the minister said more on Monday')).toBeNull()
    expect(parseDateline('Note: figures are provisional and may change')).toBeNull()
    expect(parseDateline('Karachi - the city saw rain on Monday')).toBeNull()
    expect(parseDateline('ISLAMABAD: Yes')).toBeNull()
  })
})

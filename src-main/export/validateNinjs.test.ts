import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertValidNinjs, InvalidNinjsError, validateNinjs } from './validateNinjs'

const EXAMPLES = join(import.meta.dirname, 'ninjs-schema', 'examples')
const example = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'))

const minimal = { uri: 'urn:uuid:01900000-0000-7000-8000-000000000001', type: 'text', versioncreated: '2024-06-01T13:23:00+05:00' }

function problemsOf(document: unknown): string[] {
  const result = validateNinjs(document)
  return result.valid ? [] : result.problems.map((problem) => `${problem.field}: ${problem.message}`)
}

describe('validateNinjs: the official IPTC examples (copied in ninjs-schema/examples)', () => {
  it('has the four examples of ../shared/fixtures/ninjs', () => {
    expect(readdirSync(EXAMPLES).sort()).toEqual([
      '2.1_tt_text_image_2.json',
      '2.2_004_simple_text_article.json',
      '2.2_006_photo_only.json',
      '2.2_007_multimedia.json',
    ])
  })

  it.each(['2.2_004_simple_text_article.json', '2.2_006_photo_only.json', '2.2_007_multimedia.json'])('%s validates against 2.2 with formats checked', (file) => {
    expect(validateNinjs(example(file))).toEqual({ valid: true })
  })

  it('the TT 2.1 example validates against 2.1 and 2.2 (its GeoJSON points checked offline)', () => {
    const tt = example('2.1_tt_text_image_2.json')
    expect(validateNinjs(tt, '2.1')).toEqual({ valid: true })
    expect(validateNinjs(tt)).toEqual({ valid: true })
  })
})

describe('validateNinjs: what it refuses, in plain words', () => {
  it('blocks a bad date and names the field', () => {
    expect(problemsOf({ ...minimal, firstcreated: '1 June 2024' })).toEqual(['firstcreated: must be an RFC 3339 date-time with an offset such as +05:00 or Z'])
    expect(() => assertValidNinjs({ ...minimal, versioncreated: '2024-06-01T13:23:00' })).toThrow(
      'The story cannot be exported as ninjs: versioncreated: must be an RFC 3339 date-time with an offset such as +05:00 or Z.',
    )
  })

  it('wants the offset with a colon (RFC 3339), which ajv-formats alone lets through', () => {
    expect(problemsOf({ ...minimal, versioncreated: '2024-06-01T13:23:00+0500' })).toEqual([
      'versioncreated: must be an RFC 3339 date-time with an offset such as +05:00 or Z',
    ])
    expect(problemsOf({ ...minimal, versioncreated: '2024-06-01T08:23:00Z' })).toEqual([])
    expect(problemsOf({ ...minimal, versioncreated: '2024-02-30T08:23:00Z' })).toHaveLength(1) // no 30 February
  })

  it('names an undeclared key, a missing uri, a relative href and a wrong enum value, deep in the document', () => {
    const error = (() => {
      try {
        assertValidNinjs({
          type: 'article',
          reporter: 'Awais Kiyani',
          associations: [{ name: 'lead-picture', uri: 'urn:uuid:x', alt: 'x', renditions: [{ name: 'original', href: 'media/123' }] }],
        })
      } catch (caught) {
        return caught
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(InvalidNinjsError)
    expect((error as InvalidNinjsError).problems.map((p) => `${p.field}: ${p.message}`).sort()).toEqual([
      'associations[0].alt: is not a ninjs property',
      'associations[0].renditions[0].href: must be an absolute URI (with a scheme such as https: or urn:)',
      'reporter: is not a ninjs property',
      'type: must be one of text, audio, video, picture, graphic, composite, component',
      'uri: is required',
    ])
  })

  it('checks GeoJSON against the local schema: a point needs two coordinates', () => {
    const place = (geojson: unknown) => ({ ...minimal, places: [{ name: 'Karachi', geojson }] })
    expect(problemsOf(place({ type: 'Point', coordinates: [67.01, 24.86] }))).toEqual([])
    expect(problemsOf(place({ type: 'Point', coordinates: [67.01] }))).toEqual(['places[0].geojson: does not have any of the shapes the schema allows here'])
  })

  it('says so when the document is not an object at all', () => {
    expect(problemsOf('ninjs')).toEqual(['(document): must be an object'])
  })
})

import fc, { type Arbitrary } from 'fast-check'
import { z } from 'zod'

/** A JSON Schema node as zod's `toJSONSchema` writes one (the parts used here). */
interface SchemaNode {
  type?: string | string[]
  properties?: Record<string, SchemaNode>
  required?: string[]
  items?: SchemaNode
  anyOf?: SchemaNode[]
  oneOf?: SchemaNode[]
  enum?: unknown[]
  const?: unknown
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  additionalProperties?: boolean | SchemaNode
}

/** Strings chosen to hurt: SQL, FTS5 syntax, markup, paths, control and bidi characters, lone surrogates. */
export const HOSTILE_STRINGS = [
  "'; DROP TABLE stories; --", '" OR 1=1 --', 'NEAR(a b', '"unterminated', 'a* OR b* NOT c', '*', '^', 'AND', '(((', ')))',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '../../../../etc/passwd', '..\\..\\windows\\win.ini',
  '\u0000', '\u0007bell', 'line\nbreak', '\r\n', '\u202Eevil', '\uFEFF', '\uD800', '\uDFFF\uD800', '%00', '${7*7}', '{{7*7}}', '__proto__', 'constructor',
  'x'.repeat(10_000), 'ü'.repeat(301), '🇵🇰'.repeat(100), '',
]

/** What the fuzzer knows of the desk: ids that exist (so payloads reach rows, not just `not_found`). */
export interface IdPool {
  ids: string[]
}

/**
 * Builds a fast-check arbitrary for one channel's input from its zod schema (via JSON Schema):
 * mostly well-shaped payloads (so they get past validation and into the services), where at
 * every node there is a chance of something else entirely (any value, a hostile string, a
 * missing or extra key). Ids come from `pool` most of the time.
 */
export function payloadArbitrary(schema: z.ZodType, pool: IdPool): Arbitrary<unknown> {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SchemaNode
  const wild = fc.oneof(fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withTypedArray: true }), fc.constantFrom(...HOSTILE_STRINGS))
  const node = (schema: SchemaNode): Arbitrary<unknown> => fc.oneof({ weight: 12, arbitrary: shaped(schema) }, { weight: 1, arbitrary: wild })

  function shaped(schema: SchemaNode): Arbitrary<unknown> {
    if (schema.const !== undefined) return fc.constant(schema.const)
    if (schema.enum) return fc.constantFrom(...schema.enum)
    const union = schema.anyOf ?? schema.oneOf
    if (union) return fc.oneof(...union.map(node))
    const type = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []
    if (type.length > 1) return fc.oneof(...type.map((one) => shaped({ ...schema, type: one })))
    switch (type[0]) {
      case 'object':
        return object(schema)
      case 'array':
        return fc.array(node(schema.items ?? {}), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 5, 8) })
      case 'string':
        return string(schema)
      case 'integer':
        return fc.integer({ min: Math.max(schema.minimum ?? (schema.exclusiveMinimum ?? -1_000) + 1, -1e9), max: Math.min(schema.maximum ?? 1e6, 1e9) })
      case 'number':
        return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true })
      case 'boolean':
        return fc.boolean()
      case 'null':
        return fc.constant(null)
      default:
        // `{}`: a value zod checks itself (picture and document bytes): bytes, or anything.
        return fc.oneof(fc.uint8Array({ maxLength: 4096 }), wild)
    }
  }

  function object(schema: SchemaNode): Arbitrary<unknown> {
    const keys = Object.keys(schema.properties ?? {})
    const required = new Set(schema.required ?? [])
    // Optional keys come and go at random (fast-check leaves out a key not listed as required).
    const record = fc.record(Object.fromEntries(keys.map((key) => [key, node(schema.properties![key]!)])), { requiredKeys: keys.filter((key) => required.has(key)) })
    // Now and then a key the schema does not know (strict objects must refuse it), or one missing.
    return fc.oneof({ weight: 8, arbitrary: record }, { weight: 1, arbitrary: fc.tuple(record, fc.constantFrom('__proto__', 'constructor', 'extra', 'id')).map(([value, key]) => ({ ...(value as object), [key]: 1 })) })
  }

  function string(schema: SchemaNode): Arbitrary<string> {
    const length = { minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 200, 400) }
    // The pool grows as the run creates rows, so it is read when a value is drawn, not now.
    if (schema.format === 'uuid') return fc.oneof({ weight: 4, arbitrary: fc.nat().chain((n) => (pool.ids.length > 0 ? fc.constant(pool.ids[n % pool.ids.length]!) : fc.uuid({ version: 7 }))) }, { weight: 1, arbitrary: fc.uuid({ version: 7 }) })
    if (schema.format === 'date-time') return fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((date) => date.toISOString())
    if (schema.format === 'email') return fc.emailAddress()
    // Sites: an address where nothing listens, so a fuzzed "Test connection" or publish never leaves the machine.
    if (schema.format === 'uri') return fc.constantFrom('http://127.0.0.1:9/', 'https://127.0.0.1:9/wp', 'http://127.0.0.1:9/stories?x=<y>')
    if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern), length).filter((value) => value.length <= length.maxLength)
    const hostile = HOSTILE_STRINGS.filter((value) => value.length >= length.minLength && value.length <= length.maxLength)
    const any = fc.string({ ...length, unit: 'binary' })
    return hostile.length > 0 ? fc.oneof({ weight: 4, arbitrary: any }, { weight: 1, arbitrary: fc.constantFrom(...hostile) }) : any
  }

  return node(root)
}

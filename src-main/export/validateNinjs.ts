import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import geojsonSchema from './ninjs-schema/geojson.schema.json'
import ninjs21Schema from './ninjs-schema/ninjs-schema_2.1.json'
import ninjs22Schema from './ninjs-schema/ninjs-schema_2.2.json'

/** The ninjs versions we validate against: 2.2 for export, 2.1 for the official examples written to it. */
export type NinjsSchemaVersion = '2.1' | '2.2'

/** One reason a document is not valid ninjs: where (`firstcreated`, `associations[0].uri`) and what, in plain words. */
export interface NinjsProblem {
  field: string
  message: string
}

/** The answer of `validateNinjs`: valid, or the problems found (every one, not only the first). */
export type NinjsValidation = { valid: true } | { valid: false; problems: NinjsProblem[] }

/** Thrown by `assertValidNinjs`: the export is blocked. `message` lists each field and what is wrong with it. */
export class InvalidNinjsError extends Error {
  override readonly name = 'InvalidNinjsError'
  constructor(readonly problems: NinjsProblem[]) {
    super(`The story cannot be exported as ninjs: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`)
  }
}

// RFC 3339 §5.6: the offset is `Z` or `±hh:mm`. ajv-formats also lets `+0500` and `+05` through,
// which some receivers misread; the issue asks for a colon offset, so the validator insists on it.
const RFC3339_OFFSET = /(?:[zZ]|[+-]\d\d:\d\d)$/

const SCHEMA_IDS: Record<NinjsSchemaVersion, string> = {
  '2.1': 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json',
  '2.2': 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json',
}

const SCHEMAS = { '2.1': ninjs21Schema, '2.2': ninjs22Schema } as const

/** The properties ninjs declares for the object at `instancePath`: ninjsType's, plus `name` in an association. */
function declared(version: NinjsSchemaVersion, instancePath: string): Set<string> {
  const names = Object.keys(SCHEMAS[version].$defs.ninjsType.properties)
  return new Set(instancePath ? [...names, 'name'] : names)
}

let ajv: Ajv2020 | undefined
const validators = new Map<NinjsSchemaVersion, ValidateFunction>()

/**
 * One Ajv for the process: draft 2020-12 (what the ninjs 2.x schemas declare), every error
 * collected, formats checked (ajv-formats, full mode). The GeoJSON `$ref` resolves to the
 * local `geojson.schema.json` under its upstream `$id`, so nothing is fetched.
 */
function sharedAjv(): Ajv2020 {
  if (ajv) return ajv
  // strictSchema stays on (an unknown keyword is an error); Ajv's lint-like checks for schema
  // authors (strictRequired, strictTypes) are off: they reject the published IPTC schema,
  // which is valid 2020-12 (`required` inside `oneOf` branches, `type` next to `$ref`).
  ajv = new Ajv2020({ allErrors: true, strictSchema: true, strictRequired: false, strictTypes: false, strictTuples: false })
  addFormats(ajv, { mode: 'full' })
  const dateTime = ajv.formats['date-time']
  const loose = typeof dateTime === 'object' && 'validate' in dateTime ? dateTime.validate : undefined
  if (typeof loose !== 'function') throw new Error('ajv-formats no longer provides a date-time check')
  ajv.addFormat('date-time', (text: string) => RFC3339_OFFSET.test(text) && (loose as (text: string) => boolean)(text))
  ajv.addSchema(geojsonSchema)
  for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema)
  return ajv
}

function validatorFor(version: NinjsSchemaVersion): ValidateFunction {
  let validate = validators.get(version)
  if (validate) return validate
  validate = sharedAjv().getSchema(SCHEMA_IDS[version])
  if (!validate) throw new Error(`the ninjs ${version} schema is not registered`)
  validators.set(version, validate)
  return validate
}

/**
 * Checks a document against the IPTC ninjs JSON Schema (2.2 unless told), formats included:
 * `date-time` must be RFC 3339 with `Z` or a colon offset, `uri`/`href` absolute URIs.
 * Compiled once per version and reused. Never throws for a bad document.
 */
export function validateNinjs(document: unknown, version: NinjsSchemaVersion = '2.2'): NinjsValidation {
  const validate = validatorFor(version)
  if (validate(document)) return { valid: true }
  return { valid: false, problems: describeErrors(validate.errors ?? [], version) }
}

/**
 * Blocks an export that is not valid ninjs 2.2.
 * @throws InvalidNinjsError naming each failing field, e.g. `firstcreated: must be an RFC 3339 date-time`.
 */
export function assertValidNinjs(document: unknown): void {
  const result = validateNinjs(document)
  if (!result.valid) throw new InvalidNinjsError(result.problems)
}

function describeErrors(errors: readonly ErrorObject[], version: NinjsSchemaVersion): NinjsProblem[] {
  // A failed oneOf/anyOf reports every branch's complaint too (a GeoJSON point that is not a
  // point is also "not a LineString", "not a Polygon"…). Say once that the value fits none of them.
  const choices = errors.filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf').map((error) => error.instancePath)
  const insideChoice = (error: ErrorObject) =>
    error.keyword !== 'oneOf' && error.keyword !== 'anyOf' && choices.some((path) => error.instancePath === path || error.instancePath.startsWith(`${path}/`))
  // Inside an association that fails, Ajv forgets which properties the ninjs `$ref` evaluated,
  // so unevaluatedProperties also names valid ones (`uri`). A declared property is never "unknown".
  const echoOfFailure = (error: ErrorObject) =>
    error.keyword === 'unevaluatedProperties' && declared(version, error.instancePath).has(String(error.params['unevaluatedProperty']))
  const seen = new Set<string>()
  const problems: NinjsProblem[] = []
  for (const error of errors.filter((error) => !insideChoice(error) && !echoOfFailure(error))) {
    const problem = describeError(error)
    const key = `${problem.field}\u0000${problem.message}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push(problem)
  }
  return problems
}

/** An Ajv error in a person's words. */
function describeError(error: ErrorObject): NinjsProblem {
  const path = fieldName(error.instancePath)
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return { field: joinField(path, String(params['missingProperty'])), message: 'is required' }
    case 'unevaluatedProperties':
    case 'additionalProperties': {
      const key = String(params['unevaluatedProperty'] ?? params['additionalProperty'])
      return { field: joinField(path, key), message: 'is not a ninjs property' }
    }
    case 'format':
      return { field: path, message: FORMAT_WORDS[String(params['format'])] ?? `must be a valid ${String(params['format'])}` }
    case 'enum':
      return { field: path, message: `must be one of ${(params['allowedValues'] as unknown[]).map(String).join(', ')}` }
    case 'type':
      return { field: path, message: `must be ${TYPE_WORDS[String(params['type'])] ?? String(params['type'])}` }
    case 'oneOf':
    case 'anyOf':
      return { field: path, message: 'does not have any of the shapes the schema allows here' }
    default:
      return { field: path, message: error.message ?? `fails the ${error.keyword} rule` }
  }
}

const FORMAT_WORDS: Record<string, string> = {
  'date-time': 'must be an RFC 3339 date-time with an offset such as +05:00 or Z',
  uri: 'must be an absolute URI (with a scheme such as https: or urn:)',
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
}

/** `/associations/0/renditions/1/href` → `associations[0].renditions[1].href`; the whole document is `(document)`. */
function fieldName(instancePath: string): string {
  if (!instancePath) return '(document)'
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((field, part) => (/^\d+$/.test(part) ? `${field}[${part}]` : field ? `${field}.${part}` : part), '')
}

function joinField(path: string, key: string): string {
  return path === '(document)' ? key : `${path}.${key}`
}

// A validator for the subset of JSON Schema (draft 2020-12) that docs/json-schema.json
// uses: $ref (local), oneOf, type (with arrays, "integer"), const, enum, required,
// properties, additionalProperties: false, items, maxItems, minimum, maximum, pattern.
// Type-specific keywords apply only to values of their type, as the spec says.
// Anything else in a schema is an error here, so the schema cannot silently outgrow it.

const KNOWN = new Set([
  '$schema', '$id', '$defs', '$ref', 'title', 'description', 'oneOf', 'type', 'const', 'enum', 'required',
  'properties', 'additionalProperties', 'items', 'maxItems', 'minimum', 'maximum', 'pattern',
]);

function typeOf(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(want, v) {
  const t = typeOf(v);
  return want === t || (want === 'number' && t === 'integer');
}

/** Errors (strings, with JSON-pointer-ish paths) of `value` against `schema`; [] if valid. */
export function validate(root, value) {
  const errors = [];
  check(root, root, value, '', errors);
  return errors;
}

function resolve(root, ref) {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  return ref.slice(2).split('/').reduce((node, key) => node[key], root);
}

function check(root, schema, v, path, errors) {
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`validator: unsupported keyword ${k} at ${path}`);
  if (schema.$ref) check(root, resolve(root, schema.$ref), v, path, errors);
  if (schema.oneOf) {
    const passing = schema.oneOf.filter((s) => {
      const e = [];
      check(root, s, v, path, e);
      return e.length === 0;
    });
    if (passing.length !== 1) errors.push(`${path || '/'}: matches ${passing.length} of oneOf`);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeMatches(t, v))) errors.push(`${path}: ${JSON.stringify(v)} is not ${types.join('|')}`);
  }
  if ('const' in schema && v !== schema.const) errors.push(`${path}: ${JSON.stringify(v)} !== ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(v)) errors.push(`${path}: ${JSON.stringify(v)} not in enum`);
  const t = typeOf(v);
  if (t === 'integer' || t === 'number') {
    if (schema.minimum !== undefined && v < schema.minimum) errors.push(`${path}: ${v} < ${schema.minimum}`);
    if (schema.maximum !== undefined && v > schema.maximum) errors.push(`${path}: ${v} > ${schema.maximum}`);
  }
  if (t === 'string' && schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(v)) {
    errors.push(`${path}: ${JSON.stringify(v)} does not match ${schema.pattern}`);
  }
  if (t === 'array') {
    if (schema.maxItems !== undefined && v.length > schema.maxItems) errors.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.items) v.forEach((item, i) => check(root, schema.items, item, `${path}/${i}`, errors));
  }
  if (t === 'object') {
    for (const r of schema.required ?? []) if (!(r in v)) errors.push(`${path}: missing ${r}`);
    for (const [k, item] of Object.entries(v)) {
      const sub = schema.properties?.[k];
      if (sub) check(root, sub, item, `${path}/${k}`, errors);
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${k}`);
    }
  }
}

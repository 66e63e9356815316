/**
 * The consumer's reading of a schema (docs/events.md, "Evolution rules"): every
 * `additionalProperties: false` (and `unevaluatedProperties: false`) is dropped, so a property a
 * newer producer added, or a CloudEvents extension attribute such as `traceparent`, is accepted
 * and ignored. Required properties, types, formats and enum values are checked as before.
 */
export function tolerantSchema<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map((item: unknown) => tolerantSchema(item)) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if ((key === 'additionalProperties' || key === 'unevaluatedProperties') && value === false) continue;
    copy[key] = tolerantSchema(value);
  }
  return copy as T;
}

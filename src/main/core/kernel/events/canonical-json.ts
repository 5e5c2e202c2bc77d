/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no white space, numbers as
 * JSON.stringify writes them (payloads hold integers only). The same value always gives the
 * same bytes, which is what the hash chain and signatures need.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error('Canonical JSON cannot hold a non-finite number');
    }
    if (value === undefined) throw new Error('Canonical JSON cannot hold undefined');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

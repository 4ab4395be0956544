/** A short id not yet used in a list: "partner-3", or a slug of a name when one is given. */
export function newId(prefix: string, existing: readonly string[], name = ''): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 24);
  const base = slug || prefix;
  const taken = new Set(existing);
  if (!taken.has(base) && slug) return base;
  for (let n = 1; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

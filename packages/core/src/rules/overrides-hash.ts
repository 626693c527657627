/**
 * A short, deterministic fingerprint of a rulebook override, for the version string. Pure JS
 * (FNV-1a, 64 bit) over a canonical JSON with sorted keys, so it is the same on every platform
 * and for overrides written with keys in any order. Not a security hash: it only makes a
 * customised rulebook visible and distinguishable in the audit trail.
 */

const canonical = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
};

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** 12 hex digits of FNV-1a-64 over the UTF-8 bytes of the canonical JSON of `value`. */
export const shortHash = (value: unknown): string => {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(canonical(value))) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0').slice(0, 12);
};

export const canonicalJson = canonical;

import * as canonicalizeModule from 'canonicalize';

type Canonicalize = (input: unknown) => string | undefined;

/*
 * canonicalize ships CommonJS (`module.exports = fn`) with an ES-style `export default` typing.
 * Depending on the loader the function arrives as the namespace's `default` or as `default.default`;
 * resolve it once here so the rest of the code sees one function.
 */
const resolve = (mod: unknown): Canonicalize => {
  let candidate: unknown = mod;
  for (let i = 0; i < 3 && typeof candidate !== 'function'; i++) {
    candidate = (candidate as { default?: unknown } | undefined)?.default;
  }
  if (typeof candidate !== 'function') {
    throw new Error('canonicalize: the module did not provide a function');
  }
  return candidate as Canonicalize;
};

const canonicalize = resolve(canonicalizeModule);

/**
 * RFC 8785 (JSON Canonicalization Scheme) serialisation: sorted keys, no whitespace,
 * ECMAScript number formatting. The basis of every event hash, so that the same event
 * hashes the same in every store and every language.
 */
export const canonicalJson = (value: unknown): string => {
  const text = canonicalize(value);
  if (text === undefined) {
    throw new TypeError('canonicalJson: value has no JSON representation');
  }
  return text;
};

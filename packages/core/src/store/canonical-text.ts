import type { EventMetadata } from './envelope.js';
import type { JsonValue } from './json-value.js';

/*
 * RFC 8785 text for values already known to be plain JSON, on the append path. `canonicalJson`
 * (the `canonicalize` package) serialises anything and checks for `toJSON`, `undefined` and
 * symbols at every step; what a store appends has been through `toJsonValue` or the envelope
 * schema already, so these walk it without those checks. Both are held byte for byte to
 * `canonicalJson` by property tests (canonical-text.test.ts).
 *
 * Strings and numbers are written by JSON.stringify, which is what RFC 8785 prescribes for
 * them (ECMAScript's serialisation of strings, and Number.prototype.toString for finite
 * numbers); keys are sorted by UTF-16 code units, which is Array.prototype.sort's order.
 */

const quote = JSON.stringify as (value: string) => string;

/** The canonical text of a plain JSON value (as `toJsonValue` returns: finite numbers, no `undefined`). */
export const canonicalText = (value: JsonValue): string => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
  }
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      text += canonicalText(value[i] as JsonValue);
    }
    return `${text}]`;
  }
  const object = value as { readonly [key: string]: JsonValue };
  const keys = Object.keys(object).sort();
  let text = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (i > 0) text += ',';
    text += `${quote(key)}:${canonicalText(object[key] as JsonValue)}`;
  }
  return `${text}}`;
};

/**
 * The canonical text of event metadata as the envelope schema returns it (known keys only,
 * strings where it says so), written in RFC 8785 key order without sorting anything.
 */
export const metadataText = (m: EventMetadata): string => {
  let text = `{"actor":{"id":${quote(m.actor.id)},"role":${quote(m.actor.role)},"scope":${canonicalText(m.actor.scope)}},"causationId":${m.causationId === null ? 'null' : quote(m.causationId)}`;
  if (m.commandFingerprint !== undefined) {
    text += `,"commandFingerprint":${quote(m.commandFingerprint)}`;
  }
  return `${text},"commandId":${quote(m.commandId)},"correlationId":${quote(m.correlationId)},"occurredAt":${quote(m.occurredAt)},"recordedAt":${quote(m.recordedAt)},"rulebookVersion":${quote(m.rulebookVersion)}}`;
};

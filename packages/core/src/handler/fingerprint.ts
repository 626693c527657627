import { hash } from 'node:crypto';
import { either as E } from 'fp-ts';
import { canonicalJson } from '../store/canonical-json.js';
import { toStorableJson } from '../store/json-value.js';

/**
 * The RFC 8785 text of a command's payload. A payload that is plain JSON (as every parsed
 * command is) is written by the append path's serialiser, which gives `canonicalJson`'s text
 * byte for byte (property-tested); anything else (a Date, a class instance, a `toJSON`, a value
 * past the stored-data limits) goes through `canonicalJson` itself, so the text, and with it
 * every fingerprint already recorded, never depends on which path wrote it.
 */
const canonicalPayload = (payload: unknown): string => {
  const storable = toStorableJson(payload);
  return E.isRight(storable) ? storable.right.text : canonicalJson(payload);
};

/**
 * The fingerprint of a command: SHA-256 (hex) over the RFC 8785 canonical JSON of everything
 * but its `meta` (so its type and payload). A retry of the same command carries the same
 * fingerprint whoever sends it and whenever; the same id with other content does not, and is
 * refused as `COMMAND_ID_REUSED` rather than answered with the first command's result.
 * Computed on the parsed command, so that what zod normalises (trimmed text) counts once.
 */
export const commandFingerprint = (command: { readonly meta: unknown }): string => {
  const { meta: _meta, ...payload } = command as { meta: unknown } & Record<string, unknown>;
  return hash('sha256', canonicalPayload(payload), 'hex');
};

import { hash } from 'node:crypto';
import { canonicalJson } from '../store/canonical-json.js';

/**
 * The fingerprint of a command: SHA-256 (hex) over the RFC 8785 canonical JSON of everything
 * but its `meta` (so its type and payload). A retry of the same command carries the same
 * fingerprint whoever sends it and whenever; the same id with other content does not, and is
 * refused as `COMMAND_ID_REUSED` rather than answered with the first command's result.
 * Computed on the parsed command, so that what zod normalises (trimmed text) counts once.
 */
export const commandFingerprint = (command: { readonly meta: unknown }): string => {
  const { meta: _meta, ...payload } = command as { meta: unknown } & Record<string, unknown>;
  return hash('sha256', canonicalJson(payload), 'hex');
};

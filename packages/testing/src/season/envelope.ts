/**
 * The envelope of a season's events, built the way the command handler builds it
 * (handler/command-handler.ts): event ids UUID v7 — time-ordered by the instant the system
 * recorded the step, their random bits from the case's own stream, so deterministic — and the
 * metadata of the command (actor, command id and fingerprint, correlation and causation ids,
 * rulebook version, legal time and recorded time).
 */
import {
  type CaseCommand,
  type CaseContext,
  type CaseEvent,
  caseEventCodec,
  commandFingerprint,
  type EventMetadata,
  type NewEvent,
} from '@netra/core';
import type { Prng } from './prng.js';

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** A UUID v7 (RFC 9562) for the instant `ms`, its 74 random bits drawn from `next`. */
export const uuidV7At = (ms: number, next: Prng): string => {
  const time = hex(ms, 12);
  const a = next();
  const b = next();
  const c = next();
  const variant = 0x8000 | ((a >>> 12) & 0x3fff);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(a & 0xfff, 3)}-${hex(variant, 4)}-${hex(b, 8)}${hex(c & 0xffff, 4)}`;
};

/** The events of one decided command, as the command handler hands them to the store. */
export const envelopesOf = (
  command: CaseCommand,
  events: readonly CaseEvent[],
  context: CaseContext,
  nextRandom: Prng,
): NewEvent[] => {
  const { meta } = command;
  const metadata: EventMetadata = {
    actor: meta.actor,
    commandId: meta.commandId,
    commandFingerprint: commandFingerprint(command),
    correlationId: meta.correlationId ?? meta.commandId,
    causationId: meta.causationId ?? null,
    rulebookVersion: context.rulebookVersion,
    occurredAt: meta.occurredAt,
    recordedAt: context.now.toISOString(),
  };
  const at = context.now.getTime();
  return events.map((event) => ({
    id: uuidV7At(at, nextRandom),
    ...caseEventCodec.encode(event),
    metadata,
  }));
};

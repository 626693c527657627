/**
 * The actor behind a command, as recorded on every event. `role` and `scope` are plain strings
 * here so that the store layer does not depend on a domain's role model; the case domain narrows them.
 */
export interface ActorRef {
  readonly id: string;
  readonly role: string;
  readonly scope: Readonly<Record<string, string>>;
}

/**
 * Metadata every command carries. `occurredAt` is legal time (when the act happened on paper);
 * the handler adds `recordedAt` from its clock. Both end up on every event the command produces.
 */
export interface CommandMeta {
  /** Idempotency key: a retried command with the same id appends nothing twice. */
  readonly commandId: string;
  readonly actor: ActorRef;
  /** ISO 8601 instant with offset: when the act legally happened. */
  readonly occurredAt: string;
  readonly correlationId?: string;
  readonly causationId?: string;
}

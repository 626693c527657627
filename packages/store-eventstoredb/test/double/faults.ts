import { Metadata, status } from '@grpc/grpc-js';

/**
 * A failure the double answers instead of doing the call, shaped as the real server sends it:
 * a gRPC status, and for EventStoreDB's own errors an `exception` trailer (with its details,
 * e.g. `stream-name`) that the client's `convertToCommandError` decodes.
 */
export interface DoubleFault {
  readonly code: status;
  readonly details: string;
  readonly trailers?: Readonly<Record<string, string>>;
}

export interface ServiceErrorShape {
  readonly code: status;
  readonly details: string;
  readonly metadata: Metadata;
}

export const serviceError = (fault: DoubleFault): ServiceErrorShape => {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(fault.trailers ?? {})) metadata.set(key, value);
  return { code: fault.code, details: fault.details, metadata };
};

/** The faults of EventStoreDB's error table, as the real server answers them. */
export const faults = {
  /** The client reconnects to the leader it names: name the double itself to keep testing it. */
  notLeader: (host: string, port: number): DoubleFault => ({
    code: status.NOT_FOUND,
    details: 'Leader info available',
    trailers: {
      exception: 'not-leader',
      'leader-endpoint-host': host,
      'leader-endpoint-port': String(port),
    },
  }),
  accessDenied: (): DoubleFault => ({
    code: status.PERMISSION_DENIED,
    details: 'Access denied',
    trailers: { exception: 'access-denied' },
  }),
  streamDeleted: (stream: string): DoubleFault => ({
    code: status.FAILED_PRECONDITION,
    details: `Event stream '${stream}' is deleted.`,
    trailers: { exception: 'stream-deleted', 'stream-name': stream },
  }),
  unavailable: (): DoubleFault => ({ code: status.UNAVAILABLE, details: 'Server is not ready' }),
  deadlineExceeded: (): DoubleFault => ({
    code: status.DEADLINE_EXCEEDED,
    details: 'Deadline exceeded',
  }),
  maxAppendSize: (): DoubleFault => ({
    code: status.INVALID_ARGUMENT,
    details: 'Maximum Append Size of 1048576 Exceeded.',
    trailers: { exception: 'maximum-append-size-exceeded', 'maximum-append-size': '1048576' },
  }),
} as const;

/** Faults queued for the next calls, per method ('read', 'append') or for any ('*'). */
export class FaultQueue {
  private readonly queue: {
    method: string;
    fault: DoubleFault;
    when: ((request: unknown) => boolean) | undefined;
  }[] = [];

  push(
    method: 'read' | 'append' | '*',
    fault: DoubleFault,
    times = 1,
    when?: (request: unknown) => boolean,
  ): void {
    for (let i = 0; i < times; i++) this.queue.push({ method, fault, when });
  }

  /** The first queued fault for this call (`request`: a read's request, for `when`). */
  take(method: 'read' | 'append', request?: unknown): DoubleFault | undefined {
    const index = this.queue.findIndex(
      (f) =>
        (f.method === method || f.method === '*') &&
        (f.when === undefined || (request !== undefined && f.when(request))),
    );
    if (index < 0) return undefined;
    return this.queue.splice(index, 1)[0]?.fault;
  }

  clear(): void {
    this.queue.length = 0;
  }
}

import type { StoreError } from '@netra/core';
import { storeLocked, storeReadOnly, storeUnavailable } from '@netra/core';

/**
 * Anything node-postgres threw (a refused connection, a dropped socket, a server error): the
 * query helpers wrap it in this class, so the store can tell an operational fault, which it
 * answers as a `StoreError` value, from a bug in its own code, which it lets through.
 */
export class DriverFault extends Error {
  constructor(readonly fault: unknown) {
    super(fault instanceof Error ? fault.message : String(fault));
    this.name = 'DriverFault';
  }
}

/**
 * A driver fault on COMMIT itself: the connection may have been lost after the server committed
 * and before it could say so, so the outcome is unknown to the client.
 */
export class CommitFault extends DriverFault {
  constructor(fault: unknown) {
    super(fault);
    this.name = 'CommitFault';
  }
}

/** The SQLSTATE of a server error, or the errno code (ECONNREFUSED…) of a socket error. */
export const faultCode = (fault: unknown): string | undefined => {
  const code = (fault as { readonly code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

const messageOf = (fault: unknown): string =>
  fault instanceof Error ? fault.message : String(fault);

const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

/** What happened, in an operator's words, from the SQLSTATE class or socket code. */
const describe = (code: string | undefined, message: string): string => {
  if (code === undefined) {
    return /timeout/i.test(message)
      ? 'no connection could be had in time (pool exhausted or server unreachable)'
      : 'the connection failed or was lost';
  }
  if (SOCKET_CODES.has(code)) return 'the server cannot be reached';
  if (code === '57014') return 'a statement was cancelled (statement_timeout, or a cancel request)';
  if (code === '57P01' || code === '57P02')
    return 'the server ended the session (pg_terminate_backend or shutdown)';
  if (code === '57P03') return 'the server is starting up or shutting down';
  if (code.startsWith('08')) return 'the connection failed';
  if (code.startsWith('28')) return 'the server refused the credentials';
  if (code === '3D000') return 'the database does not exist';
  if (code.startsWith('53')) return 'the server is out of resources (connections, memory or disk)';
  if (code === '40001' || code === '40P01')
    return 'the transaction was aborted by a serialisation failure or deadlock; nothing was written';
  if (code === '42P01' || code === '3F000')
    return "the store's tables are missing (was the schema dropped?)";
  if (code === '42501') return 'the database user lacks a privilege the store needs';
  return `the server refused a statement (SQLSTATE ${code})`;
};

/**
 * Maps a driver fault to the port's error. Everything becomes `STORE_UNAVAILABLE` (the cause
 * kept for logs) except a lock wait that ran out (`lock_timeout`, SQLSTATE 55P03:
 * `STORE_LOCKED`) and a write sent to a read-only server, such as a standby
 * (25006: `STORE_READ_ONLY`). A version conflict is never produced here: append maps the
 * unique violation itself, where it knows the stream.
 */
export const storeErrorOf = (fault: unknown, where: string): StoreError => {
  const code = faultCode(fault);
  const message = messageOf(fault);
  if (code === '55P03') {
    return storeLocked(
      `PostgreSQL store ${where}: a lock was not granted within lock_timeout (${message}); nothing was written.`,
    );
  }
  if (code === '25006') return storeReadOnly(`PostgreSQL store ${where} (a read-only server)`);
  return storeUnavailable(
    `PostgreSQL store ${where} is unavailable: ${describe(code, message)} (${message}).`,
    fault,
  );
};

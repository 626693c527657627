import streamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb.js';
import type { UntypedServiceImplementation } from '@grpc/grpc-js';
import { Server, ServerCredentials, status } from '@grpc/grpc-js';
import type { BeforeAppend } from './append-handler.js';
import { appendHandler } from './append-handler.js';
import { DoubleLog } from './double-log.js';
import type { DoubleFault } from './faults.js';
import { FaultQueue, serviceError } from './faults.js';
import type { ReadCall } from './read-handler.js';
import { readHandler } from './read-handler.js';

/**
 * The EventStoreDB PROTOCOL TEST DOUBLE: a `@grpc/grpc-js` server on loopback that implements
 * `Streams.Read` (streams, `$all`, subscriptions) and `Streams.Append` with the service
 * definitions shipped inside `@eventstore/db-client`, so the real client runs its real gRPC
 * path. Everything else (BatchAppend, Delete, ServerFeatures, Gossip, persistent
 * subscriptions…) answers UNIMPLEMENTED; the client then uses plain `Append`, in single-node
 * mode (`?tls=false`). Not a server: a test double, with hooks for the tests.
 */
export interface EsdbDouble {
  /** `esdb://127.0.0.1:<port>?tls=false` */
  readonly url: string;
  readonly port: number;
  /** The stored log, editable behind the client's back. */
  readonly log: DoubleLog;
  /**
   * Answers the next `times` calls of `method` (those whose request passes `when`, if given)
   * with `fault` instead of doing them.
   */
  failNext(
    method: 'read' | 'append' | '*',
    fault: DoubleFault,
    times?: number,
    when?: (request: unknown) => boolean,
  ): void;
  /** Forgets the faults still queued. */
  clearFaults(): void;
  /** Ends every live subscription with UNAVAILABLE, as a dropped connection would. */
  dropSubscriptions(): number;
  /** How many subscriptions are live. */
  readonly subscriptions: number;
  /** Awaited before each append is applied (undefined: none): to interleave another writer. */
  beforeAppend: BeforeAppend | undefined;
  /** Stops the server (connections are cut); `start` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

const unimplemented = {
  delete: (_call: unknown, callback: (error: unknown) => void) =>
    callback({ code: status.UNIMPLEMENTED, details: 'not in the test double' }),
  tombstone: (_call: unknown, callback: (error: unknown) => void) =>
    callback({ code: status.UNIMPLEMENTED, details: 'not in the test double' }),
  batchAppend: (call: { emit: (event: string, error: unknown) => void }) =>
    call.emit('error', { code: status.UNIMPLEMENTED, details: 'not in the test double' }),
};

const bind = (server: Server, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    );
  });

export const startEsdbDouble = async (): Promise<EsdbDouble> => {
  const log = new DoubleLog();
  const faults = new FaultQueue();
  const live = new Set<ReadCall>();
  let server: Server | undefined;
  let port = 0;
  const hooks: { beforeAppend?: BeforeAppend | undefined } = {};

  const start = async (): Promise<void> => {
    const next = new Server();
    const implementation = {
      read: readHandler(log, faults, live),
      append: appendHandler(log, faults, hooks),
      ...unimplemented,
    };
    next.addService(
      streamsGrpc.StreamsService,
      implementation as unknown as UntypedServiceImplementation,
    );
    port = await bind(next, port);
    server = next;
  };
  await start();

  return {
    url: `esdb://127.0.0.1:${port}?tls=false`,
    port,
    log,
    failNext: (method, fault, times = 1, when) => faults.push(method, fault, times, when),
    clearFaults: () => faults.clear(),
    dropSubscriptions() {
      const calls = [...live];
      for (const call of calls) {
        live.delete(call);
        call.emit(
          'error',
          serviceError({ code: status.UNAVAILABLE, details: 'subscription dropped by the double' }),
        );
      }
      return calls.length;
    },
    get beforeAppend() {
      return hooks.beforeAppend;
    },
    set beforeAppend(hook) {
      hooks.beforeAppend = hook;
    },
    get subscriptions() {
      return live.size;
    },
    async stop() {
      const current = server;
      server = undefined;
      if (current === undefined) return;
      for (const call of [...live]) live.delete(call);
      current.forceShutdown();
    },
    start,
  };
};

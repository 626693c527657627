import { freshStreamId, newEvents } from '@netra/testing';
import { either as E } from 'fp-ts';
import { afterEach, describe, expect, it } from 'vitest';
import { esdbErrorType, openEventStoreDbEventStore } from '../src/index.js';
import type { EsdbDouble } from './double/esdb-double.js';
import type { DoubleFault } from './double/faults.js';
import { faults } from './double/faults.js';
import { openOnDouble, rightOrThrow, useEsdbDouble } from './support/double-store.js';

let double: EsdbDouble;
useEsdbDouble((started) => {
  double = started;
});
afterEach(() => double.clearFaults());

const leftOf = <A>(result: E.Either<{ code: string; message: string }, A>) => {
  if (E.isRight(result)) throw new Error('expected a refusal');
  return result.left as { code: string; message: string; cause?: unknown; reason?: string };
};

describe('client errors as typed store errors (protocol test double answering each)', () => {
  const unavailableCases: [string, () => DoubleFault, string][] = [
    ['NotLeaderError', () => faults.notLeader('127.0.0.1', double.port), 'not-leader'],
    ['AccessDeniedError', faults.accessDenied, 'access-denied'],
    ['DeadlineExceededError', faults.deadlineExceeded, 'deadline-exceeded'],
    ['UnavailableError', faults.unavailable, 'unavailable'],
  ];

  it.each(unavailableCases)(
    '%s on append and on read is STORE_UNAVAILABLE naming it; nothing is written',
    async (_name, fault, type) => {
      const store = await openOnDouble(double);
      try {
        const streamId = freshStreamId();
        rightOrThrow(await store.append(streamId, newEvents(1), { expectedVersion: 'no_stream' }));
        double.failNext('append', fault());
        const append = leftOf(await store.append(streamId, newEvents(1), { expectedVersion: 1 }));
        expect(append.code).toBe('STORE_UNAVAILABLE');
        expect(append.message).toContain(type);
        expect(esdbErrorType(append.cause)).toBe(type);
        double.failNext('read', fault());
        const read = leftOf(await store.readStream(streamId));
        expect(read.code).toBe('STORE_UNAVAILABLE');
        expect(esdbErrorType(read.cause)).toBe(type);
        double.failNext('read', fault());
        expect(leftOf(await store.readAll()).code).toBe('STORE_UNAVAILABLE');
        double.failNext('read', fault());
        expect(leftOf(await store.checkpoints.load('x')).code).toBe('STORE_UNAVAILABLE');
        expect(rightOrThrow(await store.readStream(streamId))).toHaveLength(1);
      } finally {
        await store.close();
      }
    },
  );

  it('StreamDeletedError (a tombstoned stream) is CHAIN_BROKEN for its stream', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      double.failNext('read', faults.streamDeleted(`${store.category}-${streamId}`));
      expect(leftOf(await store.readStream(streamId))).toMatchObject({
        code: 'CHAIN_BROKEN',
        reason: 'HEAD_MISMATCH',
        streamId,
      });
      rightOrThrow(await store.append(streamId, newEvents(1), { expectedVersion: 'no_stream' }));
      double.failNext('append', faults.streamDeleted(`${store.category}-${streamId}`));
      expect(
        leftOf(await store.append(streamId, newEvents(1), { expectedVersion: 1 })),
      ).toMatchObject({
        code: 'CHAIN_BROKEN',
        streamId,
      });
    } finally {
      await store.close();
    }
  });

  it('an append over the server’s maximum size is INVALID_APPEND', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      double.failNext('append', faults.maxAppendSize());
      const refused = leftOf(
        await store.append(streamId, newEvents(2), { expectedVersion: 'any' }),
      );
      expect(refused.code).toBe('INVALID_APPEND');
      expect(refused.message).toContain('maximum append size');
      expect(rightOrThrow(await store.readStream(streamId))).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('a version conflict the server answers (another process) is WRONG_EXPECTED_VERSION with the actual version', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      rightOrThrow(await store.append(streamId, newEvents(2), { expectedVersion: 'no_stream' }));
      double.beforeAppend = async () => {
        double.beforeAppend = undefined;
        // Another writer's raw events (not netra's): the stream is now at revision 2.
        double.log.append(`${store.category}-${streamId}`, { kind: 'any' }, [
          {
            id: '00000000-0000-4000-8000-00000000000a',
            type: 'X',
            contentType: 'application/json',
            data: Buffer.from('{}'),
            customMetadata: new Uint8Array(),
          },
        ]);
      };
      const refused = leftOf(await store.append(streamId, newEvents(1), { expectedVersion: 2 }));
      expect(refused).toMatchObject({ code: 'WRONG_EXPECTED_VERSION', actual: 3 });
    } finally {
      double.beforeAppend = undefined;
      await store.close();
    }
  });

  it('a failed append says its outcome is unknown; a failed read-back says the append was recorded', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      double.failNext('append', faults.unavailable());
      const unknown = leftOf(
        await store.append(streamId, newEvents(1), { expectedVersion: 'any' }),
      );
      expect(unknown.code).toBe('STORE_UNAVAILABLE');
      expect(unknown.message).toContain('may still have been recorded');
      // The next read after the append is the read-back: fail it.
      double.beforeAppend = async () => {
        double.beforeAppend = undefined;
        double.failNext('read', faults.unavailable());
      };
      const recorded = leftOf(
        await store.append(streamId, newEvents(1), { expectedVersion: 'any' }),
      );
      expect(recorded.message).toContain('WAS recorded');
      expect(rightOrThrow(await store.readStream(streamId))).toHaveLength(1);
    } finally {
      double.beforeAppend = undefined;
      await store.close();
    }
  });

  it('opening on a server that cannot be reached answers STORE_UNAVAILABLE, not a rejection', async () => {
    const opened = await openEventStoreDbEventStore({
      connectionString: 'esdb://127.0.0.1:1?tls=false&maxDiscoverAttempts=1&discoveryInterval=10',
    });
    expect(leftOf(opened).code).toBe('STORE_UNAVAILABLE');
  });
});

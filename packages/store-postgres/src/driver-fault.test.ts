import { describe, expect, it } from 'vitest';
import { storeErrorOf } from './driver-fault.js';

const fault = (code: string | undefined, message = 'boom') =>
  Object.assign(new Error(message), code === undefined ? {} : { code });

describe('driver faults become the port’s errors', () => {
  it('maps SQLSTATEs and socket errors to typed errors, keeping the cause', () => {
    expect(storeErrorOf(fault('55P03'), '(schema "n")')).toMatchObject({ code: 'STORE_LOCKED' });
    expect(storeErrorOf(fault('25006'), '(schema "n")')).toMatchObject({
      code: 'STORE_READ_ONLY',
    });
    for (const [code, words] of [
      ['ECONNREFUSED', /cannot be reached/],
      ['57014', /statement_timeout/],
      ['57P01', /ended the session/],
      ['3D000', /database does not exist/],
      ['28P01', /credentials/],
      ['42501', /privilege/],
      ['42P01', /tables are missing/],
      ['40P01', /deadlock/],
      [undefined, /connection failed or was lost/],
    ] as const) {
      const error = storeErrorOf(fault(code), '(schema "n")');
      expect(error.code).toBe('STORE_UNAVAILABLE');
      expect(error.message).toMatch(words);
      expect(error.message).toMatch(/schema "n"/);
      expect(error).toHaveProperty('cause');
    }
  });
});

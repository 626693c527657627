import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { CASE_ROLES, type CaseError, parseActor } from '../../src/case/index.js';
import { history, register, registered, spec } from './builders.js';
import { PEMILU as s } from './fixtures.js';

/*
 * Every role's actor is strict (roles.ts): a Bawaslu RI actor with a regionCode, or a satgas
 * with a second scope key, used to be accepted with the extra part dropped. parseActor also
 * takes an actor that does not come inside a command (a host's signed-in user), and names
 * fields under `meta.actor` as it does for one that does.
 */

const refused = (actor: unknown): CaseError => {
  const parsed = parseActor(actor);
  if (E.isRight(parsed)) return expect.fail(`expected ${JSON.stringify(actor)} to be refused`);
  return parsed.left;
};

const freeScope = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, `v${i}`]));

describe('parseActor: strict shape per role', () => {
  it.each([
    [
      'Bawaslu RI with a regionCode',
      { id: 'b', role: 'bawaslu', scope: { bawasluLevel: 'RI', regionCode: '34' } },
      'meta.actor.scope.regionCode',
    ],
    [
      'Bawaslu Kab/Kota with an agencyId',
      {
        id: 'b',
        role: 'bawaslu',
        scope: { bawasluLevel: 'KABKOTA', regionCode: '34.02', agencyId: 'x' },
      },
      'meta.actor.scope.agencyId',
    ],
    [
      'a satgas with a second scope key',
      { id: 's', role: 'satgas', scope: { agencyId: 'dinkes', regionCode: '34.02' } },
      'meta.actor.scope.regionCode',
    ],
    [
      'a superior with a second scope key',
      { id: 's', role: 'superior', scope: { agencyId: 'dinkes', unit: 'x' } },
      'meta.actor.scope.unit',
    ],
    [
      'a PPK with a second scope key',
      { id: 'p', role: 'ppk', scope: { agencyId: 'dinkes', level: 'x' } },
      'meta.actor.scope.level',
    ],
    [
      'a Gakkumdu desk with an agencyId',
      { id: 'g', role: 'gakkumdu', scope: { regionCode: '34.02', agencyId: 'x' } },
      'meta.actor.scope.agencyId',
    ],
    [
      'any actor with a key beside id, role and scope',
      { id: 'a', role: 'auditor', scope: {}, name: 'Inspektorat' },
      'meta.actor.name',
    ],
  ])('%s → INVALID_ACTOR naming the key', (_name, actor, field) => {
    const error = refused(actor);
    const key = field.split('.').at(-1);
    expect(error).toMatchObject({ code: 'INVALID_ACTOR', field });
    expect(error.message).toContain(`unknown field '${key}'`);
  });

  it.each(['reporter', 'supervisor', 'appeal_authority', 'auditor', 'system'])(
    'a %s’s free scope is bounded: 10 entries pass, 11 do not; keys and values ≤ 200 characters',
    (role) => {
      expect(E.isRight(parseActor({ id: 'x', role, scope: freeScope(10) }))).toBe(true);
      expect(refused({ id: 'x', role, scope: freeScope(11) })).toMatchObject({
        code: 'INVALID_ACTOR',
        field: 'meta.actor.scope',
        message: expect.stringContaining('at most 10 entries'),
      });
      expect(refused({ id: 'x', role, scope: { unit: 'v'.repeat(201) } })).toMatchObject({
        field: 'meta.actor.scope.unit',
        message: expect.stringContaining('at most 200 characters'),
      });
      expect(refused({ id: 'x', role, scope: { ['k'.repeat(201)]: 'v' } })).toMatchObject({
        field: `meta.actor.scope.${'k'.repeat(200)}…`,
        message: expect.stringContaining('the field name must be at most 200 characters'),
      });
      expect(
        refused(JSON.parse(`{"id":"x","role":"${role}","scope":{"__proto__":"v"}}`)),
      ).toMatchObject({
        field: 'meta.actor.scope.__proto__',
      });
    },
  );

  it('the actor id is bounded', () => {
    expect(refused({ id: 'i'.repeat(201), role: 'system', scope: {} })).toMatchObject({
      field: 'meta.actor.id',
      message: expect.stringContaining('at most 200 characters'),
    });
  });

  it('takes any value, not only an actor reference: junk is refused under meta.actor', () => {
    for (const junk of [null, 'bawaslu', 42, [], {}]) {
      expect(refused(junk)).toMatchObject({
        code: 'INVALID_ACTOR',
        field: expect.stringMatching(/^meta\.actor/),
      });
    }
  });

  it('accepts a well-formed actor of every role unchanged', () => {
    const scopes: Record<string, Record<string, string>> = {
      bawaslu: { bawasluLevel: 'PROVINSI', regionCode: '34' },
      satgas: { agencyId: 'dinkes' },
      superior: { agencyId: 'dinkes' },
      ppk: { agencyId: 'dinkes' },
      gakkumdu: { regionCode: '34.02' },
    };
    for (const role of CASE_ROLES) {
      const actor = { id: `${role}-1`, role, scope: scopes[role] ?? { office: 'BKN' } };
      expect(parseActor(actor)).toEqual(E.right(actor));
    }
  });
});

describe('the decider refuses a command whose actor carries more than its role’s scope', () => {
  it('a Bawaslu RI actor with a regionCode cannot register a case', () => {
    const actor = {
      id: 'bawaslu-ri-01',
      role: 'bawaslu',
      scope: { bawasluLevel: 'RI', regionCode: '34' },
    };
    spec
      .given(history(...registered(s).slice(0, 2)))
      .when(register(s, s.t.registerAt, s.registrationNumber, actor))
      .thenRejectedWith('INVALID_ACTOR', { field: 'meta.actor.scope.regionCode' });
  });
});

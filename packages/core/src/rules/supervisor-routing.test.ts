import { describe, expect, it } from 'vitest';
import { createRulebook, rulebookV1 } from './rulebook.js';
import { rerouteKasnFile, supervisorFor } from './supervisor-routing.js';

describe('supervisorFor', () => {
  it('KASN until 22 Aug 2024, BKN from 23 Aug (Perpres 91 and 92/2024)', () => {
    expect(supervisorFor(rulebookV1, '2024-02-20')).toBe('KASN');
    expect(supervisorFor(rulebookV1, '2024-08-22')).toBe('KASN');
    expect(supervisorFor(rulebookV1, '2024-08-23')).toBe('BKN');
    expect(supervisorFor(rulebookV1, '2024-11-30')).toBe('BKN');
  });

  it('follows an override of the boundary (Bawaslu: KASN stopped on 24 Aug)', () => {
    const rb = createRulebook({ bknFrom: '2024-08-25' });
    expect(supervisorFor(rb, '2024-08-23')).toBe('KASN');
    expect(supervisorFor(rb, '2024-08-24')).toBe('KASN');
    expect(supervisorFor(rb, '2024-08-25')).toBe('BKN');
    expect(rb.version).not.toBe(rulebookV1.version);
  });

  it('cites the Perpres and the SE', () => {
    expect(rulebookV1.supervisorRouting.basis.instrument).toBe(
      'Perpres 91/2024 and Perpres 92/2024',
    );
    expect(rulebookV1.supervisorRouting.transition.seSignedOn).toBe('2024-09-04');
    expect(rulebookV1.supervisorRouting.transition.basis.instrument).toBe('SE MenPAN-RB 4/2024');
  });

  it('marks the SE as an inference [R] when applied to Bawaslu files', () => {
    const { basis } = rulebookV1.supervisorRouting.transition;
    expect(basis.confidence).toBe('R');
    expect(basis.note).toMatch(/Bawaslu/);
  });
});

describe('rerouteKasnFile (SE MenPAN-RB 4/2024)', () => {
  it('a file KASN had started goes to KemenPAN-RB; an untouched one to BKN', () => {
    expect(rerouteKasnFile(rulebookV1, true)).toBe('MENPANRB');
    expect(rerouteKasnFile(rulebookV1, false)).toBe('BKN');
  });
});

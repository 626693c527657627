/**
 * The respondents record of a case state (evolve.ts): a prototype-less object keyed by
 * respondent id. An id that names something on Object.prototype is an ordinary own key; a
 * step that changes one respondent makes a new record and leaves the earlier state's alone.
 */
import { describe, expect, it } from 'vitest';
import {
  type CaseState,
  caseDecider,
  type OpenCaseState,
  respondentIn,
} from '../../src/case/index.js';
import { decide, history, receiveReport, registered, stateAfter } from './builders.js';
import { PEMILU, type Scenario } from './fixtures.js';

const open = (state: CaseState): OpenCaseState => {
  if (state.status === 'NONE') throw new Error('expected an open case');
  return state;
};

/** PEMILU with its two respondents renamed to ids Object.prototype also names. */
const withIds = (first: string, second: string): Scenario => {
  const [a, b] = PEMILU.respondents;
  return {
    ...PEMILU,
    respondents: [
      { ...a, respondentId: first },
      { ...b, respondentId: second },
    ],
  };
};

describe('the respondents record of a case state', () => {
  const s = withIds('constructor', 'toString');
  const events = history(...registered(s));

  it('has no prototype, so ids such as constructor and toString are its own keys only', () => {
    const state = open(stateAfter(events));
    expect(Object.getPrototypeOf(state.respondents)).toBeNull();
    expect(Object.keys(state.respondents)).toEqual(['constructor', 'toString']);
    expect(respondentIn(state, 'constructor')?.respondent.name).toBe(s.respondents[0].name);
    expect(respondentIn(state, 'toString')?.respondent.name).toBe(s.respondents[1].name);
    expect(respondentIn(state, 'hasOwnProperty')).toBeUndefined();
    expect(JSON.parse(JSON.stringify(state.respondents))).toEqual({
      constructor: state.respondents.constructor,
      toString: state.respondents.toString,
    });
  });

  it('a step on one respondent makes a new record and leaves the earlier state as it was', () => {
    const before = open(stateAfter(events));
    const snapshot = JSON.stringify(before);
    const [decided] = history(...registered(s), decide(s, 'toString')).slice(events.length);
    if (decided === undefined) throw new Error('the decision made no event');
    const after = open(caseDecider.evolve(before, decided));
    expect(after.respondents).not.toBe(before.respondents);
    expect(Object.getPrototypeOf(after.respondents)).toBeNull();
    expect(Object.keys(after.respondents)).toEqual(['constructor', 'toString']);
    expect(respondentIn(after, 'toString')?.decision).not.toBeNull();
    expect(respondentIn(after, 'constructor')).toBe(respondentIn(before, 'constructor'));
    expect(respondentIn(before, 'toString')?.decision).toBeNull();
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('a record read back from JSON (a stored row) folds on the same way', () => {
    const stored = JSON.parse(JSON.stringify(open(stateAfter(events)))) as OpenCaseState;
    expect(Object.getPrototypeOf(stored.respondents)).toBe(Object.prototype);
    const [decided] = history(...registered(s), decide(s, 'constructor')).slice(events.length);
    if (decided === undefined) throw new Error('the decision made no event');
    const after = open(caseDecider.evolve(stored, decided));
    expect(Object.keys(after.respondents)).toEqual(['constructor', 'toString']);
    expect(respondentIn(after, 'constructor')?.decision).not.toBeNull();
    expect(after).toEqual(open(caseDecider.evolve(stateAfter(events), decided)));
  });

  it('a report naming one respondent folds to a record of one', () => {
    const one = withIds('valueOf', 'unused');
    const state = open(
      stateAfter(history(receiveReport(one, { respondents: [one.respondents[0]] }))),
    );
    expect(Object.keys(state.respondents)).toEqual(['valueOf']);
    expect(Object.getPrototypeOf(state.respondents)).toBeNull();
  });

  it("an id '__proto__' is an own key too, folded and read back from JSON", () => {
    const odd = withIds('__proto__', 'toString');
    const given = history(...registered(odd));
    const state = open(stateAfter(given));
    expect(Object.keys(state.respondents)).toEqual(['__proto__', 'toString']);
    expect(respondentIn(state, '__proto__')?.respondent.name).toBe(odd.respondents[0].name);
    const [decided] = history(...registered(odd), decide(odd, '__proto__')).slice(given.length);
    if (decided === undefined) throw new Error('the decision made no event');
    const stored = JSON.parse(JSON.stringify(state)) as OpenCaseState;
    const after = open(caseDecider.evolve(stored, decided));
    expect(Object.keys(after.respondents)).toEqual(['__proto__', 'toString']);
    expect(respondentIn(after, '__proto__')?.decision).not.toBeNull();
    expect(respondentIn(after, 'toString')?.respondent.name).toBe(odd.respondents[1].name);
  });
});

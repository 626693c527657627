import { describe, expect, it } from 'vitest';
import {
  completeRequirements,
  decline,
  history,
  incomplete,
  meta,
  noticed,
  plusDays,
  plusMs,
  receiveReport,
  register,
  review,
  reviewedIncompleteUnder2024_1,
  spec,
  wib,
} from './builders.js';
import { SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: registration (registrasi) and its refusal', (s) => {
  /** Later the same local day. */
  const laterThatDay = (iso: string) => wib(iso, '23:00');

  it('registers a report the kajian awal found complete, starting the decision clock', () => {
    spec
      .given(history(receiveReport(s), review(s)))
      .when(register(s))
      .then([
        {
          type: 'CaseRegistered',
          data: {
            registrationNumber: s.registrationNumber,
            registeredOn: s.t.registeredOn,
            decisionDue: s.t.decisionDue,
          },
        },
      ])
      .thenState({ status: 'REGISTERED', registration: { number: s.registrationNumber } });
  });

  it('registers a report once its requirements were completed', () => {
    spec
      .given(
        history(...noticed(s, 'REPORTER_IDENTITY'), completeRequirements(s, ['REPORTER_IDENTITY'])),
      )
      .when(register(s, s.t.afterCompletionAt))
      .thenMatches([
        { type: 'CaseRegistered', data: { registeredOn: s.t.afterCompletionAt.slice(0, 10) } },
      ]);
  });

  it('refuses to register before the kajian awal', () => {
    spec
      .given(history(receiveReport(s)))
      .when(register(s))
      .thenRejectedWith('REVIEW_PENDING');
  });

  it('refuses to register while requirements are missing', () => {
    spec
      .given(history(receiveReport(s), review(s, incomplete('EVIDENCE'))))
      .when(register(s))
      .thenRejectedWith('REQUIREMENTS_PENDING', { message: expect.stringContaining('EVIDENCE') });
  });

  it('refuses to register a report found outside jurisdiction', () => {
    spec
      .given(history(receiveReport(s), review(s, { outcome: 'OUTSIDE_JURISDICTION' })))
      .when(register(s))
      .thenRejectedWith('NOT_REGISTRABLE');
  });

  it('refuses to register twice (one registration number per case)', () => {
    spec
      .given(history(receiveReport(s), review(s), register(s)))
      .when(register(s, s.t.registerAt, '999/Reg/LP/XX/Kab/00.00/I/2024'))
      .thenRejectedWith('ALREADY_REGISTERED', {
        message: expect.stringContaining(s.registrationNumber),
      });
  });

  it('refuses a registration dated before the kajian awal', () => {
    spec
      .given(history(receiveReport(s), review(s)))
      .when(register(s, s.t.receivedAt))
      .thenRejectedWith('DATES_OUT_OF_ORDER');
  });

  describe('declining registration (tidak diregistrasi)', () => {
    it('OUTSIDE_JURISDICTION after such a review closes the case', () => {
      spec
        .given(history(receiveReport(s), review(s, { outcome: 'OUTSIDE_JURISDICTION' })))
        .when({
          ...decline(s, 'OUTSIDE_JURISDICTION', laterThatDay(s.t.reviewAt)),
          note: 'Kewenangan Bawaslu Provinsi.',
        })
        .then([
          {
            type: 'RegistrationDeclined',
            data: {
              reason: 'OUTSIDE_JURISDICTION',
              declinedOn: s.t.reviewedOn,
              note: 'Kewenangan Bawaslu Provinsi.',
            },
          },
        ])
        .thenState({ status: 'NOT_REGISTERED', declined: { reason: 'OUTSIDE_JURISDICTION' } });
    });

    it('TIME_BARRED after a time-barred review closes the case', () => {
      const lateReceipt = wib(plusDays(s.t.filingDue, 1), '09:00');
      spec
        .given(
          history(
            receiveReport(s, { meta: meta(s.bawaslu, lateReceipt) }),
            review(s, { outcome: 'TIME_BARRED' }, laterThatDay(lateReceipt)),
          ),
        )
        .when(decline(s, 'TIME_BARRED', laterThatDay(lateReceipt)))
        .thenMatches([{ data: { reason: 'TIME_BARRED' } }])
        .thenState({ status: 'NOT_REGISTERED' });
    });

    it('REQUIREMENTS_NOT_COMPLETED once the completion period ran out', () => {
      spec
        .given(history(...noticed(s, 'SIGNATURE')))
        .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.afterCompletionAt))
        .then([
          {
            type: 'RegistrationDeclined',
            data: {
              reason: 'REQUIREMENTS_NOT_COMPLETED',
              declinedOn: s.t.afterCompletionAt.slice(0, 10),
            },
          },
        ])
        .thenState({
          status: 'NOT_REGISTERED',
          declined: { reason: 'REQUIREMENTS_NOT_COMPLETED' },
        });
    });

    it('REQUIREMENTS_NOT_COMPLETED is refused while the reporter may still complete', () => {
      spec
        .given(history(...noticed(s, 'SIGNATURE')))
        .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.completeAt))
        .thenRejectedWith('COMPLETION_PERIOD_RUNNING', {
          field: 'reason',
          message: expect.stringContaining(s.t.completionDueAt),
        });
    });

    // Since 2024.2 the period ends at an instant (completionDueAt), so the decline may follow
    // on the due date itself, once that instant has passed.
    it('the period runs to its instant: refused at completionDueAt, allowed a millisecond later', () => {
      spec
        .given(history(...noticed(s, 'SIGNATURE')))
        .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.completionDueAt))
        .thenRejectedWith('COMPLETION_PERIOD_RUNNING');
      spec
        .given(history(...noticed(s, 'SIGNATURE')))
        .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', plusMs(s.t.completionDueAt, 1)))
        .thenMatches([
          { data: { reason: 'REQUIREMENTS_NOT_COMPLETED', declinedOn: s.t.completionDue } },
        ]);
    });

    // Since 2024.2 the completion period runs from the notice: without one it never starts,
    // so the report cannot lapse, however long ago the review was.
    it('REQUIREMENTS_NOT_COMPLETED is refused before the completion notice was sent', () => {
      const rejection = spec
        .given(history(receiveReport(s), review(s, incomplete('SIGNATURE'))))
        .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.afterCompletionAt))
        .thenRejectedWith('COMPLETION_NOTICE_NOT_SENT', { field: 'reason' });
      expect(rejection.legalBasis?.instrument).toContain('Perbawaslu');
      spec
        .given(history(receiveReport(s), review(s, incomplete('SIGNATURE'))))
        .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', wib(plusDays(s.t.receivedOn, 60))))
        .thenRejectedWith('COMPLETION_NOTICE_NOT_SENT');
    });

    describe('a case reviewed under rulebook 2024.1 (completionDue on the review, no notice)', () => {
      const legacy = () => reviewedIncompleteUnder2024_1(s, ['SIGNATURE']);

      it('is declined the day after its completionDue, not on that day', () => {
        spec
          .given(legacy())
          .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', wib(s.t.completionDue, '23:00')))
          .thenRejectedWith('COMPLETION_PERIOD_RUNNING', {
            message: expect.stringContaining(s.t.completionDue),
          });
        spec
          .given(legacy())
          .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.afterCompletionAt))
          .thenMatches([{ data: { reason: 'REQUIREMENTS_NOT_COMPLETED' } }])
          .thenState({ status: 'NOT_REGISTERED' });
      });
    });

    it('a reason that does not match the review is refused', () => {
      spec
        .given(history(receiveReport(s), review(s, { outcome: 'OUTSIDE_JURISDICTION' })))
        .when(decline(s, 'TIME_BARRED', laterThatDay(s.t.reviewAt)))
        .thenRejectedWith('DECLINE_REASON_MISMATCH', { field: 'reason' });
      spec
        .given(history(receiveReport(s), review(s, incomplete('SIGNATURE'))))
        .when(decline(s, 'OUTSIDE_JURISDICTION', s.t.afterCompletionAt))
        .thenRejectedWith('DECLINE_REASON_MISMATCH');
    });

    it('a complete report cannot be declined: it must be registered', () => {
      spec
        .given(history(receiveReport(s), review(s)))
        .when(decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.afterCompletionAt))
        .thenRejectedWith('DECLINE_REASON_MISMATCH');
    });

    it('cannot decline before the kajian awal, nor after registration', () => {
      spec
        .given(history(receiveReport(s)))
        .when(decline(s, 'TIME_BARRED', s.t.reviewAt))
        .thenRejectedWith('REVIEW_PENDING');
      spec
        .given(history(receiveReport(s), review(s), register(s)))
        .when(decline(s, 'TIME_BARRED', s.t.decideAt))
        .thenRejectedWith('ALREADY_REGISTERED');
    });

    it('a declined case is closed to every further step', () => {
      spec
        .given(
          history(
            receiveReport(s),
            review(s, { outcome: 'OUTSIDE_JURISDICTION' }),
            decline(s, 'OUTSIDE_JURISDICTION', laterThatDay(s.t.reviewAt)),
          ),
        )
        .when(register(s, s.t.decideAt))
        .thenRejectedWith('CASE_CLOSED');
    });
  });
});

/**
 * After the objection, the administrative court as an exit the history records (PP 79/2021
 * Pasal 5(3), 6(3), 9(3), 18); and a lapse the system noticed on the due list (issue 15 item 9).
 * Both regimes.
 */
import { describe, it } from 'vitest';
import type { CaseCommand } from '../../src/case/index.js';
import {
  breachNoticed,
  courtChallenge,
  decidedBoth,
  decideObjection,
  decideSanction,
  deliverSanction,
  examined,
  fileObjection,
  forward,
  history,
  OBJECTION_TIMES,
  PROCEEDING_TIMES,
  proven,
  spec,
  supervisorOutcome,
} from './builders.js';
import { SCENARIOS } from './fixtures.js';

const BPASN = { id: 'bpasn-sekretariat-01', role: 'appeal_authority', scope: {} };

describe.each(SCENARIOS)('$regime: the administrative court after an objection', (s) => {
  const t = PROCEEDING_TIMES[s.regime];
  const o = OBJECTION_TIMES[s.regime];
  const pns = s.respondents[0];
  const id = pns.respondentId;
  const upTo = (sanction: CaseCommand = decideSanction(s, id, t.sanctionAt)): CaseCommand[] => [
    ...decidedBoth(s),
    forward(s, [id]),
    supervisorOutcome(s, id, proven('HEAVY', pns.agency.id), t.outcomeAt),
    ...examined(s, id),
    sanction,
    deliverSanction(s, id, t.deliverAt),
  ];
  const objected = () => history(...upTo(), fileObjection(s, id, o.fileAt));
  const decided = () =>
    history(
      ...upTo(),
      fileObjection(s, id, o.fileAt),
      decideObjection(s, id, o.decideAt, { outcome: 'UPHELD' }),
    );
  const ptun = { step: 'FILED', court: 'PTUN', registerNumber: '12/G/2024/PTUN' } as const;
  const ptTun = { step: 'FILED', court: 'PT_TUN', registerNumber: '3/B/2024/PT.TUN' } as const;
  const judgment = (outcome: 'SANCTION_UPHELD' | 'SANCTION_ANNULLED', final: boolean) =>
    ({ step: 'JUDGMENT', outcome, final, judgmentNumber: '12/G/2024/PTUN' }) as const;

  it('after a decided keberatan, a suit in PTUN is recorded', () => {
    spec
      .given(decided())
      .when(courtChallenge(s, id, o.decideAt, ptun))
      .then([
        {
          type: 'CourtChallengeRecorded',
          data: {
            respondentId: id,
            step: 'FILED',
            court: 'PTUN',
            registerNumber: '12/G/2024/PTUN',
            on: o.decideAt.slice(0, 10),
          },
        },
      ]);
  });

  it('an undecided keberatan opens PTUN only after its 21 working days', () => {
    spec
      .given(objected())
      .when(courtChallenge(s, id, o.decideAt, ptun))
      .thenRejectedWith('COURT_NOT_OPEN');
    spec
      .given(objected())
      .when(courtChallenge(s, id, o.lateDecideAt, ptun))
      .thenMatches([{ type: 'CourtChallengeRecorded', data: { court: 'PTUN' } }]);
  });

  it('refused: no objection first; PT TUN after a keberatan; a second suit', () => {
    spec
      .given(history(...upTo()))
      .when(courtChallenge(s, id, o.fileAt, ptun))
      .thenRejectedWith('COURT_NOT_OPEN');
    spec
      .given(decided())
      .when(courtChallenge(s, id, o.decideAt, ptTun))
      .thenRejectedWith('COURT_WRONG_INSTANCE', { field: 'step.court' });
    spec
      .given([
        ...decided(),
        ...history(
          ...upTo(),
          fileObjection(s, id, o.fileAt),
          decideObjection(s, id, o.decideAt, { outcome: 'UPHELD' }),
          courtChallenge(s, id, o.decideAt, ptun),
        ).slice(decided().length),
      ])
      .when(courtChallenge(s, id, o.lateDecideAt, ptun))
      .thenRejectedWith('COURT_CHALLENGE_CLOSED');
  });

  it('a banding decided by BPASN goes to PT TUN; a final annulment ends the sanction', () => {
    const dismissal = decideSanction(s, id, t.sanctionAt, { sanction: 'PDHTAPS' });
    const banding = history(
      ...upTo(dismissal),
      fileObjection(s, id, o.fileAt, 'BANDING', BPASN),
      decideObjection(s, id, o.decideAt, { outcome: 'UPHELD' }, BPASN),
    );
    spec
      .given(banding)
      .when(courtChallenge(s, id, o.decideAt, ptun, BPASN))
      .thenRejectedWith('COURT_WRONG_INSTANCE');
    const sued = history(
      ...upTo(dismissal),
      fileObjection(s, id, o.fileAt, 'BANDING', BPASN),
      decideObjection(s, id, o.decideAt, { outcome: 'UPHELD' }, BPASN),
      courtChallenge(s, id, o.decideAt, ptTun, BPASN),
    );
    spec
      .given(sued)
      .when(courtChallenge(s, id, o.lateDecideAt, judgment('SANCTION_ANNULLED', true), BPASN))
      .thenMatches([{ type: 'CourtChallengeRecorded', data: { step: 'JUDGMENT', final: true } }])
      .thenState({
        respondents: { [id]: { proceeding: { effective: { code: null, inForceOn: null } } } },
      });
    const finalUpheld = history(
      ...upTo(dismissal),
      fileObjection(s, id, o.fileAt, 'BANDING', BPASN),
      decideObjection(s, id, o.decideAt, { outcome: 'UPHELD' }, BPASN),
      courtChallenge(s, id, o.decideAt, ptTun, BPASN),
      courtChallenge(s, id, o.lateDecideAt, judgment('SANCTION_UPHELD', true), BPASN),
    );
    spec
      .given(finalUpheld)
      .when(courtChallenge(s, id, o.lateDecideAt, judgment('SANCTION_ANNULLED', true), BPASN))
      .thenRejectedWith('COURT_CHALLENGE_CLOSED');
  });

  it('refused: a judgment without a suit', () => {
    spec
      .given(decided())
      .when(courtChallenge(s, id, o.decideAt, judgment('SANCTION_UPHELD', false)))
      .thenRejectedWith('COURT_NOT_OPEN');
  });
});

describe.each(SCENARIOS)('$regime: a lapse noticed by the system', (s) => {
  const t = PROCEEDING_TIMES[s.regime];
  const pns = s.respondents[0];
  const id = pns.respondentId;
  const sanctioned = () =>
    history(
      ...decidedBoth(s),
      forward(s, [id]),
      supervisorOutcome(s, id, proven('MODERATE', pns.agency.id), t.outcomeAt),
      ...examined(s, id),
      decideSanction(s, id, t.sanctionAt),
    );
  const dueDayEnd = `${t.deliveryDue}T23:59:00+07:00`;

  it('the day after the delivery was due, the lapse is recorded with who owed it and the rule', () => {
    spec
      .given(sanctioned())
      .when(breachNoticed(s, 'DELIVER_SANCTION', t.lateDeliverAt, id))
      .then([
        {
          type: 'BreachNoticed',
          data: {
            duty: 'DELIVER_SANCTION',
            respondentId: id,
            who: 'PPK',
            due: t.deliveryDue,
            dueAt: null,
            noticedAt: t.lateDeliverAt,
            rule: 'PP 94/2021 (Disiplin PNS) Pasal 37 ayat (3)–(4)',
          },
        },
      ]);
  });

  it('refused: not overdue yet, a duty without a period, a duty not running, the same lapse twice, another role', () => {
    spec
      .given(sanctioned())
      .when(breachNoticed(s, 'DELIVER_SANCTION', dueDayEnd, id))
      .thenRejectedWith('DUTY_NOT_OVERDUE');
    spec
      .given(history(...decidedBoth(s), forward(s, [id])))
      .when(breachNoticed(s, 'SUPERVISOR_OUTCOME', t.lateDeliverAt, id))
      .thenRejectedWith('DUTY_NOT_OVERDUE');
    spec
      .given(sanctioned())
      .when(breachNoticed(s, 'NO_SUCH_DUTY', t.lateDeliverAt, id))
      .thenRejectedWith('DUTY_NOT_RUNNING', { field: 'duty' });
    spec
      .given(sanctioned())
      .when(breachNoticed(s, 'DELIVER_SANCTION', t.lateDeliverAt))
      .thenRejectedWith('DUTY_NOT_RUNNING');
    const noticed = history(
      ...decidedBoth(s),
      forward(s, [id]),
      supervisorOutcome(s, id, proven('MODERATE', pns.agency.id), t.outcomeAt),
      ...examined(s, id),
      decideSanction(s, id, t.sanctionAt),
      breachNoticed(s, 'DELIVER_SANCTION', t.lateDeliverAt, id),
    );
    spec
      .given(noticed)
      .when(breachNoticed(s, 'DELIVER_SANCTION', t.lateDeliverAt, id))
      .thenRejectedWith('BREACH_ALREADY_NOTICED');
    spec
      .given(sanctioned())
      .when(
        breachNoticed(s, 'DELIVER_SANCTION', t.lateDeliverAt, id, {
          id: 'bkn-1',
          role: 'supervisor',
          scope: {},
        }),
      )
      .thenRejectedWith('ROLE_NOT_ALLOWED');
  });
});

/**
 * The criminal track after the forward to Polri investigators (issue 15 item 8): the steps in
 * order, the file returned at most once, the periods of the rulebook (flagged when late), an
 * appeal after its period refused, and the track final after the high court's verdict or a stop.
 * Dates hand-checked against the rulebook's periods and holiday tables.
 */
import { describe, expect, it } from 'vitest';
import type { CaseCommand } from '../../src/case/index.js';
import {
  criminalStep,
  decidedBoth,
  forwardToInvestigators,
  history,
  spec,
  violation,
} from './builders.js';
import { SCENARIOS } from './fixtures.js';

const at = (d: string) => `${d}T10:00:00+07:00`;

const DATES = {
  PEMILU_2024: {
    forwardAt: '2024-01-30T09:00:00+07:00',
    // 14 working days from the forward (8, 9 and 14 Feb skipped): 22 Feb.
    file: '2024-02-05',
    investigationDue: '2024-02-22',
    returned: '2024-02-07',
    returnDue: '2024-02-12',
    resubmitted: '2024-02-09',
    resubmitDue: '2024-02-15',
    indicted: '2024-02-16',
    prosecutionDue: '2024-02-19',
    verdict: '2024-02-22',
    courtDue: '2024-02-23',
    appeal: '2024-02-24',
    appealDue: '2024-02-25',
    lateAppeal: '2024-02-26',
    highCourt: '2024-03-01',
    highCourtDue: '2024-03-02',
    lateFile: '2024-02-23',
  },
  PILKADA_2024: {
    forwardAt: '2024-08-12T09:00:00+07:00',
    file: '2024-08-19',
    investigationDue: '2024-08-30',
    returned: '2024-08-21',
    returnDue: '2024-08-22',
    resubmitted: '2024-08-23',
    resubmitDue: '2024-08-26',
    indicted: '2024-08-28',
    prosecutionDue: '2024-08-30',
    verdict: '2024-09-03',
    courtDue: '2024-09-04',
    appeal: '2024-09-05',
    appealDue: '2024-09-06',
    lateAppeal: '2024-09-07',
    highCourt: '2024-09-10',
    highCourtDue: '2024-09-12',
    lateFile: '2024-09-02',
  },
} as const;

describe.each(SCENARIOS)('$regime: the criminal track after the forward', (s) => {
  const d = DATES[s.regime];
  const id = s.respondents[0].respondentId;
  const forwarded = (): CaseCommand[] => [
    ...decidedBoth(s, violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] })),
    forwardToInvestigators(s, id, d.forwardAt),
  ];
  const step = (on: string, criminal: Parameters<typeof criminalStep>[3]) =>
    criminalStep(s, id, at(on), criminal);
  const verdict = { verdict: 'GUILTY', summary: 'Terbukti melanggar; pidana percobaan.' } as const;

  it('runs in order to a final verdict, each step against its period', () => {
    const steps = [
      [step(d.file, { step: 'FILE_TO_PROSECUTOR' }), d.investigationDue],
      [step(d.returned, { step: 'FILE_RETURNED' }), d.returnDue],
      [step(d.resubmitted, { step: 'FILE_RESUBMITTED' }), d.resubmitDue],
      [step(d.indicted, { step: 'INDICTED' }), d.prosecutionDue],
      [step(d.verdict, { step: 'DISTRICT_VERDICT', ...verdict }), d.courtDue],
      [step(d.appeal, { step: 'APPEAL_FILED' }), d.appealDue],
      [step(d.highCourt, { step: 'HIGH_COURT_VERDICT', ...verdict }), d.highCourtDue],
    ] as const;
    const done: CaseCommand[] = forwarded();
    for (const [command, due] of steps) {
      spec
        .given(history(...done))
        .when(command)
        .then([
          {
            type: 'CriminalStepRecorded',
            data: {
              respondentId: id,
              criminal: command.criminal,
              recordedOn: command.meta.occurredAt.slice(0, 10),
              due,
              withinDeadline: true,
            },
          },
        ]);
      done.push(command);
    }
    const final = history(...done);
    const state = spec.given(final).when(step(d.highCourt, { step: 'STOPPED', reason: 'x' }));
    const error = state.thenRejectedWith('CRIMINAL_STEP_OUT_OF_ORDER', { field: 'criminal.step' });
    expect(error.message).toContain('final');
  });

  it('the file is returned at most once; steps out of order are refused', () => {
    const returnedOnce = [
      ...forwarded(),
      step(d.file, { step: 'FILE_TO_PROSECUTOR' }),
      step(d.returned, { step: 'FILE_RETURNED' }),
      step(d.resubmitted, { step: 'FILE_RESUBMITTED' }),
    ];
    spec
      .given(history(...returnedOnce))
      .when(step(d.indicted, { step: 'FILE_RETURNED' }))
      .thenRejectedWith('CRIMINAL_STEP_OUT_OF_ORDER');
    spec
      .given(history(...forwarded()))
      .when(step(d.file, { step: 'INDICTED' }))
      .thenRejectedWith('CRIMINAL_STEP_OUT_OF_ORDER');
  });

  it('a late step is recorded and flagged; a late appeal is refused (the verdict is final)', () => {
    spec
      .given(history(...forwarded()))
      .when(step(d.lateFile, { step: 'FILE_TO_PROSECUTOR' }))
      .thenMatches([{ data: { due: d.investigationDue, withinDeadline: false } }]);
    const afterVerdict = [
      ...forwarded(),
      step(d.file, { step: 'FILE_TO_PROSECUTOR' }),
      step(d.indicted, { step: 'INDICTED' }),
      step(d.verdict, { step: 'DISTRICT_VERDICT', ...verdict }),
    ];
    spec
      .given(history(...afterVerdict))
      .when(step(d.lateAppeal, { step: 'APPEAL_FILED' }))
      .thenRejectedWith('CRIMINAL_APPEAL_LATE', { field: 'meta.occurredAt' });
  });

  it('only after a forward to Polri; a stop ends the track', () => {
    spec
      .given(history(...decidedBoth(s, violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] }))))
      .when(step(d.file, { step: 'FILE_TO_PROSECUTOR' }))
      .thenRejectedWith('NOT_WITH_INVESTIGATORS', { field: 'respondentId' });
    const stopped = [
      ...forwarded(),
      step(d.file, { step: 'STOPPED', reason: 'SP3: bukti tidak cukup.' }),
    ];
    spec
      .given(history(...stopped))
      .when(step(d.indicted, { step: 'FILE_TO_PROSECUTOR' }))
      .thenRejectedWith('CRIMINAL_STEP_OUT_OF_ORDER');
  });

  it('only the Gakkumdu desk or the system records it', () => {
    spec
      .given(history(...forwarded()))
      .when(criminalStep(s, id, at(d.file), { step: 'FILE_TO_PROSECUTOR' }, s.bawaslu))
      .thenRejectedWith('ROLE_NOT_ALLOWED');
  });
});

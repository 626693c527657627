/**
 * Next steps added in rulebook 2024.2: the completion notice, the status notice, taking up a
 * lapsed report as a finding, the hand-over between levels, Gakkumdu deliberation and the
 * forward of a non-ASN respondent to the authority over them.
 */
import { either as E } from 'fp-ts';
import { computeDeadline, computeDeadlineAt } from '../../rules/index.js';
import { isAsn } from '../decide/respondents.js';
import type { CaseCommandOf } from '../schema/commands.js';
import { respondentIn, respondentsOf } from '../state.js';
import {
  deadlineFact,
  decideNow,
  type Probe,
  respondentOptions,
  stepOf,
  stepOfChoices,
  verdictOf,
} from './probe.js';
import type { AuthorityOption, DeliberationOption, NextStepOf } from './types.js';

export const completionNoticeStep = (p: Probe): NextStepOf<'SendCompletionNotice'> => {
  const verdict = verdictOf(decideNow<'SendCompletionNotice'>(p, { type: 'SendCompletionNotice' }));
  const completion = verdict.available
    ? computeDeadlineAt(
        p.context.rulebook,
        p.state.regime,
        'COMPLETE_REQUIREMENTS',
        p.context.now.toISOString(),
        p.state.timeZone,
      )
    : null;
  return stepOf('SendCompletionNotice', verdict, {
    notice: deadlineFact(p, 'COMPLETION_NOTICE', p.state.deadlines.noticeDue),
    completionIfReceivedNow:
      completion === null
        ? null
        : deadlineFact(p, 'COMPLETE_REQUIREMENTS', completion.due, completion.dueAt),
  });
};

/** The notice period runs from the status reached; the fact is given once it is announceable. */
export const statusNoticeStep = (p: Probe): NextStepOf<'IssueStatusNotice'> => {
  const decided = decideNow<'IssueStatusNotice'>(p, {
    type: 'IssueStatusNotice',
    channels: ['NOTICE_BOARD'],
  });
  const event = E.isRight(decided) ? decided.right[0] : undefined;
  const notice =
    event?.type === 'StatusNoticeIssued'
      ? deadlineFact(p, 'STATUS_NOTICE', event.data.noticeDue)
      : null;
  return stepOf('IssueStatusNotice', verdictOf(decided), { notice });
};

/** Probed with supervision discovering it today (the earliest legal choice is the receipt). */
export const takeUpStep = (p: Probe): NextStepOf<'TakeUpAsFinding'> => {
  const verdict = verdictOf(
    decideNow<'TakeUpAsFinding'>(p, {
      type: 'TakeUpAsFinding',
      supervisingOffice: { level: 'KABKOTA', name: 'next-steps probe' },
      discoveredOn: p.today,
      reason: 'next-steps probe',
    }),
  );
  return stepOf('TakeUpAsFinding', verdict, {
    findingIfDiscoveredToday: verdict.available
      ? deadlineFact(
          p,
          'SET_FINDING',
          computeDeadline(p.context.rulebook, p.state.regime, 'SET_FINDING', p.today).due,
        )
      : null,
  });
};

/**
 * Probed as a pelimpahan upward: a Panwaslu Kecamatan to its Bawaslu Kab/Kota, any other office
 * to Bawaslu RI (or, for a case already there, to the province of its region). It answers
 * whether this actor may hand the case over at all; the offices a form offers depend on the
 * office chosen, which the decider checks when the command names it.
 */
export const handOverStep = (p: Probe): NextStepOf<'HandOverCase'> => {
  const scope = p.actor.scope as { bawasluLevel?: string; regionCode?: string };
  const to: CaseCommandOf<'HandOverCase'>['to'] =
    scope.bawasluLevel === 'KECAMATAN' && scope.regionCode !== undefined
      ? { level: 'KABKOTA', regionCode: scope.regionCode.slice(0, 5) }
      : p.state.handlingOffice?.level === 'RI'
        ? { level: 'PROVINSI', regionCode: p.state.region.code.slice(0, 2) }
        : { level: 'RI' };
  const verdict = verdictOf(
    decideNow<'HandOverCase'>(p, {
      type: 'HandOverCase',
      kind: 'PELIMPAHAN',
      to,
      reason: 'next-steps probe',
    }),
  );
  return stepOf('HandOverCase', verdict, {
    handlingOffice: p.state.handlingOffice,
    handovers: p.state.handovers.length,
  });
};

export const deliberationStep = (p: Probe): NextStepOf<'RecordGakkumduDeliberation'> => {
  const respondents: DeliberationOption[] = respondentsWithStage(p);
  return stepOfChoices('RecordGakkumduDeliberation', respondents, { respondents }, respondents);
};

const respondentsWithStage = (p: Probe): DeliberationOption[] =>
  respondentsOf(p.state).map((r) => {
    const held = r.deliberations.map((d) => d.stage);
    const nextStage = !held.includes('FIRST')
      ? 'FIRST'
      : !held.includes('SECOND')
        ? 'SECOND'
        : null;
    const verdict = verdictOf(
      decideNow<'RecordGakkumduDeliberation'>(p, {
        type: 'RecordGakkumduDeliberation',
        respondentId: r.respondent.respondentId,
        stage: nextStage ?? 'SECOND',
        conclusion: 'PROCEED',
        summary: 'next-steps probe',
      }),
    );
    return {
      respondentId: r.respondent.respondentId,
      name: r.respondent.name,
      ...verdict,
      nextStage,
    };
  });

export const competentAuthorityStep = (p: Probe): NextStepOf<'ForwardToCompetentAuthority'> => {
  const respondents: AuthorityOption[] = respondentOptions<'ForwardToCompetentAuthority'>(
    p,
    (respondentId) => ({
      type: 'ForwardToCompetentAuthority',
      respondentId,
      addressee: 'next-steps probe',
    }),
  ).map((option) => {
    const kind = respondentIn(p.state, option.respondentId)?.respondent.kind;
    return {
      ...option,
      route: kind === undefined || isAsn(kind) ? null : p.context.rulebook.nonAsnRoutes[kind],
    };
  });
  return stepOfChoices('ForwardToCompetentAuthority', respondents, { respondents }, respondents);
};

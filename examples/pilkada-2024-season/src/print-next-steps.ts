/**
 * What each role may do next on one case, as a clerk's screen would offer it (nextSteps,
 * issue 14). The season's cases all end closed or handed over, so the case is shown as it stood
 * at an earlier version (read from the store, chain verified), on a legal date of that time.
 */
import {
  type ActorRef,
  type CaseState,
  caseDecider,
  caseEventCodec,
  type DeadlineFact,
  defaultRulebook,
  type EventStore,
  type NextStep,
  nextSteps,
  readCase,
} from '@netra/core';
import { either as E } from 'fp-ts';

export interface Viewer {
  readonly label: string;
  readonly actor: ActorRef;
}

const due = (d: DeadlineFact | null, what: string): string =>
  d === null
    ? ''
    : `${what} due ${d.dueAt ?? d.due} (${d.inTimeToday ? 'in time today' : 'BREACHED'})`;

const joined = (...parts: string[]): string => parts.filter((p) => p !== '').join('; ');

/** One line of what the rules already know for this step. */
const factsOf = (step: NextStep): string => {
  switch (step.command) {
    case 'CompletePreliminaryReview': {
      const f = step.facts.filing;
      const legal = step.facts.outcomes.filter((o) => o.available).map((o) => o.value);
      return joined(
        f === null
          ? ''
          : `filed ${f.filedOn}, filing due ${f.due} (${f.withinDeadline ? 'met' : 'missed'})`,
        legal.length > 0 ? `legal outcomes ${legal.join(', ')}` : '',
      );
    }
    case 'CompleteRequirements':
      return joined(
        step.facts.missing.length > 0 ? `missing ${step.facts.missing.join(', ')}` : '',
        due(step.facts.completion, 'completion'),
      );
    case 'RegisterCase':
      return due(step.facts.decisionIfRegisteredToday, 'decision');
    case 'DeclineRegistration':
      return step.facts.reasons
        .filter((r) => r.available)
        .map((r) => `reason ${r.value}`)
        .join(', ');
    case 'WithdrawReport':
      return step.facts.effect === null ? '' : `effect ${step.facts.effect}`;
    case 'RecordClarification':
      return joined(
        step.facts.heldOnFrom === null
          ? ''
          : `hearing dated ${step.facts.heldOnFrom}…${step.facts.heldOnUntil}`,
        due(step.facts.decision, 'decision'),
      );
    case 'ExtendForAdditionalInformation':
      return joined(
        due(step.facts.decision, 'decision'),
        step.facts.extendedIfExtendedToday === null
          ? ''
          : `extended: due ${step.facts.extendedIfExtendedToday.due}`,
      );
    case 'DecideRespondent':
      return joined(
        due(step.facts.decision, 'decision'),
        ...step.facts.respondents
          .filter((r) => r.available)
          .map(
            (r) =>
              `${r.name}: ${r.stage} on ${r.conductOn}, SKB ${r.skbItems.map((i) => `${i.code} ${i.level}`).join(', ')}`,
          ),
      );
    case 'ForwardToSupervisor':
      return `a forward today goes to ${step.facts.supervisor}`;
    case 'RerouteKasnFile':
      return `from ${step.facts.seSignedOn}: started → ${step.facts.destinations.processingStarted}, not started → ${step.facts.destinations.notStarted}`;
    case 'ForwardToInvestigators':
      return step.facts.respondents
        .filter((r) => r.referral !== null)
        .map((r) => `${r.name}: ${due(r.referral, 'forward')}`)
        .join('; ');
    case 'SendCompletionNotice':
      return joined(
        due(step.facts.notice, 'notice'),
        due(step.facts.completionIfReceivedNow, 'completion if received now'),
      );
    case 'IssueStatusNotice':
      return due(step.facts.notice, 'status notice');
    case 'TakeUpAsFinding':
      return due(step.facts.findingIfDiscoveredToday, 'finding');
    case 'RecordSupervisorOutcome':
    case 'BlockPersonnelData':
    case 'UnblockPersonnelData':
    case 'DecideSanction':
    case 'DeliverSanction':
    case 'FileObjection':
    case 'DecideObjection':
    case 'RecordSanctionServed':
    case 'RecordRespondentExit':
    case 'RecordCriminalStep':
    case 'SummonForExamination':
    case 'RecordExamination':
    case 'ReleaseFromDuty':
    case 'RecordCourtChallenge':
      return step.facts.respondents
        .filter((r) => r.available)
        .map((r) => r.name)
        .join(', ');
    case 'HandOverCase':
      return step.facts.handlingOffice === null
        ? 'no office fixed yet'
        : `held by ${step.facts.handlingOffice.level}`;
    case 'RecordGakkumduDeliberation':
      return step.facts.respondents
        .filter((r) => r.available && r.nextStage !== null)
        .map((r) => `${r.name}: ${r.nextStage}`)
        .join('; ');
    case 'ForwardToCompetentAuthority':
      return step.facts.respondents
        .filter((r) => r.available && r.route !== null)
        .map((r) => `${r.name} → ${r.route?.authority}`)
        .join('; ');
  }
};

const lineOf = (step: NextStep): string => {
  const facts = factsOf(step);
  if (step.available) return `      + ${step.command}${facts === '' ? '' : ` — ${facts}`}`;
  const why = step.reason === undefined ? '' : ` — ${step.reason.code}: ${step.reason.message}`;
  return `      - ${step.command}${why}`;
};

/** The case folded up to `version`, from its verified history. */
const stateAt = async (
  store: EventStore,
  caseId: string,
  version: number,
): Promise<E.Either<string, CaseState>> => {
  const view = await readCase(store, caseId);
  if (E.isLeft(view)) return E.left(view.left.message);
  let state = caseDecider.initialState();
  for (const recorded of view.right.events.slice(0, version)) {
    const event = caseEventCodec.decode(recorded);
    if (E.isLeft(event)) return E.left(event.left.message);
    state = caseDecider.evolve(state, event.right);
  }
  return E.right(state);
};

export const printNextSteps = async (
  store: EventStore,
  caseId: string,
  version: number,
  asOf: string,
  viewers: readonly Viewer[],
): Promise<E.Either<string, number>> => {
  const state = await stateAt(store, caseId, version);
  if (E.isLeft(state)) return state;
  const status = state.right.status;
  console.log(
    `\nNext steps on ${caseId} as it stood at version ${version} (${status}), on ${asOf}:`,
  );
  let listed = 0;
  for (const { label, actor } of viewers) {
    const { steps } = nextSteps(state.right, actor, new Date(asOf), defaultRulebook);
    const open = steps.filter((s) => s.available).length;
    console.log(
      `   ${label} (${actor.id}): ${steps.length === 0 ? 'nothing — the case is not within its reach or role' : `${open} of ${steps.length} possible now`}`,
    );
    for (const step of steps) console.log(lineOf(step));
    listed += steps.length;
  }
  return E.right(listed);
};

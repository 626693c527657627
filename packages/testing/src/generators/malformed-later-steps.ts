/**
 * `misapplied-later-step`: a later step of the proceedings (issue 15) that the state of a
 * respondent forbids, sent in place of a forward or a step of the proceedings the history took —
 * an objection before the sanction or its delivery, or a second one; an objection decided when
 * none was filed, or decided twice; a sanction recorded as served before there is one, while it
 * is not in force (not delivered, objection pending, annulled), when it is a dismissal, or twice;
 * any of these once the respondent left the service; a criminal step for a respondent not
 * forwarded to Polri, or out of the track's order (a second FILE_RETURNED, a step after the
 * track ended, a court before the indictment…). The actor may send it and reaches the case, and
 * every check named comes before the decider looks at dates, so the instant of the step replaced
 * is as good as any.
 */
import type { ActorRef, CaseErrorCode, Respondent, Rulebook } from '@netra/core';
import { agencyActor } from './actors.js';
import { CRIMINAL_NEXT, criminalNext } from './criminal-walk.js';
import { formatInstant } from './dates.js';
import type { IntakeHistory } from './intake-history.js';
import { commandAt, type MutationClass, positionsOf } from './malformed.js';
import { criminalSteps, type ProceedingSoFar, proceedingBefore } from './proceeding-so-far.js';
import { sanctionOf } from './sanction-authority.js';
import type { CriminalStepName } from './walk-state.js';

const SYSTEM: ActorRef = { id: 'netra-scheduler', role: 'system', scope: {} };

/** What is sent: the type's fields, and who sends it. */
interface Sent {
  readonly actor: ActorRef;
  readonly body: Record<string, unknown>;
}

interface Forbidden {
  readonly name: string;
  readonly applies: (s: ProceedingSoFar, rulebook: Rulebook) => boolean;
  readonly sent: (s: ProceedingSoFar, r: Respondent) => Sent;
  readonly code: CaseErrorCode;
}

const ppk = (r: Respondent): ActorRef => agencyActor('ppk', r.agency.id);

/** A keberatan recorded by the PPK, or the objection already filed, by the body it went to. */
const objection = (s: ProceedingSoFar, r: Respondent): Sent => ({
  actor: s.objection?.meta.actor ?? ppk(r),
  body: { type: 'FileObjection', kind: s.objection?.kind ?? 'KEBERATAN' },
});
/**
 * Officials against whose sanction no objection lies: the President (PP 79/2021 provides none),
 * and the authorities over non-ASN people (PP 79/2021 does not apply to them).
 */
const NO_REMEDY_FROM: readonly string[] = [
  'PRESIDEN',
  'BUPATI_WALIKOTA',
  'KEPALA_DESA',
  'OPD_HEAD',
];

/** The dismissals, against which the remedy is a banding with BPASN (PP 79/2021 Pasal 10). */
const BANDING_AGAINST = ['PDHTAPS', 'PTDH', 'PPPK_PUTUS_PERJANJIAN'];
const BPASN: ActorRef = { id: 'bpasn-sekretariat-01', role: 'appeal_authority', scope: {} };
/** The objection the sanction allows, so that only the missing delivery is wrong. */
const fittingObjection = (s: ProceedingSoFar, r: Respondent): Sent =>
  BANDING_AGAINST.includes(s.sanction?.sanction ?? '')
    ? { actor: BPASN, body: { type: 'FileObjection', kind: 'BANDING' } }
    : { actor: ppk(r), body: { type: 'FileObjection', kind: 'KEBERATAN' } };
const decision = (s: ProceedingSoFar, r: Respondent): Sent => ({
  actor: s.objection?.meta.actor ?? ppk(r),
  body: { type: 'DecideObjection', outcome: { outcome: 'UPHELD' } },
});
const served = (_s: ProceedingSoFar, r: Respondent): Sent => ({
  actor: ppk(r),
  body: { type: 'RecordSanctionServed' },
});
const exit = (): Sent => ({
  actor: SYSTEM,
  body: { type: 'RecordRespondentExit', reason: 'RESIGNED' },
});

/** Whether the sanction is not (or no longer) one that can be served now, whatever the date. */
const notServable = (s: ProceedingSoFar, rulebook: Rulebook): boolean => {
  if (!s.delivered || s.served) return true;
  if (s.objection !== undefined && s.objectionDecision === undefined) return true;
  const outcome = s.objectionDecision?.outcome;
  if (outcome?.outcome === 'ANNULLED') return true;
  const code =
    outcome !== undefined && 'sanction' in outcome ? outcome.sanction : s.sanction?.sanction;
  return code !== undefined && sanctionOf(rulebook, code).ends;
};

const STATE_RULES: readonly Forbidden[] = [
  {
    name: 'objection before the sanction',
    applies: (s) => s.sanction === undefined,
    sent: objection,
    code: 'SANCTION_NOT_DECIDED',
  },
  {
    name: 'objection before the delivery',
    // Against the President's sanction there is no objection at all (OBJECTION_NOT_AVAILABLE).
    applies: (s) =>
      s.sanction !== undefined &&
      !s.delivered &&
      !NO_REMEDY_FROM.includes(s.sanction.imposedBy.official),
    sent: fittingObjection,
    code: 'SANCTION_NOT_DELIVERED',
  },
  {
    name: 'a second objection',
    applies: (s) => s.objection !== undefined,
    sent: objection,
    code: 'OBJECTION_ALREADY_FILED',
  },
  {
    name: 'objection decided when none was filed',
    applies: (s) => s.objection === undefined,
    sent: decision,
    code: 'NO_OBJECTION',
  },
  {
    name: 'objection decided twice',
    applies: (s) => s.objectionDecision !== undefined,
    sent: decision,
    code: 'OBJECTION_ALREADY_DECIDED',
  },
  {
    name: 'served before any sanction',
    applies: (s) => s.sanction === undefined,
    sent: served,
    code: 'SANCTION_NOT_DECIDED',
  },
  {
    name: 'served while not in force, annulled, a dismissal, or served already',
    applies: (s, rulebook) => s.sanction !== undefined && notServable(s, rulebook),
    sent: served,
    code: 'SANCTION_NOT_ENDED',
  },
];

/** After the exit every step of the proceedings is refused first, whatever else is wrong. */
const EXIT_RULES: readonly Forbidden[] = [objection, decision, served, exit].map((sent) => ({
  name: 'a step after the respondent exited',
  applies: () => true,
  sent,
  code: 'RESPONDENT_EXITED',
}));

const ALL_STEPS = Object.keys(CRIMINAL_NEXT).filter(
  (s): s is CriminalStepName => s !== 'FORWARDED',
);

/** A body of the criminal step `step`, with the fields it needs. */
const criminalBody = (step: CriminalStepName): Record<string, unknown> => ({
  type: 'RecordCriminalStep',
  criminal:
    step === 'DISTRICT_VERDICT' || step === 'HIGH_COURT_VERDICT'
      ? { step, verdict: 'GUILTY', summary: 'Putusan dibacakan.' }
      : step === 'STOPPED'
        ? { step, reason: 'SP3.' }
        : { step },
});

const GAKKUMDU_SYSTEM: ActorRef = { id: 'netra-gakkumdu-sync', role: 'system', scope: {} };

/**
 * The criminal steps out of order after `s` (a second FILE_RETURNED among them, and every step
 * once the track ended).
 */
const outOfOrder = (s: ProceedingSoFar): readonly CriminalStepName[] => {
  const allowed = criminalNext(criminalSteps(s));
  return ALL_STEPS.filter((step) => !allowed.includes(step));
};

const CRIMINAL_RULES: readonly Forbidden[] = [
  {
    name: 'criminal step without the forward to Polri',
    applies: (s) => !s.referred,
    sent: () => ({ actor: GAKKUMDU_SYSTEM, body: criminalBody('FILE_TO_PROSECUTOR') }),
    code: 'NOT_WITH_INVESTIGATORS',
  },
  {
    name: 'a second FILE_RETURNED',
    applies: (s) => s.referred && criminalSteps(s).includes('FILE_RETURNED'),
    sent: () => ({ actor: GAKKUMDU_SYSTEM, body: criminalBody('FILE_RETURNED') }),
    code: 'CRIMINAL_STEP_OUT_OF_ORDER',
  },
  ...ALL_STEPS.map(
    (step): Forbidden => ({
      name: 'criminal step out of order',
      applies: (s) =>
        s.referred &&
        outOfOrder(s).includes(step) &&
        !(step === 'FILE_RETURNED' && criminalSteps(s).includes(step)),
      sent: () => ({ actor: GAKKUMDU_SYSTEM, body: criminalBody(step) }),
      code: 'CRIMINAL_STEP_OUT_OF_ORDER',
    }),
  ),
];

/**
 * The rules that apply to `s`: an exited respondent answers only to the exit (the criminal
 * track excepted, which the exit does not close).
 */
const rulesFor = (s: ProceedingSoFar, rulebook: Rulebook): readonly Forbidden[] => [
  ...(s.exited ? EXIT_RULES : STATE_RULES.filter((f) => f.applies(s, rulebook))),
  ...CRIMINAL_RULES.filter((f) => f.applies(s, rulebook)),
];

/** Steps the case was open for: a forward, or a step of the proceedings. */
const OPEN_STEPS = positionsOf(
  'ForwardToSupervisor',
  'ForwardToInvestigators',
  'ReferToGakkumdu',
  'RecordSupervisorOutcome',
  'BlockPersonnelData',
  'UnblockPersonnelData',
  'DecideSanction',
  'DeliverSanction',
  'FileObjection',
  'DecideObjection',
  'RecordSanctionServed',
  'RecordRespondentExit',
  'RecordCriminalStep',
);

/** Those steps, and the end of a history that has some, where the proceedings went furthest. */
const positions = (h: IntakeHistory): number[] => {
  const open = OPEN_STEPS(h);
  return open.length === 0 ? [] : [...open, h.commands.length];
};

/** The id and instant of the command at `position`, or one minute after the last one. */
const slotOf = (h: IntakeHistory, position: number) => {
  const at = h.commands[position];
  if (at !== undefined)
    return {
      commandId: `${at.meta.commandId}-mutated`,
      occurredAt: at.meta.occurredAt,
      replaces: at.type,
    };
  const last = commandAt(h, position - 1);
  const occurredAt = formatInstant(
    Date.parse(last.meta.occurredAt) + 60_000,
    h.jurisdiction.timeZone,
  );
  return { commandId: `cmd-${h.caseId}-after`, occurredAt, replaces: 'nothing (appended)' };
};

interface Candidate {
  readonly r: Respondent;
  readonly s: ProceedingSoFar;
  readonly f: Forbidden;
}

/** The forbidden steps at `position`, by rule name; every respondent has some (a criminal step
 * is either without a forward or out of order). */
const candidatesAt = (h: IntakeHistory, position: number): Map<string, Candidate[]> => {
  const byName = new Map<string, Candidate[]>();
  for (const r of h.respondents) {
    const s = proceedingBefore(h.commands, position, r.respondentId);
    for (const f of rulesFor(s, h.context.rulebook))
      byName.set(f.name, [...(byName.get(f.name) ?? []), { r, s, f }]);
  }
  return byName;
};

export const misappliedLaterStep: MutationClass = {
  name: 'misapplied-later-step',
  weight: 8,
  positions,
  draw: (c, h: IntakeHistory, position) => {
    const { commandId, occurredAt, replaces } = slotOf(h, position);
    // A rule first, so that the rare states (exited, objected, served) are not drowned out.
    const { r, s, f } = c.pick(c.pick([...candidatesAt(h, position).values()]));
    const { actor, body } = f.sent(s, r);
    return {
      input: {
        ...body,
        caseId: h.caseId,
        respondentId: r.respondentId,
        meta: { commandId, actor, occurredAt },
      },
      detail: `${f.name}: ${String(body.type)} on ${r.respondentId} in place of ${replaces}`,
      acceptable: [f.code],
    };
  },
};

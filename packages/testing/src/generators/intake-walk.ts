/**
 * The intake part of a legal path (research/legal-process.md §3.1–§3.2 steps 1–6): a report,
 * a finding or an internal report opens the case; a report goes through the kajian awal,
 * possibly the completion of requirements, then registration or a decline; it may be
 * withdrawn before registration. Dates stay inside the rulebook's deadlines wherever a late
 * act would be refused (filing is allowed to be late: the kajian awal must then say so).
 */
import { computeDeadline, type IsoDate, type Requirement } from '@netra/core';
import { drawCoveringBawaslu, reporterActorOf } from './actors.js';
import { drawDateBetween, isAfter, laterOf, plusDays } from './dates.js';
import { addStep, type Walk } from './walk-state.js';

const REQUIREMENTS: readonly Requirement[] = [
  'REPORTER_IDENTITY',
  'RESPONDENT_IDENTITY',
  'SIGNATURE',
  'INCIDENT_TIME_PLACE',
  'DESCRIPTION',
  'EVIDENCE',
];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

const due = (w: Walk, step: Parameters<typeof computeDeadline>[2], from: IsoDate): IsoDate =>
  computeDeadline(w.rulebook, w.regime, step, from).due;

/** A registration number in Bawaslu's style, e.g. `007/Reg/LP/PB/Kab/34.02/VIII/2024`. */
const registrationNumber = (w: Walk, on: IsoDate): string => {
  const n = String(w.c.int(1, 250)).padStart(3, '0');
  const kind = w.origin === 'FINDING' ? 'TM' : 'LP';
  const election = w.regime === 'PEMILU_2024' ? 'PL' : 'PB';
  const level = w.jurisdiction.level === 'KABKOTA' ? 'Kab' : 'Prov';
  const month = ROMAN[Number(on.slice(5, 7)) - 1] ?? 'I';
  return `${n}/Reg/${kind}/${election}/${level}/${w.jurisdiction.region.code}/${month}/${on.slice(0, 4)}`;
};

/** Any act of a report may come from the reporter (online) or a clerk at the desk. */
const reporterOrClerk = (w: Walk, reporterPercent: number) =>
  w.reporter !== null && w.c.chance(reporterPercent)
    ? reporterActorOf(w.reporter)
    : drawCoveringBawaslu(w.c, w.jurisdiction);

export const register = (w: Walk): void => {
  const on = plusDays(w.cursor, w.c.int(0, 3));
  addStep(w, {
    on,
    actor: drawCoveringBawaslu(w.c, w.jurisdiction),
    body: { type: 'RegisterCase', caseId: w.caseId, registrationNumber: registrationNumber(w, on) },
    label: 'RegisterCase',
  });
  w.status = 'REGISTERED';
  w.registeredOn = on;
  // Pemilu counts from registration (UU 7/2017 Pasal 454(7)); Pilkada from receipt (Pasal 134(5)).
  w.decisionDue = due(w, 'DECIDE', w.regime === 'PEMILU_2024' ? on : w.openedOn);
};

const withdrawBeforeRegistration = (w: Walk): void => {
  addStep(w, {
    on: plusDays(w.cursor, w.c.int(0, 5)),
    actor: reporterOrClerk(w, 60),
    body: {
      type: 'WithdrawReport',
      caseId: w.caseId,
      ...(w.c.chance(50) ? { statement: 'Pelapor mencabut laporan secara tertulis.' } : {}),
    },
    label: `WithdrawReport:${w.status}`,
  });
  w.status = 'WITHDRAWN';
  w.withdrawn = true;
};

const decline = (
  w: Walk,
  on: IsoDate,
  reason: 'TIME_BARRED' | 'OUTSIDE_JURISDICTION' | 'REQUIREMENTS_NOT_COMPLETED',
): void => {
  addStep(w, {
    on,
    actor: drawCoveringBawaslu(w.c, w.jurisdiction),
    body: {
      type: 'DeclineRegistration',
      caseId: w.caseId,
      reason,
      ...(w.c.chance(40) ? { note: 'Disampaikan kepada pelapor.' } : {}),
    },
    label: `DeclineRegistration:${reason}`,
  });
  w.status = 'NOT_REGISTERED';
};

/** The kajian awal, then what follows it until registration, a decline, a withdrawal or a stop. */
export const walkReportIntake = (w: Walk, lateFiling: boolean): void => {
  const { c } = w;
  const reviewDue = due(w, 'PRELIMINARY_REVIEW', w.openedOn);
  let completionDue: IsoDate = w.openedOn;
  let missing: Requirement[] = [];
  let notRegistrable: 'TIME_BARRED' | 'OUTSIDE_JURISDICTION' = 'OUTSIDE_JURISDICTION';
  for (;;) {
    switch (w.status) {
      case 'RECEIVED': {
        const next = c.weighted([
          [8, 'review'],
          [1, 'withdraw'],
          [1, 'stop'],
        ] as const);
        if (next === 'stop') return;
        if (next === 'withdraw') {
          withdrawBeforeRegistration(w);
          return;
        }
        // A late kajian awal is recorded and flagged, not refused: sometimes be late.
        const on =
          !isAfter(w.cursor, reviewDue) && c.chance(85)
            ? drawDateBetween(c, w.cursor, reviewDue)
            : plusDays(laterOf(w.cursor, reviewDue), c.int(1, 3));
        const outcome = lateFiling
          ? c.weighted([
              [3, 'TIME_BARRED'],
              [1, 'OUTSIDE_JURISDICTION'],
            ] as const)
          : c.weighted([
              [5, 'COMPLETE'],
              [3, 'INCOMPLETE'],
              [1, 'OUTSIDE_JURISDICTION'],
            ] as const);
        missing = outcome === 'INCOMPLETE' ? c.subset(REQUIREMENTS, 1) : [];
        addStep(w, {
          on,
          actor: drawCoveringBawaslu(c, w.jurisdiction),
          body: {
            type: 'CompletePreliminaryReview',
            caseId: w.caseId,
            result: outcome === 'INCOMPLETE' ? { outcome, missing } : { outcome },
            ...(c.chance(30) ? { note: 'Kajian awal ditandatangani.' } : {}),
          },
          label: `CompletePreliminaryReview:${outcome}`,
        });
        if (outcome === 'COMPLETE') w.status = 'READY_TO_REGISTER';
        else if (outcome === 'INCOMPLETE') {
          w.status = 'AWAITING_COMPLETION';
          completionDue = due(w, 'COMPLETE_REQUIREMENTS', on);
        } else {
          w.status = 'NOT_REGISTRABLE';
          notRegistrable = outcome;
        }
        break;
      }
      case 'AWAITING_COMPLETION': {
        const canComplete = !isAfter(w.cursor, completionDue);
        const next = c.weighted([
          [canComplete ? 6 : 0, 'complete'],
          [3, 'decline'],
          [1, 'withdraw'],
          [1, 'stop'],
        ] as const);
        if (next === 'stop') return;
        if (next === 'withdraw') {
          withdrawBeforeRegistration(w);
          return;
        }
        if (next === 'decline') {
          // Only once the completion period has run out (Perbawaslu 7/2022).
          const on = plusDays(laterOf(w.cursor, plusDays(completionDue, 1)), c.int(0, 5));
          decline(w, on, 'REQUIREMENTS_NOT_COMPLETED');
          return;
        }
        const supplied = REQUIREMENTS.filter((r) => missing.includes(r) || c.chance(15));
        addStep(w, {
          on: drawDateBetween(c, w.cursor, completionDue),
          actor: reporterOrClerk(w, 70),
          body: {
            type: 'CompleteRequirements',
            caseId: w.caseId,
            supplied,
            ...(c.chance(50)
              ? { evidence: [{ ref: 'surat-pernyataan-pelapor.pdf', kind: 'DOCUMENT' as const }] }
              : {}),
          },
          label: 'CompleteRequirements',
        });
        w.status = 'READY_TO_REGISTER';
        break;
      }
      case 'READY_TO_REGISTER': {
        const next = c.weighted([
          [8, 'register'],
          [1, 'withdraw'],
          [1, 'stop'],
        ] as const);
        if (next === 'stop') return;
        if (next === 'withdraw') {
          withdrawBeforeRegistration(w);
          return;
        }
        register(w);
        return;
      }
      case 'NOT_REGISTRABLE': {
        const next = c.weighted([
          [6, 'decline'],
          [1, 'withdraw'],
          [1, 'stop'],
        ] as const);
        if (next === 'stop') return;
        if (next === 'withdraw') {
          withdrawBeforeRegistration(w);
          return;
        }
        decline(w, plusDays(w.cursor, c.int(0, 3)), notRegistrable);
        return;
      }
      default:
        return;
    }
  }
};

/**
 * The first step of a planned case (research/legal-process.md §3.1): a finding set by
 * supervision within its period, an internal report of an OPD's satgas or a superior, or a
 * report filed at the desk or online — in time, or (for a report the plan declines as time-barred)
 * late. The incident is the plan's SKB item, shown.
 */
import { computeDeadline } from '@netra/core';
import { agencyActor, drawCoveringBawaslu, reporterActorOf } from '../generators/actors.js';
import { drawDateBetween, earlierOf, plusDays } from '../generators/dates.js';
import { drawSupervisingOffice } from '../generators/opening-walk.js';
import { addStep } from '../generators/walk-state.js';
import type { SeasonWalk } from './case-walk.js';
import { describeIncident } from './incidents.js';

const evidence = (w: SeasonWalk) =>
  w.c.subset(
    [
      { ref: 'tangkapan-layar-unggahan.png', kind: 'SCREENSHOT' as const },
      { ref: 'https://www.facebook.com/permalink/0000000001', kind: 'LINK' as const },
      { ref: 'video-kegiatan.mp4', kind: 'VIDEO' as const },
      { ref: 'foto-kegiatan.jpg', kind: 'PHOTO' as const },
      { ref: 'keterangan-saksi.pdf', kind: 'WITNESS_STATEMENT' as const },
    ],
    1,
  );

/** Opens the case: a finding, an internal report, or a report filed in time (or late, to be declined so). */
export const open = (w: SeasonWalk, late: boolean): void => {
  const { c, jurisdiction: j, plan } = w;
  const where = { regime: w.regime, timeZone: j.timeZone, region: j.region };
  const incident = describeIncident(c, plan.skbCode, w.incidentOn, j);
  const knownOn = plusDays(w.incidentOn, c.int(0, 2));
  if (w.origin === 'FINDING') {
    const findingDue = computeDeadline(w.rulebook, w.regime, 'SET_FINDING', knownOn).due;
    addStep(w, {
      on: drawDateBetween(c, knownOn, earlierOf(findingDue, plusDays(knownOn, 3))),
      actor: drawCoveringBawaslu(c, j),
      body: {
        type: 'RecordFinding',
        caseId: w.caseId,
        ...where,
        supervisingOffice: drawSupervisingOffice(c, j),
        discoveredOn: knownOn,
        respondents: [...w.respondents],
        incident,
        evidence: evidence(w),
      },
      label: 'RecordFinding',
    });
    w.status = 'FINDING_RECORDED';
  } else if (w.origin === 'INTERNAL') {
    addStep(w, {
      on: plusDays(knownOn, c.int(0, 10)),
      actor: agencyActor(
        c.pick(['satgas', 'superior'] as const),
        w.respondents[0]?.agency.id ?? '-',
      ),
      body: {
        type: 'ReceiveInternalReport',
        caseId: w.caseId,
        ...where,
        respondents: [...w.respondents],
        incident: { ...incident, knownOn },
        evidence: evidence(w),
      },
      label: 'ReceiveInternalReport',
    });
    w.status = 'WITH_EMPLOYER';
  } else {
    const filingDue = computeDeadline(w.rulebook, w.regime, 'FILE_REPORT', knownOn).due;
    const reporter = w.reporter;
    if (reporter === null) throw new Error(`${w.caseId}: a report without a reporter`);
    addStep(w, {
      on: late
        ? plusDays(filingDue, c.int(1, 6))
        : drawDateBetween(c, knownOn, earlierOf(filingDue, plusDays(knownOn, 4))),
      actor: c.chance(30) ? reporterActorOf(reporter) : drawCoveringBawaslu(c, j),
      body: {
        type: 'ReceiveReport',
        caseId: w.caseId,
        ...where,
        reporter,
        respondents: [...w.respondents],
        incident: { ...incident, knownOn },
        evidence: evidence(w),
      },
      label: late ? 'ReceiveReport:LATE' : 'ReceiveReport',
    });
    w.status = 'RECEIVED';
  }
  w.openedOn = w.cursor;
};

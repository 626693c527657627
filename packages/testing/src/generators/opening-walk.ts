/**
 * The first step of a legal path (research/legal-process.md §3.1): a report filed at the
 * Bawaslu desk or online, in time or late; a finding set within its SET_FINDING period by the
 * supervising body; or an internal report by the satgas or superior of the respondents' agency.
 */
import { computeDeadline, type IsoDate, type Reporter } from '@netra/core';
import { agencyActor, drawCoveringBawaslu, reporterActorOf } from './actors.js';
import type { Chooser } from './chooser.js';
import { drawDateBetween, plusDays } from './dates.js';
import type { Jurisdiction } from './regions.js';
import { addStep, type Walk } from './walk-state.js';

/** The bodies whose supervision sets a finding (UU 7/2017 Pasal 454; ad hoc bodies report up). */
const OFFICES = {
  RI: 'Bawaslu Republik Indonesia',
  PROVINSI: 'Bawaslu Provinsi',
  KABKOTA: 'Bawaslu Kabupaten/Kota',
  KECAMATAN: 'Panwaslu Kecamatan',
  KELURAHAN_DESA: 'Panwaslu Kelurahan/Desa',
  TPS: 'Pengawas TPS',
} as const;

/** The supervising body whose supervision sets a finding, at a random level over the region. */
export const drawSupervisingOffice = (c: Chooser, j: Jurisdiction) => {
  const level = c.pick(Object.keys(OFFICES) as (keyof typeof OFFICES)[]);
  return { level, name: `${OFFICES[level]} (${j.region.name})` };
};

const evidence = (c: Chooser) =>
  c.subset([
    { ref: 'tangkapan-layar-media-sosial.png', kind: 'SCREENSHOT' as const },
    { ref: 'https://www.facebook.com/permalink/0000000001', kind: 'LINK' as const },
    { ref: 'video-kegiatan.mp4', kind: 'VIDEO' as const },
    { ref: 'keterangan-saksi.pdf', kind: 'WITNESS_STATEMENT' as const },
  ]);

const describeIncident = (c: Chooser, occurredOn: IsoDate, j: Jurisdiction) => ({
  occurredOn,
  place: c.pick([
    `Balai desa di ${j.region.name}`,
    'Akun Facebook pribadi terlapor',
    'Grup WhatsApp RT',
  ]),
  description: c.pick([
    'Terlapor mengunggah foto bersama pasangan calon dengan simbol jari dan ajakan memilih.',
    'Terlapor menghadiri deklarasi bakal pasangan calon dan menyatakan dukungan di atas panggung.',
    'Terlapor membagikan bahan kampanye kepada warga saat jam kerja.',
  ]),
});

/** Opens the case; returns whether a report was filed late (the kajian awal must say so). */
export const openCase = (w: Walk, knownOn: IsoDate): boolean => {
  const { c, jurisdiction: j } = w;
  const jurisdiction = { regime: w.regime, timeZone: j.timeZone, region: j.region };
  const incident = describeIncident(c, w.incidentOn, j);
  if (w.origin === 'FINDING') {
    const findingDue = computeDeadline(w.rulebook, w.regime, 'SET_FINDING', knownOn).due;
    addStep(w, {
      on: drawDateBetween(c, knownOn, findingDue),
      actor: drawCoveringBawaslu(c, j),
      body: {
        type: 'RecordFinding',
        caseId: w.caseId,
        ...jurisdiction,
        supervisingOffice: drawSupervisingOffice(c, j),
        discoveredOn: knownOn,
        respondents: [...w.respondents],
        incident,
        evidence: evidence(c),
      },
      label: 'RecordFinding',
    });
    w.status = 'FINDING_RECORDED';
    w.openedOn = w.cursor;
    return false;
  }
  if (w.origin === 'INTERNAL') {
    const agencyId = w.respondents[0]?.agency.id ?? '-';
    addStep(w, {
      on: plusDays(knownOn, c.int(0, 20)),
      actor: agencyActor(c.pick(['satgas', 'superior'] as const), agencyId),
      body: {
        type: 'ReceiveInternalReport',
        caseId: w.caseId,
        ...jurisdiction,
        respondents: [...w.respondents],
        incident: { ...incident, knownOn },
        evidence: evidence(c),
      },
      label: 'ReceiveInternalReport',
    });
    w.status = 'WITH_EMPLOYER';
    w.openedOn = w.cursor;
    return false;
  }
  const filingDue = computeDeadline(w.rulebook, w.regime, 'FILE_REPORT', knownOn).due;
  const late = c.chance(12);
  const reporter = w.reporter as Reporter;
  addStep(w, {
    on: late ? plusDays(filingDue, c.int(1, 8)) : drawDateBetween(c, knownOn, filingDue),
    actor: c.chance(30) ? reporterActorOf(reporter) : drawCoveringBawaslu(c, j),
    body: {
      type: 'ReceiveReport',
      caseId: w.caseId,
      ...jurisdiction,
      reporter,
      respondents: [...w.respondents],
      incident: { ...incident, knownOn },
      evidence: evidence(c),
    },
    label: late ? 'ReceiveReport:LATE' : 'ReceiveReport',
  });
  w.status = 'RECEIVED';
  w.openedOn = w.cursor;
  return late;
};

/**
 * The hand-over between Bawaslu levels (Perbawaslu 7/2022 Pasal 20, rulebook 2024.2): now and
 * then, while the case is open, the holding office passes it on (pelimpahan: up, down to a
 * kabupaten/kota or a Panwaslu Kecamatan, or to RI), or a higher office takes it over
 * (pengambilalihan). From then on only the receiving office and those above it act
 * (offices.ts), which every later step of the walk respects.
 *
 * HandOverCase may be unfinished in core while the walkers are in use: the walk hands over only
 * if the decider accepts a plain hand-over (probed once, below).
 */
import {
  type BawasluOffice,
  type CaseState,
  caseDecider,
  defaultRulebook,
  parseCaseCommand,
} from '@netra/core';
import { either as E } from 'fp-ts';
import { bawasluKabKota, bawasluProvinsi } from './actors.js';
import { plusDays } from './dates.js';
import {
  actorOfOffice,
  defaultOfficeOf,
  drawOverlappingOffice,
  officesAbove,
  sameOffice,
} from './offices.js';
import { addStep, handler, type Walk } from './walk-state.js';

let implemented: boolean | undefined;

/**
 * Whether core's decider implements HandOverCase: a Bawaslu Provinsi taking over a fresh
 * finding of one of its kabupaten must give CaseHandedOver. Probed once.
 */
export const handOverImplemented = (): boolean => {
  if (implemented !== undefined) return implemented;
  try {
    const context = {
      now: new Date('2024-09-02T00:00:00Z'),
      rulebook: defaultRulebook,
      rulebookVersion: defaultRulebook.version,
    };
    const caseId = 'case-probe-3402-0001';
    const meta = (n: number, actor: unknown) => ({
      commandId: `cmd-probe-${n}`,
      actor,
      occurredAt: `2024-09-01T0${n}:00:00+07:00`,
    });
    const finding = {
      type: 'RecordFinding',
      caseId,
      regime: 'PILKADA_2024',
      timeZone: 'WIB',
      region: { code: '34.02', name: 'Kabupaten Bantul' },
      supervisingOffice: { level: 'KABKOTA', name: 'Bawaslu Kabupaten Bantul' },
      discoveredOn: '2024-08-30',
      respondents: [
        {
          respondentId: 'terlapor-probe-1',
          name: 'Suparman',
          kind: 'VILLAGE_HEAD',
          agency: { id: 'desa-3402-timbulharjo', name: 'Pemerintah Desa Timbulharjo' },
        },
      ],
      incident: { occurredOn: '2024-08-29', place: 'Balai desa', description: 'Deklarasi.' },
      evidence: [],
      meta: meta(1, bawasluKabKota('34.02')),
    };
    const handOver = {
      type: 'HandOverCase',
      caseId,
      kind: 'PENGAMBILALIHAN',
      to: { level: 'PROVINSI', regionCode: '34' },
      reason: 'Diambil alih oleh Bawaslu Provinsi.',
      meta: meta(2, bawasluProvinsi('34')),
    };
    let state: CaseState = caseDecider.initialState();
    let handedOver = false;
    for (const input of [finding, handOver]) {
      const decided = E.flatMap((command: Parameters<typeof caseDecider.decide>[0]) =>
        caseDecider.decide(command, state, context),
      )(parseCaseCommand(input));
      if (E.isLeft(decided)) break;
      state = decided.right.reduce(caseDecider.evolve, state);
      handedOver = decided.right.some((e) => e.type === 'CaseHandedOver');
    }
    implemented = handedOver;
  } catch {
    implemented = false;
  }
  return implemented;
};

const REASONS = [
  'Terlapor berada di wilayah kerja kabupaten lain.',
  'Perkara menjadi perhatian publik; ditangani oleh tingkat yang lebih tinggi.',
  'Beban penanganan pelanggaran di tingkat asal.',
];

/** An office over or within the case's region, other than `holder`. */
const drawOtherOffice = (w: Walk, holder: BawasluOffice): BawasluOffice => {
  for (let i = 0; i < 8; i++) {
    const office = drawOverlappingOffice(w.c, w.jurisdiction);
    if (!sameOffice(office, holder)) return office;
  }
  return holder.level === 'RI'
    ? { level: 'PROVINSI', regionCode: w.jurisdiction.province.code }
    : { level: 'RI' };
};

export const handOver = (w: Walk): void => {
  const { c } = w;
  const holder = w.handlingOffice ?? defaultOfficeOf(w.jurisdiction.region.code);
  const above = officesAbove(holder);
  const kind = c.weighted([
    [above.length > 0 ? 1 : 0, 'PENGAMBILALIHAN'],
    [1, 'PELIMPAHAN'],
  ] as const);
  let actor = handler(w);
  let to: BawasluOffice;
  if (kind === 'PENGAMBILALIHAN') {
    // A higher office takes the case for itself.
    to = c.pick(above);
    actor = actorOfOffice(to, c.int(1, 3));
  } else if (holder.level === 'KECAMATAN' && c.chance(60)) {
    // The Panwaslu Kecamatan holding the case passes it on; in Pemilu only up, "melalui
    // Bawaslu Kabupaten/Kota" (UU 7/2017 Pasal 106 huruf c).
    actor = actorOfOffice(holder, c.int(1, 3));
    to =
      w.regime === 'PEMILU_2024'
        ? { level: 'KABKOTA', regionCode: holder.regionCode.slice(0, 5) }
        : drawOtherOffice(w, holder);
  } else {
    to = drawOtherOffice(w, holder);
  }
  addStep(w, {
    on: plusDays(w.cursor, c.int(0, 2)),
    actor,
    body: { type: 'HandOverCase', caseId: w.caseId, kind, to, reason: c.pick(REASONS) },
    label: `HandOverCase:${kind}:${to.level}`,
  });
  w.handlingOffice = to;
};

/** With `percent` % chance, and only if core implements it, hands the case over. */
export const maybeHandOver = (w: Walk, percent: number): void => {
  if (w.c.chance(percent) && handOverImplemented()) handOver(w);
};

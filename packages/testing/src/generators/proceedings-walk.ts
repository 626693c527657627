/**
 * The respondent's proceedings after Bawaslu's forward to the ASN supervisor (issue 15;
 * research/legal-process.md §3.3–§3.6), walked in among the handling steps:
 * - the supervisor the file is with (KASN until it ceased on `bknFrom`, then BKN; KemenPAN-RB
 *   or BKN for a file the SE 4/2024 rerouted) verifies it: PROVEN with a recommendation to the
 *   PPK, NOT_PROVEN, or RETURNED for lack of evidence, once per respondent. A KASN file not
 *   verified before KASN ceased waits for its reroute;
 * - when the PPK does not follow a recommendation up, BKN blocks the respondent's personnel
 *   data in SIASN (Perban 1/2023); the block is lifted once the PPK has decided a sanction, or
 *   as made in error at any time (and may then be placed again);
 * - the PPK's office records the sanction the official with authority imposed (PyBMH), mostly
 *   the recommended level, sometimes lighter (flagged), with the relation stated where the row
 *   requires one (sanction-authority.ts), once per respondent;
 * - the decision is delivered, mostly within 14 working days (PP 94/2021 Pasal 37(3)),
 *   sometimes late (recorded and flagged), received at once or within a few days.
 * Supervisors and the system act nationwide; the PPK is the one of the respondent's agency.
 */
import {
  type ActorRef,
  addDays,
  type IsoDate,
  type ProceedingStep,
  type RecommendationLevel,
  type Regime,
  type Rulebook,
  SKB_CODES,
  type SkbCode,
} from '@netra/core';
import { agencyActor } from './actors.js';
import {
  drawDateBetween,
  formatInstant,
  isAfter,
  laterOf,
  localDayMinute,
  plusDays,
} from './dates.js';
import { drawSanction, officialName } from './sanction-authority.js';
import {
  addStep,
  addStepAt,
  DAY_MS,
  drawInstantBetween,
  instantOn,
  MINUTE_MS,
  type RespondentModel,
  type SupervisorResult,
  type Walk,
} from './walk-state.js';

/** The last day of a period of the proceedings from `from`; null where the law sets none. */
export const dueIn = (
  rulebook: Rulebook,
  regime: Regime,
  step: ProceedingStep,
  from: IsoDate,
): IsoDate | null => {
  const rule = rulebook.proceedings[regime][step];
  return rule.days === null
    ? null
    : addDays(from, rule.days, rule.dayType, rulebook.holidays, rulebook.counting);
};

export const proceedingDue = (w: Walk, step: ProceedingStep, from: IsoDate): IsoDate | null =>
  dueIn(w.rulebook, w.regime, step, from);

export type Holder = 'KASN' | 'BKN' | 'MENPANRB';

/** Who holds the respondent's file: where the reroute sent it, or where it was forwarded. */
export const fileHolder = (r: RespondentModel): Holder | null => r.reroutedTo ?? r.forwardedTo;

const SUPERVISOR_IDS: Readonly<Record<Holder, string>> = {
  KASN: 'kasn-pengawasan-01',
  BKN: 'bkn-wasdal-01',
  MENPANRB: 'menpanrb-asdep-01',
};

/** The supervisor's desk, or now and then the system recording what it sent. */
const supervisorActor = (w: Walk, holder: Holder): ActorRef =>
  w.c.chance(85)
    ? { id: SUPERVISOR_IDS[holder], role: 'supervisor', scope: {} }
    : { id: 'netra-siasn-sync', role: 'system', scope: {} };

export const ppkOf = (r: RespondentModel): ActorRef => agencyActor('ppk', r.respondent.agency.id);

const LEVELS: readonly (readonly [number, RecommendationLevel])[] = [
  [1, 'MORAL_TERTUTUP'],
  [1, 'MORAL_TERBUKA'],
  [3, 'LIGHT'],
  [3, 'MODERATE'],
  [2, 'HEAVY'],
  [1, 'PTDH'],
];

/**
 * A PROVEN result of the supervisor's verification on the day `on`: the letter recommending
 * `level` for `skbCodes`, addressed to the PPK of the respondent's agency.
 */
export const provenResult = (
  w: Walk,
  r: RespondentModel,
  letter: {
    readonly holder: Holder;
    readonly on: IsoDate;
    readonly level: RecommendationLevel;
    readonly skbCodes: SkbCode[];
  },
) => {
  const { holder, on } = letter;
  const { agency } = r.respondent;
  return {
    outcome: 'PROVEN' as const,
    level: letter.level,
    skbCodes: letter.skbCodes,
    letterNumber: `B-${w.c.int(1, 999)}/${holder}/${on.slice(5, 7)}/${on.slice(0, 4)}`,
    addressedTo: {
      name: officialName('PPK', w.jurisdiction, agency.name),
      agencyId: agency.id,
    },
  };
};

export const recordSupervisorOutcome = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const holder = fileHolder(r);
  if (holder === null) throw new RangeError(`${r.respondent.respondentId} was not forwarded`);
  // KASN verifies before it ceases; BKN and KemenPAN-RB take days or months.
  const on =
    holder === 'KASN'
      ? drawDateBetween(c, w.cursor, plusDays(w.rulebook.supervisorRouting.bknFrom, -1))
      : plusDays(w.cursor, c.chance(50) ? c.int(0, 14) : c.int(15, 90));
  const outcome = c.weighted<SupervisorResult>([
    [6, 'PROVEN'],
    [2, 'NOT_PROVEN'],
    [1, 'RETURNED'],
  ]);
  const level = c.weighted(LEVELS);
  const found = r.skbCode ?? c.pick(SKB_CODES);
  const skbCodes = c.chance(25)
    ? [found, c.pick(SKB_CODES.filter((code) => code !== found))]
    : [found];
  const result =
    outcome === 'PROVEN'
      ? provenResult(w, r, { holder, on, level, skbCodes })
      : {
          outcome,
          reason:
            outcome === 'NOT_PROVEN'
              ? c.pick(['Foto bukan terlapor.', 'Keberpihakan tidak terbukti.'])
              : c.pick(['Bukti tidak cukup; berkas dikembalikan.', 'Berkas tidak lengkap.']),
        };
  addStep(w, {
    on,
    actor: supervisorActor(w, holder),
    body: {
      type: 'RecordSupervisorOutcome',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      result,
    },
    label: `RecordSupervisorOutcome:${outcome}`,
  });
  r.proceeding.outcome = outcome;
  if (outcome === 'PROVEN') {
    r.proceeding.recommended = level;
    r.proceeding.followUpDue = proceedingDue(w, 'PPK_FOLLOW_UP', w.cursor);
  }
};

/**
 * BKN blocks: the law sets the PPK no period, so BKN judges when follow-up is overdue; where an
 * office set a policy period, only after it ended.
 */
export const blockPersonnelData = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const due = r.proceeding.followUpDue;
  const earliest = due === null ? w.cursor : laterOf(w.cursor, plusDays(due, 1));
  addStep(w, {
    on: plusDays(earliest, c.chance(50) ? c.int(0, 20) : c.int(21, 120)),
    actor: supervisorActor(w, 'BKN'),
    body: {
      type: 'BlockPersonnelData',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      reason: c.pick([
        'Rekomendasi belum ditindaklanjuti PPK.',
        'PPK tidak menjatuhkan hukuman disiplin sesuai rekomendasi.',
      ]),
    },
    label: 'BlockPersonnelData',
  });
  r.proceeding.blocked = true;
  r.proceeding.blocks += 1;
};

/** Lifted as followed up once a sanction is on record (mostly then), or as made in error. */
export const unblockPersonnelData = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const reason =
    r.proceeding.sanction !== null && c.chance(85) ? 'PPK_FOLLOWED_UP' : 'BLOCKED_IN_ERROR';
  addStep(w, {
    on: plusDays(w.cursor, c.int(0, 14)),
    actor: supervisorActor(w, 'BKN'),
    body: {
      type: 'UnblockPersonnelData',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      reason,
      ...(c.chance(40)
        ? {
            note:
              reason === 'PPK_FOLLOWED_UP'
                ? 'PPK telah menetapkan hukuman disiplin.'
                : 'Rekomendasi belum diterima PPK; blokir dibuka.',
          }
        : {}),
    },
    label: `UnblockPersonnelData:${reason}`,
  });
  r.proceeding.blocked = false;
  r.proceeding.unblocks.push(reason);
};

export const decideSanction = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const recommended = r.proceeding.recommended;
  if (recommended === null) throw new RangeError(`${r.respondent.respondentId}: no recommendation`);
  // The day first: which sanctions are in force, and who may impose them, depends on it.
  const at = instantOn(w, plusDays(w.cursor, c.chance(60) ? c.int(0, 20) : c.int(21, 120)));
  const { day } = localDayMinute(at, w.jurisdiction.timeZone);
  const drawn = drawSanction(
    c,
    w.rulebook,
    r.respondent,
    w.jurisdiction,
    recommended,
    day,
    r.proceeding.examination !== 'EXAMINED',
  );
  if (drawn === undefined) return;
  const { agency } = r.respondent;
  addStepAt(w, at, {
    actor: ppkOf(r),
    body: {
      type: 'DecideSanction',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      sanction: drawn.sanction,
      imposedBy: {
        official: drawn.official,
        instance: drawn.instance,
        name: officialName(drawn.official, w.jurisdiction, agency.name),
        ...(drawn.relation === undefined ? {} : { relation: drawn.relation }),
      },
      respondentPosition: drawn.respondentPosition,
      decreeNumber: `800/${c.int(1, 999)}/BKPSDM/${day.slice(0, 4)}`,
      ...(c.chance(10)
        ? {
            repeatOf: {
              caseId: `case-2019-${c.int(1, 99)}`,
              sanction: 'TEGURAN_TERTULIS' as const,
            },
          }
        : {}),
    },
    label: [
      `DecideSanction:${drawn.official}`,
      ...(drawn.lighter ? ['LIGHTER'] : []),
      ...(drawn.relation === undefined ? [] : ['RELATION']),
    ].join(':'),
  });
  r.proceeding.sanction = drawn.sanction;
  r.proceeding.official = drawn.official;
  r.proceeding.lighter = drawn.lighter;
  r.proceeding.deliveryDue = proceedingDue(w, 'DELIVER_SANCTION', day) ?? day;
};

/**
 * Delivered mostly within the period, sometimes on its last day, sometimes late; received on
 * delivery (handed over in person) or within a few days (sent to the respondent).
 */
export const deliverSanction = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const due = r.proceeding.deliveryDue ?? w.cursor;
  const open = !isAfter(w.cursor, due);
  const on =
    open && c.chance(75)
      ? c.chance(15)
        ? due
        : drawDateBetween(c, w.cursor, due)
      : plusDays(laterOf(w.cursor, due), c.int(1, 10));
  const at = instantOn(w, on);
  const { day } = localDayMinute(at, w.jurisdiction.timeZone);
  const inTime = !isAfter(day, due);
  const receivedAt = c.chance(50) ? drawInstantBetween(w, at + MINUTE_MS, at + 5 * DAY_MS) : null;
  addStepAt(w, at, {
    actor: ppkOf(r),
    body: {
      type: 'DeliverSanction',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      ...(receivedAt === null
        ? {}
        : { receivedAt: formatInstant(receivedAt, w.jurisdiction.timeZone, c.chance(25)) }),
    },
    label: inTime ? 'DeliverSanction' : 'DeliverSanction:LATE',
  });
  if (receivedAt !== null) w.latestAt = Math.max(w.latestAt, receivedAt);
  const receivedOn =
    receivedAt === null ? day : localDayMinute(receivedAt, w.jurisdiction.timeZone).day;
  const p = r.proceeding;
  p.deliveredInTime = inTime;
  p.receivedOn = receivedOn;
  // It takes force 15 days after receipt unless an objection is filed (PP 94/2021 Pasal 38).
  p.effective = p.sanction;
  p.inForceOn = proceedingDue(w, 'SANCTION_IN_FORCE', receivedOn) ?? receivedOn;
};

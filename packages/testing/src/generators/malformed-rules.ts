/**
 * Mutations of the decision and the handover against the rules: an SKB item of the other
 * candidate stage (SKB 2022 Lampiran II), a track the respondent's kind does not take
 * (NEUTRALITY or ADMINISTRATIVE for someone who is not ASN, OTHER_LAW for an ASN), a crime
 * declared without a deliberation in Sentra Gakkumdu that concluded to proceed, deliberations
 * out of their order, a Pilkada finding's decision period extended (only a reporter can be
 * asked for more), a forward addressed to the wrong supervisor for its date (Perpres
 * 92/2024), handing over a respondent who was not decided, not on that track, or already
 * handed over, and a hand-over between Bawaslu levels that Perbawaslu 7/2022 Pasal 20 does not
 * allow (to the office already holding the case, a takeover by an office that is not higher,
 * or for another office).
 */
import {
  type CaseCommand,
  type CaseErrorCode,
  type DecideRespondent,
  SKB_CODES,
  skbItem,
} from '@netra/core';
import { isAfter } from './dates.js';
import { isAsnKind, skbCodesFor, stageOn } from './decisions.js';
import type { IntakeHistory } from './intake-history.js';
import { commandAt, dayOf, type Mutation, type MutationClass, withActor } from './malformed.js';
import {
  actorOfOffice,
  defaultOfficeOf,
  holderBefore,
  officeOfActor,
  sameOffice,
} from './offices.js';

type Violation = Extract<DecideRespondent['decision'], { outcome: 'VIOLATION' }>;

const kindOf = (h: IntakeHistory, respondentId: string) =>
  h.respondents.find((r) => r.respondentId === respondentId)?.kind;

/** What the commands before `position` did with one respondent. */
const handled = (h: IntakeHistory, position: number, respondentId: string) => {
  const before = h.commands.slice(0, position);
  const decision = before.find(
    (c): c is Extract<CaseCommand, { type: 'DecideRespondent' }> =>
      c.type === 'DecideRespondent' && c.respondentId === respondentId,
  )?.decision;
  const tracks = decision?.outcome === 'VIOLATION' ? decision.tracks : [];
  const deliberations = before.flatMap((c) =>
    c.type === 'RecordGakkumduDeliberation' && c.respondentId === respondentId ? [c] : [],
  );
  return {
    decided: decision !== undefined,
    neutrality: tracks.includes('NEUTRALITY'),
    criminal: tracks.includes('CRIMINAL'),
    otherLaw: tracks.includes('OTHER_LAW'),
    forwarded: before.some(
      (c) => c.type === 'ForwardToSupervisor' && c.respondentIds.includes(respondentId),
    ),
    referred: before.some(
      (c) =>
        (c.type === 'ReferToGakkumdu' || c.type === 'ForwardToInvestigators') &&
        c.respondentId === respondentId,
    ),
    toAuthority: before.some(
      (c) => c.type === 'ForwardToCompetentAuthority' && c.respondentId === respondentId,
    ),
    lastConclusion: deliberations.at(-1)?.conclusion,
  };
};

/** A respondent whose handover by this forward or referral must be refused, and the code. */
const wrongHandovers = (
  h: IntakeHistory,
  position: number,
): { id: string; code: CaseErrorCode }[] => {
  const command = commandAt(h, position);
  if (
    command.type !== 'ForwardToSupervisor' &&
    command.type !== 'ReferToGakkumdu' &&
    command.type !== 'ForwardToInvestigators' &&
    command.type !== 'ForwardToCompetentAuthority'
  ) {
    return [];
  }
  const named =
    command.type === 'ForwardToSupervisor' ? command.respondentIds : [command.respondentId];
  return h.respondents.flatMap(({ respondentId: id }): { id: string; code: CaseErrorCode }[] => {
    if (named.includes(id)) return [];
    const r = handled(h, position, id);
    if (!r.decided) return [{ id, code: 'RESPONDENT_NOT_DECIDED' }];
    switch (command.type) {
      case 'ForwardToSupervisor':
        if (!r.neutrality) return [{ id, code: 'NO_NEUTRALITY_VIOLATION' }];
        return r.forwarded ? [{ id, code: 'ALREADY_FORWARDED' }] : [];
      case 'ForwardToCompetentAuthority':
        if (!r.otherLaw) return [{ id, code: 'NO_OTHER_LAW_TRACK' }];
        return r.toAuthority ? [{ id, code: 'ALREADY_FORWARDED' }] : [];
      default:
        if (!r.criminal) return [{ id, code: 'NO_CRIMINAL_TRACK' }];
        return r.referred ? [{ id, code: 'ALREADY_REFERRED' }] : [];
    }
  });
};

/** A decision on the respondent of `command`, as a violation on `tracks` only, conduct that day. */
const violationOn = (h: IntakeHistory, command: CaseCommand, tracks: Violation['tracks']) => ({
  ...command,
  decision: { outcome: 'VIOLATION', tracks, conductOn: dayOf(h, command) },
});

type Rule = (
  h: IntakeHistory,
  position: number,
) => ((pick: <T>(xs: readonly T[]) => T) => Mutation) | undefined;

const RULES: Readonly<Record<string, Rule>> = {
  'skb stage': (h, position) => {
    const command = commandAt(h, position);
    if (command.type !== 'DecideRespondent' || command.decision.outcome !== 'VIOLATION')
      return undefined;
    const decision: Violation = command.decision;
    const applied =
      decision.stageOverride?.stage ?? stageOn(h.context.rulebook, h.regime, decision.conductOn);
    const others = SKB_CODES.filter((code) => {
      const stage = skbItem(h.context.rulebook, code).stage;
      return stage !== 'ANY' && stage !== applied;
    });
    return (pick) => {
      const skbCode = pick(others);
      return {
        input: { ...command, decision: { ...decision, skbCode } },
        detail: `${skbCode} for conduct on ${decision.conductOn} (stage ${applied})`,
        acceptable: ['SKB_STAGE_MISMATCH'],
      };
    };
  },
  'neutrality for non-ASN': (h, position) => {
    const command = commandAt(h, position);
    if (command.type !== 'DecideRespondent') return undefined;
    const kind = kindOf(h, command.respondentId);
    if (kind === undefined || isAsnKind(kind)) return undefined;
    const conductOn = dayOf(h, command);
    const fitting = skbCodesFor(
      h.context.rulebook,
      stageOn(h.context.rulebook, h.regime, conductOn),
    );
    return (pick) => ({
      input: {
        ...command,
        decision: {
          outcome: 'VIOLATION',
          tracks: ['NEUTRALITY'],
          skbCode: pick(fitting),
          conductOn,
        },
      },
      detail: `NEUTRALITY for a ${kind}`,
      acceptable: ['TRACK_NOT_APPLICABLE'],
    });
  },
  // Since rulebook 2024.2: an ASN violation goes on NEUTRALITY, not OTHER_LAW; administrative
  // violations concern organisers and participants, never a respondent who is not ASN.
  'track for the wrong kind': (h, position) => {
    const command = commandAt(h, position);
    if (command.type !== 'DecideRespondent') return undefined;
    const kind = kindOf(h, command.respondentId);
    if (kind === undefined) return undefined;
    const track = isAsnKind(kind) ? 'OTHER_LAW' : 'ADMINISTRATIVE';
    return () => ({
      input: violationOn(h, command, [track]),
      detail: `${track} for a ${kind}`,
      acceptable: ['TRACK_NOT_APPLICABLE'],
    });
  },
  'crime without deliberation': (h, position) => {
    const command = commandAt(h, position);
    if (command.type !== 'DecideRespondent') return undefined;
    if (!h.context.rulebook.gakkumdu.deliberationBeforeDeclaration) return undefined;
    const last = handled(h, position, command.respondentId).lastConclusion;
    if (last === 'PROCEED') return undefined;
    return () => ({
      input: violationOn(h, command, ['CRIMINAL']),
      detail: `CRIMINAL after ${last === undefined ? 'no deliberation' : 'a deliberation that concluded STOP'}`,
      acceptable: [
        last === undefined ? 'GAKKUMDU_DELIBERATION_REQUIRED' : 'GAKKUMDU_CONCLUDED_NO_CRIME',
      ],
    });
  },
  // Pilkada extends the decision period only to ask the reporter (UU 1/2015 Pasal 134(6)): a
  // finding, or a lapsed report taken up as one, has none. Sent where a decision was made,
  // while someone was still undecided.
  'extension without a reporter': (h, position) => {
    const command = commandAt(h, position);
    if (command.type !== 'DecideRespondent' || h.regime !== 'PILKADA_2024') return undefined;
    const before = h.commands.slice(0, position);
    const finding = h.origin === 'FINDING' || before.some((c) => c.type === 'TakeUpAsFinding');
    if (!finding) return undefined;
    return () => ({
      input: {
        type: 'ExtendForAdditionalInformation',
        caseId: command.caseId,
        reason: 'Keterangan tambahan diperlukan.',
        meta: command.meta,
      },
      detail: 'ExtendForAdditionalInformation on a Pilkada finding',
      acceptable: ['EXTENSION_NEEDS_REPORTER'],
    });
  },
  // The first deliberation comes once, the second once and after it: the other stage is
  // always out of order.
  'deliberation out of order': (h, position) => {
    const command = commandAt(h, position);
    if (command.type !== 'RecordGakkumduDeliberation') return undefined;
    const stage = command.stage === 'FIRST' ? 'SECOND' : 'FIRST';
    return () => ({
      input: { ...command, stage },
      detail: `${stage} deliberation in place of the ${command.stage}`,
      acceptable: ['GAKKUMDU_STAGE_OUT_OF_ORDER'],
    });
  },
  'wrong supervisor': (h, position) => {
    const command = commandAt(h, position);
    if (command.type !== 'ForwardToSupervisor') return undefined;
    const on = dayOf(h, command);
    const wrong = isAfter(h.context.rulebook.supervisorRouting.bknFrom, on) ? 'BKN' : 'KASN';
    return () => ({
      input: { ...command, expectedSupervisor: wrong },
      detail: `expected ${wrong} for a forward on ${on}`,
      acceptable: ['WRONG_SUPERVISOR'],
    });
  },
  'wrong handover': (h, position) => {
    const candidates = wrongHandovers(h, position);
    if (candidates.length === 0) return undefined;
    const command = commandAt(h, position);
    return (pick) => {
      const { id, code } = pick(candidates);
      const input =
        command.type === 'ForwardToSupervisor'
          ? { ...command, respondentIds: [...command.respondentIds, id] }
          : { ...command, respondentId: id };
      return { input, detail: `${command.type} of ${id}`, acceptable: [code] };
    };
  },
  // A Pemilu Panwaslu Kecamatan may only pass a case up to its Bawaslu Kab/Kota: its own
  // hand-overs are left to the rules of ad hoc bodies.
  'hand-over to the holder': (h, position) => {
    const command = commandAt(h, position);
    if (command.type !== 'HandOverCase') return undefined;
    if (officeOfActor(command.meta.actor)?.level === 'KECAMATAN') return undefined;
    const holder =
      holderBefore(h.commands, position) ?? defaultOfficeOf(h.jurisdiction.region.code);
    return () => ({
      input: { ...command, kind: 'PELIMPAHAN', to: holder },
      detail: `PELIMPAHAN to ${JSON.stringify(holder)}, which holds the case`,
      acceptable: ['HANDOVER_TO_SAME_OFFICE'],
    });
  },
  'takeover not from below': (h, position) => {
    const command = commandAt(h, position);
    if (command.type !== 'HandOverCase') return undefined;
    const holder =
      holderBefore(h.commands, position) ?? defaultOfficeOf(h.jurisdiction.region.code);
    if (holder.level === 'KECAMATAN') return undefined;
    // The holding office itself "takes over" its own case.
    return () => ({
      input: withActor(
        { ...command, kind: 'PENGAMBILALIHAN', to: holder },
        actorOfOffice(holder, 7),
      ),
      detail: `${JSON.stringify(holder)} takes over the case it holds`,
      acceptable: ['TAKEOVER_NOT_HIGHER'],
    });
  },
  'takeover for another office': (h, position) => {
    const command = commandAt(h, position);
    if (command.type !== 'HandOverCase') return undefined;
    const own = officeOfActor(command.meta.actor);
    if (own === undefined || own.level === 'KECAMATAN') return undefined;
    const other =
      own.level === 'RI'
        ? { level: 'PROVINSI' as const, regionCode: h.jurisdiction.province.code }
        : { level: 'RI' as const };
    if (sameOffice(other, own)) return undefined;
    return () => ({
      input: { ...command, kind: 'PENGAMBILALIHAN', to: other },
      detail: `${command.meta.actor.id} takes the case over for ${JSON.stringify(other)}`,
      acceptable: ['TAKEOVER_NOT_OWN_OFFICE'],
    });
  },
};

const applicable = (h: IntakeHistory, position: number): string[] =>
  Object.keys(RULES).filter((name) => RULES[name]?.(h, position) !== undefined);

export const misappliedRule: MutationClass = {
  name: 'misapplied-rule',
  weight: 8,
  positions: (h) => h.commands.flatMap((_, i) => (applicable(h, i).length > 0 ? [i] : [])),
  draw: (c, h, position) => {
    const name = c.pick(applicable(h, position));
    const build = RULES[name]?.(h, position);
    if (build === undefined) throw new RangeError(`rule ${name} does not apply at ${position}`);
    const mutation = build(c.pick);
    return { ...mutation, detail: `${name}: ${mutation.detail}` };
  },
};

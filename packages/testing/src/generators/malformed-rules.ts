/**
 * Mutations of the decision and the handover against the rules: an SKB item of the other
 * candidate stage (SKB 2022 Lampiran II), the NEUTRALITY track for someone who is not ASN, a
 * forward addressed to the wrong supervisor for its date (Perpres 92/2024), and handing over
 * a respondent who was not decided, not on that track, or already handed over.
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
import { commandAt, dayOf, type Mutation, type MutationClass } from './malformed.js';

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
  return {
    decided: decision !== undefined,
    neutrality: tracks.includes('NEUTRALITY'),
    criminal: tracks.includes('CRIMINAL'),
    forwarded: before.some(
      (c) => c.type === 'ForwardToSupervisor' && c.respondentIds.includes(respondentId),
    ),
    referred: before.some((c) => c.type === 'ReferToGakkumdu' && c.respondentId === respondentId),
  };
};

/** A respondent whose handover by this forward or referral must be refused, and the code. */
const wrongHandovers = (
  h: IntakeHistory,
  position: number,
): { id: string; code: CaseErrorCode }[] => {
  const command = commandAt(h, position);
  if (command.type !== 'ForwardToSupervisor' && command.type !== 'ReferToGakkumdu') return [];
  const named =
    command.type === 'ForwardToSupervisor' ? command.respondentIds : [command.respondentId];
  return h.respondents.flatMap(({ respondentId: id }): { id: string; code: CaseErrorCode }[] => {
    if (named.includes(id)) return [];
    const r = handled(h, position, id);
    if (!r.decided) return [{ id, code: 'RESPONDENT_NOT_DECIDED' }];
    if (command.type === 'ForwardToSupervisor') {
      if (!r.neutrality) return [{ id, code: 'NO_NEUTRALITY_VIOLATION' }];
      return r.forwarded ? [{ id, code: 'ALREADY_FORWARDED' }] : [];
    }
    if (!r.criminal) return [{ id, code: 'NO_CRIMINAL_TRACK' }];
    return r.referred ? [{ id, code: 'ALREADY_REFERRED' }] : [];
  });
};

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

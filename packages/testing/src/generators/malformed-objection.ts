/**
 * `misapplied-objection`: the history's own objection or its decision (PP 79/2021; issue 15),
 * changed against the rules of the remedy — the other kind than the sanction allows (a banding
 * against a sanction that is no dismissal, a keberatan against one: OBJECTION_NOT_AVAILABLE);
 * filed with or decided by the wrong body (BPASN for a keberatan, the PPK for a banding:
 * OBJECTION_WRONG_BODY); a decision whose named sanction does not fit its outcome (reduced to
 * one no lighter, increased to one no heavier, changed to the same: OBJECTION_OUTCOME_MISMATCH).
 */
import {
  type ActorRef,
  type CaseCommand,
  type CaseErrorCode,
  SANCTION_CODES,
  type SanctionCode,
} from '@netra/core';
import { agencyActor } from './actors.js';
import type { Chooser } from './chooser.js';
import type { IntakeHistory } from './intake-history.js';
import {
  commandAt,
  type Mutation,
  type MutationClass,
  positionsOf,
  withActor,
} from './malformed.js';
import { BPASN } from './objection-walk.js';
import { proceedingBefore } from './proceeding-so-far.js';
import { sanctionOf } from './sanction-authority.js';

/** The other body: BPASN for the PPK's office, the respondent's PPK for BPASN. */
const otherBody = (h: IntakeHistory, command: CaseCommand, respondentId: string): ActorRef => {
  if (command.meta.actor.role !== 'ppk') {
    const agency = h.respondents.find((r) => r.respondentId === respondentId)?.agency.id;
    return agencyActor('ppk', agency ?? 'bkpsdm');
  }
  return BPASN;
};

const wrongBody = (h: IntakeHistory, command: CaseCommand, respondentId: string): Mutation => {
  const actor = otherBody(h, command, respondentId);
  return {
    input: withActor(command, actor),
    detail: `${command.type} recorded by ${actor.role} ${actor.id}`,
    acceptable: ['OBJECTION_WRONG_BODY'],
  };
};

type Named = 'REDUCED' | 'INCREASED' | 'CHANGED';

/** Sanctions `outcome` cannot name against `current`: by the catalogue's severity. */
const misfits = (h: IntakeHistory, outcome: Named, current: SanctionCode): SanctionCode[] => {
  const severity = (code: SanctionCode) => sanctionOf(h.context.rulebook, code).severity;
  const base = severity(current);
  return SANCTION_CODES.filter((code) =>
    outcome === 'REDUCED'
      ? severity(code) >= base
      : outcome === 'INCREASED'
        ? severity(code) <= base
        : code === current,
  );
};

const variants = (c: Chooser, h: IntakeHistory, position: number): (() => Mutation)[] => {
  const command = commandAt(h, position);
  if (command.type === 'FileObjection') {
    const kind = command.kind === 'KEBERATAN' ? 'BANDING' : 'KEBERATAN';
    return [
      () => ({
        input: { ...command, kind },
        detail: `${kind} in place of the ${command.kind} the sanction allows`,
        acceptable: ['OBJECTION_NOT_AVAILABLE'] satisfies CaseErrorCode[],
      }),
      () => wrongBody(h, command, command.respondentId),
    ];
  }
  if (command.type !== 'DecideObjection') return [];
  const current = proceedingBefore(h.commands, position, command.respondentId).sanction?.sanction;
  return [
    () => wrongBody(h, command, command.respondentId),
    ...(current === undefined
      ? []
      : [
          (): Mutation => {
            const outcome = c.pick<Named>(['REDUCED', 'INCREASED', 'CHANGED']);
            const sanction = c.pick(misfits(h, outcome, current));
            return {
              input: { ...command, outcome: { outcome, sanction } },
              detail: `${outcome} to ${sanction} from ${current}`,
              acceptable: ['OBJECTION_OUTCOME_MISMATCH'],
            };
          },
        ]),
  ];
};

export const misappliedObjection: MutationClass = {
  name: 'misapplied-objection',
  // Open only on the few histories that reach an objection (after the summons, examination,
  // sanction and delivery): weighted up so that a few thousand samples always include it.
  weight: 60,
  positions: positionsOf('FileObjection', 'DecideObjection'),
  draw: (c, h, position) => c.pick(variants(c, h, position))(),
};

/**
 * Checks on the respondents named when a case is opened: ids and NIPs unique, a valid NIP for
 * every PNS, CPNS and PPPK, and none for people who are not ASN.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { IsoDate } from '../../time/index.js';
import { type CaseError, duplicateRespondent, invalidNip } from '../errors.js';
import { ASN_MEMBERSHIP, NIP_FORMAT } from '../legal-bases.js';
import { type NipHolderKind, validateNip } from '../nip.js';
import type { Respondent, RespondentKind } from '../schema/primitives.js';
import { ok } from './guards.js';

/** PNS, CPNS and PPPK are ASN (UU 20/2023) and carry a NIP; non-ASN staff and village heads do not. */
export const isAsn = (kind: RespondentKind): kind is NipHolderKind =>
  kind === 'PNS' || kind === 'CPNS' || kind === 'PPPK';

const checkNip = (r: Respondent, i: number, todayDate: IsoDate): Either<CaseError, void> => {
  const field = `respondents.${i}.nip`;
  if (!isAsn(r.kind)) {
    return r.nip === undefined
      ? ok
      : E.left(
          invalidNip(
            field,
            r.nip,
            'PRESENCE',
            `${r.name} is ${r.kind}, not an ASN, and has no NIP`,
            ASN_MEMBERSHIP,
          ),
        );
  }
  if (r.nip === undefined) {
    return E.left(
      invalidNip(field, undefined, 'PRESENCE', `a ${r.kind} is identified by a NIP`, NIP_FORMAT),
    );
  }
  return E.map(() => undefined)(validateNip(r.nip, r.kind, todayDate, field));
};

export const checkRespondents = (
  respondents: readonly Respondent[],
  todayDate: IsoDate,
): Either<CaseError, void> => {
  const ids = new Set<string>();
  const nips = new Set<string>();
  for (const [i, r] of respondents.entries()) {
    if (ids.has(r.respondentId)) {
      return E.left(
        duplicateRespondent(`respondents.${i}.respondentId`, `respondent id ${r.respondentId}`),
      );
    }
    ids.add(r.respondentId);
    const nip = checkNip(r, i, todayDate);
    if (E.isLeft(nip)) return nip;
    if (r.nip !== undefined) {
      if (nips.has(r.nip))
        return E.left(duplicateRespondent(`respondents.${i}.nip`, `NIP ${r.nip}`));
      nips.add(r.nip);
    }
  }
  return ok;
};

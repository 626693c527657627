// fast-check generators for the case decider: valid parts, valid intake histories, and
// malformed commands with the rejections that are right for them. Curated named exports.
export type { ActorOptions } from './actors.js';
export {
  actorArb,
  bawasluKabKota,
  bawasluProvinsi,
  bawasluRi,
  drawCoveringBawaslu,
  drawForeignBawaslu,
} from './actors.js';
export type { Chooser } from './chooser.js';
export { arbitraryOf, chooserOf } from './chooser.js';
export { isoDateArb } from './dates.js';
export { CASE_ERROR_CODES, isCaseErrorCode } from './error-codes.js';
export { caseHandlerFor } from './history-handler.js';
export type { ExpectedProceeding, IntakeHistory, IntakeHistoryOptions } from './intake-history.js';
export { intakeHistoryArb } from './intake-history.js';
export type { MalformedCommand } from './malformed.js';
export type { MalformedCommandOptions } from './malformed-command.js';
export { MUTATION_CLASSES, malformedCommandArb } from './malformed-command.js';
export type { NipDigits, NipOptions } from './nip.js';
export { formatNip, nipArb } from './nip.js';
export type { Agency, NikOptions, RespondentsOptions } from './people.js';
export { agencyArb, nikArb, reporterArb, respondentsArb } from './people.js';
export type { Jurisdiction, Province } from './regions.js';
export { jurisdictionArb, KAB_KOTA, PROVINCES } from './regions.js';
export type { Replayed, ReplayRejection } from './replay-history.js';
export { decideAll } from './replay-history.js';

export { addDays, holidaysDecreedBy, isWorkingDay } from './day-counting.js';
export type { IsoInstant, LocalTime } from './instant.js';
export {
  compareInstants,
  endOfLocalDay,
  formatInstantInZone,
  isLocalTime,
  localTimeToInstant,
  parseInstant,
} from './instant.js';
export type { IsoDate, TimeZoneCode } from './local-date.js';
export {
  addCalendarDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  isIsoDate,
  localDateOf,
  zoneOffsetHours,
} from './local-date.js';

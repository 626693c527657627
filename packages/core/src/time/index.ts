export { addDays, holidaysDecreedBy, isWorkingDay } from './day-counting.js';
export type { IsoDate, TimeZoneCode } from './local-date.js';
export {
  addCalendarDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  isIsoDate,
  localDateOf,
} from './local-date.js';

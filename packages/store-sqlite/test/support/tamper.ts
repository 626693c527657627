import type { Database } from 'better-sqlite3';

/** Rewrites one event's data with raw SQL, as an intruder with the file would. */
export const editEventData = (
  db: Database,
  target: { readonly streamId: string; readonly streamVersion: number },
  edit: (data: unknown) => unknown,
): void => {
  const data = db
    .prepare('SELECT data FROM netra_events WHERE stream_id = ? AND stream_version = ?')
    .pluck()
    .get(target.streamId, target.streamVersion);
  if (typeof data !== 'string')
    throw new Error(`no event ${target.streamVersion} in ${target.streamId}`);
  db.prepare('UPDATE netra_events SET data = ? WHERE stream_id = ? AND stream_version = ?').run(
    JSON.stringify(edit(JSON.parse(data))),
    target.streamId,
    target.streamVersion,
  );
};

/**
 * Deletes one event's row with raw SQL, as an intruder with the file would, leaving the
 * stream's row in netra_streams (its recorded head) as it was.
 */
export const deleteEventRow = (
  db: Database,
  target: { readonly streamId: string; readonly streamVersion: number },
): void => {
  const { changes } = db
    .prepare('DELETE FROM netra_events WHERE stream_id = ? AND stream_version = ?')
    .run(target.streamId, target.streamVersion);
  if (changes !== 1) throw new Error(`no event ${target.streamVersion} in ${target.streamId}`);
};

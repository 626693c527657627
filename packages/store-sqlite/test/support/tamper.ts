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

import type { Tables } from '../../src/tables.js';
import { tablesIn } from '../../src/tables.js';

type Admin = (text: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;

const tables = (schema: string): Tables => tablesIn(schema);

/** Rewrites one event's data with raw SQL through a session of its own, as an intruder would. */
export const editEventData = async (
  admin: Admin,
  schema: string,
  target: { readonly streamId: string; readonly streamVersion: number },
  edit: (data: unknown) => unknown,
): Promise<void> => {
  const t = tables(schema);
  const [row] = await admin(
    `SELECT data FROM ${t.events} WHERE stream_id = $1 AND stream_version = $2`,
    [target.streamId, target.streamVersion],
  );
  if (typeof row?.data !== 'string')
    throw new Error(`no event ${target.streamVersion} in ${target.streamId}`);
  await admin(`UPDATE ${t.events} SET data = $1 WHERE stream_id = $2 AND stream_version = $3`, [
    JSON.stringify(edit(JSON.parse(row.data))),
    target.streamId,
    target.streamVersion,
  ]);
};

/** Deletes one event's row, leaving the stream's recorded head as it was, as an intruder would. */
export const deleteEventRow = async (
  admin: Admin,
  schema: string,
  target: { readonly streamId: string; readonly streamVersion: number },
): Promise<void> => {
  const t = tables(schema);
  const rows = await admin(
    `DELETE FROM ${t.events} WHERE stream_id = $1 AND stream_version = $2 RETURNING position`,
    [target.streamId, target.streamVersion],
  );
  if (rows.length !== 1) throw new Error(`no event ${target.streamVersion} in ${target.streamId}`);
};

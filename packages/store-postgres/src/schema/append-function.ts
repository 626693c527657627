import type { Tables } from '../tables.js';

/** The name of the append function in a schema, qualified and quoted. */
export const appendFunctionName = (t: Tables): string =>
  t.events.replace(/netra_events$/, 'netra_append');

/**
 * `netra_append`: an append as one statement, hence one round trip (autocommit) and one
 * transaction. The client has already validated the events and chained their hashes onto the
 * head it believes current (`p_head_version`, `p_head_hash`; 0 and 64 zeros for a new stream).
 * Under the stream's advisory lock the function:
 *
 * 1. reads the recorded head; if it is not exactly the one the client chained onto, it writes
 *    nothing and answers `head_moved` with the head it found (the client re-checks the expected
 *    version against it and re-chains, or refuses);
 * 2. verifies every stored event of the stream against the recorded head, in SQL: each row's
 *    SHA-256 over the previous row's stored hash and its own stored columns (the same canonical
 *    body core's `hashCanonicalParts` builds: the rows hold the RFC 8785 text the hash covers),
 *    versions 1..n without a hole, n = the head's version, the last hash = the head's hash. If
 *    anything differs it writes nothing and answers `suspect`: the client then runs the full
 *    check in JavaScript (core's `verifyChain`), which names what is wrong — or, for a row
 *    written by netra 0.1 whose stored text is not canonical, finds it intact. The SQL check can
 *    only send an append to the slower, authoritative path, never let a broken chain through: it
 *    accepts a row only when its recomputed SHA-256 equals the stored hash;
 * 3. takes the schema's append lock (held to COMMIT, so positions commit in order: append.ts),
 *    inserts the rows in batch order, upserts the head and notifies the channel; answers `ok`
 *    with each event's position.
 *
 * SECURITY INVOKER (the default): it runs with the caller's own privileges on the tables.
 * VOLATILE: each statement takes a fresh snapshot (READ COMMITTED), so the reads after a lock
 * see what the lock's previous holder committed.
 */
export const appendFunction = (t: Tables): string => `
  CREATE FUNCTION ${appendFunctionName(t)}(
    p_stream text, p_stream_key int8, p_append_key int8,
    p_head_version int4, p_head_hash text,
    p_versions int4[], p_ids text[], p_types text[], p_schema_versions int8[],
    p_data text[], p_metadata text[], p_hashes text[]
  ) RETURNS TABLE (
    out_outcome text, out_head_version int4, out_head_hash text,
    out_position int8, out_version int4
  )
  LANGUAGE plpgsql VOLATILE AS $netra$
  #variable_conflict use_column
  DECLARE
    genesis CONSTANT text := repeat('0', 64);
    h_version int4;
    h_hash text;
    n_rows int8;
    n_bad int8;
    last_hash text;
    last_position int8;
  BEGIN
    PERFORM pg_advisory_xact_lock(p_stream_key);
    SELECT s.version, s.head_hash INTO h_version, h_hash
      FROM ${t.streams} s WHERE s.stream_id = p_stream;
    IF NOT FOUND THEN
      h_version := 0;
      h_hash := genesis;
    END IF;
    IF h_version IS DISTINCT FROM p_head_version OR h_hash IS DISTINCT FROM p_head_hash THEN
      RETURN QUERY SELECT 'head_moved'::text, h_version, h_hash, NULL::int8, NULL::int4;
      RETURN;
    END IF;

    SELECT count(*),
           count(*) FILTER (WHERE NOT c.ok OR c.stream_version <> c.rn),
           (array_agg(c.hash ORDER BY c.stream_version DESC))[1]
      INTO n_rows, n_bad, last_hash
      FROM (
        SELECT e.stream_version, e.hash, row_number() OVER w AS rn,
               encode(sha256(convert_to(
                 '{"event":{"data":' || e.data
                 || ',"id":' || to_json(e.event_id)::text
                 || ',"metadata":' || e.metadata
                 || ',"schemaVersion":' || e.schema_version::text
                 || ',"streamId":' || to_json(e.stream_id)::text
                 || ',"streamVersion":' || e.stream_version::text
                 || ',"type":' || to_json(e.type)::text
                 || '},"previousHash":' || to_json(coalesce(lag(e.hash) OVER w, genesis))::text
                 || '}', 'UTF8')), 'hex') IS NOT DISTINCT FROM e.hash AS ok
          FROM ${t.events} e
         WHERE e.stream_id = p_stream
        WINDOW w AS (ORDER BY e.stream_version)
      ) c;
    IF n_rows <> h_version OR n_bad <> 0 OR (h_version > 0 AND last_hash IS DISTINCT FROM h_hash) THEN
      RETURN QUERY SELECT 'suspect'::text, h_version, h_hash, NULL::int8, NULL::int4;
      RETURN;
    END IF;

    PERFORM pg_advisory_xact_lock(p_append_key);
    RETURN QUERY
      WITH inserted AS (
        INSERT INTO ${t.events}
          (stream_id, stream_version, event_id, type, schema_version, data, metadata, hash)
        SELECT p_stream, b.v, b.i, b.t, b.s, b.d, b.m, b.h
          FROM unnest(p_versions, p_ids, p_types, p_schema_versions, p_data, p_metadata, p_hashes)
               WITH ORDINALITY AS b(v, i, t, s, d, m, h, n)
         ORDER BY b.n
        RETURNING position, stream_version
      )
      SELECT 'ok'::text, NULL::int4, NULL::text, inserted.position, inserted.stream_version
        FROM inserted;
    INSERT INTO ${t.streams} (stream_id, version, head_hash)
      VALUES (p_stream, p_versions[array_length(p_versions, 1)], p_hashes[array_length(p_hashes, 1)])
      ON CONFLICT (stream_id) DO UPDATE
        SET version = excluded.version, head_hash = excluded.head_hash;
    SELECT e.position INTO last_position
      FROM ${t.events} e
     WHERE e.stream_id = p_stream AND e.stream_version = p_versions[array_length(p_versions, 1)];
    IF last_position > 9007199254740991 THEN
      -- Past 2^53 a client would round positions onto each other: refuse, writing nothing.
      RAISE EXCEPTION 'netra: the log of % has run past position 2^53 (%)', '${t.events}', last_position
        USING ERRCODE = '22003';
    END IF;
    PERFORM pg_notify('${t.channel}', last_position::text);
  END
  $netra$;
`;

import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.NETRA_PG_BIN ?? '/usr/lib/postgresql/15/bin';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });

const postgresUid = (): { uid: number; gid: number } | undefined => {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
};

/** Why a throwaway cluster cannot be made here (no binaries, not root, no postgres user), or undefined. */
export const privateClusterUnavailable = (): string | undefined => {
  if (!existsSync(join(BIN, 'initdb'))) return `no initdb in ${BIN} (set NETRA_PG_BIN)`;
  if (process.getuid?.() !== 0)
    return 'initdb must run as the postgres user, which needs root here';
  if (postgresUid() === undefined) return 'no postgres user';
  return undefined;
};

/**
 * A throwaway PostgreSQL cluster (initdb into a temp dir, its own port and socket directory),
 * so that a test can stop and start a server without disturbing the one the other tests use.
 * fsync is off: it is thrown away afterwards.
 */
export const startPrivateCluster = async () => {
  const owner = postgresUid();
  if (owner === undefined) throw new Error('no postgres user');
  const dir = mkdtempSync(join(tmpdir(), 'netra-pg-cluster-'));
  chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const port = await freePort();
  const asPostgres = (command: string, args: string[]): void => {
    execFileSync('runuser', ['-u', 'postgres', '--', join(BIN, command), ...args], {
      stdio: 'pipe',
      timeout: 60_000,
    });
  };
  asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const start = (): void =>
    asPostgres('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
  const stop = (): void => asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => {
      start();
      running = true;
    },
    stop: () => {
      stop();
      running = false;
    },
    remove: () => {
      try {
        if (running) stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
};

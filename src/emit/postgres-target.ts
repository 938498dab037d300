/**
 * Which PostgreSQL a run loads into, as the command line and the environment say it. Apart from
 * the destination itself (postgres.ts), so that the command line can read it without loading the
 * PostgreSQL client.
 */

/** The environment variable read when no URL is given (so that none shows in a process list). */
export const POSTGRES_URL_VARIABLE = 'BAOCAO_POSTGRES_URL';

export interface PostgresTarget {
  /** `postgres://user:password@host:port/database`: never printed. */
  url: string;
  /** The schema the tables go in; created when missing. Default `public`. */
  schema?: string;
}

/**
 * The target the command line asks for: `--postgres URL`, else the URL in `BAOCAO_POSTGRES_URL`;
 * undefined when neither is given.
 */
export function postgresTarget(
  url: string | undefined,
  schema: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): PostgresTarget | undefined {
  const chosen = url || env[POSTGRES_URL_VARIABLE];
  if (!chosen) return undefined;
  return schema ? { url: chosen, schema } : { url: chosen };
}

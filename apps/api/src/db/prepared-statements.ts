import { createHash } from "node:crypto";
import pg from "pg";

/**
 * Hot-path statements run as named prepared statements: PostgreSQL parses and
 * plans them once per connection (after five runs it keeps a generic plan)
 * instead of on every request. A statement opts in by starting with this
 * comment: a query builder with `.comment(PREPARED)`, raw SQL with
 * `${PREPARED_SQL} SELECT …`. Only the few fixed statements of hot paths
 * should: each distinct SQL text is prepared on every connection it runs on.
 */
export const PREPARED = "prepared";
export const PREPARED_SQL = `/* ${PREPARED} */`;

/** Distinct prepared statements a connection keeps at most; past that, statements run unnamed (parsed each time) as before. */
export const MAX_PREPARED_PER_CONNECTION = 100;
const MAX_NAMES = 1000;

const names = new Map<string, string>();

/** The statement's name: a hash of its SQL, so one name never stands for two texts. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `ascent_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/** The pool's client (DataSource `extra.Client`): statements that start with PREPARED_SQL run named. */
export class PreparingClient extends pg.Client {
  private readonly preparedNames = new Set<string>();

  override query(...args: any[]): any {
    const [text, values, callback] = args;
    if (typeof text === "string" && text.startsWith(PREPARED_SQL) && (typeof values === "undefined" || Array.isArray(values)) && typeof callback !== "function") {
      const name = statementName(text);
      if (this.preparedNames.has(name) || this.preparedNames.size < MAX_PREPARED_PER_CONNECTION) {
        this.preparedNames.add(name);
        return (super.query as any)({ name, text, values });
      }
    }
    return (super.query as any)(...args);
  }
}

/**
 * Raw SQL a call carries: `db.prepare('INSERT INTO users …')`, `pool.query('UPDATE …')`, or a
 * tagged template (`` sql`INSERT INTO notes …` `` with postgres.js, `@vercel/postgres`, Neon, Bun).
 */
import type { TSESTree } from '@typescript-eslint/utils';

/** A call given SQL as its first argument, or a tagged template. */
export type SqlCarrier = TSESTree.CallExpression | TSESTree.TaggedTemplateExpression;

/**
 * `INSERT INTO table …` (the table, when named, as its group); not `INSERT OR REPLACE`/`OR IGNORE`,
 * which the pattern leaves out by its shape.
 */
const SQL_INSERT = /^\s*insert\s+into\b(?:\s+[`"[]?(\w+))?/i;
/**
 * `ON CONFLICT … DO UPDATE`, `ON DUPLICATE KEY UPDATE`: an upsert; `ON CONFLICT … DO NOTHING`: an
 * insert that keeps what is there (a second subscribe with the same email adds nothing).
 */
const SQL_ON_CONFLICT = /\bdo\s+(?:update|nothing)\b|\bon\s+duplicate\s+key\b/i;

/** `db.prepare('INSERT INTO users …')`, `pool.query('INSERT INTO …', values)`: raw SQL that adds rows. */
export function insertsRows(call: SqlCarrier): boolean {
  const sql = sqlText(call);
  return sql !== null && SQL_INSERT.test(sql) && !SQL_ON_CONFLICT.test(sql);
}

/** `page_views` in `INSERT INTO page_views …`. */
export function insertedTable(call: SqlCarrier): string | null {
  return SQL_INSERT.exec(sqlText(call) ?? '')?.[1] ?? null;
}

const SQL_UPDATE = /^\s*update\s/i;

/** `pool.query('UPDATE users SET …')`: raw SQL that changes rows. */
export function updatesRows(call: SqlCarrier): boolean {
  return SQL_UPDATE.test(sqlText(call) ?? '');
}

/** The SQL a call is given as its first argument, or a tagged template holds; `?` for each value. */
function sqlText(call: SqlCarrier): string | null {
  const first = call.type === 'CallExpression' ? call.arguments[0] : call.quasi;
  return first ? textOf(first) : null;
}

/** A string, a template, or pieces joined with `+` (`` `INSERT INTO users (…)` + ` VALUES (?, ?)` ``) from the left. */
function textOf(node: TSESTree.Node): string | null {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : null;
  if (node.type === 'TemplateLiteral') return node.quasis.map((quasi) => quasi.value.cooked ?? '').join('?');
  if (node.type !== 'BinaryExpression' || node.operator !== '+') return null;
  // What follows a value that is not text only needs to be there: the statement's start decides.
  const left = textOf(node.left);
  return left === null ? null : left + (textOf(node.right) ?? '?');
}

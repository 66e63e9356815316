import { DataSource } from 'typeorm';

/**
 * Every place in a schema where any of `needles` still appears, searching every column of
 * every table as text (ids, names, JSON payloads alike). Empty means the person is gone.
 */
export async function leftoversOf(dataSource: DataSource, schema: string, needles: string[]): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await dataSource.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = $1`,
    [schema],
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    for (const needle of needles) {
      const [{ n }] = await dataSource.query(
        `SELECT count(*)::int AS n FROM "${schema}"."${table}" WHERE "${column}"::text ILIKE $1`,
        [`%${needle}%`],
      );
      if (n > 0) found.push(`${schema}.${table}.${column} holds "${needle}" (${n} rows)`);
    }
  }
  return found;
}

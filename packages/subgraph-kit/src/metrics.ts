import { collectDefaultMetrics, Counter, Registry } from "prom-client";

/** One registry per process, served in Prometheus' text format on `/metrics`. */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const sqlStatements = new Counter({
    name: "sql_statements_total",
    help: "SQL statements sent to the database (to see that statements per operation do not grow with the data).",
    registers: [registry],
  });
  return { registry, sqlStatements };
}

export type Metrics = ReturnType<typeof createMetrics>;

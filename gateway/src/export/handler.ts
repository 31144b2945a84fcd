/**
 * `GET|POST /export.csv`: runs a query through the gateway's own GraphQL pipeline (the same token check,
 * limits, plugins and status codes as `/graphql`) and streams the list it selects as CSV, page after page.
 */
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { stringify } from "csv-stringify";
import { graphqlErrorBody } from "@kinderschutz/subgraph-kit/limits";
import { Router, type Request, type Response } from "express";
import { parse, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import {
  EXPORT_PAGE_SIZE,
  ExportRequestError,
  exportedOperation,
  flattenItem,
  hasList,
  header,
  itemsAt,
  planExport,
  type ExportPlan,
} from "./flatten.js";

export interface ExportOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The very context function `/graphql` uses: one place decides who the caller is. */
  context: (req: Request) => Promise<TContext>;
  /** The gateway's current API schema (it may change when the supergraph does). */
  schema: () => GraphQLSchema | undefined;
}

interface ExportRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
  path?: string;
}

interface GraphQLResult {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: GraphQLFormattedError[] };
}

const badRequest = (res: Response, message: string) => res.status(400).json(graphqlErrorBody(message, "BAD_REQUEST"));

function readRequest(req: Request): ExportRequest | string {
  const source = (req.method === "GET" ? req.query : req.body) as Record<string, unknown> | undefined;
  const text = (name: string) =>
    typeof source?.[name] === "string" && source[name] !== "" ? (source[name] as string) : undefined;
  const query = text("query");
  if (!query) return "Send the query to export as 'query' (JSON body for POST, URL parameter for GET).";
  let variables = source?.variables ?? {};
  if (typeof variables === "string") {
    try {
      variables = JSON.parse(variables);
    } catch {
      return "'variables' must be a JSON object.";
    }
  }
  if (variables === null || typeof variables !== "object" || Array.isArray(variables))
    return "'variables' must be a JSON object.";
  return {
    query,
    variables: variables as Record<string, unknown>,
    operationName: text("operationName"),
    path: text("path"),
  };
}

/**
 * Errors that keep a result from being exported. A FORBIDDEN field inside the list is personal data hidden from
 * this caller: its cell stays empty, as `/graphql` shows it as null. Anything else would leave cells silently
 * wrong, so it stops the export.
 */
function blockingErrors(result: GraphQLResult, plan: ExportPlan): GraphQLFormattedError[] {
  const errors = result.body.errors ?? [];
  if (errors.length > 0 && !hasList(result.body.data, plan.listPath)) return errors;
  return errors.filter((e) => e.extensions?.code !== "FORBIDDEN" || !isHiddenField(result.body.data, e.path));
}

/** Whether the error nulled just its own field; a null that spread to the record would drop a row unnoticed. */
function isHiddenField(data: unknown, path: readonly (string | number)[] | undefined): boolean {
  if (!path?.length) return false;
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return false;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  return (
    parent !== null && typeof parent === "object" && (parent as Record<string | number, unknown>)[path.at(-1)!] === null
  );
}

/** The status `/graphql` callers know for the first error: 401 without a valid token, 403 when refused, else 400. */
function statusOf(errors: GraphQLFormattedError[]): number {
  const codes = errors.map((e) => e.extensions?.code);
  if (codes.includes("UNAUTHENTICATED")) return 401;
  if (codes.includes("FORBIDDEN")) return 403;
  return 400;
}

const fileName = (plan: ExportPlan) =>
  `${(plan.listPath[0] ?? "export").replace(/[^A-Za-z0-9_-]/g, "")}-${new Date().toISOString().slice(0, 10)}.csv`;

export function exportRouter<TContext extends BaseContext>({
  apollo,
  context,
  schema,
}: ExportOptions<TContext>): Router {
  async function run(req: Request, request: ExportRequest, variables: Record<string, unknown>): Promise<GraphQLResult> {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    headers.set("content-type", "application/json");
    headers.delete("content-length");
    // Every page goes the way a POST to /graphql goes, token check included.
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: "POST",
        headers,
        search: "",
        body: {
          query: request.query,
          variables,
          ...(request.operationName ? { operationName: request.operationName } : {}),
        },
      },
      context: () => context(req),
    });
    const text = response.body.kind === "complete" ? response.body.string : "";
    return { status: response.status ?? 200, body: text ? JSON.parse(text) : {} };
  }

  async function handle(req: Request, res: Response): Promise<void> {
    const request = readRequest(req);
    if (typeof request === "string") {
      badRequest(res, request);
      return;
    }
    // One request id for every page, so the subgraphs' logs tie the pages of one export together.
    const requestId = (req.headers["x-request-id"] as string | undefined) ?? randomUUID();
    req.headers["x-request-id"] = requestId;

    let document: DocumentNode | null = null;
    try {
      document = parse(request.query);
    } catch {
      // The first page returns the parser's error exactly as /graphql words it.
    }
    if (document) {
      try {
        // Refused before anything runs: an export only ever reads.
        exportedOperation(document, request.operationName);
      } catch (error) {
        if (!(error instanceof ExportRequestError)) throw error;
        badRequest(res, error.message);
        return;
      }
    }
    let plan: ExportPlan | null = null;
    let planFailure: unknown = null;
    try {
      const current = schema();
      if (document && current) plan = planExport(current, document, request.operationName, request.path);
    } catch (error) {
      // An invalid query may trip the planner; the first page then answers with GraphQL's own error instead.
      planFailure = error;
    }

    const variables = { ...request.variables };
    if (plan?.paging?.firstVariable && variables[plan.paging.firstVariable] == null)
      variables[plan.paging.firstVariable] = EXPORT_PAGE_SIZE;
    let result = await run(req, request, variables);
    if (result.status !== 200) {
      res.status(result.status).json(result.body);
      return;
    }
    if (!plan) {
      if (planFailure && !(planFailure instanceof ExportRequestError)) throw planFailure;
      badRequest(
        res,
        planFailure instanceof ExportRequestError
          ? planFailure.message
          : "The gateway has no schema yet: try again in a moment.",
      );
      return;
    }
    const firstErrors = blockingErrors(result, plan);
    if (firstErrors.length > 0) {
      res.status(statusOf(firstErrors)).json({ errors: firstErrors });
      return;
    }

    res.status(200);
    res.setHeader("content-type", "text/csv; charset=utf-8");
    res.setHeader("content-disposition", `attachment; filename="${fileName(plan)}"`);
    res.setHeader("cache-control", "no-store");
    res.setHeader("x-request-id", requestId);
    // Constants for the generator below: a function declaration does not see the checks made above it.
    const exportPlan = plan;
    const exportRequest = request;
    // Pages are fetched as the client reads: the pipeline pulls the next record only when the socket has room,
    // so at most one page is held in memory, and a client that goes away ends the generator (no more fetching).
    async function* records(): AsyncGenerator<string[]> {
      yield header(exportPlan.columns);
      let rows = 0;
      let page = 1;
      for (;;) {
        for (const item of itemsAt(result.body.data, exportPlan.listPath)) {
          yield flattenItem(item, exportPlan.columns);
          rows++;
        }
        if (!exportPlan.paging) return;
        const pageInfo = itemsAt(result.body.data, [...exportPlan.paging.connectionPath, "pageInfo"])[0];
        if (!pageInfo?.hasNextPage) return;
        const cursor = pageInfo.endCursor;
        let problem: string | null = null;
        if (typeof cursor !== "string" || cursor === variables[exportPlan.paging.afterVariable]) {
          problem = "the graph announced another page without a new cursor";
        } else {
          variables[exportPlan.paging.afterVariable] = cursor;
          page++;
          result = await run(req, exportRequest, variables);
          const errors =
            result.status === 200
              ? blockingErrors(result, exportPlan)
              : (result.body.errors ?? [{ message: `HTTP ${result.status}` }]);
          if (errors.length > 0)
            problem = errors
              .map((e) => `${e.message}${e.extensions?.code ? ` (${String(e.extensions.code)})` : ""}`)
              .join("; ");
        }
        if (problem) {
          apollo.logger.warn(`export ${requestId}: incomplete after ${rows} rows, page ${page} failed: ${problem}`);
          yield [
            `EXPORT INCOMPLETE (Export unvollständig): page ${page} failed after ${rows} rows: ${problem}. Run the export again.`,
          ];
          return;
        }
      }
    }
    await pipeline(
      Readable.from(records()),
      stringify({ delimiter: ";", record_delimiter: "\r\n", bom: true }),
      res,
    ).catch((error: unknown) => {
      // The client went away: nothing to answer, and the generator has stopped fetching.
      if ((error as NodeJS.ErrnoException).code !== "ERR_STREAM_PREMATURE_CLOSE") throw error;
    });
  }

  const router = Router();
  const handler = (req: Request, res: Response) => {
    handle(req, res).catch((error: unknown) => {
      apollo.logger.error(`export failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent)
        res
          .status(500)
          .json(
            graphqlErrorBody(
              "The export failed inside the gateway: try again, and report it if it persists.",
              "INTERNAL_SERVER_ERROR",
            ),
          );
      else res.destroy();
    });
  };
  router.get("/", handler);
  router.post("/", handler);
  return router;
}

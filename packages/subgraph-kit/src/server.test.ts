import "reflect-metadata";
import { LockMode } from "@mikro-orm/core";
import { Arg, Ctx, Directive, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "./audit/audit-entry.entity.js";
import { issueDevToken, type Role } from "./caller.js";
import { DEV_AUDIENCE, DEV_ISSUER, DEV_SECRET, type AuthConfig } from "./config.js";
import type { Context } from "./context.js";
import { BadUserInputError, NotFoundError } from "./errors.js";
import { createLogger } from "./observability/index.js";
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from "./server.js";
import { Item } from "./test-fixtures.js";

@ObjectType("Widget")
@Directive('@key(fields: "id")')
class Widget {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) version!: number;
}

@ObjectType("Whoami")
class Whoami {
  @Field(() => String) subject!: string;
  @Field(() => String) role!: string;
  @Field(() => String) requestId!: string;
}

@Resolver(() => Widget)
class WidgetResolver {
  @Query(() => Whoami)
  whoami(@Ctx() ctx: Context): Whoami {
    return { subject: ctx.caller.subject, role: ctx.caller.role, requestId: ctx.requestId };
  }

  @Query(() => Widget)
  async widget(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Item> {
    const item = await ctx.em.findOne(Item, id);
    if (!item) throw new NotFoundError("Widget", id);
    return item;
  }

  @Query(() => String, { nullable: true })
  rejectInput(): string {
    throw new BadUserInputError("Invalid input: input.name: must not be empty", [
      { field: "input.name", message: "must not be empty", reason: "REQUIRED" },
    ]);
  }

  @Query(() => String, { nullable: true })
  crash(): string {
    throw new Error("connection to 10.0.0.5 failed for user admin");
  }

  @Mutation(() => Widget)
  async createWidget(
    @Arg("name", () => String) name: string,
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { nullable: true }) id?: string,
  ): Promise<Item> {
    const item = ctx.em.create(Item, { name, ...(id ? { id } : {}) });
    await ctx.em.flush();
    return item;
  }

  @Mutation(() => Widget)
  async renameWidget(
    @Arg("id", () => ID) id: string,
    @Arg("name", () => String) name: string,
    @Arg("version", () => Int) version: number,
    @Ctx() ctx: Context,
  ): Promise<Item> {
    const item = await ctx.em.findOneOrFail(Item, id, { lockMode: LockMode.OPTIMISTIC, lockVersion: version });
    item.name = name;
    await ctx.em.flush();
    return item;
  }
}

const definition: SubgraphDefinition = {
  name: "widgets",
  defaultPort: 0,
  entities: [Item],
  migrations: [],
  resolvers: [WidgetResolver],
  references: [{ type: "Widget", key: "id", load: (ids, ctx) => ctx.em.find(Item, { id: { $in: [...ids] } }) }],
  seed: async (em) => {
    if ((await em.count(Item)) === 0) em.create(Item, { name: "seeded" });
  },
};

const auth: AuthConfig = { mode: "dev", secret: DEV_SECRET, issuer: DEV_ISSUER, audience: DEV_AUDIENCE };

let running: RunningSubgraph;
/** What the subgraph logged, one parsed JSON line each. */
const logged: Record<string, any>[] = [];
const logger = createLogger({
  service: "widgets",
  level: "info",
  destination: { write: (line: string) => void logged.push(JSON.parse(line)) },
});
let seededNames: string[];
let auditEntriesAfterStart: number;

beforeAll(async () => {
  // not production, the mode that used to answer with stack traces: the tests see that none is answered
  running = await startSubgraph(
    definition,
    { dataDir: ":memory:", demoData: true, auth, production: false, logger },
    { port: 0, host: "127.0.0.1" },
  );
  const em = running.orm.em.fork();
  seededNames = (await em.find(Item, {})).map((item) => item.name);
  auditEntriesAfterStart = await em.count(AuditEntry);
});

afterAll(async () => {
  await running?.stop();
});

interface Response {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
}

async function post(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Response> {
  const response = await fetch(running.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Response["body"] };
}

async function as(
  role: Role,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const token = await issueDevToken(auth, { role, subject: `http-${role.toLowerCase()}` });
  return post(query, variables, { authorization: `Bearer ${token}`, ...headers });
}

const auditTrail = `query($id: ID) { widgetsAuditTrail(entityId: $id) { totalCount nodes { subject role action entityId changes { field before after } } } }`;

describe("startSubgraph over HTTP", () => {
  it("reports health", async () => {
    const response = await fetch(running.url.replace("/graphql", "/health"));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", service: "widgets" });
  });

  it("refuses a request without a token with 401 UNAUTHENTICATED", async () => {
    const { status, body } = await post("{ whoami { subject } }");

    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(body.data ?? null).toBeNull();
  });

  it("gives resolvers the verified caller and the request id", async () => {
    const { body } = await as("ANALYST", "{ whoami { subject role requestId } }", {}, { "x-request-id": "req-42" });

    expect(body).toEqual({ data: { whoami: { subject: "http-analyst", role: "ANALYST", requestId: "req-42" } } });
  });

  it("seeds the demo data without recording it", async () => {
    expect(seededNames).toEqual(["seeded"]);
    expect(auditEntriesAfterStart).toBe(0);
  });

  it("records a change made over HTTP with the caller of the token", async () => {
    const created = await as("STATE_OFFICE", `mutation { createWidget(name: "über HTTP") { id } }`);
    const id = created.body.data!.createWidget.id as string;

    const { body } = await as("STATE_OFFICE", auditTrail, { id });

    expect(body.data!.widgetsAuditTrail.nodes).toEqual([
      expect.objectContaining({ subject: "http-state_office", role: "STATE_OFFICE", action: "CREATE", entityId: id }),
    ]);
  });
});

describe("formatError", () => {
  it("turns a stale optimistic lock into CONFLICT", async () => {
    const created = await as("STATE_OFFICE", `mutation { createWidget(name: "v1") { id version } }`);
    const { id, version } = created.body.data!.createWidget as { id: string; version: number };
    await as(
      "STATE_OFFICE",
      `mutation($id: ID!, $v: Int!) { renameWidget(id: $id, name: "v2", version: $v) { version } }`,
      { id, v: version },
    );

    const { body } = await as(
      "STATE_OFFICE",
      `mutation($id: ID!, $v: Int!) { renameWidget(id: $id, name: "v3", version: $v) { version } }`,
      { id, v: version },
    );

    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/saved this record first/),
        extensions: { code: "CONFLICT" },
      }),
    ]);
  });

  it("turns a unique constraint violation into CONFLICT", async () => {
    const id = "6f1c2c0e-2d7a-4c55-9a43-0d1f5a0b7e11";
    await as("STATE_OFFICE", `mutation($id: ID!) { createWidget(id: $id, name: "first") { id } }`, { id });

    const { body } = await as("STATE_OFFICE", `mutation($id: ID!) { createWidget(id: $id, name: "second") { id } }`, {
      id,
    });

    expect(body.errors).toEqual([
      expect.objectContaining({
        message: "A record with these values already exists.",
        extensions: { code: "CONFLICT" },
      }),
    ]);
  });

  it("keeps our error codes and their details, without stack traces", async () => {
    const { body } = await as("ANALYST", "{ rejectInput }");

    expect(body.errors?.[0]).toMatchObject({
      message: "Invalid input: input.name: must not be empty",
      path: ["rejectInput"],
      extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.name", message: "must not be empty" }] },
    });
    expect(body.errors?.[0]?.extensions).not.toHaveProperty("stacktrace");
  });

  it("keeps NOT_FOUND with the type and id", async () => {
    const { body } = await as("ANALYST", `{ widget(id: "missing") { id } }`);

    expect(body.errors?.[0]?.extensions).toEqual({ code: "NOT_FOUND", type: "Widget", id: "missing" });
  });

  it("hides an unexpected error behind INTERNAL_SERVER_ERROR and logs the original with its stack and the request id", async () => {
    const { body } = await as("ANALYST", "{ crash }", {}, { "x-request-id": "crash-1" });

    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Internal error/),
        path: ["crash"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      }),
    ]);
    expect(JSON.stringify(body)).not.toContain("10.0.0.5");
    const line = logged.find((l) => l.requestId === "crash-1" && l.level === "error");
    expect(line).toMatchObject({
      service: "widgets",
      path: "crash",
      err: { message: "connection to 10.0.0.5 failed for user admin", stack: expect.stringContaining("crash") },
    });
    expect(logged.find((l) => l.requestId === "crash-1" && l.msg === "request completed")).toMatchObject({
      errors: 1,
      errorCodes: ["INTERNAL_SERVER_ERROR"],
      role: "ANALYST",
    });
  });

  it("keeps GraphQL validation errors as they are", async () => {
    const { status, body } = await as("ANALYST", "{ nope }");

    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/nope/),
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
  });
});

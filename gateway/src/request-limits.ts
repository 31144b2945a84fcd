// The gateway's own limits on top of the query limits it shares with the subgraphs: a deadline for a whole
// request and a rate limit per caller.
import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import { graphqlErrorBody } from "@kinderschutz/subgraph-kit/limits";
import type { RequestHandler } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { GraphQLError } from "graphql";

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type Executor = NonNullable<Awaited<ReturnType<GatewayInterface["load"]>>["executor"]>;

export function timeoutError(timeoutMs: number): GraphQLError {
  return new GraphQLError(
    `The request took longer than ${timeoutMs / 1000} seconds and was stopped: ask for less in one query (fewer fields, smaller pages with \`first\`) or try again later.`,
    { extensions: { code: "TIMEOUT", timeoutMs, http: { status: 504 } } },
  );
}

async function withinDeadline(execution: ReturnType<Executor>, timeoutMs: number): ReturnType<Executor> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Awaited<ReturnType<Executor>>>((resolve) => {
    timer = setTimeout(() => resolve({ errors: [timeoutError(timeoutMs)] }), timeoutMs);
  });
  try {
    return await Promise.race([execution, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Answers a request whose execution (query planning and every subgraph fetch) takes longer than `timeoutMs`
 * with a TIMEOUT error. Subgraph fetches already sent run to their end in the background; the caller is not
 * kept waiting for them.
 */
export function withExecutionTimeout(gateway: GatewayInterface, timeoutMs: number): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      const { executor } = loaded;
      if (!executor) return loaded;
      return { ...loaded, executor: (requestContext) => withinDeadline(executor(requestContext), timeoutMs) };
    },
  };
}

/**
 * At most `limit` requests per `windowMs` for each caller: keyed by the token's subject, so that many people
 * behind one address are counted apart; requests without a valid token by their IP address. Counted in this
 * process's memory: behind several gateway instances the limit holds per instance.
 */
export function rateLimitPerCaller(options: {
  limit: number;
  windowMs: number;
  subjectOf: (req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1]) => Promise<string | undefined>;
}): RequestHandler {
  return rateLimit({
    limit: options.limit,
    windowMs: options.windowMs,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: async (req, res) => {
      const subject = await options.subjectOf(req, res);
      return subject ? `subject:${subject}` : `ip:${ipKeyGenerator(req.ip ?? "unknown")}`;
    },
    handler: (_req, res) => {
      const retryAfter = Number(res.getHeader("retry-after")) || Math.ceil(options.windowMs / 1000);
      res
        .status(429)
        .json(
          graphqlErrorBody(
            `Too many requests: at most ${options.limit} every ${options.windowMs / 1000} seconds for each caller. Try again in ${retryAfter} seconds.`,
            "RATE_LIMITED",
            { limit: options.limit, windowSeconds: options.windowMs / 1000, retryAfterSeconds: retryAfter },
          ),
        );
    },
  });
}

import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { ServerMetrics } from "./metrics.js";
import { codeForLog, codeOf, currentRequest, operationForLog, requestLogger } from "./requests.js";

export interface ObservabilityPluginOptions {
  /**
   * Log errors that carry no code with their stack (the gateway: a subgraph unreachable, a fault of its own).
   * Subgraphs leave this off: their `formatError` logs what it hides.
   */
  logUnexpectedErrors?: boolean;
}

function answeredErrors<C extends BaseContext>(
  rc: GraphQLRequestContextWillSendResponse<C>,
): readonly GraphQLFormattedError[] {
  const body = rc.response.body;
  return (body.kind === "single" ? body.singleResult.errors : body.initialResult.errors) ?? [];
}

/**
 * Counts every GraphQL operation (requests, latency, errors by code) and tells the request's log line the
 * operation name, the caller's role and district and the codes of the errors answered.
 */
export function observabilityPlugin<C extends BaseContext>(
  metrics: ServerMetrics,
  options: ObservabilityPluginOptions = {},
): ApolloServerPlugin<C> {
  return {
    async contextCreationDidFail({ error }) {
      // Answered with a message that hides it (formatRequestError): only the log tells what happened.
      if (options.logUnexpectedErrors && codeOf(error) === undefined)
        requestLogger().error({ err: error }, "unexpected error");
      // No valid token: the request ends before it becomes an operation; its log line still names the code.
      const observation = currentRequest();
      if (!observation) return;
      observation.answeredByGraphQL = true;
      observation.errorCodes.push(codeForLog(codeOf(error)));
    },
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors(rc) {
          if (!options.logUnexpectedErrors) return;
          for (const error of rc.errors) {
            if (codeOf(error) !== undefined) continue;
            requestLogger().error(
              { err: error.originalError ?? error, path: error.path?.join(".") },
              "unexpected error",
            );
          }
        },
        async willSendResponse(rc) {
          const codes = answeredErrors(rc).map(codeOf);
          const name = rc.operationName ?? rc.request.operationName;
          metrics.recordOperation(name, (performance.now() - started) / 1000, codes);
          const observation = currentRequest();
          if (!observation) return;
          observation.answeredByGraphQL = true;
          observation.operation = operationForLog(name);
          observation.errorCodes.push(...codes.map(codeForLog));
          const caller = (rc.contextValue as { caller?: { role?: string; districtKey?: string } } | undefined)?.caller;
          if (caller?.role) observation.role = caller.role;
          if (caller?.districtKey) observation.district = caller.districtKey;
        },
      };
    },
  };
}

import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Caller } from "@kinderschutz/subgraph-kit/auth";

export interface GatewayContext {
  /** The caller's own `Authorization` header, passed on unchanged: each subgraph verifies it again. */
  authorization: string;
  caller: Caller;
  requestId: string;
}

/** Passes the caller's token and the request id on to every subgraph fetch. */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!("authorization" in context)) return;
    request.http?.headers.set("authorization", context.authorization);
    request.http?.headers.set("x-request-id", context.requestId);
  }
}

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Role } from "@kinderschutz/subgraph-kit/auth";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./forwarding.js";

/**
 * The admin interface's operations, registered at its build (`admin-ui/build/trusted-documents.json`: the SHA-256
 * of each operation's exact text → the text).
 */
export function readTrustedDocuments(file: string): Set<string> {
  return new Set(Object.keys(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>));
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Callers with these roles (the interface's users) may run only the registered operations: a stolen or misused
 * interface token cannot send queries of its own. Analysts' tokens stay free to send ad-hoc queries within the
 * limits.
 */
export function trustedDocumentsPlugin(
  registered: Set<string>,
  roles: readonly Role[],
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, contextValue }) {
          if (!roles.includes(contextValue.caller.role) || registered.has(sha256(source))) return;
          throw new GraphQLError(
            "This operation is not one of the admin interface's registered operations, and tokens of your role may run only those. Use an analyst token for queries of your own.",
            { extensions: { code: "OPERATION_NOT_REGISTERED", http: { status: 403 } } },
          );
        },
      };
    },
  };
}

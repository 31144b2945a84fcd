import type { CodegenConfig } from "@graphql-codegen/cli";

// Every operation of the interface is checked against the gateway's public schema: a schema change that breaks
// the interface breaks its build.
const config: CodegenConfig = {
  schema: "../gateway/schema.graphql",
  documents: ["src/**/*.ts", "!src/lib/graphql/generated/**"],
  ignoreNoDocuments: false,
  errorsOnly: false,
  silent: true,
  generates: {
    "src/lib/graphql/generated/": {
      preset: "client",
      config: {
        // Documents as strings, not ASTs: urql parses them, and the bundle stays small.
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: "string" },
      },
      presetConfig: { fragmentMasking: false },
    },
    // Every enum of the graph as a type, so that the German labels must cover each value (types only: no bytes).
    "src/lib/graphql/generated/enums.ts": {
      plugins: ["typescript"],
      config: { onlyEnums: true, enumsAsTypes: true },
    },
  },
};

export default config;

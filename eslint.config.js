// One lint for the whole workspace: TypeScript everywhere, Svelte in the admin interface; formatting is prettier's
// (eslint-config-prettier switches off the rules that would argue with it).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/dist/",
      "**/build/",
      "**/build-*/",
      "**/.svelte-kit/",
      "**/node_modules/",
      "admin-ui/src/lib/graphql/generated/",
      "services/*/src/migrations/",
      "bench/.data/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["admin-ui/src/**", "explorer/src/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: [".svelte"] } },
  },
  {
    rules: {
      // `_` names what is left out on purpose: an unused argument, or the field `{ x: _, ...rest }` drops.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // The interface is served at the root of the gateway's origin (no base path): a link is its path as written.
      "svelte/no-navigation-without-resolve": "off",
    },
  },
  {
    // Tests read GraphQL answers as the query they sent shapes them; typing each answer would repeat the query.
    files: ["**/*.test.ts", "test/**", "bench/**", "packages/subgraph-kit/src/testing.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);

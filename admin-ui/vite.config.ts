import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import adapter from "@sveltejs/adapter-static";
import { sveltekit } from "@sveltejs/kit/vite";
import { createRequest, formatDocument, stringifyDocument } from "@urql/core";
import { stripIgnoredCharacters } from "graphql";
import { defineConfig, type Plugin } from "vite";

// `pnpm --filter ./admin-ui dev` proxies the API to a running gateway (`pnpm start`).
const gateway = process.env.GATEWAY_URL ?? "http://localhost:4000";

// ADMIN_UI_VARIANT builds into a folder of its own (build-<variant>), so parallel work cannot overwrite a build
// that a test is serving. Normal builds leave it unset.
const variant = process.env.ADMIN_UI_VARIANT;
const out = variant ? `build-${variant}` : "build";

/**
 * What graphql-codegen's babel/swc plugin does, for our operation files: the client preset's `graphql()` looks
 * documents up in one map that holds every operation of the app, so every page would ship all of them. Here each
 * `graphql(`query Name …`)` in an `operations.ts` file becomes the finished document text (fragments included)
 * that codegen wrote for it, without its layout, so a page bundles only the operations of its own area. Types
 * are unaffected: they come from the source as written.
 */
function inlineDocuments(): Plugin {
  const generated = fileURLToPath(new URL("src/lib/graphql/generated/graphql.ts", import.meta.url));
  const documentText = (kinds = "Document|FragmentDoc") => {
    const texts = new Map<string, string>();
    const pattern = new RegExp(`export const (\\w+?)(?:${kinds}) = new TypedDocumentString\\(\`([\\s\\S]*?)\``, "g");
    for (const match of readFileSync(generated, "utf8").matchAll(pattern)) texts.set(match[1]!, match[2]!);
    return texts;
  };
  return {
    name: "kinderschutz:inline-documents",
    enforce: "pre",
    transform(code, id) {
      if (!id.endsWith("/operations.ts")) return undefined;
      const texts = documentText();
      const inlined = code.replace(
        /\bgraphql\(\s*`\s*(?:query|mutation|subscription|fragment)\s+(\w+)[\s\S]*?`\s*\)/g,
        (call, name: string) => {
          const text = texts.get(name);
          if (text === undefined) throw new Error(`${id}: no generated document for ${name}; run \`pnpm codegen\``);
          // urql parses the text and sends its own printing of it, so layout is only bytes in the bundle.
          return JSON.stringify(stripIgnoredCharacters(text));
        },
      );
      return inlined.replace(/import\s*\{\s*graphql\s*\}\s*from\s*["']#graphql["'];?/, "");
    },
    // The trusted documents: every operation the interface can send, by the SHA-256 of the exact text urql
    // sends for it (urql adds __typename to each selection). The gateway can be told to run nothing else for the
    // interface's users (TRUSTED_DOCUMENTS_FILE).
    generateBundle() {
      if (this.environment.name !== "client") return;
      const sent = (text: string) => stringifyDocument(formatDocument(createRequest(text, {}).query));
      const operations = Object.fromEntries(
        [...documentText("Document").values()]
          .map(sent)
          .map((text) => [createHash("sha256").update(text).digest("hex"), text]),
      );
      this.emitFile({
        type: "asset",
        fileName: "trusted-documents.json",
        source: `${JSON.stringify(operations, null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  plugins: [
    inlineDocuments(),
    sveltekit({
      // A single-page app: every route falls back to index.html and renders in the browser.
      // precompress: a brotli and a gzip copy next to each file, which the gateway sends to browsers that take them.
      adapter: adapter({ pages: out, assets: out, fallback: "index.html", precompress: true }),
      outDir: variant ? `.svelte-kit-${variant}` : ".svelte-kit",
      // SvelteKit 3 would ask for _app/version.json every hour by default; nothing here reads `updated`, so it stays
      // off as before (SvelteKit still asks when the tab regains focus; that cannot be switched off).
      version: { pollInterval: 0 },
    }),
  ],
  // SvelteKit 3 turns on source maps for its server build; an SPA only uses that build to write index.html, so it
  // stays without (as before), and inline-documents need not produce maps.
  // No preload lists in the pages: each lazily loaded part (a form, the history) would carry the list of files it
  // needs, which made every page's first load about 1 kB larger; the gateway serves those few files quickly anyway.
  build: {
    sourcemap: false,
    modulePreload: false,
    rolldownOptions: {
      output: {
        // The small pieces every form page takes (fields, messages, formats, labels) in one file: as a dozen files
        // of a few hundred bytes each, their import lines and gzip frames cost every page more than they saved.
        codeSplitting: {
          groups: [
            {
              name: "forms",
              test: /src\/lib\/(components\/(TextField|SelectField|ProblemMessage|Loading|Empty|Unavailable)\.svelte|format\.ts|days\.ts|choices\.ts|missing\.ts|field-errors\.ts)/,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { "/graphql": gateway, "/auth": gateway } },
});

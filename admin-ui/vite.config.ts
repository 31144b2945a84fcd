import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig, type Plugin } from "vite";

// `pnpm --filter ./admin-ui dev` proxies the API to a running gateway (`pnpm start`).
const gateway = process.env.GATEWAY_URL ?? "http://localhost:4000";

/**
 * What graphql-codegen's babel/swc plugin does, for our operation files: the client preset's `graphql()` looks
 * documents up in one map that holds every operation of the app, so every page would ship all of them. Here each
 * `graphql(`query Name …`)` in an `operations.ts` file becomes the finished document text (fragments included)
 * that codegen wrote for it, so a page bundles only the operations of its own area. Types are unaffected: they
 * come from the source as written.
 */
function inlineDocuments(): Plugin {
  const generated = fileURLToPath(new URL("src/lib/graphql/generated/graphql.ts", import.meta.url));
  const documentText = () => {
    const texts = new Map<string, string>();
    for (const match of readFileSync(generated, "utf8").matchAll(/export const (\w+?)(?:Document|FragmentDoc) = new TypedDocumentString\(`([\s\S]*?)`/g)) {
      texts.set(match[1]!, match[2]!);
    }
    return texts;
  };
  return {
    name: "kinderschutz:inline-documents",
    enforce: "pre",
    transform(code, id) {
      if (!id.endsWith("/operations.ts")) return undefined;
      const texts = documentText();
      const inlined = code.replace(/\bgraphql\(\s*`\s*(?:query|mutation|subscription|fragment)\s+(\w+)[\s\S]*?`\s*\)/g, (call, name: string) => {
        const text = texts.get(name);
        if (text === undefined) throw new Error(`${id}: no generated document for ${name}; run \`pnpm codegen\``);
        return JSON.stringify(text);
      });
      return inlined.replace(/import\s*\{\s*graphql\s*\}\s*from\s*["']\$graphql["'];?/, "");
    },
  };
}

export default defineConfig({
  plugins: [inlineDocuments(), sveltekit()],
  server: { proxy: { "/graphql": gateway, "/auth": gateway } },
});

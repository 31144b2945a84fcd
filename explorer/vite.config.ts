import { defineConfig } from "vite";

// `pnpm --filter ./explorer dev` proxies the API to a running gateway (`pnpm start`).
const gateway = process.env.GATEWAY_URL ?? "http://localhost:4000";

export default defineConfig({
  // The gateway serves the built explorer under /explorer (EXPLORER_DIR), on the API's own origin.
  base: "/explorer/",
  oxc: { jsx: { runtime: "automatic", importSource: "react" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // GraphiQL's editor is Monaco (with its language workers): a few MB, loaded once by the few who analyse.
    chunkSizeWarningLimit: 6_000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // framer-motion (inside GraphiQL) marks its modules "use client" for React server components: moot here.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  server: { proxy: { "/graphql": gateway, "/auth": gateway } },
});

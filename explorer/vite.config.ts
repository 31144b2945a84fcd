import zlib from "node:zlib";
import { defineConfig } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";

// `pnpm --filter ./explorer dev` proxies the API to a running gateway (`pnpm start`).
const gateway = process.env.GATEWAY_URL ?? "http://localhost:4000";

export default defineConfig({
  // The gateway serves the built explorer under /explorer (EXPLORER_DIR), on the API's own origin.
  base: "/explorer/",
  oxc: { jsx: { runtime: "automatic", importSource: "react" } },
  // A brotli and a gzip copy next to each file, which the gateway sends to browsers that take them. Brotli's
  // quality 9 rather than its slowest 11: the editor's megabytes would add half a minute to every build for a few
  // per cent.
  plugins: [
    compression({
      algorithms: [
        defineAlgorithm("gzip", { level: 9 }),
        defineAlgorithm("brotliCompress", { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }),
      ],
    }),
  ],
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

import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig } from "vite";

// `pnpm --filter ./admin-ui dev` proxies the API to a running gateway (`pnpm start`).
const gateway = process.env.GATEWAY_URL ?? "http://localhost:4000";

export default defineConfig({
  plugins: [sveltekit()],
  server: { proxy: { "/graphql": gateway, "/auth": gateway } },
});

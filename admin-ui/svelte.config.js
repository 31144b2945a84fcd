import adapter from "@sveltejs/adapter-static";

// ADMIN_UI_VARIANT builds into a folder of its own (build-<variant>), so parallel work cannot overwrite a build
// that a test is serving. Normal builds leave it unset.
const variant = process.env.ADMIN_UI_VARIANT;
const out = variant ? `build-${variant}` : "build";

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    // A single-page app: every route falls back to index.html and renders in the browser.
    adapter: adapter({ pages: out, assets: out, fallback: "index.html" }),
    outDir: variant ? `.svelte-kit-${variant}` : ".svelte-kit",
    alias: { $graphql: "src/lib/graphql/generated" },
  },
};

import express, { type Router } from "express";
import { serveBuild } from "./static-build.js";

/** Where the analysts' GraphQL explorer is served (the built `explorer/dist`, see EXPLORER_DIR). */
export const EXPLORER_PATH = "/explorer";

/**
 * Serves the built explorer (GraphiQL, bundled with everything it loads, so nothing comes from a CDN) at
 * `/explorer`, and sends a browser that opens `/graphql` there: API clients ask for JSON and are not affected.
 */
export function explorerRouter(directory: string): Router {
  const router = express.Router();
  router.get("/graphql", (req, res, next) => {
    // A browser's Accept header lists text/html first; fetch, curl and GraphQL clients prefer JSON or send */*.
    if (req.accepts(["application/graphql-response+json", "application/json", "text/html"]) === "text/html") {
      res.redirect(303, EXPLORER_PATH);
      return;
    }
    next();
  });
  // Vite puts the hashed files under assets/.
  const serve = serveBuild(directory, "/assets/");
  router.use(EXPLORER_PATH, serve, (_req, res) => {
    // Not the admin interface's fallback page: a missing explorer file is a plain 404.
    res.status(404).type("text/plain").send("Not found: the explorer is at /explorer.");
  });
  return router;
}

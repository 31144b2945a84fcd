import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AuthConfig } from "@kinderschutz/subgraph-kit/auth";
import express, { type RequestHandler, type Router } from "express";
import { serveBuild } from "./static-build.js";

/** What the admin interface needs to know to sign people in; it asks at `/auth/config`. */
export type AdminAuthSettings = { mode: "demo" } | { mode: "oidc"; authority: string; clientId: string; scope: string };

export function adminAuthSettings(
  auth: AuthConfig,
  oidc: { clientId?: string; scope: string },
): AdminAuthSettings | undefined {
  if (auth.mode === "dev") return { mode: "demo" };
  // Without a client id the interface cannot sign anyone in; the API still serves bearer tokens.
  return oidc.clientId
    ? { mode: "oidc", authority: auth.issuer, clientId: oidc.clientId, scope: oidc.scope }
    : undefined;
}

export function authSettingsRouter(settings: AdminAuthSettings | undefined): Router {
  const router = express.Router();
  router.get("/", (_req, res) => {
    if (!settings) {
      res.status(404).json({ error: "No sign-in for the admin interface is configured: set OIDC_CLIENT_ID." });
      return;
    }
    res.set("cache-control", "no-store").json(settings);
  });
  return router;
}

/**
 * Serves the built single-page app: hashed assets are cached for good, every other path gets index.html so that
 * the app's own router shows the page (and deep links survive a reload).
 */
export function adminUiHandler(directory: string): RequestHandler {
  // SvelteKit puts the hashed files under _app/immutable/.
  const serve = serveBuild(directory, "/_app/immutable/", { single: true });
  // Only page loads: a path of the API or the explorer that is not there (or a POST) must stay a 404, not become the app.
  const apiPath = /^\/(graphql|auth|health|export\.csv|explorer)(\/|$)/;
  return (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || apiPath.test(req.path)) return next();
    serve(req, res, next);
  };
}

/** The hashes of the inline scripts of a built page (SvelteKit starts the app from one inline script). */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash("sha256").update(body!).digest("base64")}'`,
  );
}

/**
 * The Content-Security-Policy of everything the gateway serves: the admin interface's and the explorer's own
 * scripts and nothing else (no inline script but the interface's start script, by hash; no eval), data only from
 * this origin and the OIDC provider, never framed. Styles may be inline: Svelte and the explorer's editor set
 * style attributes, which carry no script.
 */
export function pageContentSecurityPolicy(options: {
  adminUiDir?: string;
  auth: AuthConfig;
}): Record<string, string[]> {
  const startScripts = options.adminUiDir
    ? inlineScriptHashes(readFileSync(join(options.adminUiDir, "index.html"), "utf8"))
    : [];
  const provider = options.auth.mode === "jwks" ? [new URL(options.auth.issuer).origin] : [];
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", ...startScripts],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:"],
    fontSrc: ["'self'", "data:"],
    connectSrc: ["'self'", ...provider],
    frameSrc: provider.length ? provider : ["'none'"],
    workerSrc: ["'self'", "blob:"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'", ...provider],
    frameAncestors: ["'none'"],
  };
}

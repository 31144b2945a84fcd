import type { RequestHandler } from "express";
import sirv from "sirv";

/**
 * Serves a built front end (the admin interface, the explorer). The files under `hashedPrefix` carry a content hash
 * in their names, so they are cached for good; every other file, index.html above all, is revalidated, so that the
 * next page load picks up a new build. The builds put a brotli and a gzip copy next to each file, compressed once
 * at their best; each browser gets the one it takes.
 */
export function serveBuild(
  directory: string,
  hashedPrefix: string,
  options: { single?: boolean } = {},
): RequestHandler {
  return sirv(directory, {
    ...options,
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders: (res, pathname) => {
      res.setHeader(
        "cache-control",
        pathname.startsWith(hashedPrefix) ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  }) as RequestHandler;
}

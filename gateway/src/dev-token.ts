import { issueDevToken, ROLES, z, type AuthConfig } from "@kinderschutz/subgraph-kit/auth";
import express, { type Router } from "express";

const request = z.object({
  role: z.enum(ROLES),
  district: z
    .string()
    .regex(/^\d{5}$/, { message: "must be the five-digit key of a district or independent city, e.g. 13071" })
    .optional(),
});

/**
 * The demo sign-in: hands out a development token for a chosen identity. It exists only while the services
 * accept development tokens, i.e. never once an OIDC provider is configured (AUTH_JWKS_URL).
 */
export function devTokenRouter(auth: AuthConfig): Router | undefined {
  if (auth.mode !== "dev") return undefined;
  const router = express.Router();
  router.post("/", express.json({ limit: "1kb" }), async (req, res) => {
    const parsed = request.safeParse(req.body);
    if (!parsed.success || (parsed.data.role === "YOUTH_OFFICE" && !parsed.data.district)) {
      res
        .status(400)
        .json({ error: "Send { role: STATE_OFFICE | YOUTH_OFFICE | ANALYST, district (for YOUTH_OFFICE) }." });
      return;
    }
    const lifetimeSeconds = 12 * 60 * 60;
    const token = await issueDevToken(auth, parsed.data, `${lifetimeSeconds}s`);
    res.json({ token, expiresIn: lifetimeSeconds });
  });
  return router;
}

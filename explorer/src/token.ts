/** The analyst's token lives for the browser tab only (sessionStorage), like a sign-in would. */
const KEY = "kinderschutz.explorer.token";

/** Where the admin interface keeps its sign-in for the tab (admin-ui/src/lib/auth/session.svelte.ts). */
const ADMIN_SESSION_KEY = "kinderschutz.session";

/**
 * The token set here before, or else the one of the admin interface's sign-in in this tab: an analyst who
 * follows the link on its "API-Zugang" page can query at once, with the sign-in's own token (OIDC too).
 */
export function storedToken(): string {
  const own = sessionStorage.getItem(KEY);
  if (own) return own;
  try {
    const session = JSON.parse(sessionStorage.getItem(ADMIN_SESSION_KEY) ?? "null") as {
      token?: unknown;
      expiresAt?: unknown;
    } | null;
    if (
      session &&
      typeof session.token === "string" &&
      typeof session.expiresAt === "number" &&
      session.expiresAt > Date.now()
    )
      return session.token;
  } catch {
    // Not the admin interface's format: no token then.
  }
  return "";
}

export function storeToken(token: string): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

/** What the token says about itself (unverified: only to show the person whom and until when it serves). */
export function describeToken(token: string): { role?: string; district?: string; expiresAt?: Date } | undefined {
  try {
    const payload = token.split(".")[1];
    if (!payload) return undefined;
    const json = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as {
      role?: unknown;
      district?: unknown;
      exp?: unknown;
    };
    return {
      role: typeof json.role === "string" ? json.role : undefined,
      district: typeof json.district === "string" ? json.district : undefined,
      expiresAt: typeof json.exp === "number" ? new Date(json.exp * 1000) : undefined,
    };
  } catch {
    return undefined;
  }
}

export type AuthMode = "demo" | "oidc" | "unknown";

/** Whether the gateway hands out demo tokens (`GET /auth/config` answers `{ mode: "demo" }`). */
export async function authMode(): Promise<AuthMode> {
  try {
    const response = await fetch("/auth/config", { headers: { accept: "application/json" } });
    if (!response.ok) return "unknown";
    const settings = (await response.json()) as { mode?: string };
    return settings.mode === "demo" ? "demo" : settings.mode === "oidc" ? "oidc" : "unknown";
  } catch {
    return "unknown";
  }
}

/** A demo token for the analyst role, from the gateway's demo sign-in (only while no OIDC provider is set up). */
export async function fetchDemoToken(): Promise<string> {
  const response = await fetch("/auth/dev-token", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ role: "ANALYST" }),
  });
  if (!response.ok) throw new Error(`Die Anmeldung für die Demo antwortete mit ${response.status}.`);
  const { token } = (await response.json()) as { token?: string };
  if (!token) throw new Error("Die Anmeldung für die Demo lieferte kein Token.");
  return token;
}

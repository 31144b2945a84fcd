// Who is signed in, kept for the browser tab only (sessionStorage): closing the tab signs out.
export type Role = "STATE_OFFICE" | "YOUTH_OFFICE" | "ANALYST";

export interface Session {
  token: string;
  role: Role;
  subject: string;
  /** The official key (AGS) of a youth office's district. */
  districtKey?: string;
  /** The district's name, shown in the header. */
  districtName?: string;
  expiresAt: number;
  via: "demo" | "oidc";
}

const STORAGE_KEY = "kinderschutz.session";

function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split(".")[1] ?? "";
  const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
}

/** Reads role and district from a token the gateway will verify; the browser only uses them to choose pages. */
export function sessionFromToken(token: string, via: Session["via"], districtName?: string): Session {
  const claims = decodeClaims(token);
  const role = claims.role as Role;
  if (!["STATE_OFFICE", "YOUTH_OFFICE", "ANALYST"].includes(role)) {
    throw new Error("Das Token enthält keine gültige Rolle (Landeskoordinierungsstelle, Jugendamt oder Analyse).");
  }
  return {
    token,
    role,
    subject: String(claims.sub ?? ""),
    districtKey: typeof claims.district === "string" ? claims.district : undefined,
    districtName,
    expiresAt: typeof claims.exp === "number" ? claims.exp * 1000 : Date.now() + 60 * 60 * 1000,
    via,
  };
}

function load(): Session | null {
  if (typeof sessionStorage === "undefined") return null;
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "null") as Session | null;
    return stored && stored.expiresAt > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

class SessionState {
  current = $state<Session | null>(load());

  get role(): Role | undefined {
    return this.current?.role;
  }

  /** Whether the signed-in caller may change records at all (analysts only read). */
  get canEdit(): boolean {
    return this.current?.role === "STATE_OFFICE" || this.current?.role === "YOUTH_OFFICE";
  }

  /** Whether a record of this district may be changed by the caller; the subgraphs check it again. */
  canEditDistrict(districtKey: string | null | undefined): boolean {
    if (this.current?.role === "STATE_OFFICE") return true;
    return this.current?.role === "YOUTH_OFFICE" && !!districtKey && districtKey === this.current.districtKey;
  }

  signIn(session: Session): void {
    this.current = session;
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  }

  signOut(): void {
    this.current = null;
    sessionStorage.removeItem(STORAGE_KEY);
  }
}

export const session = new SessionState();

export const ROLE_LABELS: Record<Role, string> = {
  STATE_OFFICE: "Landeskoordinierungsstelle",
  YOUTH_OFFICE: "Jugendamt",
  ANALYST: "Analyse und Planung",
};

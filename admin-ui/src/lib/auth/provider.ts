// How this deployment signs people in, as the gateway announces it: the demo sign-in (development tokens) or an
// OpenID Connect provider (authorisation code with PKCE).
export type AuthSettings = { mode: "demo" } | { mode: "oidc"; authority: string; clientId: string; scope: string };

let settings: Promise<AuthSettings> | undefined;

export function authSettings(): Promise<AuthSettings> {
  settings ??= fetch("/auth/config").then(async (response) => {
    if (!response.ok) throw new Error(`Die Anmeldeeinstellungen sind nicht erreichbar (HTTP ${response.status}).`);
    return (await response.json()) as AuthSettings;
  });
  // A failed request is not remembered: the next page that asks tries again.
  settings.catch(() => {
    settings = undefined;
  });
  return settings;
}

/** A development token for a demo identity; the gateway offers this only while no OIDC provider is configured. */
export async function demoToken(role: string, district?: string): Promise<string> {
  const response = await fetch("/auth/dev-token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ role, district }),
  });
  if (!response.ok) throw new Error("Die Demo-Anmeldung ist nicht verfügbar (ist ein OIDC-Anbieter eingerichtet?).");
  return ((await response.json()) as { token: string }).token;
}

/** oidc-client-ts is loaded only when a provider is configured: the demo never downloads it. */
async function userManager(config: Extract<AuthSettings, { mode: "oidc" }>) {
  const { UserManager, WebStorageStateStore } = await import("oidc-client-ts");
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    scope: config.scope,
    response_type: "code",
    redirect_uri: `${location.origin}/anmelden/rueckruf`,
    post_logout_redirect_uri: `${location.origin}/anmelden`,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
}

export async function startOidcSignIn(
  config: Extract<AuthSettings, { mode: "oidc" }>,
  returnTo: string,
): Promise<void> {
  await (await userManager(config)).signinRedirect({ state: { returnTo } });
}

export async function finishOidcSignIn(
  config: Extract<AuthSettings, { mode: "oidc" }>,
): Promise<{ accessToken: string; returnTo: string }> {
  const user = await (await userManager(config)).signinRedirectCallback();
  const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo ?? "/";
  return { accessToken: user.access_token, returnTo: returnTo.startsWith("/") ? returnTo : "/" };
}

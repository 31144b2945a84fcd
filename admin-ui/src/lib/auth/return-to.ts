import { goto } from "$app/navigation";

/**
 * Back to the page the visitor asked for before signing in. SvelteKit 3's `goto` refuses an address that is no page
 * of the interface (a stale or mistyped link); loading it instead shows the German "Seite nicht gefunden" page, as
 * the navigation did before. The session is in sessionStorage, so the page load keeps it.
 */
export async function returnAfterSignIn(path: string): Promise<void> {
  try {
    await goto(path, { replace: true });
  } catch (error) {
    if (!(error instanceof Error && error.message.includes("navigation_route_missing"))) throw error;
    location.replace(path);
  }
}

// The mailing list's rules for the page: who is on it in words, the checks of the form, the export for an
// invitation. Plain functions, tested without a browser.

/** An entry as the page shows and exports it: a contact person with their organisation, or a name and address. */
export interface Entry {
  id: string;
  name: string;
  email: string;
  organisation: string;
  function: string;
}

interface StoredEntry {
  id: string;
  name?: string | null;
  email?: string | null;
  contact?: {
    function: string;
    name?: string | null;
    email?: string | null;
    organisation: { name: string };
  } | null;
}

export function entries(stored: readonly StoredEntry[]): Entry[] {
  return stored
    .map((s) => ({
      id: s.id,
      name: s.contact?.name ?? s.name ?? "",
      email: s.contact?.email ?? s.email ?? "",
      organisation: s.contact?.organisation.name ?? "",
      function: s.contact?.function ?? "",
    }))
    .sort((a, b) => (a.name || a.email).localeCompare(b.name || b.email, "de"));
}

// What browsers accept as an e-mail address in a form (the service checks again).
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function addressErrors(name: string, email: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (name.trim().length > 200) errors.name = "Höchstens 200 Zeichen.";
  if (!email.trim()) errors.email = "Bitte geben Sie die E-Mail-Adresse an.";
  else if (!EMAIL.test(email.trim()) || email.trim().length > 254)
    errors.email = "Bitte geben Sie eine gültige E-Mail-Adresse an (z. B. name@beispiel.de).";
  return errors;
}

/** The export's rows: a header, then one row an entry, as German spreadsheet software reads them. */
export function exportRows(list: readonly Entry[]): string[][] {
  return [
    ["Name", "E-Mail-Adresse", "Organisation", "Funktion"],
    ...list.map((e) => [e.name, e.email, e.organisation, e.function]),
  ];
}

/** A file name from the network's name: `verteiler-netzwerk-fruehe-hilfen-rostock.csv`. */
export function exportFileName(networkName: string): string {
  const slug = networkName
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `verteiler-${slug || "netzwerk"}.csv`;
}

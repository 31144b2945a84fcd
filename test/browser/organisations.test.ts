import { describe, expect, it } from "vitest";
import { accessibilityViolations, interfaceUnderTest, screenshot, signIn } from "../support/browser.js";
import { token } from "../support/graph.js";

const FIND = `query ($search: String!) { organisations(first: 5, filter: { search: $search }) { nodes { id name version city street contacts { email } } } }`;
const READ = `query ($id: ID!) { organisation(id: $id) { id version city street } }`;
const ADD_CONTACT = `mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, version: $version, input: $input) { id version city } }`;

interface Found {
  id: string;
  name: string;
  version: number;
  city: string | null;
  street: string | null;
  contacts: { email: string | null }[];
}

/** An organisation of the demo data, looked up by its exact name with the state office's rights. */
async function organisation(name: string): Promise<Found> {
  const response = await ui.graph.gql<{ organisations: { nodes: Found[] } }>(await token("state-office"), FIND, {
    search: name,
  });
  const found = response.data?.organisations.nodes.find((o) => o.name === name);
  if (!found) throw new Error(`No organisation '${name}' in the demo data: ${JSON.stringify(response.errors)}`);
  return found;
}

const ui = interfaceUnderTest();

describe("organisations", () => {
  it("lets a youth office find an organisation of its district, edit it and see the change in its history", async () => {
    const { page } = ui.browser;
    const kita = await organisation("Kita Sonnenblume Güstrow");
    expect(kita.street).toBe("Kirchstraße 65");

    await signIn(page, ui.graph.origin, "Jugendamt", "Landkreis Rostock");
    await page
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Organisationen" })
      .click();
    await page.getByRole("heading", { name: "Organisationen", level: 1 }).waitFor();
    // Its own district comes pre-selected; reading stays possible statewide.
    const region = page.getByLabel("Kreis oder kreisfreie Stadt");
    await region.locator("option", { hasText: "Landkreis Rostock" }).waitFor({ state: "attached" });
    expect(await region.inputValue()).toBe("13072");
    await page.getByRole("link", { name: "Kita Zwergenland Güstrow" }).waitFor();
    await page.getByRole("link", { name: "Neue Organisation" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "organisationen");

    await page.getByLabel("Art").selectOption({ label: "Kindertageseinrichtung" });
    await page.getByRole("link", { name: "Krankenhaus Güstrow" }).waitFor({ state: "detached" });
    await page.getByLabel("Name enthält").fill("sonnenblume");
    await page.getByRole("button", { name: "Suchen" }).click();
    await page.getByRole("link", { name: "Kita Zwergenland Güstrow" }).waitFor({ state: "detached" });
    const table = page.getByRole("table", { name: "Organisationen, nach Name sortiert" });
    expect(await table.getByRole("row").count()).toBe(1 + 1);
    expect(page.url()).toContain("suche=sonnenblume");
    expect(page.url()).toContain("art=DAYCARE");

    await table.getByRole("link", { name: "Kita Sonnenblume Güstrow" }).click();
    await page.waitForURL(`${ui.graph.origin}/organisationen/${kita.id}`);
    await page.getByRole("heading", { name: "Kita Sonnenblume Güstrow", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Bearbeiten" }).click();
    await page.waitForURL(`${ui.graph.origin}/organisationen/${kita.id}/bearbeiten`);
    const street = page.getByLabel("Straße und Hausnummer");
    await street.waitFor();
    expect(await street.inputValue()).toBe("Kirchstraße 65");

    // The browser checks first: a wrong postal code never reaches the server, and nothing typed is lost.
    await street.fill("Lindenallee 7");
    await page.getByLabel("Postleitzahl").fill("1827");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Die Postleitzahl hat genau 5 Ziffern").waitFor();
    expect(await page.getByLabel("Postleitzahl").getAttribute("aria-invalid")).toBe("true");
    expect(await street.inputValue()).toBe("Lindenallee 7");
    expect((await ui.graph.gql(await token("state-office"), READ, { id: kita.id })).data.organisation.street).toBe(
      "Kirchstraße 65",
    );

    await page.getByLabel("Postleitzahl").fill("18273");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL(/\/organisationen\/[0-9a-f-]+\?gespeichert/);
    await page.getByRole("status").filter({ hasText: "Die Änderungen sind gespeichert." }).waitFor();

    await page.reload();
    await page.locator("dl.facts dd", { hasText: "Lindenallee 7" }).waitFor();
    const history = page.getByRole("region", { name: "Änderungsverlauf" });
    const change = history.getByRole("row").filter({ hasText: "Straße und Hausnummer" });
    await change.waitFor();
    expect(await change.textContent()).toContain("Kirchstraße 65");
    expect(await change.textContent()).toContain("Lindenallee 7");
    // The acting office by its name, not its district key (named a moment after the history comes).
    await history.getByRole("cell", { name: "Jugendamt Landkreis Rostock" }).waitFor();
    expect(await history.textContent()).not.toMatch(/13072|[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "organisation-detail");

    // A contact person: checked in the browser, added, then changed.
    const contacts = page.getByRole("region", { name: "Ansprechpersonen" });
    await contacts.getByRole("button", { name: "Ansprechperson hinzufügen" }).click();
    await contacts.getByRole("textbox", { name: "Funktion", exact: true }).fill("Kinderschutzbeauftragte");
    await contacts.getByRole("textbox", { name: "Name", exact: true }).fill("Erika Beispiel");
    await contacts.getByRole("textbox", { name: "Telefon" }).fill("ruf mich an");
    await contacts.getByRole("button", { name: "Ansprechperson speichern" }).click();
    await contacts.getByText("Nur Ziffern, Leerzeichen").waitFor();
    await contacts.getByRole("textbox", { name: "Telefon" }).fill("03843 555 0001");
    await contacts.getByRole("button", { name: "Ansprechperson speichern" }).click();
    await contacts.getByRole("status").filter({ hasText: "Die Ansprechperson ist hinzugefügt." }).waitFor();
    const row = contacts
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Kinderschutzbeauftragte" }) });
    await row.getByText("Erika Beispiel").waitFor();
    await row.getByRole("button", { name: "Bearbeiten: Kinderschutzbeauftragte" }).click();
    await contacts
      .getByRole("textbox", { name: "E-Mail-Adresse" })
      .fill("erika.beispiel@kita-sonnenblume-guestrow.example");
    await contacts.getByRole("button", { name: "Ansprechperson speichern" }).click();
    await contacts.getByRole("status").filter({ hasText: "Die Ansprechperson ist gespeichert." }).waitFor();
    await row.getByRole("link", { name: "erika.beispiel@kita-sonnenblume-guestrow.example" }).waitFor();
  });

  it("keeps what the youth office typed when someone saved in between, and saves it on request", async () => {
    const { page } = ui.browser;
    const hospital = await organisation("Krankenhaus Güstrow");
    await page.goto(`${ui.graph.origin}/organisationen/${hospital.id}/bearbeiten`);
    const city = page.getByLabel("Ort", { exact: true });
    await city.waitFor();
    expect(await city.inputValue()).toBe("Güstrow");
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "organisation-bearbeiten");
    await city.fill("Güstrow (im Browser)");

    const youthOffice = await token("youth-office", "13072");
    const behindItsBack = await ui.graph.gql(youthOffice, UPDATE, {
      id: hospital.id,
      version: hospital.version,
      input: { city: "Güstrow (über die API)" },
    });
    expect(behindItsBack.errors).toBeUndefined();

    await page.getByRole("button", { name: "Speichern" }).click();
    const notice = page.getByRole("alert").filter({
      has: page.getByRole("heading", { name: "Jemand anderes hat diesen Datensatz inzwischen gespeichert" }),
    });
    await notice.waitFor();
    const difference = notice.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Ort" }) });
    expect(await difference.getByRole("cell").allTextContents()).toEqual([
      "Güstrow (im Browser)",
      "Güstrow (über die API)",
    ]);
    expect(await city.inputValue()).toBe("Güstrow (im Browser)");
    expect(await accessibilityViolations(page)).toEqual([]);

    await notice.getByRole("button", { name: "Meine Eingaben trotzdem speichern" }).click();
    await page.waitForURL(`${ui.graph.origin}/organisationen/${hospital.id}?gespeichert`);
    await page.locator("dl.facts dd", { hasText: "Güstrow (im Browser)" }).waitFor();
    const stored = await ui.graph.gql(youthOffice, READ, { id: hospital.id });
    expect(stored.data.organisation.city).toBe("Güstrow (im Browser)");
    expect(stored.data.organisation.version).toBe(behindItsBack.data.updateOrganisation.version + 1);
  });

  it("checks the create form in the browser and adds an organisation in the youth office's district", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/organisationen`);
    await page.getByRole("link", { name: "Neue Organisation" }).click();
    await page.waitForURL(`${ui.graph.origin}/organisationen/neu`);
    await page.getByRole("heading", { name: "Neue Organisation", level: 1 }).waitFor();
    const region = page.getByRole("combobox", { name: "Region", exact: true });
    await region.locator("option", { hasText: "Landkreis Rostock" }).waitFor({ state: "attached" });
    // A youth office places organisations only in its own district.
    expect(await region.locator("option").allTextContents()).toEqual(["Landkreis Rostock (Landkreis)"]);

    await page.getByLabel("E-Mail-Adresse der Organisation").fill("info-at-beispiel");
    await page.getByRole("button", { name: "Organisation anlegen" }).click();
    await page.getByText("Bitte geben Sie den Namen ein").waitFor();
    await page.getByText("Bitte wählen Sie die Art der Organisation.").waitFor();
    await page.getByText("Bitte geben Sie eine gültige E-Mail-Adresse an").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("name");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Familienzentrum Sonnenschein Bützow");
    await page.getByLabel("Art").selectOption({ label: "Familienbildung" });
    await page.getByLabel("Postleitzahl").fill("18246");
    await page.getByLabel("Ort", { exact: true }).fill("Bützow");
    await page.getByLabel("E-Mail-Adresse der Organisation").fill("info@familienzentrum-buetzow.example");
    await page.getByRole("button", { name: "Organisation anlegen" }).click();
    await page.waitForURL(/\/organisationen\/[0-9a-f-]+\?angelegt/);
    await page.getByRole("heading", { name: "Familienzentrum Sonnenschein Bützow", level: 1 }).waitFor();
    await page.locator("dl.facts dd", { hasText: "Kinder- und Jugendhilfe" }).waitFor();
    const created = await organisation("Familienzentrum Sonnenschein Bützow");
    expect(created.city).toBe("Bützow");

    // Archiving asks first, and can be undone.
    await page.getByRole("button", { name: "Archivieren" }).click();
    await page.getByText("Soll „Familienzentrum Sonnenschein Bützow“ archiviert werden?").waitFor();
    await page.getByRole("button", { name: "Ja, archivieren" }).click();
    await page.getByRole("status").filter({ hasText: "Die Organisation ist archiviert." }).waitFor();
    await page.locator("dl.facts dd", { hasText: "archiviert" }).waitFor();
    await page.getByRole("button", { name: "Wiederherstellen" }).click();
    await page.getByRole("button", { name: "Ja, wiederherstellen" }).click();
    await page.getByRole("status").filter({ hasText: "Die Organisation ist wieder aktiv." }).waitFor();
    await page.locator("dl.facts dd", { hasText: "aktiv" }).waitFor();
  });

  it("lets a youth office keep an organisation's offers and agreements and erase a contact on request", async () => {
    const { page } = ui.browser;
    const kita = await organisation("Kita Sonnenblume Güstrow");
    const added = await ui.graph.gql(await token("youth-office", "13072"), ADD_CONTACT, {
      input: { organisationId: kita.id, function: "Elternbeirat", name: "Max Muster", phone: "03843 555 0002" },
    });
    expect(added.errors).toBeUndefined();
    await page.goto(`${ui.graph.origin}/organisationen/${kita.id}`);
    await page.getByRole("heading", { name: "Kita Sonnenblume Güstrow", level: 1 }).waitFor();

    // An offer: checked in the browser, added, changed, then archived after a question.
    const offers = page.getByRole("region", { name: "Angebote" });
    await offers.getByRole("link", { name: "Angebot anlegen" }).click();
    await page.waitForURL(`${ui.graph.origin}/organisationen/${kita.id}/angebote/neu`);
    await page.getByRole("heading", { name: "Angebot anlegen", level: 1 }).waitFor();
    await page.getByLabel("Alter von (Jahren)").fill("6");
    await page.getByLabel("Alter bis (Jahren)").fill("3");
    await page.getByRole("button", { name: "Angebot anlegen" }).click();
    await page.getByText("Bitte geben Sie den Titel des Angebots an.").waitFor();
    await page.getByText("Bitte wählen Sie die Art des Angebots.").waitFor();
    await page.getByText("Das Höchstalter darf nicht unter dem Mindestalter liegen.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("title");
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "angebot-anlegen");

    await page.getByLabel("Titel").fill("Elterncafé Sonnenblume");
    await page.getByLabel("Art des Angebots").selectOption({ label: "Gruppenangebot" });
    await page.getByLabel("Alter von (Jahren)").fill("0");
    await page.getByRole("button", { name: "Angebot anlegen" }).click();
    await page.waitForURL(`${ui.graph.origin}/organisationen/${kita.id}`);
    await page.getByRole("status").filter({ hasText: "Das Angebot ist angelegt." }).waitFor();
    await offers.getByRole("row").filter({ hasText: "0 bis 3 Jahre" }).waitFor();

    await offers.getByRole("link", { name: "Elterncafé Sonnenblume" }).click();
    await page.getByRole("heading", { name: "Angebot: Elterncafé Sonnenblume", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Angebot bearbeiten" }).click();
    await page.getByLabel("Alter bis (Jahren)").fill("6");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.getByRole("status").filter({ hasText: "Das Angebot ist gespeichert." }).waitFor();
    await page.reload();
    const offerHistory = page.getByRole("region", { name: "Änderungsverlauf" });
    const changedAge = offerHistory.getByRole("row").filter({ hasText: "Alter bis" }).filter({ hasText: "6" });
    await changedAge.waitFor();
    expect(await changedAge.getByRole("cell").allTextContents()).toContain("3");
    await page.getByRole("button", { name: "Angebot archivieren …" }).click();
    const question = page.getByRole("group", { name: /Soll das Angebot „Elterncafé Sonnenblume“ archiviert werden/ });
    await question.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "angebot");
    await question.getByRole("button", { name: "Ja, Angebot archivieren" }).click();
    await page.waitForURL(`${ui.graph.origin}/organisationen/${kita.id}`);
    await page.getByRole("status").filter({ hasText: "Das Angebot ist archiviert." }).waitFor();
    await page.getByRole("heading", { name: "Kooperationsvereinbarungen" }).waitFor();
    expect(await offers.getByRole("link", { name: "Elterncafé Sonnenblume" }).count()).toBe(0);

    // A signed agreement wants its day of signature and two parties; the kita starts as the first.
    await page.getByRole("link", { name: "Kooperationsvereinbarung eintragen" }).click();
    await page.waitForURL(`${ui.graph.origin}/organisationen/${kita.id}/vereinbarungen/neu`);
    await page.getByRole("heading", { name: "Kooperationsvereinbarung eintragen", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Entfernen: Kita Sonnenblume Güstrow" }).waitFor();
    await page.getByLabel("Titel").fill("Vereinbarung zum Schutzauftrag bei Kindeswohlgefährdung");
    await page.getByLabel("Stand").selectOption({ label: "unterzeichnet" });
    await page.getByRole("button", { name: "Vereinbarung eintragen" }).click();
    await page.getByText("Eine unterzeichnete Vereinbarung braucht das Datum der Unterzeichnung.").waitFor();
    await page.getByText("Bitte wählen Sie mindestens zwei Vertragsparteien.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("signedOn");
    await page.getByLabel("Unterzeichnet am").fill("2026-03-01");
    await page.getByLabel("Organisation suchen (Name enthält)").fill("Jugendamt Landkreis Rostock");
    await page.getByLabel("Organisation suchen (Name enthält)").press("Enter");
    await page.getByRole("checkbox", { name: /Jugendamt Landkreis Rostock/ }).check();
    await page.getByRole("button", { name: "Entfernen: Jugendamt Landkreis Rostock" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "vereinbarung-eintragen");
    await page.getByRole("button", { name: "Vereinbarung eintragen" }).click();
    await page.waitForURL(`${ui.graph.origin}/organisationen/${kita.id}`);
    await page.getByRole("status").filter({ hasText: "Die Kooperationsvereinbarung ist eingetragen." }).waitFor();
    const agreements = page.getByRole("region", { name: "Kooperationsvereinbarungen" });
    const agreementRow = agreements.getByRole("row").filter({ hasText: "Vereinbarung zum Schutzauftrag" });

    await agreementRow.waitFor();
    expect(await agreementRow.textContent()).toContain("01.03.2026");
    expect(await agreementRow.textContent()).toContain("führt sie, Vertragspartei");

    await agreementRow.getByRole("link").click();
    await page
      .getByRole("heading", {
        name: "Kooperationsvereinbarung: Vereinbarung zum Schutzauftrag bei Kindeswohlgefährdung",
      })
      .waitFor();
    await page.getByRole("link", { name: "Jugendamt Landkreis Rostock" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "vereinbarung");
    await page.getByRole("button", { name: "Vereinbarung bearbeiten" }).click();
    await page.getByLabel("Gültig bis").fill("2028-12-31");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.getByRole("status").filter({ hasText: "Die Vereinbarung ist gespeichert." }).waitFor();
    await page.locator("dl.facts dd", { hasText: "31.12.2028" }).waitFor();

    // Erasure on request: the question says what goes and what stays, and the row then says it was erased.
    await page.goto(`${ui.graph.origin}/organisationen/${kita.id}`);
    const contacts = page.getByRole("region", { name: "Ansprechpersonen" });
    await contacts.getByRole("button", { name: "Personenbezogene Daten löschen: Elternbeirat" }).click();
    const erase = contacts.getByRole("group", { name: /Ansprechperson „Elternbeirat“ \(Max Muster\)/ });
    await erase.getByText("Erhalten bleiben die Funktion „Elternbeirat“").waitFor();
    await erase.getByText("auch aus dem Änderungsverlauf").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "ansprechperson-loeschen");
    await erase.getByRole("button", { name: "Ja, Daten endgültig löschen" }).click();
    await contacts.getByRole("status").filter({ hasText: "sind gelöscht" }).waitFor();
    const erased = contacts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Elternbeirat" }) });
    await erased.getByText("auf Antrag gelöscht").waitFor();
    expect(await contacts.textContent()).not.toContain("Max Muster");

    // On a phone the tables scroll on their own, and the pages do not get wider than the screen.
    const wide = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ["", "/vereinbarungen/neu"]) {
      await page.goto(`${ui.graph.origin}/organisationen/${kita.id}${path}`);
      await page.getByRole("heading", { name: "Kooperationsvereinbarung", exact: false }).first().waitFor();
      if (!path) {
        await page.getByRole("table", { name: "Änderungen an diesem Datensatz" }).waitFor();
        await page.getByRole("table", { name: /Kooperationsvereinbarungen, die/ }).waitFor();
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    }
    if (wide) await page.setViewportSize(wide);
  });

  it("finds offers in the catalogue by kind, the child's age and district, as the graph finds them", async () => {
    const { page } = ui.browser;
    const youthOffice = await token("youth-office", "13072");
    const OFFERS = `query ($filter: OfferFilter) { offers(first: 25, filter: $filter) { totalCount nodes { title } } }`;
    const inDistrict = await ui.graph.gql(youthOffice, OFFERS, { filter: { districtKey: "13072" } });
    expect(inDistrict.errors).toBeUndefined();
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Angebote" }).click();
    await page.getByRole("heading", { level: 1, name: "Angebotskatalog" }).waitFor();
    // A youth office starts with its own district.
    await expect.poll(() => page.getByLabel("Kreis oder kreisfreie Stadt").inputValue()).toBe("13072");
    const rows = page.getByRole("table").getByRole("row");
    const titles = async () => (await page.getByRole("table").getByRole("rowheader").allTextContents()).sort();
    if (inDistrict.data.offers.totalCount) {
      await expect.poll(titles).toEqual(inDistrict.data.offers.nodes.map((o: { title: string }) => o.title).sort());
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "angebote");

    // Statewide, counselling for a three-year-old: the same offers the graph gives.
    await page.getByLabel("Kreis oder kreisfreie Stadt").selectOption({ label: "alle (landesweit)" });
    await page.getByLabel("Art").selectOption({ label: "Beratung" });
    await page.getByLabel(/^Für ein Kind im Alter von/).fill("3");
    const filtered = await ui.graph.gql(youthOffice, OFFERS, { filter: { kind: "COUNSELLING", age: 3 } });
    const expected = filtered.data.offers.nodes.map((o: { title: string }) => o.title).sort();
    if (expected.length) await expect.poll(titles).toEqual(expected);
    else await page.getByText("Kein Angebot passt zu diesen Filtern.").waitFor();
    expect(page.url()).toContain("art=COUNSELLING");
    expect(page.url()).toContain("alter=3");
    // An age the catalogue does not know is said next to the field, and the list stays as it was.
    const before = await rows.count();
    await page.getByLabel(/^Für ein Kind im Alter von/).fill("40");
    await page.getByText("Bitte ein Alter von 0 bis 27 Jahren angeben.").waitFor();
    expect(await rows.count()).toBe(before);
  });

  it("shows an analyst no edit controls and no contact's personal data", async () => {
    const { page } = ui.browser;
    const provider = await organisation("Kinder- und Jugendhilfe Teterow gGmbH");
    const contactEmails = provider.contacts.map((c) => c.email).filter((e): e is string => !!e);
    expect(contactEmails.length).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Abmelden" }).click();
    await signIn(page, ui.graph.origin, "Analyse");
    await page.goto(`${ui.graph.origin}/organisationen/${provider.id}`);
    await page.getByRole("heading", { name: "Kinder- und Jugendhilfe Teterow gGmbH", level: 1 }).waitFor();
    const contacts = page.getByRole("region", { name: "Ansprechpersonen" });
    await contacts.getByRole("rowheader", { name: "Netzwerkkoordination" }).waitFor();
    await contacts.getByText("nicht sichtbar").first().waitFor();
    await page.getByRole("region", { name: "Änderungsverlauf" }).waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    for (const email of contactEmails) expect(text).not.toContain(email);
    expect(await page.getByRole("link", { name: "Bearbeiten" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /Bearbeiten|Archivieren|hinzufügen|löschen/ }).count()).toBe(0);
    await page.getByRole("heading", { name: "Kooperationsvereinbarungen" }).waitFor();
    expect(await page.getByRole("link", { name: /Angebot anlegen|Kooperationsvereinbarung eintragen/ }).count()).toBe(
      0,
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    const offers = page.getByRole("region", { name: "Angebote" }).getByRole("link");
    if ((await offers.count()) > 0) {
      await offers.first().click();
      await page.getByRole("heading", { name: /^Angebot: / }).waitFor();
      await page.getByRole("region", { name: "Änderungsverlauf" }).waitFor();
      expect(
        await page
          .getByRole("button")
          .filter({ hasText: /bearbeiten|archivieren/ })
          .count(),
      ).toBe(0);
    }
    await page.goto(`${ui.graph.origin}/organisationen/${provider.id}/angebote/neu`);
    await page.getByText("dürfen Sie keine Angebote anlegen").waitFor();
    expect(await page.getByRole("button", { name: "Angebot anlegen" }).count()).toBe(0);
    await page.goto(`${ui.graph.origin}/organisationen/${provider.id}/vereinbarungen/neu`);
    await page.getByText("dürfen Sie keine Vereinbarungen eintragen").waitFor();

    await page.goto(`${ui.graph.origin}/organisationen`);
    await page.getByRole("heading", { name: "Organisationen", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Amtsgericht Güstrow – Familiengericht" }).waitFor();
    expect(await page.getByLabel("Kreis oder kreisfreie Stadt").inputValue()).toBe("");
    expect(await page.getByRole("link", { name: "Neue Organisation" }).count()).toBe(0);
  });

  it("loads nothing from outside the machine", () => {
    expect(ui.browser.foreignRequests).toEqual([]);
  });
});

import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, interfaceUnderTest, screenshot, signIn } from "../support/browser.js";
import { token } from "../support/graph.js";

// The Landkreis Rostock network of the demo data (deterministic ids).
const NETWORK_ID = "5ce22010-0eb1-5e16-be91-761902796f62";
const NETWORK_NAME = "Netzwerk Frühe Hilfen und Kinderschutz Landkreis Rostock";
// A meeting of that network held earlier this year in the demo data.
const HELD_MEETING_TITLE = `1. Netzwerktreffen ${new Date().getFullYear()}`;

let youthOffice: string;

const MEETINGS = `query ($id: ID!) { network(id: $id) { meetings { id version title date startTime place status participantCount minutes
  agenda { position topic } attendingOrganisations { name } } } }`;

async function storedMeetings(): Promise<any[]> {
  const result = await ui.graph.gql(youthOffice, MEETINGS, { id: NETWORK_ID });
  expect(result.errors).toBeUndefined();
  return result.data.network.meetings;
}

const ui = interfaceUnderTest();

/** Today in the browser's terms (the same machine): `YYYY-MM-DD`. */
const today = () => new Date().toLocaleDateString("sv-SE");
const yesterday = () => new Date(Date.now() - 86_400_000).toLocaleDateString("sv-SE");
const formatGerman = (iso: string) => iso.split("-").reverse().join(".");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Milestone dates as the timeline shows them (`2017`, `04.2020`, `26.04.2012`), in time order. */
function byShownDate(a: string, b: string): number {
  const iso = (shown: string) => shown.split(".").reverse().join("-");
  return iso(a).localeCompare(iso(b));
}

/** Organisations of the network's district that are not members: candidates to add, with distinct names. */
interface Candidate {
  id: string;
  name: string;
}

async function nonMembersOfTheDistrict(count: number): Promise<Candidate[]> {
  const result = await ui.graph.gql(
    youthOffice,
    `query ($id: ID!) { organisations(first: 500, filter: { regionKey: "13072" }) { nodes { id name kind } }
      network(id: $id) { memberships { organisation { id } } } }`,
    { id: NETWORK_ID },
  );
  expect(result.errors).toBeUndefined();
  const members = new Set(result.data.network.memberships.map((m: any) => m.organisation?.id));
  const names: string[] = result.data.organisations.nodes.map((o: any) => o.name);
  // A name inside another would find both in the search; such names are left to other tests.
  return result.data.organisations.nodes
    .filter((o: any) => !members.has(o.id) && o.kind !== "YOUTH_OFFICE")
    .filter((o: any) => names.filter((n) => n.includes(o.name)).length === 1)
    .slice(0, count);
}

async function membershipsOf(organisationIds: string[]): Promise<any[]> {
  const result = await ui.graph.gql(
    youthOffice,
    `query ($id: ID!) { network(id: $id) { memberships { id version role since until organisation { id } } } }`,
    { id: NETWORK_ID },
  );
  expect(result.errors).toBeUndefined();
  return organisationIds.map(
    (id) =>
      result.data.network.memberships.find((m: any) => m.organisation?.id === id && !m.until) ??
      result.data.network.memberships.find((m: any) => m.organisation?.id === id),
  );
}

beforeAll(async () => {
  youthOffice = await token("youth-office", "13072");
});

describe("networks", () => {
  it("lets a youth office open its network, read members and milestones, and add a meeting with an agenda", async () => {
    const { page } = ui.browser;
    await signIn(page, ui.graph.origin, "Jugendamt", "Landkreis Rostock");

    // The statewide overview links to the list with a region; the list starts filtered by it.
    await page.goto(`${ui.graph.origin}/netzwerke?region=13072`);
    const list = page.getByRole("table", { name: /Netzwerke/ });
    await list.getByRole("link", { name: NETWORK_NAME }).waitFor();
    expect(await page.getByLabel("Region").inputValue()).toBe("13072");
    expect(await list.getByRole("row").count()).toBe(1 + 1);

    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Netzwerke" }).click();
    // Without a region in the address, the list shows every network again, a page at a time.
    await list.getByRole("link", { name: "Bündnis Kinderschutz MV" }).waitFor();
    expect(await page.getByLabel("Region").inputValue()).toBe("");
    await page.getByLabel("Art", { exact: true }).selectOption({ label: "Dachnetzwerk" });
    await expect.poll(() => list.getByRole("row").count()).toBe(1 + 1);
    await list.getByRole("link", { name: "VerbundNetzwerkKinderschutz Mecklenburgische Seenplatte" }).waitFor();
    await page.getByLabel("Art", { exact: true }).selectOption({ label: "alle Arten" });
    await list.getByRole("link", { name: "Bündnis Kinderschutz MV" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "netzwerke");

    await list.getByRole("link", { name: NETWORK_NAME }).click();
    await page.getByRole("heading", { level: 1, name: NETWORK_NAME }).waitFor();
    const members = page.getByRole("region", { name: "Mitglieder" });
    await expect
      .poll(() => members.getByRole("row", { name: /Jugendamt Landkreis Rostock/ }).textContent())
      .toContain("Netzwerkkoordination");
    expect(await members.getByRole("row", { name: /Gesundheitsamt Landkreis Rostock/ }).textContent()).toContain(
      "Steuerungsgruppe",
    );
    expect(await members.getByRole("row", { name: /Jobcenter Landkreis Rostock/ }).textContent()).toContain("Gast");
    // Milestones in date order, each only as exact as it is known.
    const timeline = page.getByRole("list", { name: "Meilensteine in zeitlicher Reihenfolge" });
    // The plan and the milestones load after the page's first screen.
    await timeline.locator("time").first().waitFor();
    const dates = (await timeline.locator("time").allTextContents()).map((t) => t.trim());
    expect(dates).toEqual(["26.04.2012", "13.08.2012", "2017", "04.2020", "24.09.2024"]);
    await page.getByRole("heading", { name: "Änderungsverlauf" }).waitFor();
    // The agreements its current members signed, each once, as the organisations service counts them.
    const signed = await ui.graph.gql(
      youthOffice,
      `query ($id: ID!) { network(id: $id) { currentMemberOrganisationIds } }`,
      { id: NETWORK_ID },
    );
    const expected = await ui.graph.gql(
      youthOffice,
      `query ($ids: [ID!]) { cooperationAgreements(first: 100, filter: { organisationIds: $ids }) { totalCount } }`,
      { ids: signed.data.network.currentMemberOrganisationIds },
    );
    const count = expected.data.cooperationAgreements.totalCount as number;
    const agreements = page.getByRole("region", { name: "Kooperationsvereinbarungen", exact: true });
    await agreements.waitFor();
    if (count) await expect.poll(() => agreements.getByRole("row").count()).toBe(1 + count);
    else await agreements.getByText("Keine Kooperationsvereinbarungen der aktuellen Mitglieder erfasst.").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "netzwerk-detail");

    await page.getByRole("link", { name: "Treffen hinzufügen" }).click();
    await page.getByRole("heading", { level: 1, name: "Treffen hinzufügen" }).waitFor();
    const date = `${new Date().getFullYear() + 1}-05-11`;
    const title = "Sondertreffen Schutzkonzepte";
    await page.getByLabel("Art des Treffens").selectOption({ label: "Netzwerktreffen" });
    await page.getByLabel(/^Datum/).fill(date);
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Ort", { exact: true }).fill("Kreishaus Güstrow, Saal 1");
    await page.getByLabel("Beginn").fill("18:00");
    await page.getByRole("button", { name: "Tagesordnungspunkt hinzufügen" }).click();
    await page.getByLabel("Tagesordnungspunkt 1").fill("Begrüßung und Protokollkontrolle");
    await page.getByRole("button", { name: "Tagesordnungspunkt hinzufügen" }).click();
    await page.getByLabel("Tagesordnungspunkt 2").fill("Entwurf zum Schutzkonzept");
    // A third item added by mistake is removed again.
    await page.getByRole("button", { name: "Tagesordnungspunkt hinzufügen" }).click();
    await page.getByLabel("Tagesordnungspunkt 3").fill("versehentlich");
    await page.getByRole("button", { name: "Punkt 3 entfernen" }).click();
    expect(await page.getByLabel(/^Tagesordnungspunkt \d/).count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "treffen-neu");

    await page.getByRole("button", { name: "Treffen speichern" }).click();
    await page.waitForURL(`${ui.graph.origin}/netzwerke/${NETWORK_ID}?treffen=angelegt`);
    await page.getByRole("status").filter({ hasText: "Das Treffen wurde angelegt." }).waitFor();
    const meetingList = page.getByRole("region", { name: "Treffen", exact: true });
    const row = meetingList.getByRole("row", { name: new RegExp(title) });
    await row.waitFor();
    expect(await row.textContent()).toContain(`11.05.${new Date().getFullYear() + 1}`);
    expect(await row.textContent()).toContain("geplant");

    await row.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    const agenda = page.getByRole("region", { name: "Tagesordnung" }).getByRole("listitem");
    await agenda.first().waitFor();
    expect((await agenda.allTextContents()).map((t) => t.trim())).toEqual([
      "Begrüßung und Protokollkontrolle",
      "Entwurf zum Schutzkonzept",
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "treffen-detail");

    const stored = (await storedMeetings()).find((m) => m.title === title);
    expect(stored).toMatchObject({
      date,
      startTime: "18:00",
      status: "PLANNED",
      agenda: [
        { position: 1, topic: "Begrüßung und Protokollkontrolle" },
        { position: 2, topic: "Entwurf zum Schutzkonzept" },
      ],
    });
  });

  it("records a held meeting with attendance and minutes, and keeps the typed values through a conflict", async () => {
    const { page } = ui.browser;
    const meeting = (await storedMeetings()).find((m) => m.title === HELD_MEETING_TITLE);
    expect(meeting).toBeDefined();
    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}/treffen/${meeting.id}`);
    await page.getByRole("heading", { level: 1, name: HELD_MEETING_TITLE }).waitFor();
    await page.getByRole("button", { name: "Teilnahme und Protokoll bearbeiten" }).click();
    await page.getByLabel("Teilnehmende Fachkräfte (Anzahl)").fill("31");
    const attending = page.getByRole("group", { name: "Teilnehmende Organisationen" });
    await attending.getByLabel("Gesundheitsamt Landkreis Rostock").check();
    await attending.getByLabel("Polizeirevier Teterow").check();
    await page
      .getByRole("textbox", { name: "Protokoll" })
      .fill("Vorstellung des Schutzkonzepts; nächste Schritte vereinbart.");

    // Someone else saves the meeting meanwhile.
    const other = await ui.graph.gql(
      youthOffice,
      `mutation ($id: ID!, $version: Int!) { updateMeeting(id: $id, version: $version, input: { place: "Rathaus Bad Doberan" }) { version } }`,
      {
        id: meeting.id,
        version: meeting.version,
      },
    );
    expect(other.errors).toBeUndefined();

    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    const notice = page
      .getByRole("alert")
      .filter({ hasText: "Jemand anderes hat diesen Datensatz inzwischen gespeichert" });
    await notice.waitFor();
    expect(await notice.getByRole("row", { name: /Teilnehmende Fachkräfte/ }).textContent()).toContain("31");
    expect(await page.getByLabel("Teilnehmende Fachkräfte (Anzahl)").inputValue()).toBe("31");
    await notice.getByRole("button", { name: "Meine Eingaben trotzdem speichern" }).click();
    await page.getByRole("status").filter({ hasText: "Teilnahme und Protokoll wurden gespeichert." }).waitFor();
    const attendance = page.getByRole("region", { name: "Teilnehmende Organisationen" });
    await attendance.getByRole("link", { name: "Polizeirevier Teterow" }).waitFor();

    const stored = (await storedMeetings()).find((m) => m.id === meeting.id);
    expect(stored.participantCount).toBe(31);
    expect(stored.minutes).toBe("Vorstellung des Schutzkonzepts; nächste Schritte vereinbart.");
    expect(stored.attendingOrganisations.map((o: { name: string }) => o.name)).toEqual(
      expect.arrayContaining(["Gesundheitsamt Landkreis Rostock", "Polizeirevier Teterow"]),
    );
  });

  it("reschedules a planned meeting to another day, time and place", async () => {
    const { page } = ui.browser;
    const meeting = (await storedMeetings()).find((m) => m.title === "Sondertreffen Schutzkonzepte");
    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}/treffen/${meeting.id}`);
    await page.getByRole("heading", { level: 1, name: "Sondertreffen Schutzkonzepte" }).waitFor();
    await page.getByRole("definition").filter({ hasText: "18:00 Uhr" }).waitFor();
    await page.getByRole("button", { name: "Treffen verschieben" }).click();
    const newDate = `${new Date().getFullYear() + 1}-05-18`;
    await page.getByLabel(/^Neues Datum/).fill("2020-01-01");
    await page.getByLabel("Beginn").fill("17:30");
    await page.getByLabel("Ort", { exact: true }).fill("Rathaus Güstrow");
    await page.getByRole("button", { name: "Verschieben", exact: true }).click();
    await page.getByText("Ein geplantes Treffen lässt sich nur auf heute oder später verschieben.").waitFor();
    await page.getByLabel(/^Neues Datum/).fill(newDate);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "treffen-verschieben");
    await page.getByRole("button", { name: "Verschieben", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Das Treffen wurde verschoben." }).waitFor();
    await page.getByRole("definition").filter({ hasText: "17:30 Uhr" }).waitFor();
    const stored = (await storedMeetings()).find((m) => m.id === meeting.id);
    expect(stored).toMatchObject({ date: newDate, startTime: "17:30", place: "Rathaus Güstrow", status: "PLANNED" });
  });

  it("cancels a planned meeting after asking", async () => {
    const { page } = ui.browser;
    const meeting = (await storedMeetings()).find((m) => m.title === "Sondertreffen Schutzkonzepte");
    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}/treffen/${meeting.id}`);
    await page.getByRole("heading", { level: 1, name: "Sondertreffen Schutzkonzepte" }).waitFor();
    await page.getByRole("button", { name: "Treffen absagen" }).click();
    await page.getByRole("button", { name: "Nein, nicht absagen" }).click();
    expect((await storedMeetings()).find((m) => m.id === meeting.id).status).toBe("PLANNED");
    await page.getByRole("button", { name: "Treffen absagen" }).click();
    await page.getByRole("button", { name: "Ja, Treffen absagen" }).click();
    await page.getByRole("status").filter({ hasText: "Das Treffen wurde abgesagt." }).waitFor();
    await page.getByRole("definition").filter({ hasText: "abgesagt" }).waitFor();
    expect((await storedMeetings()).find((m) => m.id === meeting.id).status).toBe("CANCELLED");
  });

  it("refuses a meeting without a date before sending it, next to the field, keeps what was typed, and asks before it is left", async () => {
    const { page } = ui.browser;
    const sent: string[] = [];
    const listener = (request: { postData(): string | null }) => {
      if (request.postData()?.includes("CreateNetworkMeeting")) sent.push(request.postData()!);
    };
    page.on("request", listener);
    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}/treffen/neu`);
    await page.getByRole("heading", { level: 1, name: "Treffen hinzufügen" }).waitFor();
    await page.getByLabel("Titel", { exact: true }).fill("Treffen ohne Datum");
    await page.getByLabel("Ort", { exact: true }).fill("Rathaus Teterow");
    await page.getByRole("button", { name: "Tagesordnungspunkt hinzufügen" }).click();
    await page.getByLabel("Tagesordnungspunkt 1").fill("Kennenlernen");
    await page.getByRole("button", { name: "Treffen speichern" }).click();

    const dateInput = page.getByLabel(/^Datum/);
    await expect.poll(() => dateInput.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await dateInput.getAttribute("aria-describedby")) ?? "";
    const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
    expect(errorId).toBeDefined();
    expect(await page.locator(`#${errorId}`).textContent()).toBe("Bitte geben Sie das Datum an.");
    expect(await dateInput.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByLabel("Titel", { exact: true }).inputValue()).toBe("Treffen ohne Datum");
    expect(await page.getByLabel("Ort", { exact: true }).inputValue()).toBe("Rathaus Teterow");
    expect(await page.getByLabel("Tagesordnungspunkt 1").inputValue()).toBe("Kennenlernen");

    // An anonymous case consultation takes neither agenda nor minutes: the fields go away, and come back.
    await page.getByLabel("Art des Treffens").selectOption({ label: "Anonyme Fallberatung" });
    await page.getByText(/ohne Tagesordnung und Protokoll/).waitFor();
    expect(await page.getByRole("button", { name: "Tagesordnungspunkt hinzufügen" }).count()).toBe(0);
    expect(await page.getByRole("textbox", { name: "Protokoll" }).count()).toBe(0);
    await page.getByLabel("Art des Treffens").selectOption({ label: "Netzwerktreffen" });
    expect(await page.getByLabel("Tagesordnungspunkt 1").inputValue()).toBe("Kennenlernen");

    // Leaving with unsaved input asks first: staying keeps everything typed, leaving goes.
    const asked: string[] = [];
    page.once("dialog", (dialog) => (asked.push(dialog.message()), void dialog.dismiss()));
    await page.getByRole("link", { name: "Zurück zum Netzwerk" }).click();
    await expect.poll(() => asked).toEqual(["Ihre Eingaben sind noch nicht gespeichert. Seite trotzdem verlassen?"]);
    await page.getByRole("heading", { level: 1, name: "Treffen hinzufügen" }).waitFor();
    expect(await page.getByLabel("Titel", { exact: true }).inputValue()).toBe("Treffen ohne Datum");
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("link", { name: "Zurück zum Netzwerk" }).click();
    await page.getByRole("heading", { level: 1, name: NETWORK_NAME }).waitFor();

    page.off("request", listener);
    expect(sent).toEqual([]);
  });

  it("lets a youth office add several members at once, keep those refused, change a role and end a membership", async () => {
    const { page } = ui.browser;
    const candidates = await nonMembersOfTheDistrict(4);
    expect(candidates).toHaveLength(4);
    const [first, second, third, taken] = candidates as [Candidate, Candidate, Candidate, Candidate];
    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}`);
    await page.getByRole("link", { name: "Mitglieder hinzufügen" }).click();
    await page.getByRole("heading", { level: 1, name: "Mitglieder hinzufügen" }).waitFor();
    // The search starts in the network's district; each search adds to one selection.
    await expect.poll(() => page.getByLabel("Kreis oder kreisfreie Stadt").inputValue()).toBe("13072");
    for (const organisation of candidates) {
      await page.getByLabel("Name enthält").fill(organisation.name);
      await page.getByRole("button", { name: "Suchen" }).click();
      await page.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(organisation.name)} \\(`) }).check();
    }
    await page.getByRole("heading", { name: "Auswahl (4)" }).waitFor();
    await page.getByLabel("Rolle im Netzwerk").selectOption({ label: "Mitglied" });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "mitglieder-hinzufuegen");

    // Someone else adds one of them meanwhile: the other three go in, that one stays with the reason in German.
    const meanwhile = await ui.graph.gql(
      youthOffice,
      `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }`,
      { input: { networkId: NETWORK_ID, organisationId: taken.id, role: "GUEST" } },
    );
    expect(meanwhile.errors).toBeUndefined();
    await page.getByRole("button", { name: "Organisationen hinzufügen" }).click();
    await page.getByRole("alert").filter({ hasText: "3 von 4 Organisationen wurden hinzugefügt." }).waitFor();
    await page.getByRole("heading", { name: "Auswahl (1)" }).waitFor();
    expect(await page.locator(".selection li").textContent()).toContain(
      `${taken.name} – ist bereits Mitglied dieses Netzwerks`,
    );
    await page.getByRole("button", { name: `Entfernen: ${taken.name}` }).click();
    await page.getByRole("heading", { name: "Auswahl (0)" }).waitFor();

    const added = await membershipsOf([first.id, second.id, third.id]);
    expect(added.map((m) => [m.organisation.id, m.role, m.since, m.until])).toEqual(
      [first, second, third].map((o) => [o.id, "MEMBER", today(), null]),
    );

    // A role changed, through a conflict with someone else's change.
    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}`);
    const members = page.getByRole("region", { name: "Mitglieder" });
    await members.getByRole("heading", { name: "Aktuelle Mitglieder nach Bereich" }).waitFor();
    await members.getByRole("link", { name: `Bearbeiten: ${first.name}` }).click();
    await page.getByRole("heading", { level: 1, name: `Mitgliedschaft: ${first.name}` }).waitFor();
    await page.getByLabel("Rolle im Netzwerk").selectOption({ label: "Steuerungsgruppe" });
    const [stale] = await membershipsOf([first.id]);
    const other = await ui.graph.gql(
      youthOffice,
      `mutation ($id: ID!, $version: Int!) { updateMembership(id: $id, version: $version, input: { since: "2026-01-01" }) { version } }`,
      { id: stale.id, version: stale.version },
    );
    expect(other.errors).toBeUndefined();
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    const notice = page.getByRole("alert").filter({ hasText: "Jemand anderes hat diesen Datensatz" });
    await notice.waitFor();
    expect(await notice.getByRole("row", { name: /Mitglied seit/ }).textContent()).toContain("01.01.2026");
    // The membership's history in words: German field names and roles, dates as dates, no ids.
    const history = page.getByRole("region", { name: "Änderungsverlauf" });
    await history.getByRole("row").filter({ hasText: "01.01.2026" }).waitFor();
    expect(await history.getByRole("row").filter({ hasText: "Rolle" }).textContent()).toContain("Mitglied");
    expect(await history.textContent()).not.toMatch(/MEMBER|districtKey|network|[0-9a-f]{8}-[0-9a-f]{4}|2026-/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "mitgliedschaft-bearbeiten");
    await notice.getByRole("button", { name: "Meine Eingaben trotzdem speichern" }).click();
    await page.getByRole("status").filter({ hasText: "Die Mitgliedschaft wurde geändert." }).waitFor();
    await expect
      .poll(() => members.getByRole("row", { name: new RegExp(escapeRegExp(first.name)) }).textContent())
      .toContain("Steuerungsgruppe");

    // A membership ended, after a confirmation that says what follows; it stays as history.
    await members.getByRole("link", { name: `Bearbeiten: ${second.name}` }).click();
    await page.getByRole("heading", { level: 1, name: `Mitgliedschaft: ${second.name}` }).waitFor();
    await page.getByRole("button", { name: "Mitgliedschaft beenden …" }).click();
    await page.getByLabel(/^Letzter Tag der Mitgliedschaft/).fill("2020-01-01");
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.getByText(`Die Mitgliedschaft begann erst am ${formatGerman(today())}.`).waitFor();
    await page.getByLabel(/^Letzter Tag der Mitgliedschaft/).fill(today());
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.getByText(/bleibt danach als ehemalige Mitgliedschaft/).waitFor();
    await page.getByRole("button", { name: "Ja, Mitgliedschaft beenden" }).click();
    await page.getByRole("status").filter({ hasText: "Die Mitgliedschaft wurde beendet." }).waitFor();
    const [ended] = await membershipsOf([second.id]);
    expect(ended.until).toBe(today());
  });

  it("lets a youth office found a working group, rename it, and record that it left the network", async () => {
    const { page } = ui.browser;
    const groupName = "AG Schutzkonzepte in Kitas";
    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}`);
    await page.getByRole("link", { name: "Arbeitskreis gründen" }).click();
    await page.getByRole("heading", { level: 1, name: "Arbeitskreis gründen" }).waitFor();
    // Without a name nothing is sent, and the name field says why.
    await page.getByRole("button", { name: "Arbeitskreis gründen" }).click();
    await page.getByText("Bitte geben Sie den Namen des Arbeitskreises an.").waitFor();
    await page.getByLabel(/^Name des Arbeitskreises/).fill(groupName);
    await page.getByLabel(/^Art/).selectOption({ label: "befristet" });
    const choices = page.getByRole("group", { name: "Mitwirkende Organisationen" });
    await choices.getByLabel("Jugendamt Landkreis Rostock").check();
    await choices.getByLabel("Gesundheitsamt Landkreis Rostock").check();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "arbeitskreis-neu");
    await page.getByRole("button", { name: "Arbeitskreis gründen" }).click();
    await page.getByRole("status").filter({ hasText: "Der Arbeitskreis wurde gegründet." }).waitFor();
    // The focus is on what was done, not lost with the form that did it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe("Der Arbeitskreis wurde gegründet.");

    const groups = page.getByRole("region", { name: "Arbeitskreise" });
    await groups.getByRole("link", { name: groupName }).click();
    await page.getByRole("heading", { level: 1, name: `Arbeitskreis: ${groupName}` }).waitFor();
    await page.getByRole("button", { name: "Arbeitskreis bearbeiten" }).click();
    await page.getByLabel(/^Name des Arbeitskreises/).fill(`${groupName} und Schulen`);
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.getByRole("status").filter({ hasText: "Der Arbeitskreis wurde gespeichert." }).waitFor();
    await page.getByRole("heading", { level: 1, name: `Arbeitskreis: ${groupName} und Schulen` }).waitFor();
    const groupPage = page.url();

    // A meeting of the group says in its history which group met, by name.
    const meeting = await ui.graph.gql(
      youthOffice,
      `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
      {
        input: {
          networkId: NETWORK_ID,
          workingGroupId: groupPage.split("/").at(-1),
          kind: "WORKING_GROUP",
          date: `${new Date().getFullYear() + 1}-02-03`,
          title: "Erstes Treffen der AG",
        },
      },
    );
    expect(meeting.errors).toBeUndefined();
    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}/treffen/${meeting.data.createMeeting.id}`);
    const meetingHistory = page.getByRole("region", { name: "Änderungsverlauf" });
    await meetingHistory
      .getByRole("row")
      .filter({ hasText: "Arbeitskreis" })
      .filter({ hasText: `${groupName} und Schulen` })
      .waitFor();
    expect(await meetingHistory.textContent()).not.toMatch(/WORKING_GROUP|[0-9a-f]{8}-[0-9a-f]{4}/);
    await page.goto(groupPage);

    await page.getByRole("button", { name: "Arbeitskreis beenden …" }).click();
    await page.getByLabel("Er arbeitet außerhalb des Netzwerks weiter.").check();
    await page.getByLabel("Weitergeführt von").selectOption({ label: "Gesundheitsamt Landkreis Rostock" });
    await page.getByLabel("Was aus dem Arbeitskreis wird").fill("Fortgeführt als Qualitätszirkel des Gesundheitsamts");
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.getByText(/aus dem Netzwerk ausgegliedert werden\?/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "arbeitskreis-beenden");
    await page.getByRole("button", { name: "Ja, Arbeitskreis beenden" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Der Arbeitskreis ist aus dem Netzwerk ausgegliedert." })
      .waitFor();
    expect(await groups.getByRole("row", { name: new RegExp(`${groupName} und Schulen`) }).textContent()).toContain(
      "aus dem Netzwerk ausgegliedert",
    );

    const stored = await ui.graph.gql(
      youthOffice,
      `query ($id: ID!) { network(id: $id) { workingGroups { name kind status endedOn statusNote
        members { name } continuedBy { name } } } }`,
      { id: NETWORK_ID },
    );
    expect(stored.errors).toBeUndefined();
    const group = stored.data.network.workingGroups.find((g: any) => g.name === `${groupName} und Schulen`);
    expect(group).toMatchObject({
      kind: "TEMPORARY",
      status: "LEFT_NETWORK",
      endedOn: today(),
      statusNote: "Fortgeführt als Qualitätszirkel des Gesundheitsamts",
      continuedBy: { name: "Gesundheitsamt Landkreis Rostock" },
    });
    expect(group.members.map((m: any) => m.name).sort()).toEqual([
      "Gesundheitsamt Landkreis Rostock",
      "Jugendamt Landkreis Rostock",
    ]);
  });

  it("lets a youth office add a milestone as exactly as its date is known, change it, and remove it", async () => {
    const { page } = ui.browser;
    const timeline = page.getByRole("list", { name: "Meilensteine in zeitlicher Reihenfolge" });
    const datesShown = async () => (await timeline.locator("time").allTextContents()).map((t) => t.trim());
    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}`);
    await timeline.locator("time").first().waitFor();
    const before = await datesShown();
    await page.getByRole("link", { name: "Meilenstein hinzufügen" }).click();
    await page.getByRole("heading", { level: 1, name: "Meilenstein hinzufügen" }).waitFor();
    await page.getByLabel("Wie genau ist das Datum bekannt?").selectOption({ label: "auf den Monat genau" });
    await page.getByLabel(/^Monat/).fill("2019-03");
    await page.getByLabel(/^Was geschah/).fill("Erster Fachtag Kinderschutz und Schule");
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "meilenstein-neu");
    await page.getByRole("button", { name: "Meilenstein speichern" }).click();
    await page.getByRole("status").filter({ hasText: "Der Meilenstein wurde hinzugefügt." }).waitFor();
    await expect.poll(datesShown).toEqual([...before, "03.2019"].sort(byShownDate));

    // Only the year turns out to be certain: the month goes, the year stays.
    await timeline.getByRole("link", { name: "Bearbeiten: Erster Fachtag Kinderschutz und Schule" }).click();
    await page.getByRole("heading", { level: 1, name: "Meilenstein bearbeiten" }).waitFor();
    expect(await page.getByLabel(/^Monat/).inputValue()).toBe("2019-03");
    await page.getByLabel("Wie genau ist das Datum bekannt?").selectOption({ label: "nur das Jahr" });
    expect(await page.getByLabel(/^Jahr/).inputValue()).toBe("2019");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.getByRole("status").filter({ hasText: "Der Meilenstein wurde gespeichert." }).waitFor();
    await expect.poll(datesShown).toEqual([...before, "2019"].sort(byShownDate));

    await timeline.getByRole("link", { name: "Bearbeiten: Erster Fachtag Kinderschutz und Schule" }).click();
    await page.getByRole("button", { name: "Meilenstein entfernen …" }).click();
    await page.getByText(/aus der Geschichte des Netzwerks entfernt werden\?/).waitFor();
    await page.getByRole("button", { name: "Ja, entfernen" }).click();
    await page.getByRole("status").filter({ hasText: "Der Meilenstein wurde entfernt." }).waitFor();
    await expect.poll(datesShown).toEqual(before);
  });

  it("lets a youth office set next year's plan next to this year's: priorities and goals, changed and removed", async () => {
    const { page } = ui.browser;
    const next = new Date().getFullYear() + 1;
    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}`);
    await page.getByRole("link", { name: "Arbeitsplanung nach Jahren ansehen und bearbeiten" }).click();
    await page.getByRole("button", { name: `Plan ${next}` }).click();
    const plan = page.getByRole("region", { name: `Plan ${next}` });
    await plan.waitFor();
    await page.getByRole("region", { name: `Zum Vergleich: ${next - 1}` }).waitFor();
    expect(page.url()).toContain(`jahr=${next}`);

    await plan.getByRole("button", { name: "Eintrag hinzufügen" }).click();
    await page.getByLabel(/^Art/).selectOption({ label: "Schwerpunkt" });
    await page.getByLabel(/^Thema/).fill("Schutzkonzepte in Kitas");
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Der Eintrag wurde hinzugefügt." }).waitFor();
    await plan.getByRole("row", { name: /Schutzkonzepte in Kitas/ }).waitFor();

    await plan.getByRole("button", { name: "Ziel hinzufügen" }).click();
    await page.getByRole("textbox", { name: /^Ziel/ }).fill("Fachtag Schutzkonzepte");
    await page.getByLabel(/^Bereich/).selectOption({ label: "netzwerkübergreifend" });
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Das Ziel wurde hinzugefügt." }).waitFor();
    // A new goal is a planned step (source 001: "In Planung") until it is under way or achieved.
    await plan
      .getByRole("table", { name: `Geplante Schritte ${next}` })
      .getByRole("row", { name: /Fachtag Schutzkonzepte/ })
      .waitFor();
    await plan.getByRole("button", { name: "Ändern: Fachtag Schutzkonzepte" }).click();
    await page.getByLabel(/^Stand/).selectOption({ label: "erreicht" });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "arbeitsplanung");
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Das Ziel wurde geändert." }).waitFor();
    await expect
      .poll(() => plan.getByRole("row", { name: /Fachtag Schutzkonzepte/ }).textContent())
      .toContain("erreicht");
    await plan
      .getByRole("table", { name: `Ziele und Ergebnisse ${next}` })
      .getByRole("row", { name: /Fachtag Schutzkonzepte/ })
      .waitFor();

    await plan.getByRole("button", { name: "Ändern: Schutzkonzepte in Kitas" }).click();
    await page.getByLabel(/^Thema/).fill("Schutzkonzepte in Kitas und Schulen");
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Der Eintrag wurde geändert." }).waitFor();
    await plan.getByRole("row", { name: /Schutzkonzepte in Kitas und Schulen/ }).waitFor();

    const stored = await ui.graph.gql(
      youthOffice,
      `query ($id: ID!) { network(id: $id) { priorities { year kind title } goals { title scope state year } } }`,
      { id: NETWORK_ID },
    );
    expect(stored.data.network.priorities).toContainEqual({
      year: next,
      kind: "FOCUS",
      title: "Schutzkonzepte in Kitas und Schulen",
    });
    expect(stored.data.network.goals).toContainEqual({
      title: "Fachtag Schutzkonzepte",
      scope: "CROSS_NETWORK",
      state: "ACHIEVED",
      year: next,
    });

    for (const [title, done] of [
      ["Schutzkonzepte in Kitas und Schulen", "Der Eintrag wurde entfernt."],
      ["Fachtag Schutzkonzepte", "Das Ziel wurde entfernt."],
    ] as const) {
      await plan.getByRole("button", { name: `Ändern: ${title}` }).click();
      await page.getByRole("button", { name: "Entfernen …" }).click();
      await page.getByRole("button", { name: "Ja, entfernen" }).click();
      await page.getByRole("status").filter({ hasText: done }).waitFor();
      await expect.poll(() => plan.getByRole("row", { name: new RegExp(title) }).count()).toBe(0);
    }
  });

  it("lets a youth office keep its network's mailing list and export it for an invitation", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}`);
    await page.getByRole("link", { name: "Verteiler", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: `Verteiler: ${NETWORK_NAME}` }).waitFor();
    const entries = page.getByRole("region", { name: /^Auf dem Verteiler/ });

    // A member's contact person, chosen from the list.
    const contact = page.getByLabel(/^Ansprechperson/);
    await contact.locator("option").nth(1).waitFor({ state: "attached" });
    const chosen = (await contact.locator("option").nth(1).textContent())!.trim();
    await contact.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Auf den Verteiler setzen" }).click();
    await page.getByRole("status").filter({ hasText: "Der Eintrag steht jetzt auf dem Verteiler." }).waitFor();
    const [organisation] = chosen.split(" – ");
    await entries
      .getByRole("row", { name: new RegExp(escapeRegExp(organisation!)) })
      .first()
      .waitFor();

    // A name and an address, checked before sending.
    await page.getByLabel("Einen Namen und eine E-Mail-Adresse").check();
    await page.getByLabel("Name", { exact: true }).fill("Petra Ehrenamt");
    await page.getByLabel(/^E-Mail-Adresse/).fill("ehrenamt@");
    await page.getByRole("button", { name: "Auf den Verteiler setzen" }).click();
    await page.getByText(/Bitte geben Sie eine gültige E-Mail-Adresse an/).waitFor();
    await page.getByLabel(/^E-Mail-Adresse/).fill("ehrenamt@familienzentrum.example");
    await page.getByRole("button", { name: "Auf den Verteiler setzen" }).click();
    await entries.getByRole("row", { name: /Petra Ehrenamt/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "verteiler");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Verteiler als CSV-Datei herunterladen" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      "verteiler-netzwerk-fruehe-hilfen-und-kinderschutz-landkreis-rostock.csv",
    );
    const csv = await readFile((await download.path())!, "utf8");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Name;E-Mail-Adresse;Organisation;Funktion");
    expect(lines).toContain("Petra Ehrenamt;ehrenamt@familienzentrum.example;;");
    expect(lines.length - 1).toBe((await entries.getByRole("row").count()) - 1);

    await entries.getByRole("button", { name: "Entfernen: Petra Ehrenamt" }).click();
    await page
      .getByRole("group", { name: /Soll Petra Ehrenamt vom Verteiler genommen werden/ })
      .filter({ hasText: "auch aus dem Änderungsverlauf gelöscht" })
      .waitFor();
    await page.getByRole("button", { name: "Ja, vom Verteiler nehmen" }).click();
    await page.getByRole("status").filter({ hasText: "Petra Ehrenamt steht nicht mehr auf dem Verteiler." }).waitFor();
    await expect.poll(() => entries.getByRole("row", { name: /Petra Ehrenamt/ }).count()).toBe(0);
  });

  it("lets a youth office found a network in its own district and close one of its working groups", async () => {
    const { page } = ui.browser;
    const name = "Netzwerk Frühe Hilfen Teterow";
    await page.goto(`${ui.graph.origin}/netzwerke`);
    await page.getByRole("link", { name: "Netzwerk anlegen" }).click();
    await page.getByRole("heading", { level: 1, name: "Netzwerk anlegen" }).waitFor();
    // Its own district is set: a youth office founds networks for no other.
    await page.getByText("Zuständig: das Jugendamt Landkreis Rostock").waitFor();
    expect(await page.getByLabel("Zuständiges Jugendamt (Kreis)").count()).toBe(0);
    await page.getByLabel(/^Name des Netzwerks/).fill(name);
    await page.getByLabel(/^Art/).selectOption({ label: "Netzwerk Frühe Hilfen" });
    expect(await page.getByLabel(/^Region, für die es arbeitet/).inputValue()).toBe("13072");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Netzwerk anlegen" }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await page.getByRole("status").filter({ hasText: "Das Netzwerk wurde angelegt." }).waitFor();
    const networkId = new URL(page.url()).pathname.split("/").at(-1)!;

    await page.getByRole("link", { name: "Arbeitskreis gründen" }).click();
    await page.getByLabel(/^Name des Arbeitskreises/).fill("AG Elternbriefe");
    await page.getByRole("button", { name: "Arbeitskreis gründen" }).click();
    await page.getByRole("status").filter({ hasText: "Der Arbeitskreis wurde gegründet." }).waitFor();
    await page.getByRole("region", { name: "Arbeitskreise" }).getByRole("link", { name: "AG Elternbriefe" }).click();
    await page.getByRole("button", { name: "Arbeitskreis beenden …" }).click();
    // Closing is the first answer: the group ends, and nobody carries it on.
    expect(await page.getByLabel("Er wird beendet.").isChecked()).toBe(true);
    await page.getByLabel("Was aus dem Arbeitskreis wird").fill("Die Elternbriefe verschickt das Jugendamt selbst");
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.getByText(/beendet werden\?/).waitFor();
    await page.getByRole("button", { name: "Ja, Arbeitskreis beenden" }).click();
    await page.getByRole("status").filter({ hasText: "Der Arbeitskreis wurde beendet." }).waitFor();

    const stored = await ui.graph.gql(
      youthOffice,
      `query ($id: ID!) { network(id: $id) { name kind responsibleDistrictKey region { key }
        workingGroups { name status endedOn statusNote continuedBy { id } } } }`,
      { id: networkId },
    );
    expect(stored.errors).toBeUndefined();
    expect(stored.data.network).toEqual({
      name,
      kind: "EARLY_HELP",
      responsibleDistrictKey: "13072",
      region: { key: "13072" },
      workingGroups: [
        {
          name: "AG Elternbriefe",
          status: "CLOSED",
          endedOn: today(),
          statusNote: "Die Elternbriefe verschickt das Jugendamt selbst",
          continuedBy: null,
        },
      ],
    });
  });

  it("shows an analyst the network and its meetings without any edit controls or personal data", async () => {
    const { page } = ui.browser;
    await page.getByRole("button", { name: "Abmelden" }).click();
    await signIn(page, ui.graph.origin, "Analyse");
    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}`);
    await page.getByRole("heading", { level: 1, name: NETWORK_NAME }).waitFor();
    await page
      .getByRole("region", { name: "Mitglieder" })
      .getByRole("row", { name: /Jugendamt Landkreis Rostock/ })
      .waitFor();
    await page.getByText("Name nicht sichtbar").waitFor();
    expect(await page.getByRole("link", { name: /hinzufügen|gründen|Bearbeiten|Verteiler/ }).count()).toBe(0);
    expect(await page.getByRole("alert").allTextContents()).toEqual([]);

    // A planned meeting: an editor could cancel it, an analyst is not offered to.
    const planned = (await storedMeetings()).find((m) => m.status === "PLANNED" && m.title);
    await page
      .getByRole("region", { name: "Treffen", exact: true })
      .getByRole("link", { name: planned.title, exact: true })
      .click();
    await page.getByRole("heading", { level: 1, name: planned.title }).waitFor();
    await page.getByRole("heading", { name: "Tagesordnung" }).waitFor();
    expect(await page.getByRole("button", { name: /absagen|stattgefunden|bearbeiten/ }).count()).toBe(0);

    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}/verteiler`);
    await page.getByText(/Den Verteiler eines Netzwerks führen die Landeskoordinierungsstelle/).waitFor();
    expect(await page.getByRole("table").count()).toBe(0);

    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}/treffen/neu`);
    await page.getByText(/dürfen Sie keine Treffen anlegen/).waitFor();
    expect(await page.getByRole("button", { name: "Treffen speichern" }).count()).toBe(0);
  });

  it("lets the state office found a network for a district, edit its profile, hand it over and merge it into another", async () => {
    const { page } = ui.browser;
    await page.getByRole("button", { name: "Abmelden" }).click();
    await signIn(page, ui.graph.origin, "Landeskoordinierungsstelle");
    await page.goto(`${ui.graph.origin}/netzwerke`);
    await page.getByRole("link", { name: "Netzwerk anlegen" }).click();
    await page.getByRole("heading", { level: 1, name: "Netzwerk anlegen" }).waitFor();
    await page.getByRole("button", { name: "Netzwerk anlegen" }).click();
    await page.getByText("Bitte geben Sie den Namen des Netzwerks an (mindestens 2 Zeichen).").waitFor();
    await page.getByLabel(/^Name des Netzwerks/).fill("Netzwerk Kinderschutz Güstrow-Land");
    await page.getByLabel(/^Art/).selectOption({ label: "Netzwerk Kinderschutz" });
    await page.getByLabel("Zuständiges Jugendamt (Kreis)").selectOption({ label: "Landkreis Rostock" });
    expect(await page.getByLabel(/^Region, für die es arbeitet/).inputValue()).toBe("13072");
    await page.getByLabel("Netzwerktreffen pro Jahr").fill("2");
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "netzwerk-neu");
    await page.getByRole("button", { name: "Netzwerk anlegen" }).click();
    await page.getByRole("heading", { level: 1, name: "Netzwerk Kinderschutz Güstrow-Land" }).waitFor();
    await page.getByRole("status").filter({ hasText: "Das Netzwerk wurde angelegt." }).waitFor();

    // The profile: an umbrella, then a hand-over to another district's youth office.
    await page.getByRole("link", { name: "Steckbrief bearbeiten" }).click();
    await page.getByRole("heading", { level: 1, name: "Netzwerk bearbeiten" }).waitFor();
    await page.getByLabel("Dachnetzwerk").selectOption({ label: "Bündnis Kinderschutz MV" });
    await page.getByLabel("Netzwerktreffen pro Jahr").fill("4");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.getByRole("status").filter({ hasText: "Das Netzwerk wurde gespeichert." }).waitFor();
    await page.getByRole("link", { name: "Bündnis Kinderschutz MV" }).waitFor();
    await page.getByRole("link", { name: "Steckbrief bearbeiten" }).click();
    await page.getByLabel("Zuständiges Jugendamt (Kreis)").selectOption({ label: "Landkreis Vorpommern-Greifswald" });
    await page
      .getByText(/Das Netzwerk geht mit dem Speichern an das Jugendamt Landkreis Vorpommern-Greifswald/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "netzwerk-bearbeiten");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "an das Jugendamt Landkreis Vorpommern-Greifswald übergeben" })
      .waitFor();
    // Its history says all of it in words for people: districts, offices and the umbrella by name; kinds by their
    // labels; no id, no enum constant, no field's technical name.
    const history = page.getByRole("region", { name: "Änderungsverlauf" });
    await history.getByRole("row").filter({ hasText: "Zuständiger Kreis" }).first().waitFor();
    await history.getByText("Landkreis Vorpommern-Greifswald").first().waitFor();
    const words = (await history.textContent())!;
    expect(words).toContain("Bündnis Kinderschutz MV");
    expect(words).toContain("Netzwerk Kinderschutz");
    expect(words).toContain("Landeskoordinierungsstelle");
    expect(words).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|\b[A-Z]{2,}(_[A-Z]+)+\b|\b(ACTIVE|COMBINED)\b/);
    expect(words).not.toMatch(/\b\w+(Id|Key)\b|\b(parent|successor|responsible\w*)\b|Name nicht verfügbar/);

    await page.getByRole("button", { name: "Netzwerk beenden …" }).click();
    await page.getByLabel("Es geht in einem anderen Netzwerk auf.").check();
    const successor = page.getByLabel(/^Aufgegangen in/);
    await successor.locator("option").nth(1).waitFor({ state: "attached" });
    const successorName = (await successor.locator("option").nth(1).textContent())!.trim();
    await successor.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.getByText(/Mitglieder, Treffen und Geschichte/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Ja, Netzwerk beenden" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Das Netzwerk ist in ${successorName} aufgegangen.` })
      .waitFor();
    await page.getByRole("link", { name: successorName }).waitFor();
    await expect.poll(() => page.getByRole("definition").filter({ hasText: "zusammengelegt" }).count()).toBe(1);
  });

  it("lets the state office keep the regions: add a district, rename it, and dissolve it into another", async () => {
    const { page } = ui.browser;
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Regionen" }).click();
    await page.getByRole("heading", { level: 1, name: "Regionen" }).waitFor();
    const current = page.getByRole("region", { name: /^Bestehende Regionen/ });
    await current.getByRole("row", { name: /Landkreis Rostock/ }).waitFor();

    await page.getByRole("button", { name: "Region anlegen" }).click();
    await page.getByLabel(/^Amtlicher Kreisschlüssel/).fill("14999");
    await page.getByLabel(/^Name/).fill("Landkreis Probe");
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await page.getByText("Der Kreisschlüssel hat fünf Ziffern und beginnt mit 13.").waitFor();
    await page.getByLabel(/^Amtlicher Kreisschlüssel/).fill("13099");
    await page.getByLabel(/^Besteht seit/).fill("2020-01-01");
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Die Region wurde angelegt." }).waitFor();

    await current.getByRole("button", { name: "Ändern: Landkreis Probe" }).click();
    await page.getByLabel(/^Name/).fill("Landkreis Probe-Süd");
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Die Region wurde geändert." }).waitFor();

    await current.getByRole("button", { name: "Auflösen: Landkreis Probe-Süd" }).click();
    // Its last day was yesterday: from today it is history.
    await page.getByLabel(/^Letzter Tag der Region/).fill(yesterday());
    await page
      .getByRole("group", { name: /Nachfolgeregionen/ })
      .getByLabel(/Landkreis Rostock/)
      .check();
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.getByText(/zählen bei Landkreis Rostock mit/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "regionen");
    await page.getByRole("button", { name: "Ja, auflösen" }).click();
    await page.getByRole("status").filter({ hasText: "Landkreis Probe-Süd ist aufgelöst" }).waitFor();
    const dissolved = page.getByRole("region", { name: /^Aufgelöste Regionen/ });
    expect(await dissolved.getByRole("row", { name: /Landkreis Probe-Süd/ }).textContent()).toContain(
      "Landkreis Rostock",
    );
    const stored = await ui.graph.gql(
      await token("state-office"),
      `{ region(key: "13099") { name current validUntil successors { key } } }`,
    );
    expect(stored.data.region).toEqual({
      name: "Landkreis Probe-Süd",
      current: false,
      validUntil: yesterday(),
      successors: [{ key: "13072" }],
    });
  });

  it("loads nothing from outside the machine", () => {
    expect(ui.browser.foreignRequests).toEqual([]);
  });
});

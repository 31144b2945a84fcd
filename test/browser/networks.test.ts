import { beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, interfaceUnderTest, screenshot, signIn } from "../support/browser.js";
import { token } from "../support/graph.js";

// The Landkreis Rostock network of the demo data (deterministic ids).
const NETWORK_ID = "5ce22010-0eb1-5e16-be91-761902796f62";
const NETWORK_NAME = "Netzwerk Frühe Hilfen und Kinderschutz Landkreis Rostock";
// A meeting of that network held earlier this year in the demo data.
const HELD_MEETING_TITLE = `1. Netzwerktreffen ${new Date().getFullYear()}`;

let youthOffice: string;

const MEETINGS = `query ($id: ID!) { network(id: $id) { meetings { id version title date status participantCount minutes
  agenda { position topic } attendingOrganisations { name } } } }`;

async function storedMeetings(): Promise<any[]> {
  const result = await ui.graph.gql(youthOffice, MEETINGS, { id: NETWORK_ID });
  expect(result.errors).toBeUndefined();
  return result.data.network.meetings;
}

const ui = interfaceUnderTest();

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
    const dates = (await timeline.locator("time").allTextContents()).map((t) => t.trim());
    expect(dates).toEqual(["26.04.2012", "13.08.2012", "2017", "04.2020", "24.09.2024"]);
    await page.getByRole("heading", { name: "Änderungsverlauf" }).waitFor();
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

  it("refuses a meeting without a date before sending it, next to the field, and keeps what was typed", async () => {
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

    page.off("request", listener);
    expect(sent).toEqual([]);
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
    expect(await page.getByRole("link", { name: "Treffen hinzufügen" }).count()).toBe(0);
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

    await page.goto(`${ui.graph.origin}/netzwerke/${NETWORK_ID}/treffen/neu`);
    await page.getByText(/dürfen Sie keine Treffen anlegen/).waitFor();
    expect(await page.getByRole("button", { name: "Treffen speichern" }).count()).toBe(0);
  });

  it("loads nothing from outside the machine", () => {
    expect(ui.browser.foreignRequests).toEqual([]);
  });
});

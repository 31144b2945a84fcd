import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { accessibilityViolations, interfaceUnderTest, screenshot, signIn } from "../support/browser.js";
import { token } from "../support/graph.js";

// Consultations are booked against the contingent of their planned date's year; the demo data has 2023–2027.
const year = new Date().getFullYear();
const plannedDate = `${year}-12-15`;
const title = "Workshop Netzwerkarbeit mit Kitas";
const office = "Jugendamt Landkreis Rostock";

/** "6,5 Tage" → 6.5 */
const days = (text: string | null) =>
  Number(
    (text ?? "")
      .replace(/\s*Tage?$/, "")
      .replace(",", ".")
      .trim(),
  );

async function remainingDays(): Promise<number> {
  const { page } = ui.browser;
  await page.goto(`${ui.graph.origin}/kontingente`);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: office }) });
  // Columns: Zugeteilt, Gebucht, Frei, Ausgeschöpft.
  return days(await row.getByRole("cell").nth(2).textContent());
}

const ui = interfaceUnderTest();

describe("practice support: requests, approval, contingents, experts and the service report", () => {
  it("lets a youth office request a consultation that then shows in its list as requested", async () => {
    const { page } = ui.browser;
    await signIn(page, ui.graph.origin, "Jugendamt", "Landkreis Rostock");
    await page.goto(`${ui.graph.origin}/beratung/neu`);
    await page.getByRole("heading", { name: "Praxisberatung anfragen", level: 1 }).waitFor();
    // The office's own network is offered once the choices have loaded.
    await page.getByLabel("Netzwerk", { exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Art der Beratung").selectOption({ label: "Workshop" });
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Geplantes Datum").fill(plannedDate);
    // More days than remain: the office is told before it sends, and may send all the same.
    await page.getByLabel("Angefragte Tage").fill("50");
    const notice = page.getByRole("status").filter({ hasText: "Sie fragen 50 Tage an" });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/nur noch [\d,]+ Tage? frei\. Sie können die Anfrage trotzdem senden/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel("Angefragte Tage").fill("1,5");
    await expect.poll(() => page.getByText("Sie fragen").count()).toBe(0);
    await page.getByRole("button", { name: "Anfrage senden" }).click();

    await page.waitForURL(/\/beratung\/[0-9a-f-]{36}\?angefragt=1$/);
    await page.getByRole("status").getByText("Ihre Anfrage wurde gesendet").waitFor();
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();

    await page.goto(`${ui.graph.origin}/beratung`);
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
    await row.waitFor();
    expect(await row.getByRole("cell").last().textContent()).toBe("angefragt");
    expect(await row.getByRole("cell").nth(2).textContent()).toBe("1,5 Tage");
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "beratung");
  });

  it("refuses half-baked days before sending, with the message tied to the field", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/beratung/neu`);
    await page.getByLabel("Art der Beratung").selectOption({ label: "Krisenberatung" });
    await page.getByLabel("Geplantes Datum").fill(plannedDate);
    const daysField = page.getByLabel("Angefragte Tage");
    await daysField.fill("0,3");

    const sent: string[] = [];
    const listener = (request: { postData(): string | null }) => {
      if (request.postData()?.includes("RequestConsultation")) sent.push(request.postData()!);
    };
    page.on("request", listener);
    await page.getByRole("button", { name: "Anfrage senden" }).click();
    const error = page.locator("#days-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("halben Tagen");
    expect(await daysField.getAttribute("aria-invalid")).toBe("true");
    expect((await daysField.getAttribute("aria-describedby"))?.split(" ")).toContain("days-error");
    // What was typed stays, and nothing went to the graph.
    expect(await daysField.inputValue()).toBe("0,3");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("days");
    page.off("request", listener);
    expect(sent).toEqual([]);
    expect(page.url()).toBe(`${ui.graph.origin}/beratung/neu`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "beratung-neu");
  });

  it("lets the state office approve the request with an expert, which books exactly the requested days", async () => {
    const { page } = ui.browser;
    await page.getByRole("button", { name: "Abmelden" }).click();
    await signIn(page, ui.graph.origin, "Landeskoordinierungsstelle");
    const before = await remainingDays();
    expect(before).toBeGreaterThanOrEqual(1.5);

    // The state office's list opens on everything still open, of every year.
    await page.goto(`${ui.graph.origin}/beratung`);
    expect(await page.getByLabel("Status").inputValue()).toBe("OPEN");
    expect(await page.getByLabel("Jahr").inputValue()).toBe("");
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { name: title, level: 1 }).waitFor();
    await page.getByText(`noch ${String(before).replace(".", ",")} Tage frei`).waitFor();

    await page.getByRole("checkbox", { name: /Dr\. Anna Beispiel/ }).check();
    expect(await page.getByLabel("Bewilligte Tage").inputValue()).toBe("1,5");
    await page.getByRole("button", { name: "Bewilligen" }).click();
    await page.getByRole("status").getByText("Die Beratung wurde bewilligt").waitFor();
    await page.locator("dd", { hasText: /^bewilligt$/ }).waitFor();
    await page.getByText("Dr. Anna Beispiel (Psychologie").waitFor();
    // The history records the approval, in words for people: the network and the office by name, days as days,
    // no id, no enum constant, no half-day count, no English.
    await page.getByRole("cell", { name: "geändert" }).first().waitFor();
    const history = page.getByRole("region", { name: "Änderungsverlauf" });
    await history.getByRole("cell", { name: "Jugendamt Landkreis Rostock" }).first().waitFor();
    const words = (await history.textContent())!;
    expect(words).toContain("1,5 Tage");
    expect(words).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|\b[A-Z]{2,}_[A-Z_]+\b|\b(REQUESTED|APPROVED|BUDGET|POOL)\b/);
    expect(words).not.toMatch(/HalfDays|\b(budget|pool|networkId|requesting\w*)\b|Name nicht verfügbar/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "beratung-detail");

    const after = await remainingDays();
    expect(after).toBe(before - 1.5);
    // The contingent leads to exactly its consultations: its office, its year, every status.
    await page.getByRole("rowheader", { name: office }).getByRole("link").click();
    await page.waitForURL(new RegExp(`/beratung\\?jahr=${year}&kreis=13072&status=$`));
    expect(await page.getByLabel("Status").inputValue()).toBe("");
    await page.getByRole("link", { name: title }).waitFor();
    await page.goto(`${ui.graph.origin}/kontingente`);
    await page.getByRole("rowheader", { name: office }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "kontingente");
  });

  it("tells the state office clearly when too few days remain to approve a request", async () => {
    const { page } = ui.browser;
    // Vorpommern-Greifswald has 1 day left this year in the demo data; its youth office asks for 2, behind the browser's back.
    const youthOffice = await token("youth-office", "13075");
    const created = await ui.graph.gql(
      youthOffice,
      `mutation { requestConsultation(input: { kind: CRISIS_CONSULTATION, plannedDate: "${plannedDate}", days: 2, title: "Krisenberatung im Team" }) { id } }`,
    );
    expect(created.errors).toBeUndefined();
    await page.goto(`${ui.graph.origin}/beratung/${created.data.requestConsultation.id}`);
    await page.getByRole("heading", { name: "Krisenberatung im Team", level: 1 }).waitFor();
    await page.getByText("Das reicht nicht für die angefragten 2 Tage.").waitFor();
    await page.getByRole("checkbox", { name: /Carla Musterfrau/ }).check();
    await page.getByRole("button", { name: "Bewilligen" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Zu wenige Tage frei" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("nur noch 1 Tag frei");
    expect(await page.locator("#approve-days-error").textContent()).toContain("Zu wenige Tage frei");
    // Nothing was booked: the request still waits.
    await page.locator("dd", { hasText: /^angefragt$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  // A consultation planned for 15 December was once accepted as delivered on 7 December.
  it("lets the state office record a delivery once the planned day has come, not before", async () => {
    const { page } = ui.browser;
    const youthOffice = await token("youth-office", "13072");
    const stateOffice = await token("state-office");
    const experts = await ui.graph.gql(stateOffice, `{ experts(activeOnly: true) { id } }`);
    /** A consultation of Landkreis Rostock, approved behind the browser's back, `offset` days from today (UTC). */
    async function approved(title: string, offset: number): Promise<string> {
      const day = new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      const asked = await ui.graph.gql(
        youthOffice,
        `mutation ($day: String!, $title: String) { requestConsultation(input: { kind: WORKSHOP, plannedDate: $day, days: 0.5, title: $title }) { id version } }`,
        { day, title },
      );
      expect(asked.errors).toBeUndefined();
      const { id, version } = asked.data.requestConsultation;
      const approval = await ui.graph.gql(
        stateOffice,
        `mutation ($id: ID!, $version: Int!, $experts: [ID!]!) { approveConsultation(id: $id, version: $version, input: { expertIds: $experts }) { id } }`,
        { id, version, experts: [experts.data.experts[0].id] },
      );
      expect(approval.errors).toBeUndefined();
      return id;
    }

    await page.goto(`${ui.graph.origin}/beratung/${await approved("Fachtag Schutzkonzepte im Sport", 7)}`);
    await page.getByRole("heading", { name: "Fachtag Schutzkonzepte im Sport", level: 1 }).waitFor();
    await page.getByText(/geplant: Ihre Durchführung lässt sich ab diesem Tag erfassen\.$/).waitFor();
    expect(await page.getByRole("button", { name: "Durchführung speichern" }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${ui.graph.origin}/beratung/${await approved("Fallwerkstatt Frühe Hilfen", -1)}`);
    await page.getByRole("heading", { name: "Fallwerkstatt Frühe Hilfen", level: 1 }).waitFor();
    await page.getByLabel("Durchgeführte Tage").fill("0,5");
    await page.getByRole("button", { name: "Durchführung speichern" }).click();
    await page.getByRole("status").getByText("Die Durchführung wurde erfasst.").waitFor();
    await page.locator("dd", { hasText: /^durchgeführt$/ }).waitFor();
  });

  it("lets the state office add an expert to the list", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/experten`);
    await page.getByRole("rowheader", { name: "Dr. Anna Beispiel" }).waitFor();
    await page.getByRole("button", { name: "Fachkraft hinzufügen" }).click();
    await page.getByLabel("Name").fill("Klara Testfall");
    await page.getByLabel("Fachrichtungen").fill("Sozialpädagogik\nKinderschutz");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByRole("status").getByText("Klara Testfall wurde als Fachkraft angelegt").waitFor();
    await page.getByRole("rowheader", { name: "Klara Testfall" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "experten");
  });

  it("downloads the service report as CSV with byte-order mark, semicolons and intact umlauts", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/leistungsbericht`);
    await page.getByRole("rowheader", { name: office }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "leistungsbericht");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /CSV herunterladen/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`leistungsbericht-${year}.csv`);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toMatch(new RegExp(`^Leistungen im Projekt ${year};Stand: \\d{2}\\.\\d{2}\\.\\d{4}$`));
    expect(lines[2]!.split(";")).toEqual([
      "Jugendamt",
      "Kreisschlüssel",
      "Kontingent (Tage)",
      "Angefragt (Tage)",
      "Bewilligt (Tage)",
      "Durchgeführt (Tage)",
      "Verbleibend (Tage)",
      "Einsätze durchgeführt",
    ]);
    // The offices by name and the kinds in the page's words, as the page shows them; no id.
    expect(lines).toContainEqual(expect.stringMatching(/^Jugendamt Landkreis Rostock;13072;/));
    const kindsOnPage = (await page.getByRole("table").nth(1).getByRole("rowheader").allTextContents()).map((t) =>
      t.trim(),
    );
    expect(kindsOnPage.length).toBeGreaterThan(0);
    for (const kind of kindsOnPage)
      expect(
        lines.some((line) => line.startsWith(`${kind};`)),
        kind,
      ).toBe(true);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    // Printed, or saved as PDF: the report alone, with its title, year and the day of printing.
    await page.emulateMedia({ media: "print" });
    await page.getByText(new RegExp(`^Leistungen im Projekt ${year} · Stand: \\d{2}\\.\\d{2}\\.\\d{4}$`)).waitFor();
    expect(await page.getByRole("navigation", { name: "Hauptnavigation" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: /CSV herunterladen/ }).isVisible()).toBe(false);
    expect(await page.getByRole("table").first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await page.emulateMedia({ media: "screen" });
  });

  it("loads nothing from outside the machine", () => {
    expect(ui.browser.foreignRequests).toEqual([]);
  });
});

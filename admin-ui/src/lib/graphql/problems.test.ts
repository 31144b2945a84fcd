import { describe, expect, it } from "vitest";
import { ANSWER_CODES } from "../../../../packages/subgraph-kit/src/errors.ts";
import { completedMutation, describeErrors, hasAnswer, type ServerError } from "./problems";

// Errors as the gateway words them (gateway/src/forwarding.ts): once per call it made to the missing service.
const down = (subgraph: string): ServerError => ({
  message: `The ${subgraph} service cannot be reached right now. Its fields are null in this answer; everything else is complete.`,
  extensions: { code: "SUBGRAPH_UNAVAILABLE", subgraph },
});
const hung = (subgraph: string): ServerError => ({
  message: `The ${subgraph} service did not answer within 10 seconds.`,
  extensions: { code: "SUBGRAPH_TIMEOUT", subgraph, timeoutMs: 10_000 },
});
const hidden: ServerError = {
  message: "Personal data of another district.",
  path: ["organisation", "contacts", 0, "name"],
  extensions: { code: "FORBIDDEN" },
};
const query = { answered: true, operation: "query" } as const;

describe("problems of a partial answer", () => {
  it("names the missing service in German, says the rest is shown and to try again shortly", () => {
    const problem = describeErrors([down("budgets")], query);
    expect(problem).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", missing: ["budgets"] });
    expect(problem?.message).toBe(
      "Ein Teil der Daten fehlt gerade: Der Bereich „Beratungskontingente“ ist nicht erreichbar. Alles Übrige wird angezeigt; bitte versuchen Sie es in Kürze noch einmal.",
    );
  });

  it("names each missing service once, however often the gateway called it", () => {
    const problem = describeErrors([down("organisations"), down("organisations"), down("networks")], query);
    expect(problem?.missing).toEqual(["organisations", "networks"]);
    expect(problem?.message).toContain("Die Bereiche „Organisationen“ und „Netzwerke“ sind nicht erreichbar.");
  });

  it("tells a service that did not answer in time and a statement that ran too long apart", () => {
    expect(describeErrors([hung("networks")], query)?.message).toContain(
      "Der Bereich „Netzwerke“ hat nicht rechtzeitig geantwortet.",
    );
    const slow: ServerError = {
      message: "The database took too long.",
      path: ["organisations"],
      extensions: { code: "TIMEOUT", subgraph: "organisations" },
    };
    const problem = describeErrors([slow], query);
    expect(problem).toMatchObject({ code: "TIMEOUT", missing: ["organisations"] });
    expect(problem?.message).toContain("Die Abfrage im Bereich „Organisationen“ hat zu lange gedauert.");
    expect(problem?.message).toContain("Alles Übrige wird angezeigt");
  });

  it("counts a service that is down over one that is slow, naming both", () => {
    const problem = describeErrors([hung("networks"), down("budgets")], query);
    expect(problem?.code).toBe("SUBGRAPH_UNAVAILABLE");
    expect(problem?.missing).toEqual(["networks", "budgets"]);
  });

  it("keeps personal data hidden from the caller no problem, also next to a missing service", () => {
    expect(describeErrors([hidden], query)).toBeUndefined();
    expect(describeErrors([hidden, down("budgets")], query)?.code).toBe("SUBGRAPH_UNAVAILABLE");
  });

  it("says when nothing of the answer came back", () => {
    expect(describeErrors([down("budgets")], { answered: false, operation: "query" })?.message).toBe(
      "Diese Daten fehlen gerade: Der Bereich „Beratungskontingente“ ist nicht erreichbar. Bitte versuchen Sie es in Kürze noch einmal.",
    );
    const gatewayDeadline: ServerError = {
      message: "The request took longer than 30 seconds.",
      extensions: { code: "TIMEOUT", timeoutMs: 30_000 },
    };
    expect(describeErrors([gatewayDeadline], { answered: false, operation: "query" })?.message).toContain(
      "Eine Abfrage hat zu lange gedauert.",
    );
  });

  it("reports a real error over a missing service", () => {
    const notFound: ServerError = {
      message: "No network with this id.",
      path: ["network"],
      extensions: { code: "NOT_FOUND" },
    };
    expect(describeErrors([down("budgets"), notFound], query)).toMatchObject({
      code: "NOT_FOUND",
      detail: "No network with this id.",
      missing: [],
    });
  });
});

describe("problems of a mutation", () => {
  it("are none when the change came back, whatever service is missing from its answer", () => {
    expect(describeErrors([down("organisations")], { answered: true, operation: "mutation" })).toBeUndefined();
  });

  it("keep what was typed when the service is down, and leave it open whether a change that timed out was stored", () => {
    const unreachable = describeErrors([down("budgets")], { answered: false, operation: "mutation" });
    expect(unreachable?.message).toContain("Ihre Eingaben bleiben erhalten");
    const timedOut = describeErrors([hung("budgets")], { answered: false, operation: "mutation" });
    expect(timedOut?.message).toContain("Ob die Änderung gespeichert wurde, ist offen");
  });

  it("give the server's words per input field and the other extensions as before", () => {
    const invalid: ServerError = {
      message: "Too few days left.",
      path: ["approveConsultation"],
      extensions: {
        code: "CONFLICT",
        remainingDays: 1,
        fields: [{ field: "input.days", message: "Only 1 day left.", reason: "NOT_ENOUGH_DAYS" }],
      },
    };
    expect(describeErrors([invalid], { answered: false, operation: "mutation" })).toMatchObject({
      code: "CONFLICT",
      message: "Jemand anderes hat diesen Datensatz inzwischen geändert.",
      fields: { days: { message: "Only 1 day left.", reason: "NOT_ENOUGH_DAYS" } },
      extensions: { remainingDays: 1 },
    });
  });

  it("refuse a whole operation as forbidden when it is no single hidden field", () => {
    expect(
      describeErrors([{ message: "Only the state office.", extensions: { code: "FORBIDDEN" } }], {
        answered: false,
        operation: "mutation",
      })?.message,
    ).toBe("Dafür fehlt Ihnen die Berechtigung.");
  });
});

describe("what counts as answered", () => {
  it("is a query with any top-level field, a mutation with every one", () => {
    expect(hasAnswer({ regions: [], consultationBudgets: null })).toBe(true);
    expect(hasAnswer({ experts: null })).toBe(false);
    expect(hasAnswer(null)).toBe(false);
    expect(completedMutation({ approveConsultation: { id: "1", requestingOffice: null } })).toBe(true);
    expect(completedMutation({ approveConsultation: null })).toBe(false);
    expect(completedMutation(undefined)).toBe(false);
  });
});

describe("every code the graph answers with", () => {
  const UNKNOWN = describeErrors([{ message: "?", extensions: { code: "SOMETHING_NEW" } }], {
    answered: false,
    operation: "query",
  })!.message;

  it("has its own German summary, the English message staying out", () => {
    for (const code of ANSWER_CODES) {
      const problem = describeErrors([{ message: `English words for ${code}`, extensions: { code } }], {
        answered: false,
        operation: "mutation",
      })!;
      expect(problem.code, code).toBe(code);
      if (code !== "INTERNAL_SERVER_ERROR") expect(problem.message, code).not.toBe(UNKNOWN);
      expect(problem.message, code).not.toContain("English");
    }
  });

  it("says how long to wait when the graph names it", () => {
    const limited = describeErrors(
      [{ message: "Too many requests.", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 42 } }],
      { answered: false, operation: "mutation" },
    );
    expect(limited?.message).toBe(
      "Sie haben in kurzer Zeit sehr viele Anfragen gesendet. Ihre Eingaben bleiben erhalten; bitte versuchen Sie es in 42 Sekunden noch einmal.",
    );
  });
});

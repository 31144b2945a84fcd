import "./workers";
import "graphiql/style.css";
import "./explorer.css";
import { useGraphiQL, useGraphiQLActions } from "@graphiql/react";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { useEffect, useMemo, useRef, useState, type FormEvent, type RefObject } from "react";
import { createRoot } from "react-dom/client";
import { examples } from "./examples";
import { authMode, describeToken, fetchDemoToken, storedToken, storeToken, type AuthMode } from "./token";

const WELCOME = `# GraphQL-Explorer für Analysen
#
# Oben ein Token eintragen (oder in der Demo "Demo-Token (Analyse) holen"), dann eine Beispielabfrage öffnen
# oder hier eine eigene schreiben. Strg+Leertaste schlägt Felder vor, Strg+Enter führt die Abfrage aus;
# die Dokumentation des Schemas öffnet das Buch-Symbol links.

{
  regions(parentKey: "13", validOn: "2026-01-01") {
    key
    name
  }
}
`;

const ROLE_NAMES: Record<string, string> = {
  ANALYST: "Analyse",
  STATE_OFFICE: "Landeskoordinierungsstelle",
  YOUTH_OFFICE: "Jugendamt",
};

function tokenSummary(token: string): string {
  if (!token) return "Kein Token gesetzt: ohne Token beantwortet der Graph keine Abfrage.";
  const about = describeToken(token);
  if (!about) return "Token gesetzt.";
  const role = about.role
    ? (ROLE_NAMES[about.role] ?? about.role) + (about.district ? ` ${about.district}` : "")
    : undefined;
  const until = about.expiresAt?.toLocaleString("de-DE", { dateStyle: "medium", timeStyle: "short" });
  const expired = about.expiresAt && about.expiresAt.getTime() < Date.now();
  if (expired) return `Das Token ist seit ${until} abgelaufen: bitte ein neues eintragen.`;
  return `Token gesetzt${role ? ` (Rolle: ${role})` : ""}${until ? `, gültig bis ${until}` : ""}.`;
}

type OpenExample = (query: string) => void;

/**
 * Lives inside GraphiQL to reach its tabs and editors: opens an example in a new tab. The editors (Monaco) load
 * after the page, so it says when it can.
 */
function ExampleOpener({
  opener,
  onReady,
}: {
  opener: RefObject<OpenExample | null>;
  onReady: (ready: boolean) => void;
}) {
  const { addTab, setOperationFacts } = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  useEffect(() => {
    if (!queryEditor || !variableEditor) return;
    opener.current = (query) => {
      addTab();
      queryEditor.setValue(query);
      variableEditor.setValue("");
      // GraphiQL learns the operation's name from the editor only after a pause; a run at once would still send
      // the previous tab's name (and fail with "Unknown operation named …").
      const documentAST = parse(query);
      const operations = documentAST.definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      setOperationFacts({ documentAST, operations, operationName: operations[0]?.name?.value });
    };
    onReady(true);
    return () => {
      opener.current = null;
      onReady(false);
    };
  }, [opener, onReady, addTab, setOperationFacts, queryEditor, variableEditor]);
  return null;
}

function Explorer() {
  const [token, setToken] = useState(storedToken);
  const [draft, setDraft] = useState(token);
  const [mode, setMode] = useState<AuthMode>("unknown");
  const [problem, setProblem] = useState<string>();
  const [example, setExample] = useState("");
  const opener = useRef<OpenExample | null>(null);
  const [editorsReady, setEditorsReady] = useState(false);

  useEffect(() => {
    void authMode().then(setMode);
  }, []);

  // A new fetcher makes GraphiQL load the schema again, now with the token.
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: new URL("/graphql", location.origin).href,
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      }),
    [token],
  );

  function applyToken(next: string) {
    const trimmed = next.trim().replace(/^Bearer\s+/i, "");
    storeToken(trimmed);
    setToken(trimmed);
    setDraft(trimmed);
  }

  async function demoToken() {
    setProblem(undefined);
    try {
      applyToken(await fetchDemoToken());
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  function openExample(event: FormEvent) {
    event.preventDefault();
    const chosen = examples.find((e) => e.file === example);
    if (chosen) opener.current?.(chosen.query);
  }

  return (
    <div className="explorer">
      <header className="explorer-bar">
        <h1>GraphQL-Explorer</h1>
        <form
          className="explorer-token"
          onSubmit={(event) => {
            event.preventDefault();
            applyToken(draft);
          }}
        >
          <label htmlFor="explorer-token">Token</label>
          <input
            id="explorer-token"
            name="token"
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder="Bearer-Token einfügen"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit">Token verwenden</button>
          {mode === "demo" && (
            <button type="button" onClick={demoToken}>
              Demo-Token (Analyse) holen
            </button>
          )}
        </form>
        <form className="explorer-examples" onSubmit={openExample}>
          <label htmlFor="explorer-example">Beispielabfrage</label>
          <select id="explorer-example" value={example} onChange={(event) => setExample(event.target.value)}>
            <option value="">Bitte wählen …</option>
            {examples.map((e) => (
              <option key={e.file} value={e.file}>
                {e.title}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!example || !editorsReady}>
            In neuem Tab öffnen
          </button>
        </form>
        <p className="explorer-status" role="status">
          {problem ?? tokenSummary(token)}
          {mode === "oidc" && !token && (
            <>
              {" "}
              Ihr Token finden Sie in der Verwaltungsoberfläche unter <a href="/zugang">API-Zugang</a>.
            </>
          )}
        </p>
      </header>
      <main className="explorer-graphiql">
        {/* Without a token the graph answers nothing: no schema request (and no error in the result pane) until one is set. */}
        <GraphiQL fetcher={fetcher} schema={token ? undefined : null} defaultQuery={WELCOME}>
          <GraphiQL.Logo>GraphQL-Explorer</GraphiQL.Logo>
          <ExampleOpener opener={opener} onReady={setEditorsReady} />
        </GraphiQL>
      </main>
    </div>
  );
}

createRoot(document.getElementById("graphiql")!).render(<Explorer />);

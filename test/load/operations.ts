/**
 * What the virtual users send: the admin interface's own operations, exactly as its build registered them
 * (`trusted-documents.json`: the text urql sends, fragments and `__typename` included), and the analysts'
 * example queries of `docs/queries/`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { adminUiBuild } from "../support/graph.js";

export const trustedDocumentsFile = (): string => path.join(adminUiBuild(), "trusted-documents.json");

/** The operations the load uses; a name the interface no longer registers fails the test at its start. */
export const INTERFACE_OPERATIONS = [
  "YouthOfficeOverview",
  "StatewideOverview",
  "OrganisationList",
  "OrganisationRegions",
  "OrganisationForEdit",
  "UpdateOrganisation",
  "StateYouthOffices",
  "NetworkList",
  "NetworkDetail",
  "MeetingFormContext",
  "CreateNetworkMeeting",
  "NetworkMeeting",
  "Consultations",
  "ConsultationOffices",
  "RequestChoices",
  "RequestConsultation",
  "Consultation",
  "ActiveExperts",
  "ApproveConsultation",
  "Contingents",
  "SetConsultationBudget",
  "SetCooperationPool",
  "ServiceReport",
] as const;

export type InterfaceOperation = (typeof INTERFACE_OPERATIONS)[number];

export function interfaceOperations(file = trustedDocumentsFile()): Record<InterfaceOperation, string> {
  const registered = new Map<string, string>();
  for (const text of Object.values(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)) {
    const name = /\b(?:query|mutation)\s+(\w+)/.exec(text)?.[1];
    if (name) registered.set(name, text);
  }
  const missing = INTERFACE_OPERATIONS.filter((name) => !registered.has(name));
  if (missing.length)
    throw new Error(
      `The admin interface's build (${file}) registers no operation ${missing.join(", ")}: rebuild it (pnpm build) or update test/load.`,
    );
  return Object.fromEntries(INTERFACE_OPERATIONS.map((name) => [name, registered.get(name)!])) as Record<
    InterfaceOperation,
    string
  >;
}

export interface ExampleQuery {
  name: string;
  text: string;
}

/** The analysts' example queries (`docs/queries/*.graphql`), run with their default variables. */
export function exampleQueries(): ExampleQuery[] {
  const folder = fileURLToPath(new URL("../../docs/queries/", import.meta.url));
  return readdirSync(folder)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => ({ name: file.replace(/\.graphql$/, ""), text: readFileSync(path.join(folder, file), "utf8") }));
}

/** An analyst's CSV download: every organisation, page by page through the export. */
export const ORGANISATIONS_EXPORT = `query OrganisationsExport($first: Int, $after: String) {
  organisations(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { name kind sector districtKey city region { key name } createdAt }
  }
}`;

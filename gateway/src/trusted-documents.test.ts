import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseConfig } from "@kinderschutz/subgraph-kit/auth";
import { describe, expect, it } from "vitest";
import { gatewaySettings } from "./config.js";
import { readTrustedDocuments } from "./trusted-documents.js";

const manifest = path.join(mkdtempSync(path.join(tmpdir(), "trusted-")), "trusted-documents.json");
writeFileSync(manifest, JSON.stringify({ abc123: "query A { __typename }" }));

describe("trusted-documents settings", () => {
  it("reads the registered operations' hashes", () => {
    expect([...readTrustedDocuments(manifest)]).toEqual(["abc123"]);
  });

  it("restricts the interface's roles by default and names a wrong setting", () => {
    expect(parseConfig(gatewaySettings, { TRUSTED_DOCUMENTS_FILE: manifest }).TRUSTED_DOCUMENTS_ROLES).toEqual([
      "STATE_OFFICE",
      "YOUTH_OFFICE",
    ]);
    expect(parseConfig(gatewaySettings, { TRUSTED_DOCUMENTS_ROLES: "YOUTH_OFFICE" }).TRUSTED_DOCUMENTS_ROLES).toEqual([
      "YOUTH_OFFICE",
    ]);
    expect(() => parseConfig(gatewaySettings, { TRUSTED_DOCUMENTS_ROLES: "YOUTH_OFFICE,MAYOR" })).toThrow(
      /TRUSTED_DOCUMENTS_ROLES/,
    );
    expect(() => parseConfig(gatewaySettings, { TRUSTED_DOCUMENTS_FILE: path.join(tmpdir(), "missing.json") })).toThrow(
      /TRUSTED_DOCUMENTS_FILE/,
    );
  });
});

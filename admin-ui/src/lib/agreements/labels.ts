// German labels of a cooperation agreement's enums. Apart from labels.ts, which nearly every page loads: only the
// agreement pages and the history need these.
import type { AgreementStatus, LegalBasis } from "#graphql/enums.ts";

export const AGREEMENT_STATUS: Record<AgreementStatus, string> = {
  PLANNED: "geplant",
  SIGNED: "unterzeichnet",
  EXPIRED: "ausgelaufen",
};
export const LEGAL_BASIS: Record<LegalBasis, string> = {
  SGB_VIII_8A: "§ 8a SGB VIII (Schutzauftrag)",
  KKG_3: "§ 3 KKG (Netzwerkstrukturen)",
  KKG_4: "§ 4 KKG (Berufsgeheimnisträger)",
  OTHER: "sonstige",
};

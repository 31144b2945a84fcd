// Why the graph refused a change (`extensions.reason`), in German for the page. The subgraphs name their reasons
// in English and keep them stable (REFUSAL_REASONS in the subgraph kit): typed against that list, a reason without
// a sentence here fails the build, like an enum value without its label, and the service's English words never
// reach the page. (A type only: nothing of the kit is bundled.)
import type { RefusalReason } from "../../../../packages/subgraph-kit/src/errors.ts";

export const REFUSALS: Record<RefusalReason, string> & Record<string, string | undefined> = {
  OTHER_DISTRICT:
    "Das gehört zu einem anderen Kreis: Ändern können es nur dessen Jugendamt und die Landeskoordinierungsstelle.",
  READ_ONLY_ROLE: "Mit Ihrer Rolle können Sie die Daten lesen, aber nicht ändern.",
  STATE_OFFICE_ONLY: "Das ändert nur die Landeskoordinierungsstelle.",
  STALE_VERSION: "Jemand anderes hat diesen Datensatz inzwischen geändert. Bitte laden Sie die Seite neu.",
  PERSONAL_DATA:
    "Namen, E-Mail-Adressen und Telefonnummern sehen nur die Landeskoordinierungsstelle und das zuständige Jugendamt.",
  CONTACT_ERASED:
    "Die personenbezogenen Daten dieser Ansprechperson wurden auf Antrag gelöscht; sie lässt sich nicht mehr ändern. Legen Sie bei Bedarf eine neue Ansprechperson an.",
  REGION_DISSOLVED:
    "Diese Region ist aufgelöst: Ihr lässt sich nichts Neues mehr zuordnen. Bitte wählen Sie ihre Nachfolgerin.",
  REGION_KEY_TAKEN: "Diesen Schlüssel hat schon eine Region.",
  NETWORK_ENDED: "Das Netzwerk ist bereits beendet: Es nimmt keine neuen Einträge mehr an.",
  UMBRELLA_CYCLE: "Ein Netzwerk kann nicht sein eigenes Dachnetzwerk sein, auch nicht über andere.",
  ALREADY_MEMBER: "Die Organisation ist bereits Mitglied dieses Netzwerks.",
  MEMBERSHIP_ENDED: "Diese Mitgliedschaft ist bereits beendet.",
  NO_CONTINGENT: "Für dieses Jahr hat das Jugendamt noch kein Beratungskontingent.",
  NO_POOL: "Für dieses Jahr gibt es noch keinen Kooperationspool.",
  NOT_ENOUGH_DAYS: "Dafür sind nicht mehr genug Tage frei.",
  BELOW_BOOKED: "Es sind schon mehr Tage gebucht, als das Kontingent danach hätte.",
  CONTINGENT_OF_OTHER_OFFICE: "Das Kontingent dieses Kreises für das Jahr führt schon ein anderes Jugendamt.",
  EXPERT_INACTIVE: "Bitte wählen Sie nur Fachkräfte, die noch zur Verfügung stehen.",
  CONSULTATION_STATUS: "Die Beratung ist inzwischen in einem anderen Stand. Bitte laden Sie die Seite neu.",
  HISTORY_RESTRICTED: "Den Änderungsverlauf sehen die Landeskoordinierungsstelle und das zuständige Jugendamt.",
  UNKNOWN_DISTRICT:
    "Ihr Zugang gehört zu einem Kreis, den es heute nicht mehr gibt: Damit lässt sich nichts ändern. Bitte wenden Sie sich an die Landeskoordinierungsstelle.",
  BEFORE_PLANNED_DATE:
    "Die Beratung ist erst für einen späteren Tag geplant: Ihre Durchführung lässt sich ab diesem Tag erfassen.",
  CASE_DETAILS: "Bitte keine Falldetails: keine Daten, Aktenzeichen oder Angaben zu einem Kind oder einer Familie.",
};

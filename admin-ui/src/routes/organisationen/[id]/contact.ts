import { EMAIL } from "../form";

export interface ContactValues {
  function: string;
  name: string;
  email: string;
  phone: string;
}

export const CONTACT_LABELS: Record<keyof ContactValues, string> = {
  function: "Funktion",
  name: "Name",
  email: "E-Mail-Adresse",
  phone: "Telefon",
};

// The contacts subgraph's rules, in German.
export function validateContact(v: ContactValues): Partial<Record<keyof ContactValues, string>> {
  const errors: Partial<Record<keyof ContactValues, string>> = {};
  const fn = v.function.trim();
  if (fn.length < 2)
    errors.function = "Bitte geben Sie die Funktion ein (mindestens 2 Zeichen), z. B. Netzwerkkoordination.";
  else if (fn.length > 200) errors.function = "Höchstens 200 Zeichen.";
  if (v.name.trim().length > 200) errors.name = "Höchstens 200 Zeichen.";
  const email = v.email.trim();
  if (email && !EMAIL.test(email))
    errors.email = "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.";
  const phone = v.phone.trim();
  if (phone && !/^\+?[0-9 ()/-]{3,50}$/.test(phone))
    errors.phone = "Nur Ziffern, Leerzeichen und + ( ) / - (3 bis 50 Zeichen).";
  return errors;
}

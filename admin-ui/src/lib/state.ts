/**
 * The state whose project office this interface serves: Mecklenburg-Vorpommern (13), the state of the demo data.
 * One graph can hold every state; the interface shows one: its overview, its contingents, its youth offices.
 */
export const STATE_KEY = "13";

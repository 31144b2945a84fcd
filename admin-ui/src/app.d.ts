declare global {
  namespace App {
    /** Carried by a navigation back to a page: what was just done there, for the page to say (and announce). */
    interface PageState {
      done?: string;
    }
  }
}

export {};

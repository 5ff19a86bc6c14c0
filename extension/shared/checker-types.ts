// TypeScript mirror of the checker's request and report (checker/src/request.rs, checker/src/report.rs).

export type LangChoice = "auto" | "fr" | "en";
export type Strictness = "lenient" | "standard" | "strict";
export type Locale = "fr" | "en";
export type Severity = "error" | "warning" | "info";

export type Profession =
  | "medecin"
  | "dentiste"
  | "sage_femme"
  | "kinesitherapeute"
  | "infirmier"
  | "orthophoniste"
  | "orthoptiste"
  | "psychologue"
  | "osteopathe"
  | "other";

/** The practitioner's settings that change what is allowed in a reply. */
export interface Practice {
  profession?: Profession;
  name?: string;
  city?: string;
  specialty?: string;
  signature?: string;
  sensitive_terms?: string[];
  allowed_terms?: string[];
}

/** A reply to check, with the review it replies to and the practitioner's settings. */
export interface CheckRequest {
  reply: string;
  review?: string | null;
  reviewer?: string | null;
  lang?: LangChoice;
  strictness?: Strictness;
  locale?: Locale;
  practice?: Practice;
}

/** One breach or risk in the reply. Offsets are UTF-16 code units, end exclusive. */
export interface Finding {
  start: number;
  end: number;
  byte_start: number;
  byte_end: number;
  text: string;
  category: string;
  rule: string;
  severity: Severity;
  message: string;
  explanation: string;
  legal: string;
  fix?: string | null;
}

/** The result of checking one reply. */
export interface Report {
  lang: "fr" | "en";
  strictness: Strictness;
  truncated: boolean;
  findings: Finding[];
}

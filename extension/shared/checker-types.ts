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

/** Register of a rewritten or suggested reply. */
export type Tone = "warm" | "professional" | "neutral";

/** Kind of review a reply answers, as the checker's suggest() detects or receives it. */
export type Situation =
  | "positive"
  | "negative"
  | "mixed"
  | "neutral"
  | "care_mentioned"
  | "relative_mentioned"
  | "not_a_patient"
  | "aggressive";

/** A passage rewrite() took out of the reply, with the reason in the request's locale. */
export interface RemovedPassage {
  text: string;
  category: string;
  message: string;
}

/**
 * A compliant reply built from the draft: no error or warning finding at strict strictness, the reviewer's
 * public name kept, at most 4096 UTF-8 bytes. `composed` is true when too little of the draft remained and
 * the reply comes from the phrasebook.
 */
export interface Rewrite {
  text: string;
  lang: "fr" | "en";
  composed: boolean;
  removed: RemovedPassage[];
}

/** One ready reply for a situation and a tone, with the practice details filled in. */
export interface Suggestion {
  situation: Situation;
  tone: Tone;
  text: string;
}

/** The result of suggest(): the situation used, every situation detected (most specific first), the replies. */
export interface Suggestions {
  lang: "fr" | "en";
  situation: Situation;
  situations: Situation[];
  suggestions: Suggestion[];
}

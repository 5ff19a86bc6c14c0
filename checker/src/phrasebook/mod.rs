//! Ready replies for the situation of a review, in three tones, from `data/<lang>/phrasebook/`.
//!
//! A suggestion is a greeting, a body and a closing, each a template filled with the reviewer's public
//! name and the practice's details, then followed by the signature (or the practice's name and city).
//! Every template is written to pass `check` at strict strictness, and `tests/phrasebook.rs` checks each one.

pub mod data;
pub mod situation;
pub mod template;
pub mod typography;

use serde::{Deserialize, Serialize};

use crate::request::{Lang, Request};
use template::Fill;
use typography::Typography;

/// The tone of a reply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tone {
    /// Cordial (« chaleureux »).
    #[default]
    Warm,
    /// Courteous and formal (« professionnel »).
    Professional,
    /// Short and factual (« neutre »).
    Neutral,
}

impl Tone {
    pub const ALL: [Tone; 3] = [Tone::Warm, Tone::Professional, Tone::Neutral];

    /// Stable id: `warm`, `professional` or `neutral`.
    pub fn id(self) -> &'static str {
        match self {
            Tone::Warm => "warm",
            Tone::Professional => "professional",
            Tone::Neutral => "neutral",
        }
    }

    /// Parses an id, or its French label (`chaleureux`, `professionnel`, `neutre`).
    pub fn from_id(id: &str) -> Option<Tone> {
        match id {
            "warm" | "chaleureux" => Some(Tone::Warm),
            "professional" | "professionnel" => Some(Tone::Professional),
            "neutral" | "neutre" => Some(Tone::Neutral),
            _ => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Kind of review being replied to, which selects the phrasings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    Positive,
    Negative,
    Mixed,
    /// A review with neither praise nor complaint, or a rating without text.
    Neutral,
    /// The review speaks of care, a treatment or a condition.
    CareMentioned,
    /// The review speaks of a relative (a child, a parent, a spouse).
    RelativeMentioned,
    /// The author likely never came: a fake review, the wrong practice, no appointment obtained.
    NotAPatient,
    /// Insults or threats.
    Aggressive,
}

impl Situation {
    pub const ALL: [Situation; 8] = [
        Situation::Positive,
        Situation::Negative,
        Situation::Mixed,
        Situation::Neutral,
        Situation::CareMentioned,
        Situation::RelativeMentioned,
        Situation::NotAPatient,
        Situation::Aggressive,
    ];

    /// True for the reviews that voice a complaint: negative, mixed, aggressive, or from someone who is
    /// likely not a patient.
    pub fn is_complaint(self) -> bool {
        matches!(self, Situation::Negative | Situation::Mixed | Situation::Aggressive | Situation::NotAPatient)
    }

    /// Stable id, also the name of the data file: `care_mentioned`.
    pub fn id(self) -> &'static str {
        match self {
            Situation::Positive => "positive",
            Situation::Negative => "negative",
            Situation::Mixed => "mixed",
            Situation::Neutral => "neutral",
            Situation::CareMentioned => "care_mentioned",
            Situation::RelativeMentioned => "relative_mentioned",
            Situation::NotAPatient => "not_a_patient",
            Situation::Aggressive => "aggressive",
        }
    }

    /// Parses an id.
    pub fn from_id(id: &str) -> Option<Situation> {
        Situation::ALL.into_iter().find(|situation| situation.id() == id)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One ready reply.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub situation: Situation,
    pub tone: Tone,
    pub text: String,
}

/// The suggestions for a review.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Suggestions {
    /// Language of the suggestions.
    pub lang: Lang,
    /// Situation the suggestions reply to.
    pub situation: Situation,
    /// Every situation detected in the review, most specific first.
    pub situations: Vec<Situation>,
    /// Every variant of every tone for `situation`, tone by tone.
    pub suggestions: Vec<Suggestion>,
}

/// Returns ready replies for the request's review, in every tone.
///
/// The language is the request's when set; otherwise the draft's, or the review's when the draft is empty.
/// `situation` replaces the detected situation when given.
pub fn suggest(request: &Request, situation: Option<Situation>) -> Suggestions {
    let lang = crate::check::reply_language(request);
    let situations = situation::detect(request.review.as_deref(), lang);
    let chosen = situation.unwrap_or(situations[0]);
    let typography = if request.reply.trim().is_empty() {
        Typography::default_for(lang)
    } else {
        Typography::of_draft(&request.reply, lang)
    };

    let mut suggestions = Vec::new();
    for tone in Tone::ALL {
        for variant in 0..data::phrasebook(lang).bodies(chosen, tone).len() {
            let parts = Composition::new(request, lang, chosen, tone, variant);
            suggestions.push(Suggestion { situation: chosen, tone, text: parts.render_safe(request, &typography) });
        }
    }
    Suggestions { lang, situation: chosen, situations, suggestions }
}

/// A reply composed from the phrasebook: greeting, body and closing templates, and the signature.
pub(crate) struct Composition<'a> {
    lang: Lang,
    greeting_template: &'a str,
    body_template: &'a str,
    closing_template: &'a str,
    fill: Fill<'a>,
    /// The settings' signature, or the practice's name and city.
    signature: String,
}

impl<'a> Composition<'a> {
    /// Picks the templates of `variant` (wrapping around shorter lists) for a situation and tone.
    pub fn new(request: &'a Request, lang: Lang, situation: Situation, tone: Tone, variant: usize) -> Composition<'a> {
        let book = data::phrasebook(lang);
        let pick = |templates: &'a [String]| -> &'a str {
            if templates.is_empty() {
                ""
            } else {
                templates[variant % templates.len()].as_str()
            }
        };
        let practice = &request.practice;
        let signature = if !practice.signature.trim().is_empty() {
            practice.signature.trim().to_string()
        } else {
            [practice.name.trim(), practice.city.trim()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        };
        // A complaint is not greeted with « Bonjour Nadia ! » nor closed with « Chaleureusement »: in the
        // warm tone its greeting is the professional one and its closing the neutral one (« Bien à
        // vous »), which is courteous without the stiffness of « Veuillez agréer … ».
        let complaint_in_warm_tone = situation.is_complaint() && tone == Tone::Warm;
        let greeting_tone = if complaint_in_warm_tone { Tone::Professional } else { tone };
        let closing_tone = if complaint_in_warm_tone { Tone::Neutral } else { tone };
        Composition {
            lang,
            greeting_template: pick(&book.greetings[greeting_tone.index()]),
            body_template: pick(book.bodies(situation, tone)),
            closing_template: pick(&book.closings[closing_tone.index()]),
            fill: Fill {
                reviewer: greeting_name(request.reviewer.as_deref().unwrap_or("")),
                practice: &practice.name,
                city: &practice.city,
                specialty: &practice.specialty,
            },
            signature,
        }
    }

    /// Renders the greeting.
    pub fn greeting(&self, fill: &Fill<'_>, typography: &Typography) -> String {
        typography.apply(&template::render(self.greeting_template, fill), self.lang)
    }

    /// Renders the body.
    pub fn body(&self, fill: &Fill<'_>, typography: &Typography) -> String {
        typography.apply(&template::render(self.body_template, fill), self.lang)
    }

    /// Renders the closing line and the signature under it.
    pub fn closing(&self, fill: &Fill<'_>, typography: &Typography, with_signature: bool) -> String {
        let closing = typography.apply(&template::render(self.closing_template, fill), self.lang);
        if with_signature && !self.signature.is_empty() {
            format!("{closing}\n{}", self.signature)
        } else {
            // « Bien cordialement, » announces a signature; without one the comma goes.
            closing.trim_end_matches([',', ' ']).to_string()
        }
    }

    /// Returns the body template, unfilled.
    pub fn body_template(&self) -> &str {
        self.body_template
    }

    /// Returns the first word of the body template, lower-cased.
    pub fn body_first_word(&self) -> String {
        self.body_template.split_whitespace().next().unwrap_or("").to_lowercase()
    }

    /// Returns the placeholder values from the request.
    pub fn fill(&self) -> Fill<'a> {
        self.fill
    }

    /// Renders the whole reply with the fullest fill that passes a strict check: all details, then only
    /// the reviewer's name, then no detail. A detail can fail where the practice's specialty is a health
    /// word, or where the reviewer's display name is not a plain name.
    pub fn render_safe(&self, request: &Request, typography: &Typography) -> String {
        let full = self.fill;
        let fills = [full, full.reviewer_only(), Fill::default()];
        let mut text = String::new();
        for (attempt, fill) in fills.iter().enumerate() {
            let with_signature = attempt < 2;
            text = [
                self.greeting(fill, typography),
                self.body(fill, typography),
                self.closing(fill, typography, with_signature),
            ]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
            if crate::rewrite::passes_strict(request, &text, self.lang) {
                break;
            }
        }
        text
    }
}

/// Returns the part of a display name to greet: the given name of "Anne B." or « Anne B », the whole
/// name otherwise ("jb75", "Mr Tan").
fn greeting_name(display: &str) -> &str {
    let parts: Vec<&str> = display.split_whitespace().collect();
    let is_initial = |part: &str| {
        let letters = part.trim_end_matches('.');
        letters.chars().count() == 1 && letters.chars().all(char::is_uppercase)
    };
    match parts.as_slice() {
        [given, initial] if is_initial(initial) && given.chars().count() > 1 => given,
        _ => display.trim(),
    }
}

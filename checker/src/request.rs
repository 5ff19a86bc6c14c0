//! The checker's input: the reply, its context and the practitioner's settings.

use serde::{Deserialize, Serialize};

/// A reply to check, with the review it answers and the practitioner's settings.
///
/// Every field but `reply` has a default, so `{"reply": "…"}` is a valid request from JavaScript.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Request {
    /// The practitioner's draft reply.
    pub reply: String,
    /// The patient's review being answered, when known.
    pub review: Option<String>,
    /// The reviewer's public display name, as the site shows it (« Sophie M. »).
    pub reviewer: Option<String>,
    /// Language of the reply.
    pub lang: LangChoice,
    /// Level of caution of the checker.
    pub strictness: Strictness,
    /// Language of the messages in the report.
    pub locale: Locale,
    /// The practitioner's own details and word lists.
    pub practice: Practice,
}

/// The practitioner's settings that change what is allowed in a reply.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Practice {
    /// Profession, which selects the article of the code of ethics that messages cite.
    pub profession: Profession,
    /// Name of the practice (« Cabinet dentaire du Parc »): its words are never findings.
    pub name: String,
    /// City of the practice.
    pub city: String,
    /// Specialty in general terms (« kinésithérapie du sport »).
    pub specialty: String,
    /// Signature appended to replies: its words are never findings.
    pub signature: String,
    /// Extra terms to flag as health information, one a line or one an element.
    pub sensitive_terms: Vec<String>,
    /// Terms never to flag.
    pub allowed_terms: Vec<String>,
}

/// Language of a reply: detected, or set by the caller.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LangChoice {
    #[default]
    Auto,
    Fr,
    En,
}

/// A language the checker has data for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

/// Language of the messages shown to the user.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    Fr,
    En,
}

/// Level of caution of the checker.
///
/// `Lenient` keeps only explicit breaches, `Standard` flags everything that ties health information or
/// care to the reviewer, and `Strict` adds what a cautious professional order would flag, such as
/// « merci de votre confiance » or any health word outside the signature.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Strictness {
    Lenient,
    #[default]
    Standard,
    Strict,
}

/// The practitioner's profession, for the legal reference in messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Profession {
    #[default]
    Medecin,
    Dentiste,
    SageFemme,
    Kinesitherapeute,
    Infirmier,
    Orthophoniste,
    Orthoptiste,
    Psychologue,
    Osteopathe,
    Other,
}

impl Profession {
    /// Parses a profession from an id (`dentiste`) or a label in French or English (« chirurgien-dentiste »,
    /// « psychiatre », "physiotherapist"). Medical specialties map to `Medecin`; unknown labels to `Other`.
    pub fn from_label(label: &str) -> Profession {
        let folded = crate::lexicon::fold(label);
        let has = |needles: &[&str]| needles.iter().any(|needle| folded.contains(needle));
        if has(&["dentist", "dentair", "dental", "orthodont", "stomatolog", "implantolog", "parodont", "endodont"]) {
            Profession::Dentiste
        } else if has(&["sage-femme", "sage_femme", "sage femme", "sages-femmes", "midwife", "midwives", "maieuti"]) {
            Profession::SageFemme
        } else if has(&["kine", "physio", "physical therap"]) {
            Profession::Kinesitherapeute
        } else if has(&["infirm", "nurse", "nursing"]) {
            Profession::Infirmier
        } else if has(&["orthophon", "speech"]) {
            Profession::Orthophoniste
        } else if has(&["orthopt"]) {
            Profession::Orthoptiste
        } else if has(&["psychologue", "psychologist", "psycholog", "psychotherap", "therapist"]) {
            Profession::Psychologue
        } else if has(&["osteo"]) {
            Profession::Osteopathe
        } else if has(&[
            "medecin",
            "doctor",
            "physician",
            "docteur",
            "generaliste",
            "general practi",
            "medecine",
            "psychiatr",
            "dermato",
            "pediatr",
            "gyneco",
            "ophtalmo",
            "ophthalmo",
            "chirurgien",
            "surgeon",
            "cardio",
            "radiolog",
            "anesthes",
            "endocrin",
            "gastro",
            "neurolog",
            "rhumato",
            "urolog",
            "pneumo",
            "oncolog",
            "orl",
            "allergolog",
            "gp",
            "obstetric",
        ]) {
            Profession::Medecin
        } else {
            Profession::Other
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Profession;

    #[test]
    fn labels_name_their_profession() {
        let cases = [
            ("chirurgien-dentiste", Profession::Dentiste),
            ("chirurgie dentaire", Profession::Dentiste),
            ("implantologie", Profession::Dentiste),
            ("dental hygiene", Profession::Dentiste),
            ("maïeutique", Profession::SageFemme),
            ("midwives", Profession::SageFemme),
            ("neuropsychologie", Profession::Psychologue),
            ("nursing", Profession::Infirmier),
            ("médecine générale", Profession::Medecin),
            ("general practitioner", Profession::Medecin),
            ("psychiatrie", Profession::Medecin),
            ("pharmacien", Profession::Other),
            ("", Profession::Other),
        ];
        for (label, profession) in cases {
            assert_eq!(Profession::from_label(label), profession, "{label:?}");
        }
    }
}

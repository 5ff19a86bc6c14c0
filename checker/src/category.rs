//! The sixteen stable categories of breach.

use serde::{Deserialize, Serialize};

/// The kind of information a finding discloses. The ids are stable because findings, the corpus and
/// the extension use them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Treatment,
    Diagnosis,
    SymptomOrBodyPart,
    Medication,
    TestOrResult,
    VisitConfirmation,
    DateOrTime,
    EchoOfReview,
    ImplicitOutcome,
    DisputeOfFacts,
    Relative,
    Identifier,
    Billing,
    LegalThreatRevealingCare,
    DerogatoryRemark,
    Advertising,
}

impl Category {
    /// Every category, in the order of the documentation.
    pub const ALL: [Category; 16] = [
        Category::Treatment,
        Category::Diagnosis,
        Category::SymptomOrBodyPart,
        Category::Medication,
        Category::TestOrResult,
        Category::VisitConfirmation,
        Category::DateOrTime,
        Category::EchoOfReview,
        Category::ImplicitOutcome,
        Category::DisputeOfFacts,
        Category::Relative,
        Category::Identifier,
        Category::Billing,
        Category::LegalThreatRevealingCare,
        Category::DerogatoryRemark,
        Category::Advertising,
    ];

    /// Returns the stable id, such as `visit_confirmation`.
    pub fn id(self) -> &'static str {
        match self {
            Category::Treatment => "treatment",
            Category::Diagnosis => "diagnosis",
            Category::SymptomOrBodyPart => "symptom_or_body_part",
            Category::Medication => "medication",
            Category::TestOrResult => "test_or_result",
            Category::VisitConfirmation => "visit_confirmation",
            Category::DateOrTime => "date_or_time",
            Category::EchoOfReview => "echo_of_review",
            Category::ImplicitOutcome => "implicit_outcome",
            Category::DisputeOfFacts => "dispute_of_facts",
            Category::Relative => "relative",
            Category::Identifier => "identifier",
            Category::Billing => "billing",
            Category::LegalThreatRevealingCare => "legal_threat_revealing_care",
            Category::DerogatoryRemark => "derogatory_remark",
            Category::Advertising => "advertising",
        }
    }

    /// Parses a stable id.
    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|category| category.id() == id)
    }

    /// True for the categories whose vocabulary is health information (the lexicon's term files).
    pub fn is_health(self) -> bool {
        matches!(
            self,
            Category::Treatment
                | Category::Diagnosis
                | Category::SymptomOrBodyPart
                | Category::Medication
                | Category::TestOrResult
        )
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.id())
    }
}

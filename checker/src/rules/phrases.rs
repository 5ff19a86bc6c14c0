//! Phrasings that breach by themselves, read from `data/<lang>/phrases/<category>.tsv`: visits
//! confirmed, outcomes wished, facts disputed, legal threats, remarks, advertising…

use super::{Candidate, Company, Fix};
use crate::category::Category;
use crate::context::Context;
use crate::lexicon::Phrase;
use crate::report::Severity;

/// Finds the phrases of the reply's language.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    find_where(context, candidates, |_| true, |_| true);
}

/// Finds again, in sentences that held a general marker but also an explicit breach, the phrases that
/// general sentences skip.
pub fn find_in_reopened(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    let reopened: Vec<bool> = context
        .sentences
        .iter()
        .enumerate()
        .map(|(index, _)| context.had_general_marker(index) && !context.general[index])
        .collect();
    // Advertising errors were found in the first pass, general sentence or not.
    let skipped = |phrase: &Phrase| {
        about_the_practice(phrase.category)
            || (phrase.category == Category::Advertising && phrase.severity < Severity::Error)
    };
    find_where(context, candidates, |sentence| reopened[sentence], skipped);
}

/// True when the match ending before token `end` ends on care in the plural: a treatment or test term
/// after « les », « des » or « aux ». The clause must neither speak to the reader nor tell a past event.
/// « pour rappel, les actes d'orthophonie sont remboursés sur prescription » states how acts are paid
/// for anyone.
fn ends_on_care_in_general(context: &Context<'_>, end: usize) -> bool {
    let last = end - 1;
    let (clause_first, clause_end) = context.clause_around(last);
    // The plural article decides: « lors du rendez-vous » is one visit, and « ne se souvient jamais »
    // ends in s without being a plural noun.
    let names_care = context.terms.iter().any(|hit| {
        hit.start == context.tokens[last].start
            && matches!(context.data.terms.term(hit.term).category, Category::Treatment | Category::TestOrResult)
    });
    names_care
        && last > clause_first
        && matches!(context.tokens[last - 1].word, "les" | "des" | "aux")
        && !context.clause_speaks_to_reader(last)
        && !context.has_past_event_between(clause_first, clause_end)
}

/// True when the match from token `first` to `end` counts every visit, or its clause every patient: « à
/// chaque séance », "receipts are issued at every session", « une attestation de soins est remise à
/// chaque patient ». The clause must neither speak to the reader nor describe a past event, so "you
/// seemed agitated in every session" stays a breach.
fn names_visits_in_general(context: &Context<'_>, first: usize, end: usize) -> bool {
    let (clause_first, clause_end) = context.clause_around(first);
    let counts_every_visit = context.tokens[first.min(clause_first)..end.max(clause_end)]
        .iter()
        .any(|token| matches!(token.word, "every" | "each" | "chaque"));
    counts_every_visit
        && !context.clause_speaks_to_reader(first)
        && !context.has_past_event_between(clause_first, clause_end)
}

/// True when the match from token `first` to `end` names the practice's own appointments in the plural
/// (« nos consultations », "our appointments"), as in "partners are welcome at our appointments", or its
/// online diary (« notre agenda en ligne »). The clause must not speak to the reader, and the sentence
/// must state no past event. Such a clause describes how the practice works.
fn names_practice_routine(context: &Context<'_>, first: usize, end: usize) -> bool {
    // « pendant nos séances », "at our appointments", not "I stopped our sessions", which describes
    // what the practice did.
    let after_preposition = |index: usize| {
        index == first
            || matches!(
                context.tokens[index - 1].word,
                "in" | "during" | "at" | "to" | "for" | "a" | "pendant" | "lors" | "de" | "durant" | "pour"
            )
    };
    let plural_after_ours = (first..end.saturating_sub(1)).any(|index| {
        matches!(context.tokens[index].word, "nos" | "our")
            && after_preposition(index)
            && matches!(
                context.tokens[index + 1].word,
                "appointments"
                    | "sessions"
                    | "visits"
                    | "consultations"
                    | "classes"
                    | "meetings"
                    | "seances"
                    | "rendez-vous"
                    | "rdv"
                    | "echanges"
                    | "ateliers"
                    | "cours"
            )
    });
    // « des plages sont libérées chaque lundi sur notre agenda en ligne »: the practice's own diary.
    let own_diary = (first..end.saturating_sub(1)).any(|index| {
        matches!(context.tokens[index].word, "notre" | "our")
            && matches!(context.tokens[index + 1].word, "agenda" | "planning" | "calendar" | "schedule")
            && context.tokens.get(index + 2).is_some_and(|next| matches!(next.word, "en" | "online"))
    });
    if !plural_after_ours && !own_diary {
        return false;
    }
    !context.clause_speaks_to_reader(first) && !context.describes_past_event(context.tokens[first].sentence)
}

/// True when the words from token `next` on, in the same clause, are « chaque », « toute », "every" or
/// "any", or « de toute », "of all".
fn opens_onto_everyone(context: &Context<'_>, next: usize) -> bool {
    let joined = next > 0
        && context
            .tokens
            .get(next)
            .is_some_and(|token| context.folded.text[context.tokens[next - 1].end..token.start].trim().is_empty());
    if !joined {
        return false;
    }
    let word = |index: usize| context.tokens.get(index).map_or("", |token| token.word);
    // « tout » alone may be a pronoun (« suite à notre appel tout est en ordre »). « toute » before a
    // bare noun is any (« revoir toute question de facturation »), before an article the whole of one
    // thing (« soigner toute la famille Girard »).
    let whole_of_one = word(next) == "toute"
        && matches!(word(next + 1), "la" | "le" | "les" | "ma" | "ta" | "sa" | "votre" | "notre" | "cette" | "leur");
    let everyone = |word: &str| matches!(word, "chaque" | "toute" | "any" | "every" | "each");
    if whole_of_one {
        return false;
    }
    let of_everyone = |word: &str| everyone(word) || matches!(word, "tout" | "toute" | "tous" | "toutes" | "all");
    everyone(word(next)) || (matches!(word(next), "de" | "d" | "of") && of_everyone(word(next + 1)))
}

/// True for categories whose phrases describe the practice in a general statement. Advertising is not
/// one of them, because « nous proposons le blanchiment à prix cassé » promotes the practice.
fn about_the_practice(category: Category) -> bool {
    matches!(category, Category::Billing | Category::Relative | Category::ImplicitOutcome) || category.is_health()
}

fn find_where(
    context: &Context<'_>,
    candidates: &mut Vec<Candidate>,
    sentence_filter: impl Fn(usize) -> bool,
    phrase_filter: impl Fn(&Phrase) -> bool,
) {
    for (index, sentence) in context.sentences.iter().enumerate() {
        if !sentence_filter(index) {
            continue;
        }
        context.data.phrases.for_each_match(
            &context.tokens,
            &context.word_ids,
            sentence.first_token,
            sentence.end_token,
            |first, end_token, phrase| {
                let start = context.tokens[first].start;
                let end = context.tokens[end_token - 1].end;
                if context.is_masked(start, end) || !phrase_filter(phrase) {
                    return;
                }
                // In a general statement (« nous suivons les recommandations pour tous nos patients »),
                // words about care, money or family describe the practice, not the reader. Confirming a
                // visit, disputing facts or advertising outright (an error, not a warning such as « au lieu
                // de ») stays a breach whatever else the sentence contains.
                let general = context.general[context.tokens[first].sentence];
                if general && (about_the_practice(phrase.category) || phrase.severity < Severity::Error) {
                    return;
                }
                // "If you are unwell and can't wait", "if you think a fee was charged in error": a remark,
                // a charge or a dispute in a condition states no fact about the reader. An outcome may
                // ("if it flares up again").
                let states_facts = matches!(
                    phrase.category,
                    Category::DerogatoryRemark | Category::Billing | Category::DisputeOfFacts
                );
                if states_facts && context.in_condition(first) {
                    return;
                }
                if phrase.category == Category::Billing && super::terms::asks_to_bring(context, first) {
                    return;
                }
                // « toute personne peut obtenir la copie de son dossier médical »: in a general statement,
                // a third-person possessive points at its general subject, not at the reader.
                let owned_by_anyone = general
                    && first > 0
                    && matches!(context.tokens[first - 1].word, "son" | "sa" | "ses" | "leur" | "leurs" | "their")
                    && !context.clause_speaks_to_reader(first);
                if phrase.category == Category::VisitConfirmation
                    && (names_practice_routine(context, first, end_token)
                        || context.is_unconfirmed(first)
                        || owned_by_anyone)
                {
                    return;
                }
                // « comme indiqué lors de toute prise de rendez-vous », "as explained at every visit": what
                // the practice does for everyone.
                let about_visits = matches!(phrase.category, Category::VisitConfirmation | Category::DisputeOfFacts);
                if about_visits
                    && (opens_onto_everyone(context, end_token)
                        || ends_on_care_in_general(context, end_token)
                        || names_visits_in_general(context, first, end_token))
                {
                    return;
                }
                let mut candidate = Candidate::new(
                    start,
                    end,
                    phrase.category,
                    rule_id(phrase.category),
                    phrase.severity,
                    fix_for(phrase.category),
                );
                candidate.strictness = phrase.strictness;
                if phrase.needs_finding {
                    candidate.company = Company::AnyFinding;
                }
                candidates.push(candidate);
            },
        );
    }
}

/// Outcomes and wishes can simply go; other phrases carry the sentence and need rewording.
fn fix_for(category: Category) -> Fix {
    match category {
        Category::ImplicitOutcome | Category::Advertising | Category::DerogatoryRemark => Fix::Delete,
        _ => Fix::None,
    }
}

fn rule_id(category: Category) -> &'static str {
    match category {
        Category::VisitConfirmation => "visit_confirmation/phrase",
        Category::ImplicitOutcome => "implicit_outcome/phrase",
        Category::DisputeOfFacts => "dispute_of_facts/phrase",
        Category::LegalThreatRevealingCare => "legal_threat_revealing_care/phrase",
        Category::DerogatoryRemark => "derogatory_remark/phrase",
        Category::Advertising => "advertising/phrase",
        Category::Relative => "relative/phrase",
        Category::Billing => "billing/phrase",
        Category::DateOrTime => "date_or_time/phrase",
        Category::Identifier => "identifier/phrase",
        Category::Treatment => "treatment/phrase",
        Category::Diagnosis => "diagnosis/phrase",
        Category::SymptomOrBodyPart => "symptom_or_body_part/phrase",
        Category::Medication => "medication/phrase",
        Category::TestOrResult => "test_or_result/phrase",
        Category::EchoOfReview => "echo_of_review/phrase",
    }
}

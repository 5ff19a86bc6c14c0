//! Clauses that disclose the reader's care in words that no phrase lists.
//!
//! Phrases catch the usual ways of confirming a visit or an outcome, but replies put the same things in
//! endless other words ("did wonders", « vous avez beaucoup avancé »). Here a linear model scores each
//! clause of the reply from what it is made of. It weighs the clause's words, word pairs and word stems,
//! the stems of a clause that speaks to the reader, the vocabulary it names and its echoes of the review.
//! The weights are data (`data/<lang>/learned.tsv`), trained on the labelled corpora by `make train`.
//!
//! The model only adds: a clause that another rule already flags keeps that rule's finding. It scores
//! only sentences that speak to the reader, since a sentence about the practice alone (« nos séances
//! durent une heure ») cannot disclose the reader's care, and never a general statement (« pour tous nos
//! patients »). Its findings are warnings, or strict-only hints when the score is lower, because a score
//! is a likelihood, not a certainty.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::{Candidate, Company, Fix};
use crate::category::Category;
use crate::context::Context;
use crate::report::Severity;
use crate::request::Strictness;

/// A clause: the words of a sentence between two commas, colons, semicolons, brackets or dashes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clause {
    pub sentence: usize,
    /// Index of its first token.
    pub first_token: usize,
    /// Index one past its last token.
    pub end_token: usize,
}

/// The weights of one language, from `data/<lang>/learned.tsv`.
#[derive(Debug, Default)]
pub struct Model {
    /// The categories a flagged clause can get, in the order of the category weights.
    pub categories: Vec<Category>,
    /// Probability from which a clause is a warning.
    pub warning: f32,
    /// Probability from which a clause is a strict-only hint.
    pub strict: f32,
    /// Probability from which the rest of a flagged clause beside another finding stays flagged, and
    /// from which a clause of a sentence that a rule finds in breach is a warning.
    pub beside: f32,
    /// Probability from which a clause of a sentence that does not speak to the reader is a warning.
    pub not_to_reader: f32,
    /// Row of each feature, by the hash of its name; row 0 is the bias.
    rows: HashMap<u64, usize, BuildHasherDefault<HashedKey>>,
    /// Per row, the weight towards "discloses the reader's care".
    care: Vec<f32>,
    /// Per row, where its category weights start in `by_category`, for common features only.
    category_start: Vec<Option<usize>>,
    by_category: Vec<f32>,
}

impl Model {
    /// Parses a weight file: `=categories` then the category ids, `=warning`, `=strict`, `=beside` and
    /// `=not_to_reader` with their probability thresholds, then one line a feature, `bias` first: the feature, its weight towards
    /// "discloses care", and for common features one weight a category.
    ///
    /// It also reads the front-coded form the build embeds: a line that starts with a digit gives the
    /// length of the prefix its name shares with the name above, then the rest of the name, then the
    /// weights in hundredths.
    pub fn parse(contents: &str) -> Result<Model, (usize, String)> {
        let mut model = Model::default();
        let mut previous = String::new();
        for (line_number, line) in crate::lexicon::data_lines(contents) {
            let mut fields = line.split('\t');
            let mut name = fields.next().unwrap_or_default().to_string();
            let values: Vec<&str> = fields.collect();
            let front_coded = name.starts_with(|c: char| c.is_ascii_digit());
            if front_coded {
                let shared = usize::from(name.as_bytes()[0] - b'0');
                if !previous.is_char_boundary(shared.min(previous.len())) || shared > previous.len() {
                    return Err((line_number, format!("shared prefix {shared} is longer than {previous:?}")));
                }
                name = format!("{}{}", &previous[..shared], &name[1..]);
            }
            let number = |value: &str| {
                let parsed = value.parse::<f32>().map_err(|_| (line_number, format!("{value:?} is not a number")))?;
                Ok::<f32, (usize, String)>(if front_coded { parsed / 100.0 } else { parsed })
            };
            match name.as_str() {
                "=categories" => {
                    for id in &values {
                        let category =
                            Category::from_id(id).ok_or_else(|| (line_number, format!("unknown category {id:?}")))?;
                        model.categories.push(category);
                    }
                }
                "=warning" => model.warning = number(values.first().copied().unwrap_or_default())?,
                "=strict" => model.strict = number(values.first().copied().unwrap_or_default())?,
                "=beside" => model.beside = number(values.first().copied().unwrap_or_default())?,
                "=not_to_reader" => model.not_to_reader = number(values.first().copied().unwrap_or_default())?,
                _ => {
                    let width = model.categories.len() + 1;
                    if model.categories.is_empty() {
                        return Err((line_number, "weights before the =categories line".into()));
                    }
                    if values.len() != 1 && values.len() != width {
                        return Err((line_number, format!("expected 1 or {width} weights, found {}", values.len())));
                    }
                    if (name == "bias") != model.care.is_empty() {
                        return Err((line_number, "the bias comes first, and once".into()));
                    }
                    let row = model.care.len();
                    model.care.push(number(values[0])?);
                    if values.len() == width {
                        model.category_start.push(Some(model.by_category.len()));
                        for value in &values[1..] {
                            model.by_category.push(number(value)?);
                        }
                    } else {
                        model.category_start.push(None);
                    }
                    if name != "bias" && model.rows.insert(feature_hash(&[&name]), row).is_some() {
                        return Err((line_number, format!("feature {name:?} given twice")));
                    }
                    previous = name;
                }
            }
        }
        if !model.care.is_empty() && model.category_start[0].is_none() {
            return Err((0, "the bias needs one weight a category".into()));
        }
        Ok(model)
    }

    /// True when the file had weights.
    pub fn is_trained(&self) -> bool {
        !self.care.is_empty()
    }

    /// Returns the row of a feature, given as the parts of its name, if the model weighs it.
    pub fn row(&self, parts: &[&str]) -> Option<usize> {
        self.rows.get(&feature_hash(parts)).copied()
    }

    /// Returns the probability that a clause with these feature rows discloses the reader's care. Sorts
    /// `rows` and counts each once.
    pub fn probability(&self, rows: &mut Vec<usize>) -> f32 {
        rows.sort_unstable();
        rows.dedup();
        let sum: f32 = self.care[0] + rows.iter().map(|&row| self.care[row]).sum::<f32>();
        1.0 / (1.0 + (-sum).exp())
    }

    /// Returns the likeliest category of a clause with these feature rows, as sorted and deduplicated
    /// by [`Model::probability`].
    pub fn category(&self, rows: &[usize]) -> Category {
        let width = self.categories.len();
        let mut sums = vec![0.0f32; width];
        for row in std::iter::once(0).chain(rows.iter().copied()) {
            if let Some(start) = self.category_start[row] {
                let weights = &self.by_category[start..start + width];
                sums.iter_mut().zip(weights).for_each(|(sum, weight)| *sum += weight);
            }
        }
        // NOTE: the category is read from the commonest words only, so a clause of rare words gets the
        // category of the bias, and a short clause (« 9 to 5 ») can get an odd one.
        (0..width)
            .max_by(|&a, &b| sums[a].total_cmp(&sums[b]))
            .map_or(Category::ImplicitOutcome, |column| self.categories[column])
    }
}

/// Returns the 64-bit FNV-1a hash of the concatenated parts: a feature is looked up without building its
/// name. Two of the model's features sharing a hash would share a weight: for fifteen thousand features
/// the chance is below one in a hundred billion.
pub fn feature_hash(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in parts.iter().flat_map(|part| part.bytes()) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// A hasher for keys that are hashes already.
#[derive(Default)]
struct HashedKey(u64);

impl Hasher for HashedKey {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 << 8) | u64::from(byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

/// Splits every sentence of the reply into clauses, without the masked words at their edges (the
/// practice name, the signature): a clause of masked words only is left out.
pub fn clauses(context: &Context<'_>) -> Vec<Clause> {
    let mut clauses = Vec::new();
    let mut push = |sentence: usize, mut first: usize, mut end: usize| {
        let masked = |token: usize| context.is_masked(context.tokens[token].start, context.tokens[token].end);
        while first < end && masked(first) {
            first += 1;
        }
        while end > first && masked(end - 1) {
            end -= 1;
        }
        if end > first {
            clauses.push(Clause { sentence, first_token: first, end_token: end });
        }
    };
    for &(first, end) in &context.clauses {
        push(context.tokens[first].sentence, first, end);
    }
    clauses
}

/// Returns the sorted hashes of the words of five letters or more of a folded text: a clause's long
/// words found among the review's repeat it.
pub fn long_word_hashes(folded: &str) -> Vec<u64> {
    let mut words: Vec<u64> = crate::text::tokenize(folded)
        .0
        .iter()
        .filter(|token| token.word.len() >= 5)
        .map(|token| feature_hash(&[token.word]))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

fn review_words<'c>(context: &'c Context<'_>) -> &'c [u64] {
    context.review.as_ref().map_or(&[], |review| review.long_words.as_slice())
}

/// Calls `visit` with each feature of a clause, what the model weighs:
/// - `w:` each word, `s:` the stem of each long word, `b:` each pair of words but two short ones;
/// - `r:` each stem again when the clause speaks to the reader, so that « vous avez avancé » and « nous
///   avons avancé » differ;
/// - `t:` the category and strength of each lexicon term;
/// - `e:` how many long words repeat the review, up to 3;
/// - `f:` facts of the clause and its sentence: it speaks to the reader, the writer speaks, the sentence
///   describes a past event, it opens or closes the reply;
/// - `n:` its length in words, counted by threes up to twelve.
///
/// `visit` gets each feature as the parts of its name (`["w:", "avance"]`). A feature may come twice;
/// the model counts it once.
pub fn for_each_feature(context: &Context<'_>, clause: Clause, review_words: &[u64], visit: &mut dyn FnMut(&[&str])) {
    let words: Vec<&str> = context.tokens[clause.first_token..clause.end_token]
        .iter()
        .filter(|token| !context.is_masked(token.start, token.end))
        .map(|token| token.word)
        .collect();
    let reader = speaks_to_reader(context, clause);
    let writer = words.iter().any(|word| context.data.first_person.contains(word));
    let mut emit = |parts: &[&str]| visit(parts);
    for word in &words {
        emit(&["w:", word]);
        if let Some(stem) = stem(word) {
            emit(&["s:", stem]);
            if reader {
                emit(&["r:", stem]);
            }
        }
    }
    for pair in words.windows(2) {
        // Pairs of short words (« de la », "in the") carry no content.
        if pair[0].len() >= 4 || pair[1].len() >= 4 {
            emit(&["b:", pair[0], " ", pair[1]]);
        }
    }
    let sentence = &context.sentences[clause.sentence];
    // Sentences without words (« !! », a trailing line break) do not count as first or last.
    let wordless = |sentence: &crate::text::tokens::Sentence| sentence.first_token == sentence.end_token;
    let flags = [
        ("f:reader", reader),
        ("f:writer", writer),
        ("f:writer_and_reader", reader && writer),
        ("f:sentence_to_reader", context.addresses_reader[clause.sentence]),
        ("f:past_event", context.describes_past_event(clause.sentence)),
        ("f:first_sentence", context.sentences[..clause.sentence].iter().all(wordless)),
        ("f:last_sentence", context.sentences[clause.sentence + 1..].iter().all(wordless)),
        ("f:whole_sentence", clause.first_token == sentence.first_token && clause.end_token == sentence.end_token),
    ];
    for (flag, holds) in flags {
        if holds {
            emit(&[flag]);
        }
    }
    const LENGTHS: [&str; 5] = ["n:0", "n:1", "n:2", "n:3", "n:4"];
    emit(&[LENGTHS[words.len().min(12) / 3]]);

    let (start, end) = span(context, clause);
    let first_hit = context.terms.partition_point(|hit| hit.start < start);
    for hit in context.terms[first_hit..].iter().take_while(|hit| hit.start < end) {
        if hit.end <= end && !context.is_masked(hit.start, hit.end) {
            let term = context.data.terms.term(hit.term);
            emit(&["t:", term.category.id(), ":", term.strength.id()]);
        }
    }
    let echoed = words
        .iter()
        .filter(|word| word.len() >= 5 && review_words.binary_search(&feature_hash(&[word])).is_ok())
        .count();
    const ECHOES: [&str; 4] = ["", "e:1", "e:2", "e:3"];
    if echoed > 0 {
        emit(&[ECHOES[echoed.min(3)]]);
    }
}

/// Returns what is left of a flagged clause beside the `found` spans of other findings. That is the whole
/// clause when none overlaps it. Otherwise it is the clause's longest run of at least three words that
/// none overlaps, kept only if the model scores that run alone at `threshold` or more, and quoted
/// without the function words at its ends.
///
/// « Votre renouvellement d'Effexor nécessitait une réévaluation complète » keeps « nécessitait une
/// réévaluation complète » beside the finding on « Effexor », and « de vous et de » between two findings
/// goes.
/// True when sentence `index` states opening hours: « je consulte le lundi, mardi et jeudi de 9 h à 19 h
/// 30 », « consultations sans rendez-vous le mardi et le jeudi ». These are no one's visit, unlike « un
/// plaisir de bosser avec toi le lundi soir » or "I'll miss our Tuesday afternoons". Without hours, the
/// sentence must name no one.
fn states_opening_hours(context: &Context<'_>, index: usize) -> bool {
    let sentence = &context.sentences[index];
    let words = &context.tokens[sentence.first_token..sentence.end_token];
    let hours = context.folded.text[sentence.start..sentence.end].contains(|c: char| c.is_ascii_digit());
    let no_one = !words.iter().any(|token| context.data.first_person.contains(token.word));
    super::dates::states_schedule(context, index)
        && (hours || no_one)
        && !context.addresses_reader[index]
        && !context.describes_past_event(index)
}

/// Returns the category to report for a finding from `start` to `end`. A passage without a health word
/// cannot name a treatment, a condition or a result (« vous écrivez », « je suis ravie » cut from « je
/// suis ravie que votre détartrage… »), so what it discloses is that the reader is a patient.
pub fn reported_category(context: &Context<'_>, category: Category, start: usize, end: usize) -> Category {
    let names_health = context
        .terms
        .iter()
        .any(|hit| start <= hit.start && hit.end <= end && context.data.terms.term(hit.term).category.is_health());
    if category.is_health() && !names_health {
        Category::VisitConfirmation
    } else {
        category
    }
}

pub fn uncovered_part(
    context: &Context<'_>,
    start: usize,
    end: usize,
    found: &[(usize, usize)],
    threshold: f32,
) -> Option<(usize, usize)> {
    let overlapping: Vec<(usize, usize)> =
        found.iter().copied().filter(|&(found_start, found_end)| found_start < end && start < found_end).collect();
    if overlapping.is_empty() {
        return Some((start, end));
    }

    let covered =
        |a: usize, b: usize| overlapping.iter().any(|&(found_start, found_end)| found_start < b && a < found_end);
    let first = context.tokens.partition_point(|token| token.start < start);
    let mut best: Option<(usize, usize)> = None;
    let mut run: Option<(usize, usize)> = None;
    for (index, token) in context.tokens.iter().enumerate().skip(first).take_while(|(_, token)| token.end <= end) {
        if covered(token.start, token.end) {
            run = None;
            continue;
        }
        let extended = run.map_or((index, index + 1), |(run_first, _)| (run_first, index + 1));
        run = Some(extended);
        let longer = match best {
            Some((best_first, best_end)) => extended.1 - extended.0 > best_end - best_first,
            None => true,
        };
        if longer {
            best = Some(extended);
        }
    }

    let (first_token, end_token) = best.filter(|&(first_token, end_token)| end_token - first_token >= 3)?;
    let clause = Clause { sentence: context.tokens[first_token].sentence, first_token, end_token };
    let model = &context.data.learned;
    let review_words = review_words(context);
    let mut rows = Vec::new();
    for_each_feature(context, clause, review_words, &mut |parts| rows.extend(model.row(parts)));
    if model.probability(&mut rows) < threshold {
        return None;
    }
    // Quoted by itself, the run must read as a passage: « les radiographies et le », cut before
    // « détartrage », is quoted as « radiographies ».
    let function_word = |index: usize| context.data.function_words.contains(context.tokens[index].word);
    let (mut first_token, mut end_token) = (first_token, end_token);
    while first_token + 1 < end_token && function_word(first_token) {
        first_token += 1;
    }
    while end_token > first_token + 1 && function_word(end_token - 1) {
        end_token -= 1;
    }
    // « de vous et de » between two findings is no passage of its own, nor is « ravie que le » before
    // « traitement »: one pronoun or everyday word left alone goes. A noun (« radiographies ») stays.
    let word = context.tokens[first_token].word;
    let empty_word = context.is_second_person(word)
        || context.data.first_person.contains(word)
        || context.data.stop_words.contains(word);
    if end_token - first_token == 1 && empty_word {
        return None;
    }
    Some(span(context, Clause { first_token, end_token, ..clause }))
}

/// True when a word of the clause addresses or names the reader.
fn speaks_to_reader(context: &Context<'_>, clause: Clause) -> bool {
    context.tokens[clause.first_token..clause.end_token].iter().any(|token| {
        !context.is_masked(token.start, token.end)
            && (context.is_second_person(token.word) || context.is_reviewer_word(token.word))
    })
}

/// Returns the first five letters of a word of six letters or more: « avancé », « avancer » and
/// « avancez » share `avanc`.
fn stem(word: &str) -> Option<&str> {
    let cut = word.char_indices().nth(5)?.0;
    Some(&word[..cut])
}

/// Returns the folded span of a clause.
pub fn span(context: &Context<'_>, clause: Clause) -> (usize, usize) {
    (context.tokens[clause.first_token].start, context.tokens[clause.end_token - 1].end)
}

/// Scores the clauses of the reply and adds those at or above the strict threshold.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    let model = &context.data.learned;
    if !model.is_trained() {
        return;
    }
    let review_words = review_words(context);
    let mut rows = Vec::new();
    // A sentence that a rule already finds in breach by itself discloses the reader's care, so its
    // other clauses need only `beside`: « Votre peau phototype IV imposait des réglages prudents, ce qui a été
    // fait ».
    let mut breaching = vec![false; context.sentences.len()];
    for candidate in candidates.iter() {
        if candidate.severity == Severity::Error && candidate.company == Company::None {
            breaching[context.sentence_at(candidate.start)] = true;
        }
    }
    // The sentence's opening hours, computed once for all its clauses.
    let mut opening_hours_of: Option<(usize, bool)> = None;
    for clause in clauses(context) {
        let opening_hours = match opening_hours_of {
            Some((sentence, found)) if sentence == clause.sentence => found,
            _ => {
                let found = states_opening_hours(context, clause.sentence);
                opening_hours_of = Some((clause.sentence, found));
                found
            }
        };
        if context.general[clause.sentence] || opening_hours {
            continue;
        }
        rows.clear();
        for_each_feature(context, clause, review_words, &mut |parts| rows.extend(model.row(parts)));
        let probability = model.probability(&mut rows);
        // A clause of a sentence that does not speak to the reader mostly describes the practice (« nos
        // séances durent une heure »). So it needs a higher score, and gives no hint below it.
        let to_reader = context.addresses_reader[clause.sentence] || speaks_to_reader(context, clause);
        // A greeting (« Merci Madame Rousseau ») or a closing wish (« prenez bien soin de vous », "take
        // care") is no part of the breach beside it.
        let words = &context.tokens[clause.first_token..clause.end_token];
        let wishes_care = words.len() <= 6
            && matches!(words[0].word, "prenez" | "prends" | "take")
            && words.iter().any(|token| matches!(token.word, "soin" | "care"));
        let greets = wishes_care
            || matches!(
                context.tokens[clause.first_token].word,
                "merci"
                    | "bonjour"
                    | "bonsoir"
                    | "cher"
                    | "chere"
                    | "madame"
                    | "monsieur"
                    | "thanks"
                    | "thank"
                    | "hi"
                    | "hello"
                    | "dear"
                    | "hey"
            );
        let (warning, strict) = if breaching[clause.sentence] && !greets {
            (model.beside, model.beside)
        } else if to_reader {
            (model.warning, model.strict)
        } else {
            (model.not_to_reader, model.not_to_reader)
        };
        if probability < strict {
            continue;
        }
        let (clause_start, clause_end) =
            (context.tokens[clause.first_token].start, context.tokens[clause.end_token - 1].end);
        let category = reported_category(context, model.category(&rows), clause_start, clause_end);
        // « je ne peux pas confirmer que vous êtes patiente »: a visit that a refusal to confirm governs.
        if category == Category::VisitConfirmation && context.is_unconfirmed(clause.end_token - 1) {
            continue;
        }
        let (start, end) = span(context, clause);
        let mut candidate = Candidate::new(start, end, category, rule_id(category), Severity::Warning, Fix::Delete);
        if probability < warning {
            candidate.severity = Severity::Info;
            candidate.strictness = Strictness::Strict;
        }
        candidate.company = Company::Alone;
        candidates.push(candidate);
    }
}

/// Returns the rule id of a clause model finding of `category`.
pub fn rule_id(category: Category) -> &'static str {
    match category {
        Category::VisitConfirmation => "visit_confirmation/learned",
        Category::ImplicitOutcome => "implicit_outcome/learned",
        Category::DisputeOfFacts => "dispute_of_facts/learned",
        Category::Treatment => "treatment/learned",
        Category::Diagnosis => "diagnosis/learned",
        Category::SymptomOrBodyPart => "symptom_or_body_part/learned",
        Category::Medication => "medication/learned",
        Category::TestOrResult => "test_or_result/learned",
        Category::DateOrTime => "date_or_time/learned",
        Category::EchoOfReview => "echo_of_review/learned",
        Category::Relative => "relative/learned",
        Category::Identifier => "identifier/learned",
        Category::Billing => "billing/learned",
        Category::LegalThreatRevealingCare => "legal_threat_revealing_care/learned",
        Category::DerogatoryRemark => "derogatory_remark/learned",
        Category::Advertising => "advertising/learned",
    }
}

/// One clause of a reply with its features and its span in the original reply: what training reads.
#[derive(Clone, Debug)]
pub struct TrainingClause {
    pub byte_start: usize,
    pub byte_end: usize,
    pub features: Vec<String>,
}

/// Returns the clauses of a request's reply with their features, for `make train`.
pub fn training_clauses(request: &crate::Request) -> Vec<TrainingClause> {
    crate::check::with_context(request, |context| {
        let review_words = review_words(context);
        let mut out = Vec::new();
        for clause in clauses(context) {
            if context.general[clause.sentence] {
                continue;
            }
            let mut features = Vec::new();
            for_each_feature(context, clause, review_words, &mut |parts| features.push(parts.concat()));
            features.sort_unstable();
            features.dedup();
            let (start, end) = span(context, clause);
            let (byte_start, byte_end) = context.folded.to_original(start, end);
            out.push(TrainingClause { byte_start, byte_end, features });
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODEL: &str = "=categories\timplicit_outcome\tvisit_confirmation\n=warning\t0.9\n=strict\t0.6\n\
                         bias\t-2\t0\t0\nw:avance\t3\t1\t-1\nw:vous\t1\n";

    #[test]
    fn parse_reads_rows_with_and_without_category_weights() {
        let model = Model::parse(MODEL).unwrap();
        assert_eq!(model.categories, [Category::ImplicitOutcome, Category::VisitConfirmation]);
        assert_eq!((model.warning, model.strict), (0.9, 0.6));
        let mut rows = vec![model.row(&["w:avance"]).unwrap(), model.row(&["w:", "vous"]).unwrap()];
        let probability = model.probability(&mut rows);
        let category = model.category(&rows);
        assert!((probability - 1.0 / (1.0 + (-2.0f32).exp())).abs() < 1e-6, "{probability}");
        assert_eq!(category, Category::ImplicitOutcome);
        assert_eq!(model.row(&["w:absent"]), None);
    }

    #[test]
    fn front_coded_file_reads_like_text() {
        let text = Model::parse(MODEL).unwrap();
        let coded = Model::parse(
            "=categories\timplicit_outcome\tvisit_confirmation\n=warning\t0.9\n=strict\t0.6\n\
             0bias\t-200\t0\t0\n0w:avance\t300\t100\t-100\n2vous\t100\n",
        )
        .unwrap();
        for parts in [&["w:avance"][..], &["w:vous"][..]] {
            let (text_row, coded_row) = (text.row(parts).unwrap(), coded.row(parts).unwrap());
            assert_eq!(text.probability(&mut vec![text_row]), coded.probability(&mut vec![coded_row]), "{parts:?}");
            assert_eq!(text.category(&[text_row]), coded.category(&[coded_row]), "{parts:?}");
        }
    }

    #[test]
    fn parse_rejects_overlong_shared_prefix() {
        let error = Model::parse("=categories\timplicit_outcome\n0bias\t1\t1\n9vous\t1\n").unwrap_err();
        assert!(error.1.contains("longer than"), "{error:?}");
    }

    #[test]
    fn probability_counts_repeated_feature_once() {
        let model = Model::parse(MODEL).unwrap();
        let row = model.row(&["w:vous"]).unwrap();
        assert_eq!(model.probability(&mut vec![row]), model.probability(&mut vec![row, row, row]));
    }

    #[test]
    fn parse_rejects_malformed_files() {
        let cases = [
            ("w:vous\t1\n", "before the =categories"),
            ("=categories\tnot_a_category\n", "unknown category"),
            ("=categories\timplicit_outcome\nw:vous\t1\t1\n", "bias comes first"),
            ("=categories\timplicit_outcome\nbias\t1\t1\nw:vous\t1\t2\t3\n", "expected 1 or 2 weights"),
            ("=categories\timplicit_outcome\nbias\t1\t1\nw:vous\tx\n", "not a number"),
            ("=categories\timplicit_outcome\nbias\t1\t1\nw:vous\t1\nw:vous\t2\n", "given twice"),
            ("=categories\timplicit_outcome\nbias\t1\n", "bias needs one weight a category"),
            ("=warning\thigh\n", "not a number"),
        ];
        for (contents, reason) in cases {
            let error = Model::parse(contents).expect_err(contents);
            assert!(error.1.contains(reason), "{contents:?}: {error:?}");
        }
    }

    #[test]
    fn parse_empty_file_untrained() {
        assert!(!Model::parse("").unwrap().is_trained());
        assert!(Model::parse(MODEL).unwrap().is_trained());
    }

    fn uncovered_text(reply: &str, found_words: &[&str]) -> Option<String> {
        let request = crate::Request { reply: reply.into(), lang: crate::LangChoice::Fr, ..crate::Request::default() };
        crate::check::with_context(&request, |context| {
            let text = &context.folded.text;
            let found: Vec<(usize, usize)> = found_words
                .iter()
                .map(|word| text.find(word).map(|start| (start, start + word.len())).unwrap())
                .collect();
            uncovered_part(context, 0, text.trim_end_matches('.').len(), &found, 0.0)
                .map(|(start, end)| text[start..end].to_string())
        })
    }

    #[test]
    fn uncovered_part_keeps_longest_free_run() {
        let reply = "Votre renouvellement d'Effexor nécessitait une réévaluation complète.";
        assert_eq!(uncovered_text(reply, &[]).as_deref(), Some(&*crate::lexicon::fold(&reply[..reply.len() - 1])));
        assert_eq!(uncovered_text(reply, &["effexor"]).as_deref(), Some("necessitait une reevaluation complete"));
    }

    #[test]
    fn uncovered_part_drops_short_runs() {
        let reply = "Votre détartrage était bien nécessaire.";
        assert_eq!(uncovered_text(reply, &["votre detartrage", "necessaire"]), None);
    }

    #[test]
    fn stem_keeps_five_letters_of_long_words() {
        assert_eq!(stem("avancez"), Some("avanc"));
        assert_eq!(stem("avance"), Some("avanc"));
        assert_eq!(stem("merci"), None);
        assert_eq!(stem("réussi"), Some("réuss"));
    }
}

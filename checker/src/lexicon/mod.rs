//! The checker's data: term lexicons, phrase patterns, idioms, general-statement markers and messages,
//! parsed once from the files embedded at build time.

pub mod pattern;
pub mod terms;
pub mod vocabulary;

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::category::Category;
use crate::report::Severity;
use crate::request::{Lang, Strictness};
use pattern::{Classes, Pattern, PatternSet};
pub use terms::{Strength, Term, TermHit, TermSet};
use vocabulary::Vocabulary;

include!(concat!(env!("OUT_DIR"), "/data_files.rs"));

/// A phrase that breaches by itself, from `phrases/<category>.tsv`.
#[derive(Clone, Debug)]
pub struct Phrase {
    pub category: Category,
    pub severity: Severity,
    /// Lowest strictness at which the phrase counts.
    pub strictness: Strictness,
    /// True when the phrase counts only next to another finding in its sentence: « pas d'inquiétude »
    /// reassures about a result beside « le frottis est normal », not beside « votre message a bien
    /// été transmis ».
    pub needs_finding: bool,
}

/// The data of one reply language: terms, phrases, idioms and word classes.
#[derive(Debug, Default)]
pub struct LanguageData {
    pub terms: TermSet,
    pub phrases: PatternSet<Phrase>,
    /// Fixed expressions whose words are not what they seem (« de tout cœur », « traitement de votre
    /// demande »): no term inside them is a finding.
    pub idioms: PatternSet<()>,
    /// Markers of a general statement (« pour tous nos patients », "any individual"): health words in
    /// the same sentence are about care in general, not about the reviewer.
    pub general: PatternSet<()>,
    /// Markers of the practice's offer (« les créneaux de vaccination »): like `general`, but only in a
    /// sentence that does not speak to the reader.
    pub offer: PatternSet<()>,
    /// Refusals to confirm or deny (« ni confirmer ni infirmer », "can't say whether"): a visit named in
    /// their complement is neither confirmed nor denied.
    pub unconfirmed: PatternSet<()>,
    /// Phrasings that make a sentence about the reader without a second person (« ravi que … »,
    /// "glad the …").
    pub about_reader: PatternSet<()>,
    /// Words that address the reader: second-person pronouns and possessives.
    pub second_person: WordList,
    /// Words of the writer: first-person pronouns and possessives.
    pub first_person: WordList,
    /// Determiners that tie the next noun to the reviewer (« votre », « ces », "your", "that").
    pub tying_determiners: WordList,
    /// Third-person possessives (« son », "her"): they tie the next noun to the reader only in a
    /// sentence about the reader or a relative.
    pub third_person_possessives: WordList,
    /// Determiners that make the next noun general (« tout », « chaque », "any", "every").
    pub general_determiners: WordList,
    /// Words that, after « vous avez » or "you had", do not tell what the reader did in care.
    pub not_reader_actions: WordList,
    /// Participles that, after « vous êtes », tell what the reader did or how they were registered
    /// (« venue », « restée », « inscrite »), unlike adjectives (« la bienvenue », « satisfaite »).
    pub etre_participles: WordList,
    /// Members of a practice's staff (« assistante », "receptionist"): as the subject of « vous a
    /// rappelée » or "saw you", they tell that the practice dealt with the reader.
    pub practice_staff: WordList,
    /// Participles and past verbs that, after « je vous ai » or before "you", are about the review or
    /// a feeling (« lu », « déçu », "thanked") rather than something the practice did for the reader.
    pub not_practice_actions: WordList,
    /// The words of the patterns of `phrases`, `idioms`, `general`, `offer`, `unconfirmed`, `about_reader` and
    /// `legal_words`: a reply's words are looked up in it once for all of them.
    pub vocabulary: Vocabulary,
    /// Words of the law and the courts (« avocat », « mise en demeure », "attorney"), one pattern a
    /// `@legal_word` class entry.
    pub legal_words: PatternSet<()>,
    /// Words that often start a sentence and are never names.
    pub stop_words: WordList,
    /// Articles, prepositions, conjunctions and relative words: a passage quoted by itself neither
    /// starts nor ends on one (« ravie que le » is « ravie »).
    pub function_words: WordList,
    /// Adverbs that may stand between an auxiliary and its participle (« j'ai simplement rappelé »),
    /// with the endings that make a word one (`@adverb`, `@adverb_ending`).
    pub adverbs: WordList,
    pub adverb_endings: Vec<String>,
    /// Verbs that ask the reader to bring or send something (« apportez », "bring").
    pub bring_verbs: WordList,
    /// Plural nouns that a care term before them qualifies ("visits" in "medication management visits").
    pub qualified_plurals: WordList,
    /// Wishes and greetings passed on to someone named after them (« bisous à », "hi to", "tell").
    pub wishes: WordList,
    /// Words of the practice's news: its team, premises and services (« cabinet », « agrandi », "team").
    pub practice_news: WordList,
    /// Nouns that « votre » may precede without naming the reader's care: their feedback, their patience.
    pub feedback_nouns: WordList,
    /// Verbs that ask the reader to call or come by (« rappelez », "call").
    pub call_verbs: WordList,
    /// Last words of the school years that the date patterns match (« ce1 », "grade", "hsc").
    pub school_years: WordList,
    /// Nouns after which a care word names the practice ("PT team", "physio clinic").
    pub practice_nouns: WordList,
    /// Nouns of the practice's rules and running after which a care word names no one's care ("vaccine
    /// policy", "surgeon fees").
    pub practice_rule_nouns: WordList,
    /// Words of text-message style and the folded words they stand for (« pr » → « pour », « vs » →
    /// « vous », "u" → "you"), from `abbreviations.tsv`.
    pub abbreviations: std::collections::HashMap<String, String, vocabulary::WordBuildHasher>,
    /// The weights that score clauses no phrase describes (`learned.tsv`).
    pub learned: crate::rules::learned::Model,
}

/// A list of folded words from a `classes.tsv` class, looked up by hashing: some have hundreds of
/// words and are consulted for most words of a reply.
#[derive(Debug, Default)]
pub struct WordList(std::collections::HashSet<String, vocabulary::WordBuildHasher>);

impl WordList {
    /// True when `word` is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }

    /// True when the list has no word.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<String> for WordList {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Self {
        WordList(words.into_iter().collect())
    }
}

/// User-facing texts in one UI locale, by key (`<category>.message`, `legal.<profession>`…).
pub type Messages = HashMap<String, String, vocabulary::WordBuildHasher>;

/// A data file line that could not be read; the data tests fail on any.
#[derive(Debug, Clone)]
pub struct DataError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "data/{}:{}: {}", self.file, self.line, self.reason)
    }
}

/// Data parsed from the embedded files on first use, with the errors those files had.
struct Parsed<T> {
    value: T,
    errors: Vec<DataError>,
}

impl<T> Parsed<T> {
    fn load(load: impl FnOnce(&mut Vec<DataError>) -> T) -> Self {
        let mut errors = Vec::new();
        let value = load(&mut errors);
        Parsed { value, errors }
    }
}

// Each language and locale is parsed on first use, because building a language's term automaton is the
// largest part of start-up and a French reply with French messages never needs the English data.
static FRENCH: OnceLock<Parsed<LanguageData>> = OnceLock::new();
static ENGLISH: OnceLock<Parsed<LanguageData>> = OnceLock::new();
static FRENCH_MESSAGES: OnceLock<Parsed<Messages>> = OnceLock::new();
static ENGLISH_MESSAGES: OnceLock<Parsed<Messages>> = OnceLock::new();
static FIRST_NAMES: OnceLock<std::collections::HashSet<String>> = OnceLock::new();

fn parsed_language(lang: Lang) -> &'static Parsed<LanguageData> {
    match lang {
        Lang::Fr => FRENCH.get_or_init(|| Parsed::load(|errors| load_language("fr", errors))),
        Lang::En => ENGLISH.get_or_init(|| Parsed::load(|errors| load_language("en", errors))),
    }
}

fn parsed_messages(locale: crate::request::Locale) -> &'static Parsed<Messages> {
    match locale {
        crate::request::Locale::Fr => {
            FRENCH_MESSAGES.get_or_init(|| Parsed::load(|errors| load_messages("fr/messages.tsv", errors)))
        }
        crate::request::Locale::En => {
            ENGLISH_MESSAGES.get_or_init(|| Parsed::load(|errors| load_messages("en/messages.tsv", errors)))
        }
    }
}

/// Returns the data of a reply language.
pub fn language(lang: Lang) -> &'static LanguageData {
    &parsed_language(lang).value
}

/// Returns the messages of a UI locale.
pub fn messages(locale: crate::request::Locale) -> &'static Messages {
    &parsed_messages(locale).value
}

/// True when `folded_word` is a known given name.
pub fn is_first_name(folded_word: &str) -> bool {
    FIRST_NAMES
        .get_or_init(|| data_lines(file("names/first_names.txt")).map(|(_, line)| line.trim()).map(fold).collect())
        .contains(folded_word)
}

/// Parses every data file and returns the errors met (none in a correct build).
pub fn data_errors() -> Vec<DataError> {
    let mut errors = Vec::new();
    for lang in [Lang::Fr, Lang::En] {
        errors.extend(parsed_language(lang).errors.iter().cloned());
    }
    for locale in [crate::request::Locale::Fr, crate::request::Locale::En] {
        errors.extend(parsed_messages(locale).errors.iter().cloned());
    }
    errors
}

/// Returns the folded form of a data word or phrase, as the reply is folded.
pub fn fold(text: &str) -> String {
    crate::text::fold::fold_text(text)
}

/// Returns the contents of a data file, or "" when the build has no such file.
pub(crate) fn file(path: &str) -> &'static str {
    DATA_FILES.iter().find(|(name, _)| *name == path).map(|(_, contents)| *contents).unwrap_or("")
}

/// Returns the data files under a folder, such as `fr/terms/`.
pub(crate) fn files_under(prefix: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    DATA_FILES.iter().copied().filter(move |(name, _)| name.starts_with(prefix))
}

/// Returns the non-blank, non-comment lines of a file with their 1-based numbers.
pub(crate) fn data_lines(contents: &str) -> impl Iterator<Item = (usize, &str)> {
    contents
        .lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line.trim_end_matches('\r')))
        .filter(|(_, line)| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
}

fn load_language(code: &str, errors: &mut Vec<DataError>) -> LanguageData {
    let mut data = LanguageData::default();
    let classes = load_classes(&format!("{code}/classes.tsv"), errors);

    for (name, contents) in files_under(&format!("{code}/terms/")) {
        data.terms.load(name, contents, errors);
    }
    data.terms.build();

    for (name, contents) in files_under(&format!("{code}/phrases/")) {
        for (line_number, line) in data_lines(contents) {
            match parse_phrase(line, &classes) {
                Ok((pattern, phrase)) => data.phrases.push(pattern, phrase, &mut data.vocabulary),
                Err(reason) => errors.push(DataError { file: name.to_string(), line: line_number, reason }),
            }
        }
    }
    load_patterns(&format!("{code}/idioms.tsv"), &classes, &mut data.idioms, &mut data.vocabulary, errors);
    load_patterns(&format!("{code}/general.tsv"), &classes, &mut data.general, &mut data.vocabulary, errors);
    load_patterns(&format!("{code}/offer.tsv"), &classes, &mut data.offer, &mut data.vocabulary, errors);
    load_patterns(&format!("{code}/unconfirmed.tsv"), &classes, &mut data.unconfirmed, &mut data.vocabulary, errors);
    load_patterns(&format!("{code}/about_reader.tsv"), &classes, &mut data.about_reader, &mut data.vocabulary, errors);

    let class_words = |name: &str| -> Vec<String> {
        classes.get(name).map(|list| list.split('|').map(str::to_string).collect()).unwrap_or_default()
    };
    let word_list = |name: &str| -> WordList { class_words(name).into_iter().collect() };
    data.second_person = word_list("second_person");
    data.first_person = word_list("first_person");
    data.tying_determiners = word_list("tying_determiner");
    data.general_determiners = word_list("general_determiner");
    data.third_person_possessives = word_list("third_person_possessive");
    for entry in class_words("legal_word") {
        match Pattern::compile(&entry, &classes) {
            Ok(pattern) => data.legal_words.push(pattern, (), &mut data.vocabulary),
            Err(error) => errors.push(DataError {
                file: format!("{code}/classes.tsv"),
                line: 0,
                reason: format!("@legal_word entry {entry:?}: {error}"),
            }),
        }
    }
    data.not_reader_actions = word_list("not_a_reader_action");
    data.etre_participles = word_list("etre_participle");
    data.practice_staff = word_list("practice_staff");
    data.not_practice_actions = word_list("not_a_practice_action");
    data.stop_words = word_list("not_a_name");
    data.function_words = word_list("function_word");
    data.adverbs = word_list("adverb");
    data.adverb_endings = class_words("adverb_ending");
    data.bring_verbs = word_list("bring_verb");
    data.qualified_plurals = word_list("qualified_plural");
    data.wishes = word_list("wish");
    data.practice_news = word_list("practice_news");
    data.feedback_nouns = word_list("feedback_noun");
    data.call_verbs = word_list("call_verb");
    data.school_years = word_list("school_year");
    data.practice_nouns = word_list("practice_noun");
    data.practice_rule_nouns = word_list("practice_rule_noun");
    let abbreviations_path = format!("{code}/abbreviations.tsv");
    for (line_number, line) in data_lines(file(&abbreviations_path)) {
        match line.split('\t').map(str::trim).collect::<Vec<_>>().as_slice() {
            [short, full] if !short.is_empty() && !full.is_empty() => {
                data.abbreviations.insert(fold(short), fold(full));
            }
            _ => errors.push(DataError {
                file: abbreviations_path.clone(),
                line: line_number,
                reason: "expected abbreviation<TAB>full word".into(),
            }),
        }
    }
    let learned_path = format!("{code}/learned.tsv");
    match crate::rules::learned::Model::parse(file(&learned_path)) {
        Ok(model) => data.learned = model,
        Err((line, reason)) => errors.push(DataError { file: learned_path, line, reason }),
    }
    data
}

pub(crate) fn load_classes(path: &str, errors: &mut Vec<DataError>) -> Classes {
    let mut classes = Classes::new();
    for (line_number, line) in data_lines(file(path)) {
        let mut fields = line.split('\t');
        let (Some(name), Some(list)) = (fields.next(), fields.next()) else {
            errors.push(DataError {
                file: path.to_string(),
                line: line_number,
                reason: "expected @name<TAB>alternatives".into(),
            });
            continue;
        };
        let Some(name) = name.trim().strip_prefix('@') else {
            errors.push(DataError {
                file: path.to_string(),
                line: line_number,
                reason: format!("class name {name:?} must start with @"),
            });
            continue;
        };
        // A class may use classes defined above it.
        let mut expanded = Vec::new();
        for alternative in list.split('|').map(str::trim).filter(|part| !part.is_empty()) {
            match alternative.strip_prefix('@') {
                Some(inner) => match classes.get(inner) {
                    Some(words) => expanded.push(words.clone()),
                    None => errors.push(DataError {
                        file: path.to_string(),
                        line: line_number,
                        reason: format!("unknown class @{inner}"),
                    }),
                },
                None => expanded.push(fold_pattern(alternative)),
            }
        }
        classes.insert(name.to_string(), expanded.join("|"));
    }
    classes
}

fn load_patterns(
    path: &str,
    classes: &Classes,
    set: &mut PatternSet<()>,
    vocabulary: &mut Vocabulary,
    errors: &mut Vec<DataError>,
) {
    for (line_number, line) in data_lines(file(path)) {
        let source = line.split('\t').next().unwrap_or("");
        match Pattern::compile(&fold_pattern(source), classes) {
            Ok(pattern) => set.push(pattern, (), vocabulary),
            Err(error) => {
                errors.push(DataError { file: path.to_string(), line: line_number, reason: error.to_string() })
            }
        }
    }
}

/// Folds the words of a pattern and splits its elisions and contractions the way the reply's words are
/// split: « l'opération » becomes `le operation`, "son's" becomes `son 's`.
pub(crate) fn fold_pattern(source: &str) -> String {
    let folded = fold(source);
    let mut out = String::with_capacity(folded.len() + 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.contains('\'') {
            out.push_str(&split_word(word));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in folded.chars() {
        if c.is_alphanumeric() || c == '\'' || c == '-' || c == '*' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Splits one pattern word that contains an apostrophe, as the tokenizer splits the reply.
fn split_word(word: &str) -> String {
    if let Some(head) = word.strip_suffix('\'') {
        // « j' » alone, as in `je|j'`, is the elided « je ».
        let probe = format!("{head}'x");
        let (tokens, _) = crate::text::tokenize(&probe);
        return tokens.first().map_or_else(|| word.to_string(), |token| token.word.to_string());
    }
    let (tokens, _) = crate::text::tokenize(word.trim_end_matches('*'));
    let mut words: Vec<String> = tokens.iter().map(|token| token.word.to_string()).collect();
    if word.ends_with('*') {
        if let Some(last) = words.last_mut() {
            last.push('*');
        }
    }
    words.join(" ")
}

fn parse_phrase(line: &str, classes: &Classes) -> Result<(Pattern, Phrase), String> {
    let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
    if fields.len() < 3 {
        return Err("expected pattern<TAB>category<TAB>severity[<TAB>strictness[<TAB>company]]".into());
    }
    let pattern = Pattern::compile(&fold_pattern(fields[0]), classes).map_err(|error| error.to_string())?;
    let category = Category::from_id(fields[1]).ok_or_else(|| format!("unknown category {:?}", fields[1]))?;
    let severity = match fields[2] {
        "error" => Severity::Error,
        "warning" => Severity::Warning,
        "info" => Severity::Info,
        other => return Err(format!("unknown severity {other:?}")),
    };
    let strictness = match fields.get(3).copied().unwrap_or("standard") {
        "lenient" => Strictness::Lenient,
        "standard" | "" => Strictness::Standard,
        "strict" => Strictness::Strict,
        other => return Err(format!("unknown strictness {other:?}")),
    };
    let needs_finding = match fields.get(4).copied().unwrap_or("alone") {
        "alone" | "" => false,
        "finding" => true,
        other => return Err(format!("unknown company {other:?}, expected alone or finding")),
    };
    Ok((pattern, Phrase { category, severity, strictness, needs_finding }))
}

fn load_messages(path: &str, errors: &mut Vec<DataError>) -> Messages {
    let mut messages = Messages::default();
    for (line_number, line) in data_lines(file(path)) {
        match line.split_once('\t') {
            Some((key, text)) => {
                messages.insert(key.trim().to_string(), text.trim().to_string());
            }
            None => errors.push(DataError {
                file: path.to_string(),
                line: line_number,
                reason: "expected key<TAB>text".into(),
            }),
        }
    }
    messages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse_without_errors() {
        let errors: Vec<String> = data_errors().iter().map(ToString::to_string).collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    #[test]
    fn both_languages_have_data() {
        for lang in [Lang::Fr, Lang::En] {
            let data = language(lang);
            assert!(data.terms.len() > 100, "{lang:?} terms: {}", data.terms.len());
            assert!(data.phrases.len() > 50, "{lang:?} phrases: {}", data.phrases.len());
            assert!(!data.second_person.is_empty(), "{lang:?} has no @second_person class");
        }
    }

    #[test]
    fn patterns_fold_elisions() {
        assert_eq!(fold_pattern("l’Opération d'implant"), "le operation de implant");
        assert_eq!(fold_pattern("je|j' ai"), "je|je ai");
        assert_eq!(fold_pattern("(tiré d'affaire|x) son's"), "(tire de affaire|x) son 's");
    }
}

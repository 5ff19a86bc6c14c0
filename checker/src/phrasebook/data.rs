//! The phrasebook's data, read once from the embedded files of each language:
//! `phrasebook/<situation>.tsv`, `phrasebook/greeting.tsv` and `phrasebook/closing.tsv` (`tone<TAB>template`),
//! `situations.tsv` (review phrasings that signal a situation) and `reply_parts.tsv` (openings of greetings
//! and closings in a reply).

use std::sync::OnceLock;

use super::template;
use super::{Situation, Tone};
use crate::lexicon::pattern::{Classes, Pattern, PatternSet};
use crate::lexicon::vocabulary::Vocabulary;
use crate::lexicon::{data_lines, file, fold_pattern, load_classes, DataError};
use crate::request::Lang;

/// What a phrasing of a review says about its situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    Positive,
    Negative,
    Aggressive,
    NotAPatient,
}

/// A part of a reply that frames its body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplyPart {
    Greeting,
    Closing,
}

/// The phrasebook of one language.
#[derive(Default)]
pub struct Phrasebook {
    /// Body templates, indexed by situation then tone (see [`Situation::index`], [`Tone::index`]).
    pub bodies: Vec<Vec<Vec<String>>>,
    /// Greeting templates by tone.
    pub greetings: Vec<Vec<String>>,
    /// Closing templates by tone.
    pub closings: Vec<Vec<String>>,
    pub signals: PatternSet<Signal>,
    pub reply_parts: PatternSet<ReplyPart>,
    /// The words of the patterns of `signals` and `reply_parts`.
    pub vocabulary: Vocabulary,
}

impl Phrasebook {
    /// Returns the body templates of a situation and tone.
    pub fn bodies(&self, situation: Situation, tone: Tone) -> &[String] {
        &self.bodies[situation.index()][tone.index()]
    }
}

struct Loaded {
    french: Phrasebook,
    english: Phrasebook,
    errors: Vec<DataError>,
}

fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| {
        let mut errors = Vec::new();
        let french = load("fr", &mut errors);
        let english = load("en", &mut errors);
        Loaded { french, english, errors }
    })
}

/// Returns the phrasebook of a reply language.
pub fn phrasebook(lang: Lang) -> &'static Phrasebook {
    match lang {
        Lang::Fr => &loaded().french,
        Lang::En => &loaded().english,
    }
}

/// Returns the errors met while reading the phrasebook files (none in a correct build).
pub fn errors() -> &'static [DataError] {
    &loaded().errors
}

fn load(code: &str, errors: &mut Vec<DataError>) -> Phrasebook {
    let mut book =
        Phrasebook { bodies: vec![vec![Vec::new(); Tone::ALL.len()]; Situation::ALL.len()], ..Phrasebook::default() };
    for situation in Situation::ALL {
        let path = format!("{code}/phrasebook/{}.tsv", situation.id());
        book.bodies[situation.index()] = load_templates(&path, errors);
    }
    book.greetings = load_templates(&format!("{code}/phrasebook/greeting.tsv"), errors);
    book.closings = load_templates(&format!("{code}/phrasebook/closing.tsv"), errors);

    let classes = load_classes(&format!("{code}/classes.tsv"), errors);
    load_labelled_patterns(
        &format!("{code}/situations.tsv"),
        &classes,
        &mut book.signals,
        &mut book.vocabulary,
        errors,
        |label| match label {
            "positive" => Ok(Signal::Positive),
            "negative" => Ok(Signal::Negative),
            "aggressive" => Ok(Signal::Aggressive),
            "not_a_patient" => Ok(Signal::NotAPatient),
            other => Err(format!("unknown signal {other:?}; expected positive, negative, aggressive or not_a_patient")),
        },
    );
    load_labelled_patterns(
        &format!("{code}/reply_parts.tsv"),
        &classes,
        &mut book.reply_parts,
        &mut book.vocabulary,
        errors,
        |label| match label {
            "greeting" => Ok(ReplyPart::Greeting),
            "closing" => Ok(ReplyPart::Closing),
            other => Err(format!("unknown reply part {other:?}; expected greeting or closing")),
        },
    );
    book
}

/// Reads a `pattern<TAB>label` file into `set`, with `parse_label` turning each label into its payload.
fn load_labelled_patterns<T>(
    path: &str,
    classes: &Classes,
    set: &mut PatternSet<T>,
    vocabulary: &mut Vocabulary,
    errors: &mut Vec<DataError>,
    parse_label: impl Fn(&str) -> Result<T, String>,
) {
    for (line_number, line) in data_lines(file(path)) {
        let (source, label) = line.split_once('\t').unwrap_or((line, ""));
        let compiled = parse_label(label.trim()).and_then(|payload| {
            Ok((Pattern::compile(&fold_pattern(source.trim()), classes).map_err(|e| e.to_string())?, payload))
        });
        match compiled {
            Ok((pattern, payload)) => set.push(pattern, payload, vocabulary),
            Err(reason) => errors.push(DataError { file: path.to_string(), line: line_number, reason }),
        }
    }
}

/// Reads a `tone<TAB>template` file into templates by tone.
fn load_templates(path: &str, errors: &mut Vec<DataError>) -> Vec<Vec<String>> {
    let mut by_tone = vec![Vec::new(); Tone::ALL.len()];
    for (line_number, line) in data_lines(file(path)) {
        let Some((tone, text)) = line.split_once('\t') else {
            errors.push(DataError {
                file: path.to_string(),
                line: line_number,
                reason: "expected tone<TAB>text".into(),
            });
            continue;
        };
        let Some(tone) = Tone::from_id(tone.trim()) else {
            let reason = format!("unknown tone {tone:?}; expected warm, professional or neutral");
            errors.push(DataError { file: path.to_string(), line: line_number, reason });
            continue;
        };
        let text = text.trim();
        if let Some(reason) = template::validate(text) {
            errors.push(DataError { file: path.to_string(), line: line_number, reason });
            continue;
        }
        by_tone[tone.index()].push(text.to_string());
    }
    by_tone
}

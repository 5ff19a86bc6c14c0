//! Trains the clause model of `checker/src/rules/learned.rs` on labelled corpora and writes
//! `checker/data/<lang>/learned.tsv`. `make train` runs it on `tests/corpus/`.
//!
//! ```text
//! cargo run --release -p discret-cli --example train_learned -- [--hold-out NAME,…] [--out DIR] CORPUS…
//! ```
//!
//! A clause that overlaps a `must_flag` phrase is a positive example. Every other clause is a negative
//! one, because a breaching reply's labels list each of its breaching phrases. The phrasebook's reply
//! bodies (`checker/data/<lang>/phrasebook/`) are compliant by design and add negative examples. The
//! rows of the rule tables (`checker/tests/categories.rs`) add hand-written near misses as negatives
//! and hits as positives.
//! `--hold-out written-zq,written-zr` leaves corpora out, to measure the model on replies it never saw.
//!
//! The model is logistic regression, fitted by AdaGrad with a small L2 penalty, in a fixed order:
//! the same corpora always give the same file.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use discret_checker::rules::learned::training_clauses;
use discret_checker::{check, reply_language, Category, Lang, Severity, Strictness};
use discret_cli::corpus::{parse, request, Case};

/// A feature must occur in this many training clauses to get a weight: rarer ones would learn
/// single replies by heart.
const MIN_COUNT: usize = 3;
/// A feature must occur in this many clauses that disclose care to get weights towards categories: the
/// category of a flagged clause is read from its commonest words, which keeps the file small.
const CATEGORY_MIN_COUNT: usize = 10;
/// Weights are written with two decimals, and a feature whose weights all round below this is left out.
const MIN_WEIGHT: f32 = 0.05;
/// A category needs this many positive clauses in a language to be one the model can give.
const MIN_POSITIVES: usize = 15;
/// The categories a flagged clause can get: those a statement conveys rather than one word. A date,
/// a name, an amount or an echo is the rules' to find, and their messages would not fit a clause.
const MODEL_CATEGORIES: &[Category] = &[
    Category::VisitConfirmation,
    Category::ImplicitOutcome,
    Category::DisputeOfFacts,
    Category::Treatment,
    Category::Diagnosis,
    Category::SymptomOrBodyPart,
    Category::TestOrResult,
    Category::Medication,
    Category::DerogatoryRemark,
    Category::LegalThreatRevealingCare,
    Category::Advertising,
];
/// How many times a near miss of the rule tables counts: each was written to stay silent, where a
/// clause of a corpus reply is a negative example only because no label covers it.
const NEAR_MISS_COPIES: usize = 2;
/// Passes over the examples. With `--hold-out`, on two sets of six corpora, 15 passes gave fewer false
/// alarms and a little more coverage on the held-out replies than 30: more passes learn the training
/// replies by heart.
const EPOCHS: usize = 15;
const LEARNING_RATE: f32 = 0.2;
const L2: f32 = 0.0005;
/// Probability from which a clause is a warning, and from which it is a strict-only hint.
const WARNING: f32 = 0.9;
const STRICT: f32 = 0.7;
/// Probability from which the rest of a flagged clause beside another finding stays flagged, and from
/// which a clause of a sentence that a rule finds in breach is a warning: the sentence already discloses
/// the reader's care, so the rest needs less (« Votre glaucome est surveillé comme il se doit » keeps
/// « est surveillé comme il se doit » beside the finding on « Votre glaucome »).
const BESIDE: f32 = 0.3;
/// Probability from which a clause of a sentence that does not speak to the reader is a warning: such
/// clauses mostly describe the practice.
const NOT_TO_READER: f32 = 0.95;

struct Example {
    features: Vec<String>,
    positive: bool,
    categories: Vec<Category>,
}

fn main() {
    let mut held_out: Vec<String> = Vec::new();
    let mut out_dir = PathBuf::from("checker/data");
    let mut corpora: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--hold-out" => held_out = args.next().unwrap_or_default().split(',').map(str::to_string).collect(),
            "--out" => out_dir = PathBuf::from(args.next().expect("missing folder after --out")),
            _ => corpora.push(PathBuf::from(arg)),
        }
    }
    corpora.sort();
    corpora.retain(|path| {
        let name = path.file_stem().and_then(|stem| stem.to_str()).unwrap_or_default();
        !held_out.iter().any(|held| held == name)
    });
    if corpora.is_empty() {
        eprintln!("usage: train_learned [--hold-out NAME,…] [--out DIR] CORPUS…");
        std::process::exit(2);
    }

    let mut examples: BTreeMap<&str, Vec<Example>> = BTreeMap::new();
    for path in &corpora {
        let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let cases = parse(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        for case in &cases {
            let code = match reply_language(&request(case, Strictness::Standard)) {
                Lang::Fr => "fr",
                Lang::En => "en",
            };
            examples.entry(code).or_default().extend(examples_of(case));
        }
    }

    // The rule tables' rows are hand-written examples too: near misses that must stay silent, and hits.
    let tables = Path::new("checker/tests/categories.rs");
    if let Ok(source) = std::fs::read_to_string(tables) {
        for row in table_rows(&source) {
            let copies = if row.flagged.is_none() { NEAR_MISS_COPIES } else { 1 };
            for _ in 0..copies {
                examples.entry(row.lang).or_default().extend(examples_of_row(&row));
            }
        }
    }

    // The phrasebook's reply bodies are compliant by design: every clause of them is a negative example.
    for code in ["fr", "en"] {
        let folder = Path::new("checker/data").join(code).join("phrasebook");
        let Ok(entries) = std::fs::read_dir(&folder) else { continue };
        let mut paths: Vec<PathBuf> = entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for body in text.lines().filter(|line| !line.starts_with('#')).filter_map(|line| line.split('\t').nth(1)) {
                let request = discret_checker::Request {
                    reply: body.replace(['[', ']'], "").replace("{reviewer}", "Camille"),
                    lang: if code == "fr" { discret_checker::LangChoice::Fr } else { discret_checker::LangChoice::En },
                    ..discret_checker::Request::default()
                };
                let clauses = training_clauses(&request);
                examples.entry(code).or_default().extend(clauses.into_iter().map(|clause| Example {
                    features: clause.features,
                    positive: false,
                    categories: Vec::new(),
                }));
            }
        }
    }

    for (code, examples) in &examples {
        let model = train(examples);
        let path = out_dir.join(code).join("learned.tsv");
        std::fs::write(&path, model).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let positives = examples.iter().filter(|example| example.positive).count();
        println!("{}: {} clauses, {positives} disclosing care", path.display(), examples.len());
    }
    let names: Vec<String> = corpora.iter().map(|path| display_name(path)).collect();
    println!("trained on {}", names.join(" "));
}

fn display_name(path: &Path) -> String {
    path.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Returns the labelled clauses of a case.
fn examples_of(case: &Case) -> Vec<Example> {
    let request = request(case, Strictness::Standard);
    let spans = |phrases: &[String]| -> Vec<(usize, usize)> {
        phrases
            .iter()
            .filter(|phrase| !phrase.is_empty())
            .filter_map(|phrase| case.reply.find(phrase.as_str()).map(|start| (start, start + phrase.len())))
            .collect()
    };
    let must_flag = spans(&case.must_flag);
    let violation = case.verdict == "violation";
    let labelled: Vec<Category> = case.categories.iter().filter_map(|id| Category::from_id(id)).collect();
    let findings = if violation { check(&request).findings } else { Vec::new() };

    let overlaps = |spans: &[(usize, usize)], start: usize, end: usize| {
        spans.iter().any(|&(span_start, span_end)| span_start < end && start < span_end)
    };
    let mut examples = Vec::new();
    for clause in training_clauses(&request) {
        let (start, end) = (clause.byte_start, clause.byte_end);
        let positive = violation && overlaps(&must_flag, start, end);
        // The categories the rules found elsewhere in the reply are accounted for, so the labelled
        // categories left are likely this clause's.
        let elsewhere: BTreeSet<Category> = findings
            .iter()
            // The current model's own findings are left out, so that training does not depend on it.
            .filter(|finding| finding.severity >= Severity::Warning && !finding.rule.ends_with("/learned"))
            .filter(|finding| finding.byte_end <= start || end <= finding.byte_start)
            .map(|finding| finding.category)
            .collect();
        let mut categories: Vec<Category> =
            labelled.iter().copied().filter(|category| !elsewhere.contains(category)).collect();
        if categories.is_empty() {
            categories = labelled.clone();
        }
        examples.push(Example { features: clause.features, positive, categories });
    }
    examples
}

/// A row of the rule tables in `checker/tests/categories.rs`.
struct TableRow {
    lang: &'static str,
    category: Option<Category>,
    review: String,
    reviewer: String,
    reply: String,
    /// The text a finding must overlap, or `None` for a near miss.
    flagged: Option<String>,
}

/// Reads the rows of the rule tables: calls of `hit`, `hit_after`, `hit_for`, `silent` and
/// `silent_after` with string literals, inside test functions named `<category>_<english|french>`.
fn table_rows(source: &str) -> Vec<TableRow> {
    let mut rows = Vec::new();
    let mut lang = "fr";
    let mut category = None;
    let mut rest = source;
    while let Some(position) = rest.find(|c: char| c.is_ascii_alphabetic() || c == '_') {
        rest = &rest[position..];
        let name_end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
        let name = &rest[..name_end];
        rest = &rest[name_end..];
        if let Some(test) = name.strip_suffix("_english").or_else(|| name.strip_suffix("_french")) {
            lang = if name.ends_with("_english") { "en" } else { "fr" };
            category = Category::from_id(test);
            continue;
        }
        if !matches!(name, "hit" | "hit_after" | "hit_for" | "silent" | "silent_after") || !rest.starts_with('(') {
            continue;
        }
        let (arguments, after) = string_arguments(&rest[1..]);
        rest = after;
        let row = |reviewer: &str, review: &str, reply: &str, flagged: Option<&String>| TableRow {
            lang,
            category,
            review: review.to_string(),
            reviewer: reviewer.to_string(),
            reply: reply.to_string(),
            flagged: flagged.cloned(),
        };
        let sophie = "Sophie M.";
        match (name, arguments.as_slice()) {
            ("hit", [reply, flagged]) => rows.push(row(sophie, "", reply, Some(flagged))),
            ("hit_after", [review, reply, flagged]) => rows.push(row(sophie, review, reply, Some(flagged))),
            ("hit_for", [reviewer, reply, flagged]) => rows.push(row(reviewer, "", reply, Some(flagged))),
            ("silent", [reply]) => rows.push(row(sophie, "", reply, None)),
            ("silent_after", [review, reply]) => rows.push(row(sophie, review, reply, None)),
            _ => {}
        }
    }
    rows
}

/// Reads the string literals of a call's arguments up to its closing bracket; returns them and the
/// text after the call. Arguments that are not plain literals end the reading.
fn string_arguments(text: &str) -> (Vec<String>, &str) {
    let mut arguments = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        match c {
            ')' => return (arguments, &text[index + 1..]),
            '"' => {
                let mut literal = String::new();
                while let Some((_, c)) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.next().map(|(_, escaped)| escaped) {
                            Some('n') => literal.push('\n'),
                            Some('u') => {
                                let mut hex = String::new();
                                for (_, c) in chars.by_ref() {
                                    match c {
                                        '{' => {}
                                        '}' => break,
                                        _ => hex.push(c),
                                    }
                                }
                                literal.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                            }
                            Some(other) => literal.push(other),
                            None => {}
                        },
                        _ => literal.push(c),
                    }
                }
                arguments.push(literal);
            }
            ',' => {}
            c if c.is_whitespace() => {}
            _ => return (Vec::new(), &text[index..]),
        }
    }
    (arguments, "")
}

/// Returns the labelled clauses of a table row: a near miss gives negatives only, a hit a positive
/// clause where the flagged text is.
fn examples_of_row(row: &TableRow) -> Vec<Example> {
    let request = discret_checker::Request {
        reply: row.reply.clone(),
        review: (!row.review.is_empty()).then(|| row.review.clone()),
        reviewer: Some(row.reviewer.clone()),
        lang: if row.lang == "fr" { discret_checker::LangChoice::Fr } else { discret_checker::LangChoice::En },
        ..discret_checker::Request::default()
    };
    let flagged =
        row.flagged.as_ref().and_then(|text| row.reply.find(text.as_str()).map(|start| (start, start + text.len())));
    if row.flagged.is_some() && flagged.is_none() {
        return Vec::new();
    }
    training_clauses(&request)
        .into_iter()
        .filter_map(|clause| {
            let positive = flagged.is_some_and(|(start, end)| start < clause.byte_end && clause.byte_start < end);
            // In a hit row, only the flagged clause is labelled: the rest of the reply may breach too.
            if flagged.is_some() && !positive {
                return None;
            }
            Some(Example { features: clause.features, positive, categories: row.category.into_iter().collect() })
        })
        .collect()
}

/// Fits the model and returns the weight file.
fn train(examples: &[Example]) -> String {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let mut positive_counts: HashMap<&str, usize> = HashMap::new();
    for example in examples {
        for feature in &example.features {
            *counts.entry(feature.as_str()).or_default() += 1;
            if example.positive {
                *positive_counts.entry(feature.as_str()).or_default() += 1;
            }
        }
    }
    let mut names: Vec<&str> = counts.iter().filter(|&(_, &count)| count >= MIN_COUNT).map(|(&name, _)| name).collect();
    names.sort_unstable();
    let index: HashMap<&str, usize> = names.iter().enumerate().map(|(row, &name)| (name, row + 1)).collect();

    let mut positives_by_category: BTreeMap<Category, usize> = BTreeMap::new();
    for example in examples.iter().filter(|example| example.positive) {
        for &category in &example.categories {
            *positives_by_category.entry(category).or_default() += 1;
        }
    }
    let categories: Vec<Category> = MODEL_CATEGORIES
        .iter()
        .copied()
        .filter(|category| positives_by_category.get(category).copied().unwrap_or(0) >= MIN_POSITIVES)
        .collect();
    let width = categories.len() + 1;
    // Row 0, the bias, has category weights too.
    let has_categories: Vec<bool> = std::iter::once(true)
        .chain(names.iter().map(|name| positive_counts.get(name).copied().unwrap_or(0) >= CATEGORY_MIN_COUNT))
        .collect();

    let rows: Vec<Vec<usize>> = examples
        .iter()
        .map(|example| {
            let mut rows: Vec<usize> =
                example.features.iter().filter_map(|feature| index.get(feature.as_str()).copied()).collect();
            rows.push(0);
            rows
        })
        .collect();
    let mut weights = vec![0.0f32; (names.len() + 1) * width];
    let mut squared = vec![1e-6f32; weights.len()];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed: u64 = 0x5eed;
    for _ in 0..EPOCHS {
        // A fixed shuffle: Fisher-Yates driven by a linear congruential generator.
        for i in (1..order.len()).rev() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        for &example_index in &order {
            let example = &examples[example_index];
            let active = &rows[example_index];
            for column in 0..width {
                let target = if column == 0 {
                    example.positive
                } else if example.positive && example.categories.iter().any(|category| categories.contains(category)) {
                    example.categories.contains(&categories[column - 1])
                } else {
                    // Categories are learned among clauses that disclose care in one of the model's categories.
                    continue;
                };
                let sum: f32 = active.iter().map(|&row| weights[row * width + column]).sum();
                // Rows without category weights keep zeros there, so they add nothing to `sum`.
                let gradient = 1.0 / (1.0 + (-sum).exp()) - if target { 1.0 } else { 0.0 };
                for &row in active {
                    if column > 0 && !has_categories[row] {
                        continue;
                    }
                    let slot = row * width + column;
                    let step = gradient + if row == 0 { 0.0 } else { L2 * weights[slot] };
                    squared[slot] += step * step;
                    weights[slot] -= LEARNING_RATE * step / squared[slot].sqrt();
                }
            }
        }
    }

    let mut out = String::new();
    out.push_str(
        "# Weights of the clause model (checker/src/rules/learned.rs), written by `make train`: do not edit.\n",
    );
    out.push_str(
        "# feature<TAB>weight towards \"discloses the reader's care\"[<TAB>one weight a category, for common features].\n",
    );
    out.push_str("# Features: w: word, b: word pair, s: stem, r: stem in a clause that speaks to the reader,\n");
    out.push_str("# t: lexicon term, e: words repeated from the review, f: facts of the sentence, n: length.\n");
    let ids: Vec<&str> = categories.iter().map(|category| category.id()).collect();
    writeln!(out, "=categories\t{}", ids.join("\t")).unwrap();
    writeln!(out, "=warning\t{WARNING}").unwrap();
    writeln!(out, "=strict\t{STRICT}").unwrap();
    writeln!(out, "=beside\t{BESIDE}").unwrap();
    writeln!(out, "=not_to_reader\t{NOT_TO_READER}").unwrap();
    let columns = |row: usize| if has_categories[row] { width } else { 1 };
    let format_row = |row: usize| -> String {
        (0..columns(row)).map(|column| format!("{:.2}", weights[row * width + column])).collect::<Vec<_>>().join("\t")
    };
    writeln!(out, "bias\t{}", format_row(0)).unwrap();
    for (position, name) in names.iter().enumerate() {
        let row = position + 1;
        if (0..columns(row)).all(|column| weights[row * width + column].abs() < MIN_WEIGHT) {
            continue;
        }
        writeln!(out, "{name}\t{}", format_row(row)).unwrap();
    }
    out
}

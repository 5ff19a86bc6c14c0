//! `discret audit`: checks every reply of an export of past replies.

use std::io::{IsTerminal, Write};

use discret_checker::{Locale, Practice, Tone};

use super::fail;
use crate::args::{self, Format};
use crate::audit::{self, Audit, ExportFormat, Settings};
use crate::diagnostic;
use crate::input::read_export;
use crate::{EXIT_CLEAN, EXIT_FINDINGS};

const OPTIONS: &[&str] = &["--strictness", "--locale", "--format", "--tone"];

/// Fewer pairs than this and no progress bar is drawn.
const PROGRESS_MIN_PAIRS: usize = 500;

/// Runs `discret audit`.
pub fn run(arguments: &[String]) -> i32 {
    let options = match args::parse(arguments, &[OPTIONS, args::PRACTICE_OPTIONS].concat()) {
        Ok(options) => options,
        Err(error) => return fail(error),
    };
    let [path] = options.inputs.as_slice() else {
        return fail(crate::locale::pick(
            "audit lit un seul fichier : FICHIER.jsonl, FICHIER.csv ou FICHIER.json (avis Google Business Profile)",
            "audit takes one file: FILE.jsonl, FILE.csv or FILE.json (Google Business Profile reviews)",
        ));
    };
    let Some(format) = ExportFormat::of_path(path) else {
        return fail(crate::locale::pick(
            format!("{path} : format d'export inconnu ; attendu un fichier .jsonl, .csv (ou .tsv) ou .json (avis Google Business Profile) ; depuis un tableur, exportez en « CSV UTF-8 »"),
            format!("{path}: unknown export format; expected a .jsonl, .csv (or .tsv) or .json (Google Business Profile reviews) file; from a spreadsheet, export as \"CSV UTF-8\""),
        ));
    };
    let text = match read_export(path) {
        Ok((text, false)) => text,
        Ok((text, true)) => {
            eprintln!(
                "{}",
                crate::locale::pick(
                    format!("{path} : pas en UTF-8, lu comme Windows-1252 (l'encodage des CSV d'Excel) ; si des accents sont faux, exportez en « CSV UTF-8 »"),
                    format!("{path}: not UTF-8, read as Windows-1252 (the encoding of Excel's CSV files); if accents look wrong, export as \"CSV UTF-8\""),
                )
            );
            text
        }
        Err(error) => return fail(error),
    };
    let pairs = match audit::pairs::read(&text, format) {
        Ok(pairs) => pairs,
        Err(error) => return fail(format!("{path}: {error}")),
    };
    if pairs.pairs.is_empty() && pairs.unanswered == 0 && pairs.bad_rows.is_empty() {
        return fail(crate::locale::pick(
            format!("{path} : aucune paire avis/réponse trouvée ; le fichier est vide"),
            format!("{path}: no review/reply pair found; the file is empty"),
        ));
    }
    for row in &pairs.bad_rows {
        let label = if options.locale == Locale::Fr { "ligne ignorée :" } else { "row skipped:" };
        eprintln!("{path}:{}: {label} {}", row.line, row.reason);
    }

    let settings = Settings {
        strictness: options.strictness,
        locale: options.locale,
        tone: options.tone.as_deref().and_then(Tone::from_id).unwrap_or_default(),
        practice: Practice {
            profession: options.profession(),
            name: options.practice.clone(),
            city: options.city.clone(),
            specialty: options.specialty.clone(),
            signature: options.signature.clone(),
            ..Practice::default()
        },
    };
    let total = pairs.pairs.len();
    let mut bar = ProgressBar::new(total);
    let result = audit::run(pairs, &settings, |done| bar.update(done));
    bar.finish();

    match options.format {
        Format::Json => crate::output::print_json(&result),
        Format::Html => crate::output::print(&audit::html::render(&result, path, options.locale)),
        Format::Text => crate::output::print(&render_text(&result, path, options.locale)),
    }
    if result.with_breaches > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

/// Returns the name of a category id in `locale` (« Date ou heure » for `date_or_time`).
pub fn category_label(id: &str, locale: Locale) -> String {
    discret_checker::Category::from_id(id)
        .map_or_else(|| id.to_string(), |category| discret_checker::messages::label(locale, category))
}

/// Returns the one-line summary of an audit.
pub fn summary_line(audit: &Audit, path: &str, locale: Locale) -> String {
    let share = if audit.replies == 0 { 0.0 } else { 100.0 * audit.with_breaches as f64 / audit.replies as f64 };
    match locale {
        Locale::Fr => format!(
            "{path} : {} réponse(s) lue(s), {} à risque ({share:.0} %), {} ligne(s) ignorée(s), {} avis sans réponse.",
            audit.replies,
            audit.with_breaches,
            audit.skipped.len(),
            audit.unanswered
        ),
        Locale::En => format!(
            "{path}: {} replies read, {} at risk ({share:.0}%), {} rows skipped, {} reviews without a reply.",
            audit.replies,
            audit.with_breaches,
            audit.skipped.len(),
            audit.unanswered
        ),
    }
}

fn render_text(audit: &Audit, path: &str, locale: Locale) -> String {
    let fr = locale == Locale::Fr;
    let mut out = format!("{}\n", summary_line(audit, path, locale));
    if !audit.by_category.is_empty() {
        out.push_str(if fr { "\nRéponses à risque par catégorie :\n" } else { "\nReplies at risk by category:\n" });
        for (category, count) in &audit.by_category {
            out.push_str(&format!("  {:<36} {count}\n", category_label(category, locale)));
        }
    }
    for offending in &audit.offending {
        let mut heading = format!("\n== {} {}", if fr { "ligne" } else { "line" }, offending.line);
        for part in [&offending.reviewer, &offending.date, &offending.url].into_iter().flatten() {
            heading.push_str(" — ");
            heading.push_str(part);
        }
        out.push_str(&heading);
        out.push_str("\n\n");
        let name = format!("{path}:{}", offending.line);
        out.push_str(&diagnostic::render(&name, &offending.reply, &offending.findings, locale));
        out.push_str(if fr { "Réponse conforme proposée :\n" } else { "Suggested compliant reply:\n" });
        for line in offending.rewrite.lines() {
            out.push_str("  | ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// A progress bar on standard error, drawn only when standard error is a terminal and the file is long.
struct ProgressBar {
    total: usize,
    shown: bool,
    last_percent: usize,
}

impl ProgressBar {
    fn new(total: usize) -> ProgressBar {
        ProgressBar {
            total,
            shown: total >= PROGRESS_MIN_PAIRS && std::io::stderr().is_terminal(),
            last_percent: usize::MAX,
        }
    }

    fn update(&mut self, done: usize) {
        if !self.shown {
            return;
        }
        let percent = done * 100 / self.total.max(1);
        if percent == self.last_percent {
            return;
        }
        self.last_percent = percent;
        let filled = percent * 30 / 100;
        let mut stderr = std::io::stderr().lock();
        let _ = write!(
            stderr,
            "\r[{}{}] {percent:>3} % {done}/{}",
            "#".repeat(filled),
            ".".repeat(30 - filled),
            self.total
        );
        let _ = stderr.flush();
    }

    fn finish(&self) {
        if self.shown {
            eprintln!();
        }
    }
}

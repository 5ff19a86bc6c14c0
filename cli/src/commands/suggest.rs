//! `discret suggest`: prints ready replies for the situation of a review.

use discret_checker::messages::text as message_text;
use discret_checker::{suggest, Locale, Situation, Tone};

use super::check::build_request;
use super::fail;
use crate::args::{self, Format};
use crate::EXIT_CLEAN;

const OPTIONS: &[&str] = &["--review", "--reviewer", "--lang", "--locale", "--format", "--tone", "--situation"];

/// Runs `discret suggest`.
pub fn run(arguments: &[String]) -> i32 {
    let options = match args::parse(arguments, &[OPTIONS, args::PRACTICE_OPTIONS].concat()) {
        Ok(options) => options,
        Err(error) => return fail(error),
    };
    if !options.inputs.is_empty() {
        return fail(crate::locale::pick(
            format!(
                "suggest ne lit pas de fichier de réponse, reçu {} ; donnez l'avis avec --review FICHIER",
                options.inputs.join(" ")
            ),
            format!(
                "suggest reads no reply file, got {}; give the review with --review FILE",
                options.inputs.join(" ")
            ),
        ));
    }
    let tone = options.tone.as_deref().and_then(Tone::from_id);
    let request = match build_request(&options, String::new()) {
        Ok(request) => request,
        Err(code) => return code,
    };

    let mut result = suggest(&request, options.situation.as_deref().and_then(Situation::from_id));
    if let Some(tone) = tone {
        result.suggestions.retain(|suggestion| suggestion.tone == tone);
    }
    match options.format {
        Format::Html => {
            return fail(crate::locale::pick(
                "suggest affiche du texte ou du JSON ; --format html n'existe que pour audit",
                "suggest prints text or json; --format html is only available for audit",
            ))
        }
        Format::Json => crate::output::print_json(&result),
        Format::Text => crate::output::print(&render_text(&result, options.locale)),
    }
    EXIT_CLEAN
}

/// Renders the suggestions under a line that names the situation, each numbered with its tone.
fn render_text(result: &discret_checker::Suggestions, locale: Locale) -> String {
    let mut out = String::new();
    let situation_label = message_text(locale, &format!("situation.{}", result.situation.id()));
    // French puts a space before the colon.
    match locale {
        Locale::Fr => out.push_str(&format!("Situation\u{a0}: {situation_label}\n")),
        Locale::En => out.push_str(&format!("Situation: {situation_label}\n")),
    }
    for (index, suggestion) in result.suggestions.iter().enumerate() {
        let tone_label = message_text(locale, &format!("tone.{}", suggestion.tone.id()));
        out.push_str(&format!("\n── {} ({tone_label}) ──\n{}\n", index + 1, suggestion.text));
    }
    out
}

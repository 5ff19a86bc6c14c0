//! `discret rewrite`: prints a compliant version of one reply.

use serde::Serialize;

use discret_checker::{rewrite, Locale, Removal, Tone};

use super::check::{build_request, REQUEST_OPTIONS};
use super::fail;
use crate::args::{self, Format};
use crate::input::read_text;
use crate::EXIT_CLEAN;

/// The JSON document `rewrite --format json` prints.
#[derive(Serialize)]
struct JsonRewrite<'a> {
    text: &'a str,
    lang: discret_checker::Lang,
    tone: Tone,
    composed: bool,
    removed: &'a [Removal],
}

/// Runs `discret rewrite`: the reply goes to standard output, what was removed to standard error.
pub fn run(arguments: &[String]) -> i32 {
    let options = match args::parse(arguments, &[REQUEST_OPTIONS, args::PRACTICE_OPTIONS, &["--tone"]].concat()) {
        Ok(options) => options,
        Err(error) => return fail(error),
    };
    if options.inputs.len() > 1 {
        return fail(crate::locale::pick(
            format!(
                "rewrite lit un seul fichier de réponse, reçu {} : {}",
                options.inputs.len(),
                options.inputs.join(" ")
            ),
            format!("rewrite takes one reply file, got {}: {}", options.inputs.len(), options.inputs.join(" ")),
        ));
    }
    let tone = options.tone.as_deref().and_then(Tone::from_id).unwrap_or_default();
    let path = options.inputs.first().map_or("-", String::as_str);
    let reply = match read_text(path) {
        Ok(text) => text,
        Err(error) => return fail(error),
    };
    let request = match build_request(&options, reply) {
        Ok(request) => request,
        Err(code) => return code,
    };

    let result = rewrite(&request, tone);
    match options.format {
        Format::Html => {
            return fail(crate::locale::pick(
                "rewrite affiche du texte ou du JSON ; --format html n'existe que pour audit",
                "rewrite prints text or json; --format html is only available for audit",
            ))
        }
        Format::Json => {
            let document = JsonRewrite {
                text: &result.text,
                lang: result.lang,
                tone,
                composed: result.composed,
                removed: &result.removed,
            };
            crate::output::print_json(&document);
        }
        Format::Text => {
            for removal in &result.removed {
                eprintln!("{}", describe_removal(removal, options.locale));
            }
            crate::output::print(&format!("{}\n", result.text));
        }
    }
    EXIT_CLEAN
}

/// Returns one line of standard error for a removal: « retiré : “…” — raison ».
fn describe_removal(removal: &Removal, locale: Locale) -> String {
    let mut text: String = removal.text.chars().take(100).collect();
    if text.len() < removal.text.len() {
        text.push('…');
    }
    let text = text.replace('\n', " ");
    match locale {
        Locale::Fr => format!("retiré : « {text} » — {}", removal.message),
        Locale::En => format!("removed: \"{text}\" — {}", removal.message),
    }
}

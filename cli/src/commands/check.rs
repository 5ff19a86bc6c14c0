//! `discret check`: prints the findings of one reply.

use serde::Serialize;

use discret_checker::{check, Finding, Lang, Practice, Request, Severity, Strictness};

use super::fail;
use crate::args::{self, Format, Options};
use crate::diagnostic;
use crate::input::read_text;
use crate::{EXIT_CLEAN, EXIT_FINDINGS};

/// Options that build the checker request, besides the practice's details; `rewrite` accepts them too.
pub const REQUEST_OPTIONS: &[&str] = &["--review", "--reviewer", "--strictness", "--lang", "--locale", "--format"];

/// The JSON document `check --format json` prints.
#[derive(Serialize)]
struct JsonReport<'a> {
    lang: Lang,
    strictness: Strictness,
    findings: &'a [Finding],
}

/// Runs `discret check`.
pub fn run(arguments: &[String]) -> i32 {
    let options = match args::parse(arguments, &[REQUEST_OPTIONS, args::PRACTICE_OPTIONS].concat()) {
        Ok(options) => options,
        Err(error) => return fail(error),
    };
    if options.inputs.len() > 1 {
        return fail(crate::locale::pick(
            format!(
                "check lit un seul fichier de réponse, reçu {} : {}",
                options.inputs.len(),
                options.inputs.join(" ")
            ),
            format!("check takes one reply file, got {}: {}", options.inputs.len(), options.inputs.join(" ")),
        ));
    }
    let path = options.inputs.first().map_or("-", String::as_str);
    let reply = match read_text(path) {
        Ok(text) => text,
        Err(error) => return fail(error),
    };
    let request = match build_request(&options, reply) {
        Ok(request) => request,
        Err(code) => return code,
    };

    let report = check(&request);
    if request.reply.trim().is_empty() {
        let name = if path == "-" { "<stdin>" } else { path };
        eprintln!(
            "{}",
            crate::locale::pick(
                format!("avertissement : {name} est vide, il n'y a rien à vérifier"),
                format!("warning: {name} is empty, so there is nothing to check"),
            )
        );
    }
    if report.truncated {
        let limit = discret_checker::MAX_REPLY_BYTES;
        eprintln!(
            "{}",
            crate::locale::pick(
                format!("avertissement : la réponse dépasse {limit} octets ; seul son début a été vérifié"),
                format!("warning: the reply is longer than {limit} bytes; only its beginning was checked"),
            )
        );
    }
    match options.format {
        Format::Html => {
            return fail(crate::locale::pick(
                "check affiche du texte ou du JSON ; --format html n'existe que pour audit",
                "check prints text or json; --format html is only available for audit",
            ))
        }
        Format::Json => {
            let document = JsonReport { lang: report.lang, strictness: report.strictness, findings: &report.findings };
            crate::output::print_json(&document);
        }
        Format::Text => {
            let name = if path == "-" { "<stdin>" } else { path };
            crate::output::print(&diagnostic::render(name, &request.reply, &report.findings, options.locale));
            crate::output::print(&format!("{}\n", diagnostic::summary(&report.findings, options.locale)));
        }
    }
    exit_code(&report.findings)
}

/// Builds the checker request from the options, reading the review file if any.
pub fn build_request(options: &Options, reply: String) -> Result<Request, i32> {
    let review = match &options.review_file {
        Some(path) => Some(read_text(path).map_err(fail)?),
        None => None,
    };
    Ok(Request {
        reply,
        review,
        reviewer: options.reviewer.clone(),
        lang: options.lang,
        strictness: options.strictness,
        locale: options.locale,
        practice: Practice {
            profession: options.profession(),
            name: options.practice.clone(),
            city: options.city.clone(),
            specialty: options.specialty.clone(),
            signature: options.signature.clone(),
            ..Practice::default()
        },
    })
}

/// Returns 1 when a finding of severity error or warning exists, else 0.
pub fn exit_code(findings: &[Finding]) -> i32 {
    if findings.iter().any(|finding| finding.severity >= Severity::Warning) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

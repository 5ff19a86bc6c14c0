//! The language of the command line's own messages (usage errors, input errors, skipped rows):
//! French unless `--locale en` is given, like the findings.

use std::sync::OnceLock;

use discret_checker::Locale;

static LOCALE: OnceLock<Locale> = OnceLock::new();

/// Sets the message language from the command line, before the options are parsed, so that errors in
/// the options themselves are in that language too. Only the first call counts.
pub fn set_from_arguments(arguments: &[String]) {
    let english = arguments.windows(2).any(|pair| pair[0] == "--locale" && pair[1] == "en")
        || arguments.iter().any(|argument| argument == "--locale=en");
    let _ = LOCALE.set(if english { Locale::En } else { Locale::Fr });
}

/// The message language.
pub fn current() -> Locale {
    LOCALE.get().copied().unwrap_or(Locale::Fr)
}

/// Returns `french` or `english`, by the message language.
pub fn pick(french: impl Into<String>, english: impl Into<String>) -> String {
    match current() {
        Locale::Fr => french.into(),
        Locale::En => english.into(),
    }
}

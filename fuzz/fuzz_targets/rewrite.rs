//! `rewrite` never panics, and its result passes a strict check, fits Google's 4,096 bytes and keeps
//! the reply's language.

#![no_main]

use discret_checker::{check, reply_language, rewrite, LangChoice, Lang, Request, Severity, Strictness, Tone};
use libfuzzer_sys::fuzz_target;

mod input;

fuzz_target!(|data: &[u8]| {
    let request = input::request(data);
    let tone = Tone::ALL[data.first().map_or(0, |byte| usize::from(*byte >> 6) % 3)];
    let result = rewrite(&request, tone);
    assert!(result.text.len() <= 4096, "rewrite is {} bytes", result.text.len());
    assert_eq!(result.lang, reply_language(&request));
    let strict = Request {
        reply: result.text.clone(),
        strictness: Strictness::Strict,
        lang: match result.lang {
            Lang::Fr => LangChoice::Fr,
            Lang::En => LangChoice::En,
        },
        ..request
    };
    let blocking: Vec<_> =
        check(&strict).findings.into_iter().filter(|finding| finding.severity >= Severity::Warning).collect();
    assert!(blocking.is_empty(), "rewrite still breaches: {blocking:?}\n{}", result.text);
});

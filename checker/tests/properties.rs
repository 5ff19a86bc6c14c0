//! Properties that hold for every input: no panic, offsets on character boundaries, UTF-16 and byte
//! offsets that agree, spans that match their text.

use discret_checker::{check, LangChoice, Request, Strictness};
use proptest::prelude::*;

/// Asserts every invariant of a report for `request`.
fn assert_report_is_valid(request: &Request) {
    let report = check(request);
    let reply = &request.reply;
    for finding in &report.findings {
        assert!(finding.byte_start <= finding.byte_end, "{finding:?}");
        assert!(finding.byte_end <= reply.len(), "{finding:?}");
        assert!(reply.is_char_boundary(finding.byte_start), "start not on a boundary: {finding:?}");
        assert!(reply.is_char_boundary(finding.byte_end), "end not on a boundary: {finding:?}");
        assert_eq!(&reply[finding.byte_start..finding.byte_end], finding.text);
        let utf16_start = reply[..finding.byte_start].encode_utf16().count();
        let utf16_end = reply[..finding.byte_end].encode_utf16().count();
        assert_eq!((finding.start, finding.end), (utf16_start, utf16_end), "UTF-16 offsets disagree: {finding:?}");
        assert!(!finding.message.is_empty());
        assert!(!finding.legal.is_empty());
    }
}

/// Text made of pieces that exercise the rules: health words, names, numbers, apostrophes, emoji,
/// combining marks and unusual spaces.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "votre ",
        "détartrage",
        " je vous ai reçue ",
        "le 14 mars à 18h",
        "l’opération",
        "d'implant",
        "qu’elle",
        "opéré·e",
        "opéré.e ",
        "\u{00A0}!",
        "\u{202F}?",
        "œil",
        "cœur",
        "e\u{0301}",
        "😊",
        "👨‍👩‍👧",
        "🇫🇷",
        "\u{200D}",
        "\u{FEFF}",
        "\t",
        "\n",
        "\r\n",
        "Monsieur ",
        "Martin",
        "06 12 34 56 78",
        "paul@exemple.fr",
        "1 84 05 69 123 456 90",
        "12 rue des Lilas",
        "15 ans",
        "Mr. ",
        "your knee",
        "glad you're feeling better",
        "€",
        "45 €",
        "-20 %",
        "İ",
        "ß",
        "ﬁ",
        "\u{0000}",
        "\u{0007}",
        "Ⅻ",
        "ǅ",
        "’",
        "'",
        ".",
        ",",
        " ",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|parts| parts.concat())
}

fn strictness() -> impl Strategy<Value = Strictness> {
    prop::sample::select(vec![Strictness::Lenient, Strictness::Standard, Strictness::Strict])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_is_checked_safely(reply in any::<String>(), review in any::<Option<String>>(), reviewer in any::<Option<String>>(), strictness in strictness()) {
        assert_report_is_valid(&Request { reply, review, reviewer, strictness, ..Request::default() });
    }

    #[test]
    fn tricky_text_is_checked_safely(reply in tricky_text(), review in tricky_text(), strictness in strictness(), english in any::<bool>()) {
        let lang = if english { LangChoice::En } else { LangChoice::Fr };
        let request = Request { reply, review: Some(review), reviewer: Some("Sophie M.".into()), strictness, lang, ..Request::default() };
        assert_report_is_valid(&request);
    }

    #[test]
    fn levels_at_once_match_single_checks(reply in tricky_text(), review in tricky_text(), english in any::<bool>()) {
        let lang = if english { LangChoice::En } else { LangChoice::Fr };
        let request = Request { reply, review: Some(review), reviewer: Some("Sophie M.".into()), lang, ..Request::default() };
        let levels = [Strictness::Lenient, Strictness::Standard, Strictness::Strict];
        let together = discret_checker::check_at(&request, &levels);
        for (report, strictness) in together.iter().zip(levels) {
            let alone = check(&Request { strictness, ..request.clone() });
            prop_assert_eq!(&report.findings, &alone.findings);
            prop_assert_eq!(report.strictness, strictness);
        }
    }
}

#[test]
fn empty_reply_has_no_findings() {
    let report = check(&Request::default());
    assert!(report.findings.is_empty());
    assert!(!report.truncated);
}

#[test]
fn very_long_reply_is_cut_and_reported() {
    let sentence = "Merci pour votre détartrage du 14 mars, bon rétablissement ! ";
    let reply = sentence.repeat(1_000_000 / sentence.len() + 1);
    let request = Request { reply, ..Request::default() };
    let report = check(&request);
    assert!(report.truncated);
    assert!(!report.findings.is_empty());
    assert_report_is_valid(&request);
}

#[test]
fn control_characters_and_replacement_characters_are_safe() {
    // Lone surrogates from JavaScript reach Rust as U+FFFD.
    let reply = "\u{FFFD}votre\u{0000}genou\u{FFFD}\u{0008}\u{001B}[31m😊\u{FFFD}";
    assert_report_is_valid(&Request { reply: reply.into(), ..Request::default() });
}

#[test]
fn name_opening_clause_is_safe() {
    // A symbol that splits clauses between « a » and a capitalised word: the clause starts at the word.
    let reply = "a\u{1D100}ÀlÌ\u{101D0}";
    assert_report_is_valid(&Request { reply: reply.into(), reviewer: Some("Sophie M.".into()), ..Request::default() });
}

#[test]
fn offsets_after_emoji_count_two_units() {
    let reply = "😊 votre détartrage";
    let report = check(&Request { reply: reply.into(), ..Request::default() });
    let finding =
        report.findings.iter().find(|finding| finding.text.contains("détartrage")).expect("the treatment is found");
    assert_eq!(finding.start, 3);
    assert_eq!(finding.byte_start, 5);
}

//! One-click fixes: a deletion is offered only where it leaves the sentence whole.

use discret_checker::{check, LangChoice, Request, Strictness};

/// Returns the fix of the finding whose text is `text` in the report on `reply`.
fn fix_of(reply: &str, lang: LangChoice, text: &str) -> Option<String> {
    let request = Request { reply: reply.into(), lang, strictness: Strictness::Standard, ..Request::default() };
    let report = check(&request);
    let finding = report
        .findings
        .into_iter()
        .find(|finding| finding.text == text)
        .unwrap_or_else(|| panic!("no finding {text:?} in {reply:?}"));
    finding.fix
}

#[test]
fn phrase_fix_deletes_a_set_off_clause() {
    let rows = [
        ("Bon rétablissement !", LangChoice::Fr, "Bon rétablissement"),
        ("Merci Paul, bon rétablissement !", LangChoice::Fr, "bon rétablissement"),
        ("Thanks Paul, get well!", LangChoice::En, "get well"),
    ];
    for (reply, lang, text) in rows {
        assert_eq!(fix_of(reply, lang, text), Some(String::new()), "{reply:?}");
    }
}

#[test]
fn phrase_fix_absent_inside_a_clause() {
    let rows = [
        ("Ravie que le détartrage se soit bien passé.", LangChoice::Fr, "se soit bien passé"),
        ("Merci pour votre avis, bon rétablissement et à bientôt.", LangChoice::Fr, "bon rétablissement"),
        ("Thanks Paul, get well soon!", LangChoice::En, "get well"),
    ];
    for (reply, lang, text) in rows {
        assert_eq!(fix_of(reply, lang, text), None, "{reply:?}");
    }
}

#[test]
fn date_fix_deletes_inside_a_sentence() {
    assert_eq!(
        fix_of("Nous vous attendons le 14 mars pour le contrôle.", LangChoice::Fr, "le 14 mars"),
        Some(String::new())
    );
}

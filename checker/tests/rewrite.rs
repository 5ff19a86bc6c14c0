//! The rewrite's invariants, on every case of the labelled corpora and on generated drafts: no error or
//! warning finding at strict strictness, the reviewer's public name kept when the draft used it, at most
//! 4,096 UTF-8 bytes, the reply's language, and no word that comes from neither the draft, the
//! phrasebook nor the practice's details.

use std::collections::HashSet;
use std::path::Path;

use discret_checker::lexicon::fold;
use discret_checker::{
    check, reply_language, rewrite, Lang, Practice, Profession, Request, Severity, Strictness, Tone,
};
use proptest::prelude::*;

/// Folded words of `text`.
fn words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).map(str::to_string).collect()
}

/// Folded words of every phrasebook file of a language.
fn phrasebook_words(lang: Lang) -> HashSet<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    });
    let mut set = HashSet::new();
    for entry in std::fs::read_dir(folder.join("phrasebook")).expect("phrasebook folder exists") {
        let text = std::fs::read_to_string(entry.expect("readable entry").path()).expect("readable file");
        set.extend(words(&text));
    }
    set
}

/// Asserts every invariant of the rewrite of `request` in `tone`.
fn assert_rewrite_is_valid(request: &Request, tone: Tone, vocabulary: &HashSet<String>, label: &str) {
    let result = rewrite(request, tone);
    let strict = Request { reply: result.text.clone(), strictness: Strictness::Strict, ..request.clone() };
    let strict = Request {
        lang: match result.lang {
            Lang::Fr => discret_checker::LangChoice::Fr,
            Lang::En => discret_checker::LangChoice::En,
        },
        ..strict
    };
    let blocking: Vec<String> = check(&strict)
        .findings
        .into_iter()
        .filter(|finding| finding.severity >= Severity::Warning)
        .map(|finding| format!("{} ({})", finding.text, finding.rule))
        .collect();
    assert!(blocking.is_empty(), "{label}: rewrite still breaches {blocking:?}\n---\n{}", result.text);
    assert!(result.text.len() <= 4096, "{label}: rewrite is {} bytes", result.text.len());
    assert_eq!(result.lang, reply_language(request), "{label}: language changed");
    assert!(!result.text.trim().is_empty(), "{label}: empty rewrite");

    if let Some(reviewer) = &request.reviewer {
        if let Some(name) = words(reviewer).into_iter().find(|word| word.chars().count() >= 2) {
            if words(&request.reply).contains(&name) {
                assert!(words(&result.text).contains(&name), "{label}: name {name:?} lost\n---\n{}", result.text);
            }
        }
    }

    let mut allowed: HashSet<String> = words(&request.reply).into_iter().collect();
    for detail in
        [&request.practice.name, &request.practice.city, &request.practice.specialty, &request.practice.signature]
    {
        allowed.extend(words(detail));
    }
    allowed.extend(request.reviewer.iter().flat_map(|name| words(name)));
    let invented: Vec<String> =
        words(&result.text).into_iter().filter(|word| !allowed.contains(word) && !vocabulary.contains(word)).collect();
    assert!(invented.is_empty(), "{label}: words from nowhere {invented:?}\n---\n{}", result.text);
}

/// Reads the cases of a JSON Lines corpus as requests.
fn corpus_requests(name: &str) -> Vec<(String, Request)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus").join(name);
    let text = std::fs::read_to_string(&path).expect("corpus file is readable");
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let case: serde_json::Value = serde_json::from_str(line).expect("corpus line is JSON");
            let field = |key: &str| case.get(key).and_then(|value| value.as_str()).map(str::to_string);
            let request = Request {
                reply: field("reply").unwrap_or_default(),
                review: field("review"),
                reviewer: field("reviewer_name").filter(|name| !name.is_empty()),
                practice: Practice {
                    profession: Profession::from_label(&field("profession").unwrap_or_default()),
                    ..Practice::default()
                },
                ..Request::default()
            };
            (field("id").unwrap_or_default(), request)
        })
        .collect()
}

#[test]
fn rewrite_invariants_on_corpora() {
    let vocabulary: HashSet<String> = phrasebook_words(Lang::Fr).union(&phrasebook_words(Lang::En)).cloned().collect();
    // Every labelled corpus of the folder, so that a new one is tested without editing this list.
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus");
    let mut corpora: Vec<String> = std::fs::read_dir(&folder)
        .expect("the corpus folder is readable")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".jsonl"))
        .collect();
    corpora.sort();
    assert!(corpora.len() >= 26, "only {} corpora in {}", corpora.len(), folder.display());
    let mut count = 0;
    for corpus in &corpora {
        for (index, (id, request)) in corpus_requests(corpus).into_iter().enumerate() {
            let tone = Tone::ALL[index % 3];
            assert_rewrite_is_valid(&request, tone, &vocabulary, &format!("{corpus} {id}"));
            count += 1;
        }
    }
    assert!(count > 1000, "only {count} cases read");
}

#[test]
fn rewrite_with_practice_details() {
    let vocabulary: HashSet<String> = phrasebook_words(Lang::Fr).union(&phrasebook_words(Lang::En)).cloned().collect();
    let practice = Practice {
        profession: Profession::Kinesitherapeute,
        name: "Cabinet de kinésithérapie des Lilas".into(),
        city: "Nantes".into(),
        specialty: "kinésithérapie du sport".into(),
        signature: "Marc Dubois, masseur-kinésithérapeute".into(),
        ..Practice::default()
    };
    for (id, request) in corpus_requests("dev.jsonl") {
        let request = Request { practice: practice.clone(), ..request };
        for tone in Tone::ALL {
            assert_rewrite_is_valid(&request, tone, &vocabulary, &format!("dev {id} {tone:?}"));
        }
    }
}

#[test]
fn composed_rewrite_names_practice() {
    let request = Request {
        reply: "Votre opération du genou s'est bien passée, bon rétablissement !".into(),
        reviewer: Some("Sophie M.".into()),
        practice: Practice { name: "Cabinet des Lilas".into(), city: "Nantes".into(), ..Practice::default() },
        ..Request::default()
    };
    let result = rewrite(&request, Tone::Professional);
    assert!(result.composed);
    assert!(result.text.starts_with("Bonjour Sophie,"), "{}", result.text);
    assert!(result.text.contains("Cabinet des Lilas"), "{}", result.text);
    assert!(!result.text.contains("genou"), "{}", result.text);
    assert_eq!(result.removed.len(), 1);
}

#[test]
fn english_draft_stays_english() {
    let request = Request {
        reply: "Hi John, glad your root canal went well! See you at your next appointment on March 3.".into(),
        reviewer: Some("John D.".into()),
        ..Request::default()
    };
    let result = rewrite(&request, Tone::Warm);
    assert_eq!(result.lang, Lang::En);
    assert!(result.text.contains("John"), "{}", result.text);
    assert!(!result.text.to_lowercase().contains("root canal"), "{}", result.text);
}

/// The signature passes under the breaching sentence, and breaches once it opens the text alone.
#[test]
fn signature_left_alone_gets_composed_body() {
    let request = Request {
        reply: "Our lawyer has your signed consent form for the neck adjustment.\nFront Street Chiropractic, Kingston"
            .into(),
        review: Some("He cracked my neck without asking.".into()),
        reviewer: Some("Derek".into()),
        ..Request::default()
    };
    let result = rewrite(&request, Tone::Warm);
    assert!(!result.text.trim().is_empty(), "empty rewrite, removed: {:?}", result.removed);
    assert!(result.composed, "{}", result.text);
}

#[test]
fn clause_deleted_rest_kept() {
    let request =
        Request { reply: "Merci beaucoup pour ce gentil message, bon rétablissement !".into(), ..Request::default() };
    let result = rewrite(&request, Tone::Warm);
    assert!(result.text.starts_with("Merci beaucoup pour ce gentil message"), "{}", result.text);
    assert!(!result.text.contains("rétablissement"), "{}", result.text);
}

#[test]
fn french_spacing_follows_draft() {
    // The draft puts a narrow no-break space before « ! »: composed sentences do the same.
    let request =
        Request { reply: "Bonjour\u{202f}! Votre détartrage s'est bien passé\u{202f}!".into(), ..Request::default() };
    let result = rewrite(&request, Tone::Warm);
    for (index, c) in result.text.char_indices() {
        if matches!(c, '!' | '?' | ';' | ':') && index > 0 {
            let before = result.text[..index].chars().last().unwrap();
            assert_eq!(before, '\u{202f}', "space before {c:?} in {:?}", result.text);
        }
    }
}

/// Sentences, breaching or not, that generated drafts are made of.
fn draft_pieces() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Bonjour Sophie,",
        "Merci pour votre avis !",
        "Votre détartrage s'est bien passé.",
        "Je vous ai reçue le 12 mars à 18 h.",
        "Ravi que vous alliez mieux, bon rétablissement !",
        "Votre mutuelle a refusé le devis de 1 200 €.",
        "Appelez-moi au 06 12 34 56 78.",
        "Toute l'équipe vous remercie.",
        "N'hésitez pas à nous contacter directement.",
        "Cordialement,\nDr Martin",
        "Hi Sophie, thanks for the review!",
        "Your root canal went very well.",
        "We hope your back pain is better.",
        "\n\n",
        " ",
        "😀",
        "e\u{301}",
        "\u{0}",
    ])
    .prop_map(str::to_string)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn rewrite_invariants_on_generated_drafts(
        pieces in prop::collection::vec(draft_pieces(), 0..12),
        tone_index in 0usize..3,
        with_review in any::<bool>(),
    ) {
        let vocabulary: HashSet<String> = phrasebook_words(Lang::Fr).union(&phrasebook_words(Lang::En)).cloned().collect();
        let request = Request {
            reply: pieces.join(" "),
            review: with_review.then(|| "Mon détartrage chez ce dentiste, génial, merci !".to_string()),
            reviewer: Some("Sophie M.".into()),
            ..Request::default()
        };
        assert_rewrite_is_valid(&request, Tone::ALL[tone_index], &vocabulary, "generated");
    }

    #[test]
    fn rewrite_never_panics(reply in "\\PC{0,300}", review in proptest::option::of("\\PC{0,100}")) {
        let request = Request { reply, review, reviewer: Some("Sophie M.".into()), ..Request::default() };
        let result = rewrite(&request, Tone::Neutral);
        prop_assert!(result.text.len() <= 4096);
    }
}

#[test]
fn long_draft_fits_google_limit() {
    let sentence = "Toute l'équipe vous remercie pour ce message et vous souhaite une belle journée. ";
    let request = Request { reply: sentence.repeat(120), ..Request::default() };
    let result = rewrite(&request, Tone::Warm);
    assert!(result.text.len() <= 4096, "{} bytes", result.text.len());
    assert!(result.removed.iter().all(|removal| removal.category.is_none()));
}

#[test]
fn strict_only_removal_explained() {
    let request = Request {
        reply: "Merci pour votre confiance, Sophie ! Toute l'équipe vous souhaite une belle journée.".into(),
        reviewer: Some("Sophie M.".into()),
        ..Request::default()
    };
    let result = rewrite(&request, Tone::Warm);
    assert_eq!(result.removed.len(), 1, "{:?}", result.removed);
    assert!(result.removed[0].message.starts_with("Par prudence"), "{}", result.removed[0].message);
}

#[test]
fn greeting_names_reviewer_as_drafted() {
    let request = Request {
        reply: "Bonjour Sophie, votre détartrage s'est très bien passé.".into(),
        reviewer: Some("Sophie Martin".into()),
        ..Request::default()
    };
    let result = rewrite(&request, Tone::Warm);
    assert!(result.text.contains("Sophie"), "{}", result.text);
    assert!(!result.text.contains("Martin"), "{}", result.text);
}

#[test]
fn complaint_gets_invitation() {
    let request = Request {
        reply: "Merci pour votre avis. Votre détartrage s'est bien passé. Toute l'équipe vous remercie.".into(),
        review: Some("J'ai eu très mal et personne ne m'a rien expliqué. Je ne reviendrai pas.".into()),
        ..Request::default()
    };
    let result = rewrite(&request, Tone::Professional);
    assert!(result.composed, "{}", result.text);
    assert!(result.text.contains("contact"), "{}", result.text);
    assert!(!result.text.contains("détartrage"), "{}", result.text);
}

#[test]
fn greeting_removed_with_its_sentence_is_composed_again() {
    let request = Request {
        reply: "Bonjour, l'IRM ne montrait aucune lésion, c'est pourquoi je n'ai pas prescrit d'arrêt. Je reste à votre disposition.".into(),
        ..Request::default()
    };
    let result = rewrite(&request, Tone::Warm);
    assert!(result.text.starts_with("Bonjour"), "{}", result.text);
    assert!(result.text.contains("Je reste à votre disposition."), "{}", result.text);
    assert!(!result.text.contains("IRM"), "{}", result.text);
}

#[test]
fn compliant_clause_after_breach_kept() {
    let request = Request {
        reply: "Bonjour, nous ne pouvons pas discuter de votre accouchement, mais l'équipe reste disponible au 04 72 00 00 00.".into(),
        ..Request::default()
    };
    let result = rewrite(&request, Tone::Warm);
    assert!(result.text.contains("L'équipe reste disponible au 04 72 00 00 00."), "{}", result.text);
    assert!(!result.text.contains("accouchement"), "{}", result.text);
}

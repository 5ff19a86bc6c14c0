//! The phrasebook: at least three variants per situation and tone in each language, every phrasing
//! passes a strict check with and without the practice's details, and situations are detected from the
//! kind of review.

use discret_checker::phrasebook::data::errors;
use discret_checker::phrasebook::situation::detect;
use discret_checker::{check, suggest, Lang, LangChoice, Practice, Request, Severity, Situation, Strictness, Tone};

fn request(lang: Lang, reviewer: Option<&str>, practice: Practice) -> Request {
    Request {
        reviewer: reviewer.map(str::to_string),
        lang: match lang {
            Lang::Fr => LangChoice::Fr,
            Lang::En => LangChoice::En,
        },
        practice,
        ..Request::default()
    }
}

#[test]
fn phrasebook_files_parse() {
    let messages: Vec<String> = errors().iter().map(ToString::to_string).collect();
    assert!(messages.is_empty(), "{}", messages.join("\n"));
}

#[test]
fn every_phrasing_passes_strict_check() {
    let full = Practice {
        name: "Cabinet du Parc".into(),
        city: "Lyon".into(),
        specialty: "médecine générale".into(),
        signature: "Dr Claire Martin".into(),
        ..Practice::default()
    };
    for lang in [Lang::Fr, Lang::En] {
        for (reviewer, practice) in [(Some("Sophie M."), full.clone()), (None, Practice::default())] {
            let base = request(lang, reviewer, practice);
            for situation in Situation::ALL {
                let result = suggest(&base, Some(situation));
                for tone in Tone::ALL {
                    let count = result.suggestions.iter().filter(|suggestion| suggestion.tone == tone).count();
                    assert!(count >= 3, "{lang:?} {situation:?} {tone:?}: {count} variants");
                }
                for suggestion in &result.suggestions {
                    let strict =
                        Request { reply: suggestion.text.clone(), strictness: Strictness::Strict, ..base.clone() };
                    let blocking: Vec<String> = check(&strict)
                        .findings
                        .into_iter()
                        .filter(|finding| finding.severity >= Severity::Warning)
                        .map(|finding| format!("{} ({})", finding.text, finding.rule))
                        .collect();
                    assert!(blocking.is_empty(), "{lang:?} {situation:?}: {blocking:?} in\n{}", suggestion.text);
                    // "Sophie M." is greeted by her given name.
                    if let Some(given) = reviewer.and_then(|name| name.split_whitespace().next()) {
                        assert!(suggestion.text.contains(given), "greeting without the name:\n{}", suggestion.text);
                    }
                    assert!(!suggestion.text.contains(['[', ']', '{', '}']), "unfilled template:\n{}", suggestion.text);
                }
            }
        }
    }
}

#[test]
fn complaints_greeted_without_exclamation() {
    for lang in [Lang::Fr, Lang::En] {
        let base = request(lang, Some("Nadia K."), Practice::default());
        for situation in Situation::ALL.into_iter().filter(|situation| situation.is_complaint()) {
            for suggestion in suggest(&base, Some(situation)).suggestions {
                let greeting = suggestion.text.lines().next().unwrap_or("");
                assert!(!greeting.contains('!'), "{lang:?} {situation:?} {:?}: {greeting}", suggestion.tone);
            }
        }
    }
}

#[test]
fn suggestions_keep_language() {
    let english = request(Lang::En, Some("John D."), Practice::default());
    let result = suggest(&english, None);
    assert_eq!(result.lang, Lang::En);
    assert!(result.suggestions.iter().all(|suggestion| !suggestion.text.contains("Bonjour")));
}

#[test]
fn situations_detected_from_review() {
    let cases: &[(Lang, &str, Situation)] = &[
        (Lang::Fr, "Très à l'écoute et souriante, je recommande vivement !", Situation::Positive),
        (Lang::Fr, "Très déçue, accueil froid et expéditif. À fuir.", Situation::Negative),
        (Lang::Fr, "Praticienne compétente mais une heure de retard à chaque fois.", Situation::Mixed),
        (Lang::Fr, "", Situation::Neutral),
        (Lang::Fr, "Mon détartrage s'est bien passé.", Situation::CareMentioned),
        (Lang::Fr, "Ma fille a été très bien reçue.", Situation::RelativeMentioned),
        (Lang::Fr, "Impossible de joindre le secrétariat, personne ne répond.", Situation::NotAPatient),
        (Lang::Fr, "Charlatan, escroc, je vais porter plainte !", Situation::Aggressive),
        (Lang::Fr, "Pas déçue du tout, merci.", Situation::Positive),
        (Lang::En, "Lovely staff, highly recommend!", Situation::Positive),
        (Lang::En, "Rude and dismissive, would not recommend.", Situation::Negative),
        (Lang::En, "My root canal was painless.", Situation::CareMentioned),
        (Lang::En, "Couldn't get an appointment, nobody answers the phone.", Situation::NotAPatient),
        (Lang::En, "Total scam, this quack should be struck off.", Situation::Aggressive),
        (Lang::En, "My son loved the staff.", Situation::RelativeMentioned),
        // A negation reaches no further than its clause, and a phrasing with a negation of its own is
        // not turned around by the one before it.
        (Lang::Fr, "Facturé 60 euros sans prévenir, honteux.", Situation::Negative),
        (Lang::Fr, "Le médecin n'a même pas levé les yeux de son écran.", Situation::Negative),
        (Lang::Fr, "Ne prend pas le temps d'écouter.", Situation::Negative),
        (Lang::Fr, "Personne n'est désagréable ici, au contraire.", Situation::Positive),
        (Lang::Fr, "Kiné super, par contre parking impossible.", Situation::Mixed),
        (Lang::Fr, "Bof.", Situation::Negative),
        (Lang::Fr, "Le cabinet est très propre, mais le dentiste était pressé.", Situation::Mixed),
        (Lang::Fr, "Le dentiste n'a pas répondu à mes questions.", Situation::Negative),
        (Lang::En, "Didn't listen to a word I said.", Situation::Negative),
        (Lang::En, "She was not rude at all, very kind.", Situation::Positive),
        (Lang::En, "Charged me $150 for a 10 minute visit. Ripoff.", Situation::Negative),
        (Lang::En, "Great physio but the front desk is a nightmare.", Situation::Mixed),
    ];
    for (lang, review, expected) in cases {
        let detected = detect(Some(review), *lang);
        assert_eq!(detected[0], *expected, "{review:?} detected as {detected:?}");
    }
}

#[test]
fn short_reviews_answered_in_their_language() {
    let cases: &[(&str, Lang)] = &[
        ("Rude doctor, never going back", Lang::En),
        ("Receptionist hung up on me twice.", Lang::En),
        ("Bof.", Lang::Fr),
        ("Accueil glacial.", Lang::Fr),
    ];
    for (review, expected) in cases {
        let request = Request { review: Some(review.to_string()), ..Request::default() };
        let suggestions = suggest(&request, None);
        assert_eq!(suggestions.lang, *expected, "{review:?}");
        assert_eq!(suggestions.situation, Situation::Negative, "{review:?}");
    }
}

#[test]
fn greeting_uses_given_name() {
    let request = Request {
        review: Some("Merci pour tout !".to_string()),
        reviewer: Some("Anne B.".to_string()),
        lang: LangChoice::Fr,
        ..Request::default()
    };
    let suggestions = suggest(&request, Some(Situation::Positive));
    let warm = suggestions.suggestions.iter().find(|suggestion| suggestion.tone == Tone::Warm).unwrap();
    assert!(warm.text.starts_with("Bonjour Anne"), "{}", warm.text);
    assert!(!warm.text.contains("Anne B."), "{}", warm.text);
}

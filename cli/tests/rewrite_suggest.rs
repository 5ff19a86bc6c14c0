//! `discret rewrite` and `discret suggest` as a user runs them: the rewrite passes a strict check by the
//! same binary, suggestions come per tone, and bad options are usage errors.

mod common;

use common::discret;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

fn examples() -> Vec<std::path::PathBuf> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let mut list: Vec<_> = std::fs::read_dir(folder)
        .expect("examples folder exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.is_dir())
        .collect();
    list.sort();
    list
}

#[test]
fn rewrite_of_examples_passes_strict_check() {
    let examples = examples();
    assert!(!examples.is_empty());
    for example in examples {
        let review = example.join("review.txt");
        let reviewer = std::fs::read_to_string(example.join("reviewer.txt")).unwrap_or_default();
        let reply = std::fs::read_to_string(example.join("reply.txt")).expect("example has a reply");
        let review = review.to_str().unwrap();
        for tone in ["warm", "professional", "neutral"] {
            let rewritten = discret(
                &[
                    "rewrite",
                    "--review",
                    review,
                    "--reviewer",
                    reviewer.trim(),
                    "--tone",
                    tone,
                    "--practice",
                    "Cabinet des Lilas",
                    "-",
                ],
                &reply,
            );
            assert_eq!(rewritten.status.code(), Some(0), "{}", text(&rewritten.stderr));
            let rewritten_text = text(&rewritten.stdout);
            let checked = discret(
                &[
                    "check",
                    "--strictness",
                    "strict",
                    "--review",
                    review,
                    "--reviewer",
                    reviewer.trim(),
                    "--practice",
                    "Cabinet des Lilas",
                    "-",
                ],
                &rewritten_text,
            );
            assert_eq!(
                checked.status.code(),
                Some(0),
                "{}: {}\n{rewritten_text}",
                example.display(),
                text(&checked.stdout)
            );
        }
    }
}

#[test]
fn rewrite_reports_removals_on_stderr() {
    let output = discret(&["rewrite", "-"], "Merci ! Votre détartrage s'est bien passé.");
    assert_eq!(output.status.code(), Some(0));
    assert!(!text(&output.stdout).contains("détartrage"), "{}", text(&output.stdout));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("retiré : « Votre détartrage s'est bien passé. »"), "{stderr}");
}

#[test]
fn rewrite_json_lists_removals() {
    let output = discret(&["rewrite", "--format", "json", "--tone", "neutre", "-"], "Your root canal went well.");
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(document["lang"], "en");
    assert_eq!(document["tone"], "neutral");
    assert_eq!(document["composed"], true);
    assert_eq!(document["removed"][0]["category"], "treatment");
}

#[test]
fn suggest_prints_three_tones() {
    let review = std::env::temp_dir().join(format!("discret-suggest-review-{}.txt", std::process::id()));
    std::fs::write(&review, "Très déçue, accueil froid et expéditif.").unwrap();
    let output =
        discret(&["suggest", "--review", review.to_str().unwrap(), "--reviewer", "Sophie M.", "--format", "json"], "");
    std::fs::remove_file(&review).ok();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(document["situation"], "negative");
    let suggestions = document["suggestions"].as_array().unwrap();
    for tone in ["warm", "professional", "neutral"] {
        let count = suggestions.iter().filter(|suggestion| suggestion["tone"] == tone).count();
        assert!(count >= 3, "{tone}: {count}");
    }
    // "Sophie M." is greeted by her given name.
    let greeted = |suggestion: &serde_json::Value| suggestion["text"].as_str().unwrap().contains("Sophie");
    assert!(suggestions.iter().all(greeted));
    assert!(!suggestions.iter().any(|suggestion| suggestion["text"].as_str().unwrap().contains("Sophie M.")));
}

#[test]
fn suggest_text_names_situation_in_french() {
    let output = discret(&["suggest", "--situation", "aggressive", "--tone", "professional"], "");
    let stdout = text(&output.stdout);
    assert!(stdout.starts_with("Situation\u{a0}: Avis agressif"), "{stdout}");
    assert!(stdout.contains("(professionnel)"), "{stdout}");
    assert!(!stdout.contains("(chaleureux)"), "{stdout}");
}

#[test]
fn suggest_rejects_unknown_situation() {
    let output = discret(&["suggest", "--situation", "happy"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("valeur invalide \"happy\" pour --situation"), "{}", text(&output.stderr));
}

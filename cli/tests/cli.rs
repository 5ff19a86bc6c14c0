//! The `discret` binary as a user runs it: exit codes, JSON shape, messages and input errors.

mod common;

use std::process::{Command, Output, Stdio};

use common::{discret, temporary_folder};

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

#[test]
fn clean_reply_exits_zero() {
    let output = discret(&["check", "-"], "Merci pour votre message, toute l’équipe vous souhaite une belle journée.");
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("Aucun problème détecté."));
}

#[test]
fn breach_exits_one_with_french_diagnostic() {
    let output = discret(&["check", "--profession", "medecin"], "Bonjour, je vous ai reçue le 12 mars.");
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("erreur[visit_confirmation]"), "{text}");
    assert!(text.contains("--> <stdin>:1:"), "{text}");
    assert!(text.contains("R.4127-4 "), "{text}");
}

#[test]
fn legal_reference_follows_the_profession_or_the_specialty() {
    let reply = "Bonjour, je vous ai reçue le 12 mars pour votre détartrage.";
    let unknown = stdout(&discret(&["check", "-"], reply));
    assert!(unknown.contains("L.1110-4"), "{unknown}");
    assert!(unknown.contains("226-13"), "{unknown}");
    assert!(!unknown.contains("R.4127-"), "{unknown}");
    let dentist = stdout(&discret(&["check", "--specialty", "chirurgien-dentiste", "-"], reply));
    assert!(dentist.contains("R.4127-206"), "{dentist}");
    let midwife = stdout(&discret(&["check", "--specialty", "dentiste", "--profession", "sage-femme", "-"], reply));
    assert!(midwife.contains("R.4127-304"), "{midwife}");
    assert!(!midwife.contains("R.4127-206"), "{midwife}");
}

#[test]
fn english_locale_translates_messages() {
    let output = discret(&["check", "--locale", "en", "-"], "Bonjour, je vous ai reçue hier.");
    let text = stdout(&output);
    assert!(text.contains("confirms or denies that the person is or was a patient"), "{text}");
}

#[test]
fn json_has_the_documented_shape() {
    let output = discret(
        &["check", "--format", "json", "--reviewer", "Sophie M.", "-"],
        "😊 Merci Sophie ! Ravie que votre détartrage se soit bien passé.",
    );
    assert_eq!(output.status.code(), Some(1));
    let document: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("stdout is JSON");
    let object = document.as_object().expect("one object");
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["findings", "lang", "strictness"]);
    assert_eq!(document["lang"], "fr");
    assert_eq!(document["strictness"], "standard");
    let finding = &document["findings"][0];
    for key in [
        "start",
        "end",
        "byte_start",
        "byte_end",
        "text",
        "category",
        "rule",
        "severity",
        "message",
        "explanation",
        "legal",
        "fix",
    ] {
        assert!(finding.get(key).is_some(), "finding lacks {key}: {finding}");
    }
}

#[test]
fn review_file_enables_echo_detection() {
    let directory = temporary_folder("test");
    let review = directory.join("review.txt");
    std::fs::write(&review, "Enfin soulagée de ma sciatique !").unwrap();
    let output = discret(
        &["check", "--format", "json", "--review", review.to_str().unwrap(), "-"],
        "Merci, une sciatique est toujours éprouvante.",
    );
    let document: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let categories: Vec<&str> =
        document["findings"].as_array().unwrap().iter().filter_map(|finding| finding["category"].as_str()).collect();
    assert!(categories.contains(&"echo_of_review"), "{categories:?}");
    std::fs::remove_dir_all(&directory).ok();
}

#[test]
fn invalid_utf8_names_the_offset() {
    let directory = temporary_folder("utf8");
    let file = directory.join("reply.txt");
    std::fs::write(&file, b"Merci \xff beaucoup").unwrap();
    let output = discret(&["check", file.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("UTF-8 invalide à l'octet 6"), "{error}");
    assert!(error.contains("reply.txt"), "{error}");
    std::fs::remove_dir_all(&directory).ok();
}

#[test]
fn folder_given_as_reply_is_named() {
    let directory = temporary_folder("folder");
    let output = discret(&["check", directory.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("c'est un dossier"), "{error}");
    std::fs::remove_dir_all(&directory).ok();
}

#[test]
fn empty_reply_is_reported() {
    let output = discret(&["check", "-"], "  \n");
    assert_eq!(output.status.code(), Some(0));
    let warning = String::from_utf8_lossy(&output.stderr);
    assert!(warning.contains("<stdin> est vide"), "{warning}");
}

#[test]
fn closed_output_is_not_a_crash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_discret"))
        .args(["eval", concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus/dev.jsonl"), "--verbose"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    // Close the read end at once, as `| head -0` would.
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("the binary finishes");
    assert_ne!(output.status.code(), Some(101), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
}

#[test]
fn html_format_is_rejected_by_check() {
    let output = discret(&["check", "--format", "html", "-"], "Merci !");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn unknown_option_is_a_usage_error() {
    let output = discret(&["check", "--colour", "red"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("erreur : option inconnue --colour"));
}

#[test]
fn english_locale_translates_errors() {
    let output = discret(&["check", "--locale", "en", "--colour", "red"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("error: unknown option --colour"));
}

#[test]
fn missing_file_is_a_usage_error() {
    let output = discret(&["check", "/nonexistent/reply.txt"], "");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("/nonexistent/reply.txt : fichier introuvable"), "{stderr}");
}

#[test]
fn eval_prints_figures_per_category() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus/dev.jsonl");
    let output = discret(&["eval", corpus.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains("violations caught"), "{text}");
    assert!(text.contains("visit_confirmation"), "{text}");
}

#[test]
fn options_may_come_before_the_command() {
    let output = discret(&["--locale", "en", "help"], "");
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("Usage:"), "{}", stdout(&output));
    let output = discret(&["--locale", "en", "check", "-"], "Bonjour, je vous ai reçue mardi.");
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("error[visit_confirmation]"), "{}", stdout(&output));
}

#[test]
fn help_after_a_command_prints_usage() {
    let output = discret(&["check", "--help"], "");
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("Utilisation :"));
}

#[test]
fn eval_empty_must_not_flag_is_zero() {
    let corpus = std::env::temp_dir().join(format!("discret-eval-empty-{}.jsonl", std::process::id()));
    let case = r#"{"id": "x-1", "lang": "fr", "profession": "kinésithérapeute", "site": "google", "review": "Top", "reviewer_name": "Léa", "reply": "Je vous ai reçue mardi dernier.", "verdict": "violation", "categories": ["visit_confirmation"], "must_flag": ["Je vous ai reçue"], "must_not_flag": [], "note": ""}"#;
    std::fs::write(&corpus, format!("{case}\n")).expect("the corpus is written");
    let output = discret(&["eval", corpus.to_str().unwrap()], "");
    std::fs::remove_file(&corpus).expect("the corpus is removed");
    let text = stdout(&output);
    assert!(text.contains("strictness standard"), "{text}");
    let line = |name: &str| text.lines().find(|line| line.starts_with(name)).unwrap_or_default().to_string();
    assert!(line("compliant replies flagged").contains("0.0%"), "{text}");
    assert!(line("must_not_flag hit").contains("0.0%"), "{text}");
    assert!(line("must_not_flag hit").ends_with("yes"), "{text}");
}

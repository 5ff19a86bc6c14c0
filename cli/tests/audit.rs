//! `discret audit` on exports of past replies: the three input formats, skipped rows with their line,
//! the summary, and a self-contained HTML page.

use std::process::{Command, Output};

fn audit(arguments: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_discret")).arg("audit").args(arguments).output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// Writes `contents` to a temporary file with the given extension and returns its path.
fn export(name: &str, contents: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("discret-audit-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).expect("temporary file is writable");
    path
}

#[test]
fn csv_summary_and_skipped_row() {
    let path = export(
        "replies.csv",
        "review;reply;reviewer\n\
         Super accueil;Merci pour votre message, toute l'équipe vous remercie.;Paul\n\
         Mon détartrage;\"Ravie que votre détartrage se soit bien passé !\";Sophie M.\n\
         colonne en trop;a;b;c\n",
    );
    let output = audit(&[path.to_str().unwrap()]);
    std::fs::remove_file(&path).ok();
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("2 réponse(s) lue(s), 1 à risque (50 %), 1 ligne(s) ignorée(s)"), "{stdout}");
    assert!(stdout.contains("== ligne 3 — Sophie M."), "{stdout}");
    assert!(stdout.contains("Réponse conforme proposée :"), "{stdout}");
    let stderr = text(&output.stderr);
    assert!(stderr.contains(":4: ligne ignorée : 4 colonnes alors que l'en-tête en a 3"), "{stderr}");
}

#[test]
fn google_json_pairs_and_json_output() {
    let path = export(
        "reviews.json",
        r#"{"reviews":[
            {"reviewer":{"displayName":"Sophie M."},"comment":"Merci pour mon implant","reviewReply":{"comment":"Votre implant est parfait, Sophie."}},
            {"reviewer":{"displayName":"Paul"},"comment":"Bien","reviewReply":{"comment":"Merci pour votre message."}},
            {"reviewer":{"displayName":"Anne"},"comment":"Bof"}
        ]}"#,
    );
    let output = audit(&["--format", "json", path.to_str().unwrap()]);
    std::fs::remove_file(&path).ok();
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(document["replies"], 2);
    assert_eq!(document["with_breaches"], 1);
    assert_eq!(document["unanswered"], 1);
    assert_eq!(document["offending"][0]["line"], 1);
    assert!(!document["offending"][0]["rewrite"].as_str().unwrap().contains("implant"));
    assert!(
        document["by_category"]["echo_of_review"].as_u64().unwrap_or(0)
            + document["by_category"]["treatment"].as_u64().unwrap_or(0)
            >= 1
    );
}

#[test]
fn html_escapes_page_text() {
    let path = export(
        "replies.jsonl",
        "{\"review\":\"<script>alert(1)</script>\",\"reply\":\"<b>Votre</b> détartrage s'est bien passé.\",\"reviewer\":\"<img src=x>\"}\nnot json\n",
    );
    let output = audit(&["--format", "html", path.to_str().unwrap()]);
    std::fs::remove_file(&path).ok();
    let page = text(&output.stdout);
    assert!(page.starts_with("<!doctype html>"), "{page}");
    assert!(!page.contains("<script"), "{page}");
    assert!(!page.contains("<img"), "{page}");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{page}");
    assert!(page.contains("<mark"), "{page}");
    for external in ["<link", "<iframe", "url(", "@import", "http://", "https://"] {
        assert!(!page.contains(external), "external resource {external:?} in page");
    }
    assert!(text(&output.stderr).contains(":2: ligne ignorée : JSON invalide"), "{}", text(&output.stderr));
}

#[test]
fn unknown_extension_is_usage_error() {
    let output = audit(&["replies.xlsx"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("format d'export inconnu"), "{}", text(&output.stderr));
}

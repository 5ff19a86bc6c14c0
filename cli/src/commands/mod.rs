//! The commands of `discret`.

pub mod audit;
pub mod check;
pub mod eval;
pub mod rewrite;
pub mod suggest;

use crate::{EXIT_CLEAN, EXIT_USAGE};

const HELP: &str = "\
discret — checks replies to patient reviews for breaches of medical secrecy

Usage:
  discret check   [--review FILE] [--reviewer NAME] [--strictness lenient|standard|strict]
                  [--lang auto|fr|en] [--locale fr|en] [--profession NAME] [--practice NAME]
                  [--city CITY] [--specialty TEXT] [--signature TEXT] [--format text|json] [FILE|-]
  discret rewrite [same options as check] [--tone warm|professional|neutral] [FILE|-]
  discret suggest [--review FILE] [--reviewer NAME] [--tone warm|professional|neutral]
                  [--situation ID] [--lang auto|fr|en] [--locale fr|en] [--practice NAME]
                  [--city CITY] [--specialty TEXT] [--signature TEXT] [--format text|json]
  discret audit   [--format text|json|html] [--strictness ...] [--locale fr|en] [--tone ...]
                  [--profession NAME] [--practice NAME] [--city CITY] [--specialty TEXT]
                  [--signature TEXT]
                  FILE.jsonl|FILE.csv|FILE.json
  discret eval    [--strictness lenient|standard|strict] [--verbose] CORPUS.jsonl
  discret help
  discret --version

check and rewrite read the reply from FILE, or from standard input when FILE is - or missing.
Findings are printed in French unless --locale en is given.
rewrite prints a reply that passes a strict check on standard output, and what it removed, with the
reason, on standard error. --tone sets the tone of the sentences it adds (default: warm).
suggest prints ready replies for the situation of the review (detected, or set with --situation:
positive, negative, mixed, neutral, care_mentioned, relative_mentioned, not_a_patient, aggressive),
in every tone unless --tone is given.
--profession sets the code of ethics that findings cite. Without it, or with a profession the tool
does not know, they cite the profession that --specialty names, else only the articles that bind
every health professional.
audit reads review/reply pairs: JSON Lines (fields review, reply, reviewer, date, url), CSV with a
header row (columns review or avis, reply or réponse, optionally reviewer, date, url; separated by
, ; or tab), or the JSON of the Google Business Profile API (reviews[].comment,
reviews[].reviewReply.comment). It prints a summary and each reply at risk with its findings and a
compliant rewrite. Rows that cannot be read are
reported on standard error with their line number and skipped. Exit code 1 when a reply is at risk.

Exit codes: 0 no finding of severity error or warning, 1 such findings, 2 usage or input error.
rewrite and suggest exit with 0, or 2 on a usage or input error.
";

const HELP_FR: &str = "\
discret — vérifie que les réponses aux avis de patients respectent le secret médical

Utilisation :
  discret check   [--review FICHIER] [--reviewer NOM] [--strictness lenient|standard|strict]
                  [--lang auto|fr|en] [--locale fr|en] [--profession NOM] [--practice NOM]
                  [--city VILLE] [--specialty TEXTE] [--signature TEXTE] [--format text|json] [FICHIER|-]
  discret rewrite [mêmes options que check] [--tone warm|professional|neutral] [FICHIER|-]
  discret suggest [--review FICHIER] [--reviewer NOM] [--tone warm|professional|neutral]
                  [--situation ID] [--lang auto|fr|en] [--locale fr|en] [--practice NOM]
                  [--city VILLE] [--specialty TEXTE] [--signature TEXTE] [--format text|json]
  discret audit   [--format text|json|html] [--strictness ...] [--locale fr|en] [--tone ...]
                  [--profession NOM] [--practice NOM] [--city VILLE] [--specialty TEXTE]
                  [--signature TEXTE]
                  FICHIER.jsonl|FICHIER.csv|FICHIER.json
  discret eval    [--strictness lenient|standard|strict] [--verbose] CORPUS.jsonl
  discret help
  discret --version

check et rewrite lisent la réponse dans FICHIER, ou sur l'entrée standard si FICHIER vaut - ou manque.
Les messages sont en français, en anglais avec --locale en.
rewrite affiche sur la sortie standard une réponse qui passe la vérification stricte, et sur la sortie
d'erreur ce qu'il a retiré, avec la raison. --tone règle le ton des phrases ajoutées (par défaut warm,
chaleureux ; aussi professionnel, neutre).
suggest affiche des réponses prêtes pour la situation de l'avis (détectée, ou choisie avec --situation :
positive, negative, mixed, neutral, care_mentioned, relative_mentioned, not_a_patient, aggressive),
dans chaque ton, ou dans celui de --tone.
--profession règle le code de déontologie que citent les constats. Sans elle, ou pour une profession
que l'outil ne connaît pas, ils citent celui de la profession que nomme --specialty, sinon seulement
les articles qui s'imposent à tout professionnel de santé.
audit lit des paires avis/réponse : JSON Lines (champs review, reply, reviewer, date, url), CSV avec une
ligne d'en-tête (colonnes review ou avis, reply ou réponse, et en option reviewer, date, url ; séparées
par , ; ou tabulation), ou le JSON de l'API Google Business Profile (reviews[].comment,
reviews[].reviewReply.comment). Il affiche un bilan, puis chaque réponse à risque avec ses constats et une
réécriture conforme. Les lignes illisibles sont signalées sur la sortie d'erreur avec leur numéro, puis
ignorées. Code de sortie 1 quand une réponse est à risque.

Codes de sortie : 0 sans constat de gravité erreur ou avertissement, 1 avec de tels constats, 2 pour une
erreur d'utilisation ou de lecture. rewrite et suggest sortent avec 0, ou 2 sur une erreur.
";

/// Returns the usage text in the message language.
fn help() -> &'static str {
    match crate::locale::current() {
        discret_checker::Locale::Fr => HELP_FR,
        discret_checker::Locale::En => HELP,
    }
}

/// The commands that `run` accepts as the first argument.
const COMMANDS: &[&str] = &["check", "eval", "audit", "rewrite", "suggest", "help", "version"];

/// Runs the command line and returns the exit code.
pub fn run(arguments: &[String]) -> i32 {
    crate::locale::set_from_arguments(arguments);
    // `discret --locale en help` or `discret --locale en check reply.txt`: options may come before the
    // command, which then moves to the front.
    let mut arguments = arguments.to_vec();
    if arguments
        .first()
        .is_some_and(|first| first.starts_with("--") && !matches!(first.as_str(), "--help" | "--version"))
    {
        if let Some(position) = arguments.iter().position(|argument| COMMANDS.contains(&argument.as_str())) {
            let command = arguments.remove(position);
            arguments.insert(0, command);
        }
    }
    let Some(command) = arguments.first() else {
        eprint!("{}", help());
        return EXIT_USAGE;
    };
    let rest = &arguments[1..];
    // `discret check --help` requests the usage text, not a check of a file named --help.
    if rest.iter().any(|argument| argument == "--help" || argument == "-h") {
        print!("{}", help());
        return EXIT_CLEAN;
    }
    match command.as_str() {
        "check" => check::run(rest),
        "eval" => eval::run(rest),
        "audit" => audit::run(rest),
        "rewrite" => rewrite::run(rest),
        "suggest" => suggest::run(rest),
        "help" | "--help" | "-h" => {
            print!("{}", help());
            EXIT_CLEAN
        }
        "--version" | "-V" | "version" => {
            println!("{}", version_line());
            EXIT_CLEAN
        }
        other => {
            eprintln!(
                "{}",
                crate::locale::pick(
                    format!("erreur : commande inconnue {other:?} ; `discret help` liste les commandes"),
                    format!("error: unknown command {other:?}; run `discret help` for the list of commands"),
                )
            );
            EXIT_USAGE
        }
    }
}

/// Returns what `discret --version` prints: the version of manifest.json, which cli/build.rs reads.
pub fn version_line() -> String {
    format!("discret {}", env!("DISCRET_VERSION"))
}

/// Prints a usage or input error and returns the usage exit code.
pub fn fail(message: impl std::fmt::Display) -> i32 {
    eprintln!("{}", crate::locale::pick(format!("erreur : {message}"), format!("error: {message}")));
    EXIT_USAGE
}

#[cfg(test)]
mod tests {
    use super::version_line;

    /// Reads the version of ../manifest.json with a real JSON parser, independently of cli/build.rs.
    fn manifest_version() -> String {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../manifest.json");
        let text = std::fs::read_to_string(path).expect("manifest.json is readable");
        let manifest: serde_json::Value = serde_json::from_str(&text).expect("manifest.json is valid JSON");
        manifest["version"].as_str().expect("manifest.json has a version string").to_string()
    }

    #[test]
    fn version_is_manifest_version() {
        assert_eq!(version_line(), format!("discret {}", manifest_version()));
    }
}

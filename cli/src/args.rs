//! Command-line options shared by the commands.

use std::fmt;

use discret_checker::{LangChoice, Locale, Profession, Strictness};

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Html,
}

/// Options of `check`, `rewrite` and `suggest`.
#[derive(Clone, Debug)]
pub struct Options {
    pub review_file: Option<String>,
    pub reviewer: Option<String>,
    pub strictness: Strictness,
    pub lang: LangChoice,
    pub locale: Locale,
    pub format: Format,
    /// The profession given with `--profession`; see [`Options::profession`].
    pub profession: Option<Profession>,
    pub practice: String,
    pub city: String,
    pub specialty: String,
    pub signature: String,
    pub tone: Option<String>,
    /// Situation id that replaces the detected one (`suggest`).
    pub situation: Option<String>,
    /// Positional arguments (input files).
    pub inputs: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            review_file: None,
            reviewer: None,
            strictness: Strictness::Standard,
            lang: LangChoice::Auto,
            locale: Locale::Fr,
            format: Format::Text,
            profession: None,
            practice: String::new(),
            city: String::new(),
            specialty: String::new(),
            signature: String::new(),
            tone: None,
            situation: None,
            inputs: Vec::new(),
        }
    }
}

impl Options {
    /// Returns the profession whose code of ethics findings cite. That is the one given, unless the tool
    /// does not know it. Otherwise it is the one the specialty names (« chirurgien-dentiste »), else none
    /// in particular, and only the articles every profession shares are cited.
    pub fn profession(&self) -> Profession {
        match self.profession {
            Some(profession) if profession != Profession::Other => profession,
            _ => Profession::from_label(&self.specialty),
        }
    }
}

/// Options that set the practice's details, accepted by every command that builds a checker request.
pub const PRACTICE_OPTIONS: &[&str] = &["--profession", "--practice", "--city", "--specialty", "--signature"];

/// A usage error: what is wrong with the command line.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Parses options; `allowed` lists the option names the command accepts.
pub fn parse(arguments: &[String], allowed: &[&str]) -> Result<Options, UsageError> {
    let mut options = Options::default();
    let mut index = 0;
    while index < arguments.len() {
        let argument = &arguments[index];
        if argument == "-" || !argument.starts_with("--") {
            options.inputs.push(argument.clone());
            index += 1;
            continue;
        }
        let (name, inline_value) = match argument.split_once('=') {
            Some((name, value)) => (name.to_string(), Some(value.to_string())),
            None => (argument.clone(), None),
        };
        if !allowed.contains(&name.as_str()) {
            return Err(UsageError(crate::locale::pick(
                format!("option inconnue {name} ; `discret help` liste les options de chaque commande"),
                format!("unknown option {name}; run `discret help` for the options of each command"),
            )));
        }
        let value = match inline_value {
            Some(value) => value,
            None => {
                index += 1;
                arguments.get(index).cloned().ok_or_else(|| {
                    UsageError(crate::locale::pick(
                        format!("valeur manquante après {name}"),
                        format!("missing value after {name}"),
                    ))
                })?
            }
        };
        apply(&mut options, &name, value)?;
        index += 1;
    }
    Ok(options)
}

fn apply(options: &mut Options, name: &str, value: String) -> Result<(), UsageError> {
    let invalid = |expected: &str| {
        UsageError(crate::locale::pick(
            format!("valeur invalide {value:?} pour {name} : valeurs possibles {expected}"),
            format!("invalid value {value:?} for {name}: expected {expected}"),
        ))
    };
    match name {
        "--review" => options.review_file = Some(value),
        "--reviewer" => options.reviewer = Some(value),
        "--strictness" => {
            options.strictness = match value.as_str() {
                "lenient" => Strictness::Lenient,
                "standard" => Strictness::Standard,
                "strict" => Strictness::Strict,
                _ => return Err(invalid("lenient, standard, strict")),
            }
        }
        "--lang" => {
            options.lang = match value.as_str() {
                "auto" => LangChoice::Auto,
                "fr" => LangChoice::Fr,
                "en" => LangChoice::En,
                _ => return Err(invalid("auto, fr, en")),
            }
        }
        "--locale" => {
            options.locale = match value.as_str() {
                "fr" => Locale::Fr,
                "en" => Locale::En,
                _ => return Err(invalid("fr, en")),
            }
        }
        "--format" => {
            options.format = match value.as_str() {
                "text" => Format::Text,
                "json" => Format::Json,
                "html" => Format::Html,
                _ => {
                    return Err(invalid(
                        crate::locale::pick(
                            "text, json (et html pour audit)".to_string(),
                            "text, json (and html for audit)".to_string(),
                        )
                        .as_str(),
                    ))
                }
            }
        }
        "--profession" => options.profession = Some(Profession::from_label(&value)),
        "--practice" => options.practice = value,
        "--city" => options.city = value,
        "--specialty" => options.specialty = value,
        "--signature" => options.signature = value,
        "--tone" => {
            if !matches!(
                value.as_str(),
                "warm" | "professional" | "neutral" | "chaleureux" | "professionnel" | "neutre"
            ) {
                return Err(invalid("warm, professional, neutral"));
            }
            options.tone = Some(value);
        }
        "--situation" => {
            if discret_checker::Situation::from_id(&value).is_none() {
                return Err(invalid(
                    "positive, negative, mixed, neutral, care_mentioned, relative_mentioned, not_a_patient, aggressive",
                ));
            }
            options.situation = Some(value);
        }
        _ => {
            return Err(UsageError(crate::locale::pick(
                format!("option inconnue {name}"),
                format!("unknown option {name}"),
            )))
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|item| item.to_string()).collect()
    }

    #[test]
    fn parses_values_inline_and_separate() {
        let options = parse(
            &strings(&["--strictness=strict", "--reviewer", "Sophie M.", "reply.txt"]),
            &["--strictness", "--reviewer"],
        )
        .unwrap();
        assert_eq!(options.strictness, Strictness::Strict);
        assert_eq!(options.reviewer.as_deref(), Some("Sophie M."));
        assert_eq!(options.inputs, ["reply.txt"]);
    }

    #[test]
    fn rejects_unknown_options_and_values() {
        assert!(parse(&strings(&["--nope"]), &["--lang"]).unwrap_err().0.contains("option inconnue --nope"));
        assert!(parse(&strings(&["--lang", "de"]), &["--lang"])
            .unwrap_err()
            .0
            .contains("valeurs possibles auto, fr, en"));
        assert!(parse(&strings(&["--lang"]), &["--lang"]).unwrap_err().0.contains("valeur manquante"));
    }
}

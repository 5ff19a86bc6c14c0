//! Review/reply pairs read from an export: JSON Lines, CSV with a header row, or the JSON that the Google
//! Business Profile API returns for reviews. A row that cannot be read is reported with its line number
//! (its position in the `reviews` array for Google JSON) and skipped.

use serde_json::Value;

use crate::locale::pick;

/// One reply to audit, with the review it answers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pair {
    /// Line of the file where the row starts (1-based), or position in the `reviews` array.
    pub line: usize,
    pub review: String,
    pub reply: String,
    pub reviewer: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

/// A row that was skipped, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct BadRow {
    pub line: usize,
    pub reason: String,
}

/// The pairs of a file and its skipped rows.
#[derive(Debug, Default)]
pub struct Pairs {
    pub pairs: Vec<Pair>,
    pub bad_rows: Vec<BadRow>,
    /// Reviews without a reply (an empty or missing reply), which have nothing to audit.
    pub unanswered: usize,
}

/// Format of an export, from its file name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    JsonLines,
    Csv,
    GoogleJson,
}

impl ExportFormat {
    /// Returns the format of a file name by its extension: `.jsonl`, `.csv` (also `.tsv` and `.txt`,
    /// read as CSV with their delimiter detected) or `.json`.
    pub fn of_path(path: &str) -> Option<ExportFormat> {
        let lower = path.to_lowercase();
        if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
            Some(ExportFormat::JsonLines)
        } else if lower.ends_with(".csv") || lower.ends_with(".tsv") || lower.ends_with(".txt") {
            Some(ExportFormat::Csv)
        } else if lower.ends_with(".json") {
            Some(ExportFormat::GoogleJson)
        } else {
            None
        }
    }
}

/// Reads the pairs of an export. Fails only when the file as a whole is unreadable (Google JSON that is
/// not JSON, a CSV without the review and reply columns).
pub fn read(text: &str, format: ExportFormat) -> Result<Pairs, String> {
    match format {
        ExportFormat::JsonLines => read_json_lines(text),
        ExportFormat::Csv => read_csv(text),
        ExportFormat::GoogleJson => read_google_json(text),
    }
}

fn read_json_lines(text: &str) -> Result<Pairs, String> {
    let mut result = Pairs::default();
    let mut any_reply_field = false;
    let mut first_keys: Option<Vec<String>> = None;
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = match serde_json::from_str(line) {
            Ok(value) => value,
            Err(error) => {
                result.bad_rows.push(BadRow { line: line_number, reason: json_error(&error) });
                continue;
            }
        };
        let Some(object) = value.as_object() else {
            result.bad_rows.push(BadRow {
                line: line_number,
                reason: pick(
                    "la ligne n'est pas un objet JSON ({\"review\": …, \"reply\": …})",
                    "the line is not a JSON object ({\"review\": …, \"reply\": …})",
                ),
            });
            continue;
        };
        first_keys.get_or_insert_with(|| object.keys().cloned().collect());
        let text_field =
            |keys: &[&str]| keys.iter().find_map(|key| value.get(*key).and_then(Value::as_str)).map(str::to_string);
        any_reply_field |= object.contains_key("reply");
        if value.get("reply").is_none_or(Value::is_null) {
            result.unanswered += 1;
            continue;
        }
        match text_field(&["reply"]) {
            Some(reply) if reply.trim().is_empty() => result.unanswered += 1,
            Some(reply) => result.pairs.push(Pair {
                line: line_number,
                review: text_field(&["review"]).unwrap_or_default(),
                reply,
                reviewer: text_field(&["reviewer", "reviewer_name"]).filter(|name| !name.trim().is_empty()),
                date: text_field(&["date"]),
                url: text_field(&["url"]),
            }),
            None => result.bad_rows.push(BadRow {
                line: line_number,
                reason: pick("le champ \"reply\" n'est pas du texte", "the field \"reply\" is not text"),
            }),
        }
    }
    // Rows without a reply are reviews left unanswered. A file where no row has the field at all was
    // written with other names, so auditing it would report nothing.
    if let (false, Some(keys)) = (any_reply_field, first_keys) {
        let found = keys.join(", ");
        return Err(pick(
            format!("aucune ligne n'a de champ \"reply\" (la réponse publiée) ; champs trouvés : {found}"),
            format!("no line has a \"reply\" field (the published reply); fields found: {found}"),
        ));
    }
    Ok(result)
}

/// Describes a JSON parsing error in the user's language, with its column.
fn json_error(error: &serde_json::Error) -> String {
    let column = error.column();
    match error.classify() {
        serde_json::error::Category::Eof => pick(
            format!("JSON incomplet (coupé à la colonne {column})"),
            format!("incomplete JSON (cut at column {column})"),
        ),
        _ => pick(
            format!("JSON invalide à la colonne {column} ({error})"),
            format!("invalid JSON at column {column} ({error})"),
        ),
    }
}

fn read_csv(text: &str) -> Result<Pairs, String> {
    let delimiter = detect_delimiter(text.lines().next().unwrap_or(""));
    let parsed = parse_csv(text, delimiter);
    let last_line = text.lines().count();
    let last_row_line = parsed.rows.last().map(|&(line, _)| line);
    let mut rows = parsed.rows.into_iter();
    let Some((_, header)) = rows.next() else {
        return Err(pick(
            "le fichier CSV est vide ; une ligne d'en-tête est attendue",
            "the CSV file is empty; expected a header row",
        ));
    };
    // Column names in English, or in French as a French spreadsheet would title them.
    let column = |names: &[&str]| {
        header.iter().position(|cell| names.iter().any(|name| discret_checker::lexicon::fold(cell.trim()) == *name))
    };
    let (Some(review_column), Some(reply_column)) = (column(&["review", "avis"]), column(&["reply", "reponse"])) else {
        let found = header.iter().map(|cell| cell.trim()).collect::<Vec<_>>().join(", ");
        return Err(pick(
            format!("l'en-tête CSV doit nommer les colonnes review (ou avis) et reply (ou réponse) ; trouvé : {found}"),
            format!("the CSV header must name the columns review (or avis) and reply (or réponse); found: {found}"),
        ));
    };
    let reviewer_column = column(&["reviewer", "auteur", "nom"]);
    let date_column = column(&["date"]);
    let url_column = column(&["url", "lien"]);

    let mut result = Pairs::default();
    for (line, row) in rows {
        if row.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        // A quote that never closes makes its field run to the end of the file: the last row.
        if let (Some(quote_line), true) = (parsed.unclosed_quote, Some(line) == last_row_line) {
            result.bad_rows.push(BadRow {
                line,
                reason: pick(
                    format!(
                        "guillemet ouvert ligne {quote_line} et jamais fermé : lignes {line} à {last_line} ignorées"
                    ),
                    format!("quote opened on line {quote_line} is never closed: lines {line} to {last_line} skipped"),
                ),
            });
            continue;
        }
        if row.len() != header.len() {
            result.bad_rows.push(BadRow {
                line,
                reason: pick(
                    format!("{} colonnes alors que l'en-tête en a {}", row.len(), header.len()),
                    format!("{} columns where the header has {}", row.len(), header.len()),
                ),
            });
            continue;
        }
        if row[reply_column].trim().is_empty() {
            result.unanswered += 1;
            continue;
        }
        let cell =
            |index: Option<usize>| index.map(|index| row[index].clone()).filter(|value| !value.trim().is_empty());
        result.pairs.push(Pair {
            line,
            review: row[review_column].clone(),
            reply: row[reply_column].clone(),
            reviewer: cell(reviewer_column),
            date: cell(date_column),
            url: cell(url_column),
        });
    }
    Ok(result)
}

/// Returns the delimiter of a CSV header: `;` (French spreadsheets), a tab, or `,`.
fn detect_delimiter(header: &str) -> char {
    [';', '\t', ',']
        .into_iter()
        .max_by_key(|&candidate| (header.matches(candidate).count(), candidate == ','))
        .unwrap_or(',')
}

/// The rows of a CSV text, each with the line it starts on.
struct CsvRows {
    rows: Vec<(usize, Vec<String>)>,
    /// The line of a quote opened and never closed, whose field ran to the end of the file.
    unclosed_quote: Option<usize>,
}

/// Parses CSV as RFC 4180 writes it: quoted fields may hold delimiters, line breaks and doubled quotes.
fn parse_csv(text: &str, delimiter: char) -> CsvRows {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut row_line = 1;
    let mut quote_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                in_quotes = true;
                quote_line = line;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push((row_line, std::mem::take(&mut row)));
                line += 1;
                row_line = line;
            }
            c if c == delimiter => row.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push((row_line, row));
    }
    CsvRows { rows, unclosed_quote: in_quotes.then_some(quote_line) }
}

fn read_google_json(text: &str) -> Result<Pairs, String> {
    let document: Value = serde_json::from_str(text)
        .map_err(|error| pick(format!("JSON invalide : {error}"), format!("invalid JSON: {error}")))?;
    let Some(reviews) = document.get("reviews").and_then(Value::as_array) else {
        return Err(pick(
            "format des avis Google Business Profile attendu : un objet avec un tableau \"reviews\"",
            "expected the Google Business Profile reviews format: an object with a \"reviews\" array",
        ));
    };
    let mut result = Pairs::default();
    for (index, review) in reviews.iter().enumerate() {
        let position = index + 1;
        if !review.is_object() {
            result.bad_rows.push(BadRow {
                line: position,
                reason: pick("l'avis n'est pas un objet JSON", "review is not an object"),
            });
            continue;
        }
        let reply =
            review.pointer("/reviewReply/comment").and_then(Value::as_str).filter(|reply| !reply.trim().is_empty());
        let Some(reply) = reply else {
            result.unanswered += 1;
            continue;
        };
        let text_at = |pointer: &str| review.pointer(pointer).and_then(Value::as_str).map(str::to_string);
        result.pairs.push(Pair {
            line: position,
            review: text_at("/comment").unwrap_or_default(),
            reply: reply.to_string(),
            reviewer: text_at("/reviewer/displayName"),
            date: text_at("/createTime"),
            url: text_at("/name"),
        });
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoted_fields_and_semicolons() {
        let text =
            "review;reply;reviewer\n\"Très bien; merci\";\"Merci !\nÀ bientôt\";Sophie M.\nx;\"dit \"\"oui\"\"\";\n";
        let pairs = read(text, ExportFormat::Csv).unwrap();
        assert_eq!(pairs.pairs.len(), 2);
        assert_eq!(pairs.pairs[0].review, "Très bien; merci");
        assert_eq!(pairs.pairs[0].reply, "Merci !\nÀ bientôt");
        assert_eq!(pairs.pairs[0].reviewer.as_deref(), Some("Sophie M."));
        assert_eq!(pairs.pairs[1].line, 4);
        assert_eq!(pairs.pairs[1].reply, "dit \"oui\"");
    }

    #[test]
    fn csv_french_headers() {
        let pairs = read("Avis;Réponse;Auteur\nTop;Merci !;Léa\n", ExportFormat::Csv).unwrap();
        assert_eq!(pairs.pairs[0].reply, "Merci !");
        assert_eq!(pairs.pairs[0].reviewer.as_deref(), Some("Léa"));
    }

    #[test]
    fn csv_bad_row_skipped_with_line() {
        let text = "review,reply\na,b\nonly one column\nc,d\n";
        let pairs = read(text, ExportFormat::Csv).unwrap();
        assert_eq!(pairs.pairs.len(), 2);
        assert_eq!(pairs.bad_rows, [BadRow { line: 3, reason: "1 colonnes alors que l'en-tête en a 2".into() }]);
    }

    #[test]
    fn csv_without_reply_column_rejected() {
        assert!(read("review,answer\na,b\n", ExportFormat::Csv).unwrap_err().contains("review (ou avis) et reply"));
    }

    #[test]
    fn csv_unclosed_quote_reported() {
        let text = "review;reply\na;b\nc;\"never closed\nd;e\nf;g\n";
        let pairs = read(text, ExportFormat::Csv).unwrap();
        assert_eq!(pairs.pairs.len(), 1);
        assert_eq!(pairs.bad_rows.len(), 1);
        assert_eq!(pairs.bad_rows[0].line, 3);
        assert!(pairs.bad_rows[0].reason.contains("jamais fermé"), "{}", pairs.bad_rows[0].reason);
    }

    #[test]
    fn json_lines_without_reply_field_rejected() {
        let error = read("{\"Review\":\"a\",\"Reply\":\"b\"}\n", ExportFormat::JsonLines).unwrap_err();
        assert!(error.contains("champs trouvés : Reply, Review"), "{error}");
    }

    #[test]
    fn json_lines_non_object_skipped() {
        let pairs = read("[1,2]\n{\"review\":\"r\",\"reply\":\"a\"}\n", ExportFormat::JsonLines).unwrap();
        assert_eq!(pairs.pairs.len(), 1);
        assert_eq!(pairs.bad_rows[0].line, 1);
    }

    #[test]
    fn json_lines_bad_line_skipped() {
        let text =
            "{\"review\":\"r\",\"reply\":\"a\"}\nnot json\n{\"review\":\"r\"}\n{\"reply\":\" \"}\n{\"reply\":42}\n";
        let pairs = read(text, ExportFormat::JsonLines).unwrap();
        assert_eq!(pairs.pairs.len(), 1);
        assert_eq!(pairs.unanswered, 2);
        assert_eq!(pairs.bad_rows.iter().map(|row| row.line).collect::<Vec<_>>(), [2, 5]);
    }

    #[test]
    fn google_json_reads_replies() {
        let text = r#"{"reviews":[
            {"name":"accounts/1/locations/2/reviews/3","reviewer":{"displayName":"Sophie M."},"comment":"Top","createTime":"2024-03-02T10:00:00Z","reviewReply":{"comment":"Merci !"}},
            {"reviewer":{"displayName":"Paul"},"comment":"Bof"},
            "oops"
        ]}"#;
        let pairs = read(text, ExportFormat::GoogleJson).unwrap();
        assert_eq!(pairs.pairs.len(), 1);
        assert_eq!(pairs.pairs[0].reviewer.as_deref(), Some("Sophie M."));
        assert_eq!(pairs.pairs[0].date.as_deref(), Some("2024-03-02T10:00:00Z"));
        assert_eq!(pairs.unanswered, 1);
        assert_eq!(pairs.bad_rows[0].line, 3);
    }
}

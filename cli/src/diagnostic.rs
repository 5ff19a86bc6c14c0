//! Text output of findings, like a compiler diagnostic: the line, the span marked, the reason.

use std::fmt::Write as _;

use discret_checker::{Finding, Locale, Severity};

/// Renders `findings` of `text` (named `name`) as diagnostics, in `locale`.
pub fn render(name: &str, text: &str, findings: &[Finding], locale: Locale) -> String {
    let mut out = String::new();
    for finding in findings {
        render_one(&mut out, name, text, finding, locale);
    }
    out
}

/// Returns the closing summary line: how many findings of each severity.
pub fn summary(findings: &[Finding], locale: Locale) -> String {
    let count = |severity: Severity| findings.iter().filter(|finding| finding.severity == severity).count();
    let (errors, warnings, infos) = (count(Severity::Error), count(Severity::Warning), count(Severity::Info));
    match locale {
        Locale::Fr if findings.is_empty() => "Aucun problème détecté.".to_string(),
        Locale::Fr => format!("{errors} erreur(s), {warnings} avertissement(s), {infos} information(s)."),
        Locale::En if findings.is_empty() => "No problem found.".to_string(),
        Locale::En => format!("{errors} error(s), {warnings} warning(s), {infos} note(s)."),
    }
}

fn render_one(out: &mut String, name: &str, text: &str, finding: &Finding, locale: Locale) {
    let line_start = text[..finding.byte_start].rfind('\n').map_or(0, |index| index + 1);
    let line_end = text[finding.byte_start..].find('\n').map_or(text.len(), |index| finding.byte_start + index);
    let line_number = text[..finding.byte_start].matches('\n').count() + 1;
    let line = &text[line_start..line_end];
    let column = text[line_start..finding.byte_start].chars().count() + 1;
    let span_end = finding.byte_end.min(line_end);
    let width = text[finding.byte_start..span_end].chars().count().max(1);
    let gutter = " ".repeat(line_number.to_string().len());

    let (label, why, reference, fix_label) = match locale {
        Locale::Fr => (severity_fr(finding.severity), "pourquoi", "référence", "correction"),
        Locale::En => (severity_en(finding.severity), "why", "reference", "fix"),
    };
    let _ = writeln!(out, "{label}[{}]: {}", finding.category, finding.message);
    let _ = writeln!(out, "{gutter}--> {name}:{line_number}:{column}");
    let _ = writeln!(out, "{gutter} |");
    let _ = writeln!(out, "{line_number} | {}", line.trim_end_matches('\r').replace('\t', " "));
    let _ = writeln!(out, "{gutter} | {}{}", " ".repeat(column - 1), "^".repeat(width));
    let _ = writeln!(out, "{gutter} = {why}: {}", finding.explanation);
    let _ = writeln!(out, "{gutter} = {reference}: {}", finding.legal);
    if let Some(fix) = &finding.fix {
        let action = match (locale, fix.is_empty()) {
            (Locale::Fr, true) => "supprimer ce passage".to_string(),
            (Locale::Fr, false) => format!("remplacer par « {fix} »"),
            (Locale::En, true) => "delete this passage".to_string(),
            (Locale::En, false) => format!("replace with \"{fix}\""),
        };
        let _ = writeln!(out, "{gutter} = {fix_label}: {action}");
    }
    out.push('\n');
}

fn severity_fr(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "erreur",
        Severity::Warning => "avertissement",
        Severity::Info => "info",
    }
}

fn severity_en(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use discret_checker::{check, Request};

    #[test]
    fn marks_the_span_under_its_line() {
        let text = "Bonjour,\nje vous ai reçue hier.";
        let report = check(&Request { reply: text.into(), ..Request::default() });
        let rendered = render("reply.txt", text, &report.findings, Locale::Fr);
        assert!(rendered.contains("--> reply.txt:2:1"), "{rendered}");
        assert!(rendered.contains("2 | je vous ai reçue hier."), "{rendered}");
        assert!(rendered.contains("  | ^^^^^^^^^^^^^^^^"), "{rendered}");
    }
}

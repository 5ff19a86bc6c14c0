//! The audit as one self-contained HTML page: inline style, no script, no external resource, every text
//! from the export escaped.

use std::fmt::Write as _;

use discret_checker::Locale;

use super::Audit;

/// Escapes text for HTML element content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2433}\
h1{font-size:1.6rem}table{border-collapse:collapse}td,th{padding:.25rem .75rem;border-bottom:1px solid #d6dae3;text-align:left}\
article{border:1px solid #d6dae3;border-radius:8px;padding:1rem;margin:1.5rem 0}\
.reply,.rewrite,.review{white-space:pre-wrap;background:#f6f7fa;padding:.75rem;border-radius:6px}\
.rewrite{background:#eef8f0}mark{background:#fde2e1;border-bottom:3px solid #c62828;color:inherit}\
mark.warning{background:#fff1d6;border-bottom-color:#b26a00}ul{padding-left:1.2rem}.meta{color:#5a6275}";

/// Renders the audit of `file` as an HTML page in `locale`.
pub fn render(audit: &Audit, file: &str, locale: Locale) -> String {
    let fr = locale == Locale::Fr;
    let mut out = String::new();
    let lang = if fr { "fr" } else { "en" };
    let title = if fr { "Audit des réponses aux avis" } else { "Audit of review replies" };
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>{title} — {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n",
        escape(file)
    );
    let _ =
        writeln!(out, "<p class=\"meta\">{}</p>", escape(&crate::commands::audit::summary_line(audit, file, locale)));

    if !audit.by_category.is_empty() {
        let (category_heading, count_heading) = if fr { ("Catégorie", "Réponses") } else { ("Category", "Replies") };
        let _ = writeln!(out, "<table>\n<tr><th>{category_heading}</th><th>{count_heading}</th></tr>");
        for (category, count) in &audit.by_category {
            let label = crate::commands::audit::category_label(category, locale);
            let _ = writeln!(out, "<tr><td>{}</td><td>{count}</td></tr>", escape(&label));
        }
        out.push_str("</table>\n");
    }

    for offending in &audit.offending {
        out.push_str("<article>\n");
        let mut heading = format!("{} {}", if fr { "Ligne" } else { "Line" }, offending.line);
        for part in [&offending.reviewer, &offending.date].into_iter().flatten() {
            heading.push_str(" — ");
            heading.push_str(part);
        }
        let _ = writeln!(out, "<h2>{}</h2>", escape(&heading));
        if let Some(url) = &offending.url {
            let _ = writeln!(out, "<p class=\"meta\">{}</p>", escape(url));
        }
        if !offending.review.is_empty() {
            let _ = writeln!(
                out,
                "<h3>{}</h3>\n<div class=\"review\">{}</div>",
                if fr { "Avis" } else { "Review" },
                escape(&offending.review)
            );
        }
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<div class=\"reply\">{}</div>",
            if fr { "Réponse publiée" } else { "Published reply" },
            highlight(&offending.reply, &offending.findings)
        );
        out.push_str("<ul>\n");
        for finding in &offending.findings {
            let _ = writeln!(
                out,
                "<li><strong>{}</strong> — {} <span class=\"meta\">({})</span></li>",
                escape(finding.category.id()),
                escape(&finding.message),
                escape(&finding.legal)
            );
        }
        out.push_str("</ul>\n");
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<div class=\"rewrite\">{}</div>",
            if fr { "Réponse conforme proposée" } else { "Suggested compliant reply" },
            escape(&offending.rewrite)
        );
        out.push_str("</article>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Escapes the reply and wraps each finding's span in `<mark>`, its message in the title.
fn highlight(reply: &str, findings: &[discret_checker::Finding]) -> String {
    let mut spans: Vec<&discret_checker::Finding> = findings.iter().collect();
    spans.sort_by_key(|finding| finding.byte_start);
    let mut out = String::new();
    let mut position = 0;
    for finding in spans {
        // Overlapping findings: the first one marks the shared text.
        if finding.byte_start < position || finding.byte_end > reply.len() {
            continue;
        }
        out.push_str(&escape(&reply[position..finding.byte_start]));
        let class = if finding.severity == discret_checker::Severity::Warning { " class=\"warning\"" } else { "" };
        let _ = write!(
            out,
            "<mark{class} title=\"{}\">{}</mark>",
            escape(&finding.message),
            escape(&reply[finding.byte_start..finding.byte_end])
        );
        position = finding.byte_end;
    }
    out.push_str(&escape(&reply[position..]));
    out
}

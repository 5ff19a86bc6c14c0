//! Phrasing templates: placeholders for the practice's details and optional segments.
//!
//! A template is one line of text where `{reviewer}`, `{practice}`, `{city}` and `{specialty}` are
//! filled from the request, and a segment in square brackets is dropped whole when a placeholder inside
//! it has no value: `Bonjour[ {reviewer}],` gives « Bonjour Sophie M., » or « Bonjour, ».

/// Names a template may use between braces.
pub const PLACEHOLDERS: &[&str] = &["reviewer", "practice", "city", "specialty"];

/// Values of the placeholders; an empty value drops the optional segments that use it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Fill<'a> {
    pub reviewer: &'a str,
    pub practice: &'a str,
    pub city: &'a str,
    pub specialty: &'a str,
}

impl<'a> Fill<'a> {
    /// Returns the same values with only the reviewer's name kept.
    pub fn reviewer_only(self) -> Fill<'a> {
        Fill { reviewer: self.reviewer, ..Fill::default() }
    }

    fn value(&self, name: &str) -> &'a str {
        match name {
            "reviewer" => self.reviewer,
            "practice" => self.practice,
            "city" => self.city,
            "specialty" => self.specialty,
            _ => "",
        }
    }
}

/// Returns why a template is malformed: unbalanced or nested brackets, an unclosed or unknown
/// placeholder. `None` when it is well formed.
pub fn validate(template: &str) -> Option<String> {
    let mut in_segment = false;
    let mut rest = template;
    while let Some(c) = rest.chars().next() {
        match c {
            '[' if in_segment => return Some("nested [ in an optional segment".into()),
            '[' => in_segment = true,
            ']' if !in_segment => return Some("] without an opening [".into()),
            ']' => in_segment = false,
            '{' => {
                let Some(close) = rest.find('}') else { return Some("{ without a closing }".into()) };
                let name = &rest[1..close];
                if !PLACEHOLDERS.contains(&name) {
                    return Some(format!("unknown placeholder {{{name}}}; expected one of {PLACEHOLDERS:?}"));
                }
                rest = &rest[close + 1..];
                continue;
            }
            '}' => return Some("} without an opening {".into()),
            _ => {}
        }
        rest = &rest[c.len_utf8()..];
    }
    if in_segment {
        return Some("[ without a closing ]".into());
    }
    None
}

/// Fills a well-formed template (see [`validate`]).
pub fn render(template: &str, fill: &Fill<'_>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while !rest.is_empty() {
        if let Some(after_open) = rest.strip_prefix('[') {
            let close = after_open.find(']').unwrap_or(after_open.len());
            let segment = &after_open[..close];
            if placeholders_of(segment).all(|name| !fill.value(name).trim().is_empty()) {
                fill_placeholders(segment, fill, &mut out);
            }
            rest = after_open.get(close + 1..).unwrap_or("");
            continue;
        }
        let next = rest.find('[').unwrap_or(rest.len());
        fill_placeholders(&rest[..next], fill, &mut out);
        rest = &rest[next..];
    }
    out
}

/// True when the template names `placeholder` (without braces).
pub fn uses(template: &str, placeholder: &str) -> bool {
    placeholders_of(template).any(|name| name == placeholder)
}

fn placeholders_of(text: &str) -> impl Iterator<Item = &str> {
    text.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

fn fill_placeholders(text: &str, fill: &Fill<'_>, out: &mut String) {
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let value = fill.value(&after[..close]).trim();
                out.push_str(value);
                rest = &after[close + 1..];
                // « Hi Kate W.. »: the name's own full stop ends the sentence.
                if value.ends_with('.') && rest.starts_with('.') {
                    rest = &rest[1..];
                }
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_segment_dropped_when_empty() {
        let template = "Bonjour[ {reviewer}],";
        assert_eq!(render(template, &Fill { reviewer: "Sophie M.", ..Fill::default() }), "Bonjour Sophie M.,");
        assert_eq!(render(template, &Fill::default()), "Bonjour,");
    }

    #[test]
    fn segment_needs_every_placeholder() {
        let template = "Notre cabinet[ de {specialty} à {city}] vous remercie.";
        let both = Fill { specialty: "kinésithérapie", city: "Lyon", ..Fill::default() };
        assert_eq!(render(template, &both), "Notre cabinet de kinésithérapie à Lyon vous remercie.");
        let city_only = Fill { city: "Lyon", ..Fill::default() };
        assert_eq!(render(template, &city_only), "Notre cabinet vous remercie.");
    }

    #[test]
    fn malformed_templates_rejected() {
        assert!(validate("Bonjour [ {reviewer}").is_some());
        assert!(validate("Bonjour ] x").is_some());
        assert!(validate("[a [b] c]").is_some());
        assert!(validate("Merci {patient}").unwrap().contains("unknown placeholder"));
        assert!(validate("Merci {reviewer").is_some());
        assert_eq!(validate("Bonjour[ {reviewer}], merci."), None);
    }
}

//! Term lexicons: health and personal vocabulary, matched in one pass with Aho-Corasick.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::{fold, DataError};
use crate::category::Category;
use crate::text::tokens::is_word_char;

/// How much a term says by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Counts only when the review said it first: personal facts such as a sport or a weight.
    Echo,
    /// An everyday word, medical only in context: needs a tie to the reviewer and another health word.
    Weak,
    /// Health information once tied to the reviewer or echoed from the review.
    Medium,
    /// Health information by itself: a disease, a drug, a named act.
    Strong,
}

/// One term of a lexicon.
#[derive(Clone, Debug)]
pub struct Term {
    /// Folded form, without the trailing `*`.
    pub folded: String,
    pub category: Category,
    pub strength: Strength,
    /// True when the term ends with `*` and matches any word ending.
    pub open_ending: bool,
}

/// A term found in a text, in folded byte offsets.
#[derive(Clone, Copy, Debug)]
pub struct TermHit {
    pub start: usize,
    pub end: usize,
    /// Index of the term in its `TermSet`.
    pub term: usize,
}

/// All terms of a language and their automaton.
#[derive(Debug, Default)]
pub struct TermSet {
    terms: Vec<Term>,
    /// Folded terms removed from every file of the language (`ignore` lines).
    ignored: Vec<String>,
    automaton: Option<AhoCorasick>,
}

impl TermSet {
    /// Parses a term file and adds its terms. Besides `term<TAB>category<TAB>strength` lines, it reads
    /// the compacted form the build embeds: a `=category<TAB>strength` line, then one term a line.
    pub fn load(&mut self, file: &str, contents: &str, errors: &mut Vec<DataError>) {
        let mut group: Option<String> = None;
        for (line_number, raw_line) in super::data_lines(contents) {
            if let Some(header) = raw_line.strip_prefix('=') {
                group = Some(header.to_string());
                continue;
            }
            let grouped;
            let line = match &group {
                Some(header) if !raw_line.contains('\t') => {
                    grouped = format!("{raw_line}\t{header}");
                    grouped.as_str()
                }
                _ => raw_line,
            };
            if let Some(ignored) = parse_ignore(line) {
                self.ignored.push(ignored);
                continue;
            }
            match parse_term(line) {
                Ok(Some(term)) => {
                    // « dent de sagesse » also matches « dents de sagesse »: the plural of the head word.
                    if let Some(plural) = plural_head(&term) {
                        self.terms.push(plural);
                    }
                    self.terms.push(term);
                }
                Ok(None) => {}
                Err(reason) => errors.push(DataError { file: file.to_string(), line: line_number, reason }),
            }
        }
    }

    /// Adds a term at run time, such as a practitioner's custom sensitive term.
    pub fn push(&mut self, term: Term) {
        self.terms.push(term);
    }

    /// Builds the automaton; call once after the last `load` or `push`.
    pub fn build(&mut self) {
        if !self.ignored.is_empty() {
            let ignored = std::mem::take(&mut self.ignored);
            let ignored_set: std::collections::HashSet<&str> = ignored.iter().map(String::as_str).collect();
            // A term goes when it is an ignored word or its plural. An open term (« psychiatr* ») goes
            // too when it would match an ignored word.
            self.terms.retain(|term| {
                let folded = term.folded.as_str();
                let singular = folded.strip_suffix(['s', 'x']);
                let ignored_word =
                    ignored_set.contains(folded) || singular.is_some_and(|word| ignored_set.contains(word));
                let opens_ignored = term.open_ending && ignored.iter().any(|word| word.starts_with(folded));
                !ignored_word && !opens_ignored
            });
            self.ignored = ignored;
        }
        let patterns: Vec<&str> = self.terms.iter().map(|term| term.folded.as_str()).collect();
        self.automaton = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(patterns).ok();
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// True when the set has no term.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Returns the term at `index`.
    pub fn term(&self, index: usize) -> &Term {
        &self.terms[index]
    }

    /// Finds the terms of `folded`, whole words only, keeping the longest of overlapping hits.
    pub fn find(&self, folded: &str) -> Vec<TermHit> {
        let Some(automaton) = &self.automaton else { return Vec::new() };
        let bytes = folded.as_bytes();
        let mut hits: Vec<TermHit> = Vec::new();
        for found in automaton.find_overlapping_iter(folded) {
            let start = found.start();
            if !starts_word(folded, start) {
                continue;
            }
            let term = &self.terms[found.pattern().as_usize()];
            let Some(end) = word_end(folded, bytes, found.end(), term.open_ending) else { continue };
            hits.push(TermHit { start, end, term: found.pattern().as_usize() });
        }
        // Of two entries for the same words, the stronger one decides (a supplement can raise a weak
        // imported entry).
        hits.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(self.terms[b.term].strength.cmp(&self.terms[a.term].strength))
        });
        keep_longest(hits)
    }

    /// Bare scan: the number of raw automaton matches in `folded`, with no word or context logic.
    /// Benchmarks compare `check` with it.
    pub fn bare_scan(&self, folded: &str) -> usize {
        self.automaton.as_ref().map_or(0, |automaton| automaton.find_overlapping_iter(folded).count())
    }
}

/// Returns the term with its first word in the plural, for multi-word terms whose first word is not
/// already plural.
fn plural_head(term: &Term) -> Option<Term> {
    let (head, rest) = term.folded.split_once(' ')?;
    if head.ends_with(['s', 'x', 'z']) || head.len() < 3 {
        return None;
    }
    let suffix = if head.ends_with("au") || head.ends_with("eu") { "x" } else { "s" };
    Some(Term { folded: format!("{head}{suffix} {rest}"), ..term.clone() })
}

/// True when a word starts at `start`.
fn starts_word(text: &str, start: usize) -> bool {
    text[..start].chars().next_back().is_none_or(|c| !is_word_char(c))
}

/// Returns where the matched word ends, or `None` when the match stops inside a word. Closed terms
/// accept a plural `s` or `x`; open terms (`*`) run to the end of the word.
fn word_end(text: &str, bytes: &[u8], end: usize, open_ending: bool) -> Option<usize> {
    let at_boundary = |position: usize| text[position..].chars().next().is_none_or(|c| !is_word_char(c));
    if open_ending {
        let rest =
            text[end..].char_indices().find(|&(_, c)| !is_word_char(c)).map_or(text.len(), |(offset, _)| end + offset);
        return Some(rest);
    }
    if at_boundary(end) {
        return Some(end);
    }
    if matches!(bytes.get(end), Some(b's' | b'x')) && at_boundary(end + 1) {
        return Some(end + 1);
    }
    None
}

/// Drops hits contained in a longer hit, so « dent de sagesse » wins over « dent ».
fn keep_longest(mut hits: Vec<TermHit>) -> Vec<TermHit> {
    // A stable sort keeps the caller's order among equal spans.
    hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept: Vec<TermHit> = Vec::with_capacity(hits.len());
    for hit in hits {
        if kept.iter().any(|other| other.start <= hit.start && hit.end <= other.end) {
            continue;
        }
        kept.push(hit);
    }
    kept
}

/// Returns the folded term of an `ignore` line (`term<TAB>-<TAB>ignore`), which removes that term
/// from every term file of the language.
fn parse_ignore(line: &str) -> Option<String> {
    let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
    (fields.len() >= 3 && fields[2] == "ignore").then(|| fold(fields[0]))
}

fn parse_term(line: &str) -> Result<Option<Term>, String> {
    let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
    if fields.len() < 3 {
        return Err("expected term<TAB>category<TAB>strength".into());
    }
    let category = Category::from_id(fields[1]).ok_or_else(|| format!("unknown category {:?}", fields[1]))?;
    let strength = match fields[2] {
        "strong" => Strength::Strong,
        "medium" => Strength::Medium,
        "weak" => Strength::Weak,
        "echo" => Strength::Echo,
        other => return Err(format!("unknown strength {other:?}")),
    };
    let raw = fields[0];
    let (body, open_ending) = match raw.strip_suffix('*') {
        Some(body) => (body, true),
        None => (raw, false),
    };
    let folded = fold(body).split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return Err(format!("term {raw:?} is too short"));
    }
    Ok(Some(Term { folded, category, strength, open_ending }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(lines: &str) -> TermSet {
        let mut set = TermSet::default();
        let mut errors = Vec::new();
        set.load("test.tsv", lines, &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        set.build();
        set
    }

    #[test]
    fn matches_whole_words_plurals_and_open_endings() {
        let terms = set(
            "dent\tsymptom_or_body_part\tmedium\ndent de sagesse\ttreatment\tstrong\nrééducat*\ttreatment\tmedium\n",
        );
        let text = "les dents de sagesse, la reeducation, un dentiste, vos dents";
        let found: Vec<&str> = terms.find(text).iter().map(|hit| &text[hit.start..hit.end]).collect();
        assert_eq!(found, ["dents de sagesse", "reeducation", "dents"]);
    }

    #[test]
    fn reads_the_compacted_form() {
        let terms = set("=treatment\tstrong\ndétartrage\nimplant\n=relative\tmedium\nfils\n");
        assert_eq!(terms.len(), 3);
        assert_eq!(terms.term(2).category, Category::Relative);
        assert_eq!(terms.term(0).strength, Strength::Strong);
    }

    #[test]
    fn rejects_unknown_categories_and_strengths() {
        let mut errors = Vec::new();
        TermSet::default().load("x.tsv", "a b\tnope\tstrong\ngenou\tdiagnosis\thuge\n", &mut errors);
        assert_eq!(errors.len(), 2);
    }
}

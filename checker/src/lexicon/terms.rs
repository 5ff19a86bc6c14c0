//! Term lexicons: health and personal vocabulary, looked up word by word.
//!
//! Every term starts with a letter or a digit, so a term can only start where a word of the text
//! starts. Its first word is then the text's word there. A one-word term may also be that word
//! without its plural `s`, or, for an open term, a stem of it. The index maps first words to terms.
//! It builds faster than an Aho-Corasick automaton over the same terms (BENCHMARKS.md has the
//! figures) and ships no automaton code in the WebAssembly module.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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

impl Strength {
    /// Returns the strength as term files write it.
    pub fn id(self) -> &'static str {
        match self {
            Strength::Echo => "echo",
            Strength::Weak => "weak",
            Strength::Medium => "medium",
            Strength::Strong => "strong",
        }
    }
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
    /// True when the term is written in capitals (« AME », "HSE"): an acronym, which a word with an
    /// accent (« âme ») is not, though both fold alike.
    pub acronym: bool,
}

/// A term found in a text, in folded byte offsets.
#[derive(Clone, Copy, Debug)]
pub struct TermHit {
    pub start: usize,
    pub end: usize,
    /// Index of the term in its `TermSet`.
    pub term: usize,
}

/// All terms of a language and their index.
#[derive(Debug, Default)]
pub struct TermSet {
    terms: Vec<Term>,
    /// Folded terms removed from every file of the language (`ignore` lines).
    ignored: Vec<String>,
    /// Terms by their first word, except open one-word terms.
    by_first_word: WordMap,
    /// Open one-word terms (« rééducat* ») by the first `stem_key_chars` characters of their stem.
    open_stems: WordMap,
    stem_key_chars: usize,
}

/// Term indices by a word. Keys are short folded words, so a multiply-and-rotate hash beats the
/// default SipHash, which guards against inputs chosen to collide: the keys here are our own data.
type WordMap = HashMap<Box<str>, Vec<u32>, BuildHasherDefault<WordHasher>>;

/// A small non-cryptographic hash for the index's keys.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().expect("chunks of eight bytes"));
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
        }
        for &byte in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(SEED);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
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
        self.by_first_word.clear();
        self.open_stems.clear();
        // Every open stem is keyed by as many characters as the shortest has, at most four.
        self.stem_key_chars = self
            .terms
            .iter()
            .filter(|term| is_open_word(term))
            .map(|term| term.folded.chars().count())
            .min()
            .unwrap_or(0)
            .min(4);
        for (index, term) in self.terms.iter().enumerate() {
            let index = u32::try_from(index).expect("fewer than 4 billion terms");
            let (map, key) = if is_open_word(term) {
                (&mut self.open_stems, prefix_chars(&term.folded, self.stem_key_chars))
            } else {
                (&mut self.by_first_word, first_word(&term.folded))
            };
            map.entry(key.into()).or_default().push(index);
        }
    }

    /// Returns the folded terms in index order: the patterns of a bare multi-pattern scan.
    pub fn patterns(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().map(|term| term.folded.as_str())
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
        let bytes = folded.as_bytes();
        let mut hits: Vec<TermHit> = Vec::new();
        let mut candidates: Vec<u32> = Vec::new();
        for (start, word) in words(folded) {
            candidates.clear();
            if let Some(found) = self.by_first_word.get(word) {
                candidates.extend(found);
            }
            // « dents » finds « dent ».
            if let Some(found) = word.strip_suffix(['s', 'x']).and_then(|singular| self.by_first_word.get(singular)) {
                candidates.extend(found);
            }
            if self.stem_key_chars > 0 {
                if let Some(found) = self.open_stems.get(prefix_chars(word, self.stem_key_chars)) {
                    candidates.extend(found);
                }
            }
            // The order of an automaton's matches: by end, then by term.
            candidates.sort_unstable_by_key(|&index| (start + self.terms[index as usize].folded.len(), index));
            for &index in &candidates {
                let term = &self.terms[index as usize];
                if !folded[start..].starts_with(term.folded.as_str()) {
                    continue;
                }
                let Some(end) = word_end(folded, bytes, start + term.folded.len(), term.open_ending) else { continue };
                hits.push(TermHit { start, end, term: index as usize });
            }
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
}

/// True for an open term of one word, which matches any word its stem starts.
fn is_open_word(term: &Term) -> bool {
    term.open_ending && first_word(&term.folded).len() == term.folded.len()
}

/// Returns the words of `text` (runs of word characters) with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = rest.find(|&(_, c)| is_word_char(c))?;
        let mut end = text.len();
        while let Some(&(offset, c)) = rest.peek() {
            if !is_word_char(c) {
                end = offset;
                break;
            }
            rest.next();
        }
        Some((start, &text[start..end]))
    })
}

/// Returns the first word of a folded term: up to its first character that is not a word character.
fn first_word(term: &str) -> &str {
    term.char_indices().find(|&(_, c)| !is_word_char(c)).map_or(term, |(offset, _)| &term[..offset])
}

/// Returns the first `count` characters of `word`, or `""` when it is shorter.
fn prefix_chars(word: &str, count: usize) -> &str {
    match word.char_indices().nth(count) {
        Some((offset, _)) => &word[..offset],
        None if word.chars().count() == count => word,
        None => "",
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
    let letters = || body.chars().filter(|c| c.is_alphabetic());
    let acronym = letters().count() >= 2 && letters().all(|c| c.is_ascii_uppercase());
    Ok(Some(Term { folded, category, strength, open_ending, acronym }))
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

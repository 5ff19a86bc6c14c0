//! Token patterns: the small language of the phrase files.
//!
//! A pattern is a sequence of matchers separated by spaces: `word`, `prefix*`, `*suffix`, `a|b|c*`,
//! `@class`, a parenthesised group whose alternatives may have several words, an optional `?` suffix
//! on any of those, and `_N` for a gap of up to N words. Patterns match whole
//! words of one sentence of the folded reply.

use std::collections::{HashMap, HashSet};

use crate::text::Token;

/// Hashes short words fast: the pattern index is looked up several times for every word of a reply, and
/// the standard library's SipHash, built to resist attacks on the hash, cost about 6 % of `check`.
/// The keys are the project's own pattern words, so no input can choose them to collide.
#[derive(Clone, Copy, Default)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // FNV-1a.
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type WordBuildHasher = std::hash::BuildHasherDefault<WordHasher>;
type WordMap<V> = HashMap<String, V, WordBuildHasher>;
type WordSet = HashSet<String, WordBuildHasher>;

/// One word of an alternative.
#[derive(Clone, Debug)]
enum WordMatcher {
    Exact(String),
    Prefix(String),
    /// `*iez`: any word ending so, such as a verb in the imperfect.
    Suffix(String),
}

impl WordMatcher {
    fn matches(&self, word: &str) -> bool {
        match self {
            WordMatcher::Exact(exact) => word == exact,
            WordMatcher::Prefix(prefix) => word.starts_with(prefix.as_str()),
            WordMatcher::Suffix(suffix) => word.len() > suffix.len() && word.ends_with(suffix.as_str()),
        }
    }
}

/// One alternative of a step: usually one word, several for class entries such as « pris en charge ».
#[derive(Clone, Debug)]
struct Alternative {
    words: Vec<WordMatcher>,
}

impl Alternative {
    /// Returns how many tokens the alternative covers at `position`, if it matches there.
    fn match_length(&self, tokens: &[Token<'_>], position: usize, limit: usize) -> Option<usize> {
        if position + self.words.len() > limit {
            return None;
        }
        let all_match = self.words.iter().zip(&tokens[position..]).all(|(matcher, token)| matcher.matches(token.word));
        all_match.then_some(self.words.len())
    }
}

/// One position of a pattern.
#[derive(Clone, Debug)]
enum Step {
    /// `alternatives` keeps every alternative (the index reads them); `exact_words` contains the one-word exact
    /// ones again, so that matching a large class costs one hash look-up instead of a comparison each, and
    /// `other_alternatives` the indices of the rest.
    Word {
        alternatives: Vec<Alternative>,
        exact_words: WordSet,
        other_alternatives: Vec<usize>,
        optional: bool,
    },
    Gap(usize),
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Pattern {
    steps: Vec<Step>,
}

/// Errors in a pattern, reported with the data file and line by the loader.
#[derive(Debug, PartialEq, Eq)]
pub enum PatternError {
    Empty,
    UnknownClass(String),
    BadGap(String),
    LeadingGap,
}

impl std::fmt::Display for PatternError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PatternError::Empty => write!(formatter, "empty pattern"),
            PatternError::UnknownClass(name) => write!(formatter, "unknown class @{name}"),
            PatternError::BadGap(gap) => write!(formatter, "invalid gap {gap:?}: expected _1 to _9"),
            PatternError::LeadingGap => write!(formatter, "a pattern cannot start or end with a gap"),
        }
    }
}

/// Word classes that patterns refer to as `@name`: each is a list of alternatives.
pub type Classes = HashMap<String, String>;

impl Pattern {
    /// Compiles `source`, whose words must already be folded.
    pub fn compile(source: &str, classes: &Classes) -> Result<Pattern, PatternError> {
        let mut steps = Vec::new();
        for raw in split_steps(source) {
            if let Some(count) = raw.strip_prefix('_') {
                let gap: usize = count.parse().map_err(|_| PatternError::BadGap(raw.to_string()))?;
                if !(1..=9).contains(&gap) {
                    return Err(PatternError::BadGap(raw.to_string()));
                }
                steps.push(Step::Gap(gap));
                continue;
            }
            let (body, optional) = match raw.strip_suffix('?') {
                Some(body) if !body.is_empty() => (body, true),
                _ => (raw, false),
            };
            let body = body.strip_prefix('(').and_then(|inner| inner.strip_suffix(')')).unwrap_or(body);
            let mut alternatives = Vec::new();
            for alternative in body.split('|').map(str::trim) {
                if let Some(name) = alternative.strip_prefix('@') {
                    let class = classes.get(name).ok_or_else(|| PatternError::UnknownClass(name.to_string()))?;
                    alternatives.extend(class.split('|').filter(|part| !part.trim().is_empty()).map(parse_alternative));
                } else if !alternative.is_empty() {
                    alternatives.push(parse_alternative(alternative));
                }
            }
            if alternatives.is_empty() {
                return Err(PatternError::Empty);
            }
            let mut exact_words = WordSet::default();
            let mut other_alternatives = Vec::new();
            for (index, alternative) in alternatives.iter().enumerate() {
                match alternative.words.as_slice() {
                    [WordMatcher::Exact(word)] => {
                        exact_words.insert(word.clone());
                    }
                    _ => other_alternatives.push(index),
                }
            }
            steps.push(Step::Word { alternatives, exact_words, other_alternatives, optional });
        }
        if steps.is_empty() {
            return Err(PatternError::Empty);
        }
        if matches!(steps.first(), Some(Step::Gap(_))) || matches!(steps.last(), Some(Step::Gap(_))) {
            return Err(PatternError::LeadingGap);
        }
        Ok(Pattern { steps })
    }

    /// Returns the keys under which the pattern is indexed: the exact words and the prefixes that can
    /// start a match, looking through leading optional steps. `None` when some word can start it.
    fn first_keys(&self) -> Option<Vec<IndexKey>> {
        let mut keys = Vec::new();
        for step in &self.steps {
            let Step::Word { alternatives, optional, .. } = step else { return None };
            for alternative in alternatives {
                match alternative.words.first()? {
                    WordMatcher::Exact(word) => keys.push(IndexKey::Exact(word.clone())),
                    WordMatcher::Prefix(prefix) if prefix.is_empty() => return None,
                    WordMatcher::Prefix(prefix) => keys.push(IndexKey::Prefix(prefix_key(prefix).to_string())),
                    WordMatcher::Suffix(_) => return None,
                }
            }
            if !optional {
                return Some(keys);
            }
        }
        None
    }

    /// Returns the end token (exclusive) of the longest match starting at `start`, within `tokens[..limit]`.
    pub fn match_at(&self, tokens: &[Token<'_>], start: usize, limit: usize) -> Option<usize> {
        self.match_from(0, tokens, start, limit)
    }

    fn match_from(&self, step_index: usize, tokens: &[Token<'_>], position: usize, limit: usize) -> Option<usize> {
        let Some(step) = self.steps.get(step_index) else {
            return Some(position);
        };
        match step {
            Step::Word { alternatives, exact_words, other_alternatives, optional } => {
                let mut best = None;
                if position < limit && exact_words.contains(tokens[position].word) {
                    best = self.match_from(step_index + 1, tokens, position + 1, limit);
                }
                for &index in other_alternatives {
                    if let Some(length) = alternatives[index].match_length(tokens, position, limit) {
                        best = best.max(self.match_from(step_index + 1, tokens, position + length, limit));
                    }
                }
                if *optional {
                    let skipped = self.match_from(step_index + 1, tokens, position, limit);
                    best = best.max(skipped);
                }
                best
            }
            Step::Gap(max) => {
                // The shortest gap that lets the rest match keeps spans tight.
                for skip in 0..=*max {
                    if position + skip > limit {
                        break;
                    }
                    if let Some(end) = self.match_from(step_index + 1, tokens, position + skip, limit) {
                        return Some(end);
                    }
                }
                None
            }
        }
    }
}

/// Splits a pattern into steps at spaces, keeping a parenthesised group whole: in
/// `(keep up|stick with) _2 exercises` the first step has two alternatives of two words.
fn split_steps(source: &str) -> Vec<&str> {
    let mut steps = Vec::new();
    let mut depth = 0usize;
    let mut start = None;
    for (offset, c) in source.char_indices() {
        match c {
            '(' => {
                depth += 1;
                start.get_or_insert(offset);
            }
            ')' => depth = depth.saturating_sub(1),
            c if c.is_whitespace() && depth == 0 => {
                if let Some(begin) = start.take() {
                    steps.push(&source[begin..offset]);
                }
            }
            _ => {
                start.get_or_insert(offset);
            }
        }
    }
    if let Some(begin) = start {
        steps.push(&source[begin..]);
    }
    steps
}

fn parse_alternative(text: &str) -> Alternative {
    let words = text
        .split_whitespace()
        .map(|word| {
            if let Some(suffix) = word.strip_prefix('*').filter(|suffix| !suffix.is_empty()) {
                return WordMatcher::Suffix(suffix.to_string());
            }
            match word.strip_suffix('*') {
                Some(prefix) => WordMatcher::Prefix(prefix.to_string()),
                None => WordMatcher::Exact(word.to_string()),
            }
        })
        .collect();
    Alternative { words }
}

/// A key of the pattern index: a whole first word, or the first letters of a first-word prefix.
#[derive(Debug)]
enum IndexKey {
    Exact(String),
    Prefix(String),
}

/// Number of characters of a prefix that index it; shorter prefixes index under all their characters.
const PREFIX_KEY_CHARS: usize = 4;

/// Returns the index key of a prefix or word: its first `PREFIX_KEY_CHARS` characters at most.
fn prefix_key(text: &str) -> &str {
    match text.char_indices().nth(PREFIX_KEY_CHARS) {
        Some((offset, _)) => &text[..offset],
        None => text,
    }
}

/// Patterns indexed by the words and prefixes that can start them, so that matching a sentence costs a
/// few hash look-ups a word.
#[derive(Debug)]
pub struct PatternSet<T> {
    patterns: Vec<(Pattern, T)>,
    by_first_word: WordMap<Vec<usize>>,
    by_first_letters: WordMap<Vec<usize>>,
    unindexed: Vec<usize>,
}

impl<T> Default for PatternSet<T> {
    fn default() -> Self {
        PatternSet {
            patterns: Vec::new(),
            by_first_word: WordMap::default(),
            by_first_letters: WordMap::default(),
            unindexed: Vec::new(),
        }
    }
}

impl<T> PatternSet<T> {
    /// Adds a pattern with its payload.
    pub fn push(&mut self, pattern: Pattern, payload: T) {
        let index = self.patterns.len();
        match pattern.first_keys() {
            Some(keys) => {
                for key in keys {
                    let (map, key) = match key {
                        IndexKey::Exact(word) => (&mut self.by_first_word, word),
                        IndexKey::Prefix(letters) => (&mut self.by_first_letters, letters),
                    };
                    let entry = map.entry(key).or_default();
                    if entry.last() != Some(&index) {
                        entry.push(index);
                    }
                }
            }
            None => self.unindexed.push(index),
        }
        self.patterns.push((pattern, payload));
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// True when the set has no pattern.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Calls `found(start_token, end_token, payload)` for the longest match at each word of
    /// `tokens[range]` of each pattern. Matches of different patterns may overlap.
    ///
    /// NOTE: words are compared as strings; this is the largest cost of `check` (see BENCHMARKS.md).
    pub fn for_each_match<'s>(
        &'s self,
        tokens: &[Token<'_>],
        first: usize,
        limit: usize,
        mut found: impl FnMut(usize, usize, &'s T),
    ) {
        let mut candidates: Vec<usize> = Vec::new();
        for position in first..limit {
            let word = tokens[position].word;
            candidates.clear();
            if let Some(indexed) = self.by_first_word.get(word) {
                candidates.extend_from_slice(indexed);
            }
            // A prefix is indexed under its first `PREFIX_KEY_CHARS` characters, or all of them when it is
            // shorter: try the word's first one to `PREFIX_KEY_CHARS` characters.
            let mut ends = word.char_indices().map(|(offset, _)| offset).skip(1).chain(std::iter::once(word.len()));
            for _ in 0..PREFIX_KEY_CHARS {
                let Some(end) = ends.next() else { break };
                if let Some(indexed) = self.by_first_letters.get(&word[..end]) {
                    candidates.extend_from_slice(indexed);
                }
            }
            candidates.extend_from_slice(&self.unindexed);
            candidates.sort_unstable();
            candidates.dedup();
            for &index in &candidates {
                let (pattern, payload) = &self.patterns[index];
                if let Some(end) = pattern.match_at(tokens, position, limit) {
                    if end > position {
                        found(position, end, payload);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn first_match(pattern: &str, text: &str) -> Option<(usize, usize)> {
        let mut classes = Classes::new();
        classes.insert("care".to_string(), "recu*|soigne*|pris en charge".to_string());
        let pattern = Pattern::compile(pattern, &classes).unwrap();
        let (tokens, _) = tokenize(text);
        (0..tokens.len()).find_map(|start| pattern.match_at(&tokens, start, tokens.len()).map(|end| (start, end)))
    }

    #[test]
    fn matches_words_prefixes_classes_and_gaps() {
        let table = [
            ("je vous ai @care", "hier je vous ai recue", Some((1, 5))),
            ("je vous ai @care", "je vous ai vue", None),
            ("vous avez ete @care", "vous avez ete pris en charge", Some((0, 6))),
            ("tres? heureux que _2 mieux", "heureux que vous alliez mieux", Some((0, 5))),
            ("tres? heureux que _2 mieux", "tres heureux que vous alliez beaucoup mieux", None),
            ("votre|vos seance*", "merci pour vos seances", Some((2, 4))),
            ("(keep up|stick with) _2 exercises", "well done for stick with the exercises", Some((3, 7))),
            ("(keep up|stick with)? the exercises", "do the exercises", Some((1, 3))),
            ("vous ne? *iez pas", "vous ne repondiez pas", Some((0, 4))),
        ];
        for (pattern, text, expected) in table {
            assert_eq!(first_match(pattern, text), expected, "{pattern:?} on {text:?}");
        }
    }

    #[test]
    fn rejects_bad_patterns() {
        let classes = Classes::new();
        assert_eq!(Pattern::compile("", &classes).unwrap_err(), PatternError::Empty);
        assert_eq!(Pattern::compile("a @nope", &classes).unwrap_err(), PatternError::UnknownClass("nope".into()));
        assert_eq!(Pattern::compile("_2 a", &classes).unwrap_err(), PatternError::LeadingGap);
        assert_eq!(Pattern::compile("a _0 b", &classes).unwrap_err(), PatternError::BadGap("_0".into()));
    }
}

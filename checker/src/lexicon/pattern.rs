//! Token patterns: the small language of the phrase files.
//!
//! A pattern is a sequence of matchers separated by spaces: `word`, `prefix*`, `*suffix`, `a|b|c*`,
//! `@class`, a parenthesised group whose alternatives may have several words, an optional `?` suffix
//! on any of those, and `_N` for a gap of up to N words. Patterns match whole
//! words of one sentence of the folded reply.

use std::collections::HashMap;

use super::vocabulary::{prefix_key, KeyId, Vocabulary, WordBuildHasher, WordId, WordIds, UNKNOWN};
use crate::text::Token;

/// One word of an alternative.
#[derive(Clone, Debug)]
enum WordMatcher {
    /// A whole word, and its id in the vocabulary once the pattern is in a set.
    Exact(String, WordId),
    Prefix(String),
    /// `*iez`: any word ending so, such as a verb in the imperfect.
    Suffix(String),
}

impl WordMatcher {
    #[inline]
    fn matches(&self, words: &Words<'_, '_>, position: usize) -> bool {
        match self {
            WordMatcher::Exact(_, id) => words.ids[position] == *id,
            WordMatcher::Prefix(prefix) => {
                // Most words differ from the prefix in their first byte: test it before calling the
                // library's comparison.
                let text = words.text(position).as_bytes();
                let prefix = prefix.as_bytes();
                text.first() == prefix.first() && text.starts_with(prefix)
            }
            WordMatcher::Suffix(suffix) => {
                let text = words.text(position);
                text.len() > suffix.len() && text.ends_with(suffix.as_str())
            }
        }
    }
}

/// The words being matched, `tokens[first..limit]` with their ids: positions count from `first`.
#[derive(Clone, Copy)]
struct Words<'t, 'a> {
    tokens: &'t [Token<'a>],
    ids: &'t [WordId],
}

impl Words<'_, '_> {
    #[inline]
    fn len(&self) -> usize {
        self.tokens.len()
    }

    #[inline]
    fn text(&self, position: usize) -> &str {
        self.tokens[position].word
    }
}

/// One alternative of a step: usually one word, several for class entries such as « pris en charge ».
#[derive(Clone, Debug)]
struct Alternative {
    words: Vec<WordMatcher>,
}

impl Alternative {
    /// Returns how many tokens the alternative covers at `position`, if it matches there.
    fn match_length(&self, words: &Words<'_, '_>, position: usize) -> Option<usize> {
        if position + self.words.len() > words.len() {
            return None;
        }
        let all_match =
            self.words.iter().enumerate().all(|(offset, matcher)| matcher.matches(words, position + offset));
        all_match.then_some(self.words.len())
    }
}

/// One position of a pattern.
#[derive(Clone, Debug)]
enum Step {
    /// `alternatives` keeps every alternative, which the index reads. `exact_ids` contains the sorted ids
    /// of the one-word exact ones again, so that a large class costs one search instead of a comparison
    /// an alternative. `other_alternatives` contains the indices of the rest. The ids are set from the
    /// set's vocabulary when the pattern joins a set.
    Word {
        alternatives: Vec<Alternative>,
        exact_ids: Vec<WordId>,
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
    /// A group inside a group, or a parenthesis without its pair: groups do not nest.
    Parenthesis(String),
}

impl std::fmt::Display for PatternError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PatternError::Empty => write!(formatter, "empty pattern"),
            PatternError::UnknownClass(name) => write!(formatter, "unknown class @{name}"),
            PatternError::BadGap(gap) => write!(formatter, "invalid gap {gap:?}: expected _1 to _9"),
            PatternError::LeadingGap => write!(formatter, "a pattern cannot start or end with a gap"),
            PatternError::Parenthesis(step) => {
                write!(formatter, "unpaired or nested parenthesis in {step:?}: groups cannot nest, write two lines")
            }
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
            if body.contains(['(', ')']) {
                return Err(PatternError::Parenthesis(raw.to_string()));
            }
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
            let other_alternatives = alternatives
                .iter()
                .enumerate()
                .filter(|(_, alternative)| !matches!(alternative.words.as_slice(), [WordMatcher::Exact(..)]))
                .map(|(index, _)| index)
                .collect();
            steps.push(Step::Word { alternatives, exact_ids: Vec::new(), other_alternatives, optional });
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
                    WordMatcher::Exact(_, id) => keys.push(IndexKey::Exact(*id)),
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

    /// Returns the pairs of word ids that can open the pattern: the first two words of each of its
    /// first step's alternatives, the second word taken from the next step for one-word alternatives.
    /// `None` when a word of those is not a whole word, the first step is optional, or there would be
    /// more than [`MAX_PAIR_KEYS`] pairs.
    fn first_pairs(&self) -> Option<Vec<(WordId, WordId)>> {
        let Step::Word { alternatives, optional: false, .. } = self.steps.first()? else { return None };
        let mut pairs = Vec::new();
        for alternative in alternatives {
            match alternative.words.as_slice() {
                [WordMatcher::Exact(_, first), WordMatcher::Exact(_, second), ..] => pairs.push((*first, *second)),
                [WordMatcher::Exact(_, first)] => {
                    pairs.extend(self.first_words_of_step(1)?.into_iter().map(|second| (*first, second)))
                }
                _ => return None,
            }
            if pairs.len() > MAX_PAIR_KEYS {
                return None;
            }
        }
        Some(pairs)
    }

    /// Returns the ids of the words that open the alternatives of a required step, when all are whole
    /// words.
    fn first_words_of_step(&self, index: usize) -> Option<Vec<WordId>> {
        let Step::Word { alternatives, optional: false, .. } = self.steps.get(index)? else { return None };
        alternatives
            .iter()
            .map(|alternative| match alternative.words.first() {
                Some(WordMatcher::Exact(_, id)) => Some(*id),
                _ => None,
            })
            .collect()
    }

    /// Gives every exact word of the pattern its id in `vocabulary`, adding the new ones.
    fn bind(&mut self, vocabulary: &mut Vocabulary) {
        for step in &mut self.steps {
            let Step::Word { alternatives, exact_ids, .. } = step else { continue };
            for alternative in alternatives.iter_mut() {
                for matcher in &mut alternative.words {
                    if let WordMatcher::Exact(word, id) = matcher {
                        *id = vocabulary.intern_word(word);
                    }
                }
                if let [WordMatcher::Exact(_, id)] = alternative.words.as_slice() {
                    exact_ids.push(*id);
                }
            }
            exact_ids.sort_unstable();
            exact_ids.dedup();
        }
    }

    /// Returns the end (exclusive) of the longest match starting at `position` in `words`.
    fn match_from(&self, step_index: usize, words: &Words<'_, '_>, position: usize) -> Option<usize> {
        let Some(step) = self.steps.get(step_index) else {
            return Some(position);
        };
        match step {
            Step::Word { alternatives, exact_ids, other_alternatives, optional } => {
                let mut best = None;
                if position < words.len() && contains_id(exact_ids, words.ids[position]) {
                    best = self.match_from(step_index + 1, words, position + 1);
                }
                for &index in other_alternatives {
                    if let Some(length) = alternatives[index].match_length(words, position) {
                        best = best.max(self.match_from(step_index + 1, words, position + length));
                    }
                }
                if *optional {
                    let skipped = self.match_from(step_index + 1, words, position);
                    best = best.max(skipped);
                }
                best
            }
            Step::Gap(max) => {
                // The shortest gap that lets the rest match keeps spans tight.
                for skip in 0..=*max {
                    if position + skip > words.len() {
                        break;
                    }
                    if let Some(end) = self.match_from(step_index + 1, words, position + skip) {
                        return Some(end);
                    }
                }
                None
            }
        }
    }
}

/// True when the sorted `ids` contain `id`: a scan for the short lists of most steps, a binary search for
/// the long ones of word classes.
#[inline]
fn contains_id(ids: &[WordId], id: WordId) -> bool {
    if ids.len() <= 8 {
        ids.contains(&id)
    } else {
        ids.binary_search(&id).is_ok()
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
                None => WordMatcher::Exact(word.to_string(), UNKNOWN),
            }
        })
        .collect();
    Alternative { words }
}

/// A key of the pattern index: a whole first word, or the first letters of a first-word prefix.
#[derive(Debug)]
enum IndexKey {
    Exact(WordId),
    Prefix(String),
}

/// Maximum number of word pairs under which one pattern is indexed; a pattern that would need more is
/// indexed under its first word alone.
const MAX_PAIR_KEYS: usize = 256;

/// Patterns indexed by the words and prefixes that can start them, so that matching a sentence costs a
/// few look-ups of word ids a word.
#[derive(Debug)]
pub struct PatternSet<T> {
    patterns: Vec<(Pattern, T)>,
    /// Serial number of the vocabulary that numbered the patterns' words; 0 before the first pattern.
    vocabulary: u32,
    /// Patterns that a word can start, by word id.
    by_first_word: HashMap<WordId, Vec<usize>, WordBuildHasher>,
    /// Patterns that two given words must open, by the pair of word ids: « vous » opens dozens of
    /// patterns, « vous avez » far fewer. `opens_pair` records, by word id, whether a word opens any pair.
    by_first_pair: HashMap<(WordId, WordId), Vec<usize>, WordBuildHasher>,
    opens_pair: Vec<bool>,
    /// Patterns that a prefix can start, by prefix key.
    by_first_key: HashMap<KeyId, Vec<usize>, WordBuildHasher>,
    unindexed: Vec<usize>,
}

impl<T> Default for PatternSet<T> {
    fn default() -> Self {
        PatternSet {
            patterns: Vec::new(),
            vocabulary: 0,
            by_first_word: HashMap::default(),
            by_first_pair: HashMap::default(),
            opens_pair: Vec::new(),
            by_first_key: HashMap::default(),
            unindexed: Vec::new(),
        }
    }
}

thread_local! {
    static CANDIDATES: std::cell::Cell<Vec<usize>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Adds `index` to an index entry, once.
fn add_to(entry: &mut Vec<usize>, index: usize) {
    if entry.last() != Some(&index) {
        entry.push(index);
    }
}

impl<T> PatternSet<T> {
    /// Adds a pattern with its payload, numbering its words in `vocabulary`. All the patterns of a set
    /// must use the same vocabulary, and matching must read word ids from it.
    pub fn push(&mut self, mut pattern: Pattern, payload: T, vocabulary: &mut Vocabulary) {
        debug_assert!(self.vocabulary == 0 || self.vocabulary == vocabulary.serial(), "one vocabulary a set");
        self.vocabulary = vocabulary.serial();
        pattern.bind(vocabulary);
        let index = self.patterns.len();
        if let Some(pairs) = pattern.first_pairs() {
            for (first, second) in pairs {
                let opener = first as usize;
                if self.opens_pair.len() <= opener {
                    self.opens_pair.resize(opener + 1, false);
                }
                self.opens_pair[opener] = true;
                add_to(self.by_first_pair.entry((first, second)).or_default(), index);
            }
        } else if let Some(keys) = pattern.first_keys() {
            for key in keys {
                let entry = match key {
                    IndexKey::Exact(id) => self.by_first_word.entry(id).or_default(),
                    IndexKey::Prefix(letters) => self.by_first_key.entry(vocabulary.intern_key(&letters)).or_default(),
                };
                add_to(entry, index);
            }
        } else {
            self.unindexed.push(index);
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
    /// `tokens[first..limit]` of each pattern. Matches of different patterns may overlap. `ids` are the
    /// ids of all of `tokens` in the vocabulary of the set's patterns.
    pub fn for_each_match<'s>(
        &'s self,
        tokens: &[Token<'_>],
        ids: &WordIds,
        first: usize,
        limit: usize,
        mut found: impl FnMut(usize, usize, &'s T),
    ) {
        if self.patterns.is_empty() {
            return;
        }
        debug_assert_eq!(ids.serial, self.vocabulary, "word ids from another vocabulary");
        debug_assert_eq!(ids.words.len(), tokens.len(), "word ids of other tokens");
        let words = Words { tokens: &tokens[first..limit], ids: &ids.words[first..limit] };
        // The candidates' buffer is kept between calls: a check makes dozens of them, one a sentence and
        // set. A call made from `found` finds it taken and starts an empty one.
        let mut candidates = CANDIDATES.take();
        for position in 0..words.len() {
            let id = words.ids[position];
            candidates.clear();
            if let Some(indexed) = self.by_first_word.get(&id) {
                candidates.extend_from_slice(indexed);
            }
            if self.opens_pair.get(id as usize).copied().unwrap_or(false) && position + 1 < words.len() {
                if let Some(indexed) = self.by_first_pair.get(&(id, words.ids[position + 1])) {
                    candidates.extend_from_slice(indexed);
                }
            }
            for &key in &ids.keys[first + position] {
                if key != UNKNOWN {
                    if let Some(indexed) = self.by_first_key.get(&key) {
                        candidates.extend_from_slice(indexed);
                    }
                }
            }
            candidates.extend_from_slice(&self.unindexed);
            candidates.sort_unstable();
            candidates.dedup();
            for &index in &candidates {
                let (pattern, payload) = &self.patterns[index];
                if let Some(end) = pattern.match_from(0, &words, position) {
                    if end > position {
                        found(first + position, first + end, payload);
                    }
                }
            }
        }
        CANDIDATES.set(candidates);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn first_match(pattern: &str, text: &str) -> Option<(usize, usize)> {
        let mut classes = Classes::new();
        classes.insert("care".to_string(), "recu*|soigne*|pris en charge".to_string());
        let mut vocabulary = Vocabulary::default();
        let mut set = PatternSet::default();
        set.push(Pattern::compile(pattern, &classes).unwrap(), (), &mut vocabulary);
        let (tokens, _) = tokenize(text);
        let ids = vocabulary.look_up(&tokens);
        let mut matches = Vec::new();
        set.for_each_match(&tokens, &ids, 0, tokens.len(), |start, end, _| matches.push((start, end)));
        matches.first().copied()
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
        assert_eq!(
            Pattern::compile("(a|(b c)) d", &classes).unwrap_err(),
            PatternError::Parenthesis("(a|(b c))".into())
        );
        assert_eq!(Pattern::compile("(a|b d", &classes).unwrap_err(), PatternError::Parenthesis("(a|b d".into()));
    }
}

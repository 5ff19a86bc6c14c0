//! The analysis context that every rule reads: the folded reply, its words and sentences, its terms, the review's terms,
//! and the spans that can never be findings.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use crate::lexicon::pattern::PatternSet;
use crate::lexicon::vocabulary::WordIds;
use crate::lexicon::{self, LanguageData, Strength, TermHit, TermSet};
use crate::request::{Lang, Request};
use crate::text::{tokenize, Folded, Sentence, Token};

/// The analysed reply, shared by all rules of one `check`.
pub struct Context<'a> {
    pub request: &'a Request,
    /// The reply as checked (possibly cut to the maximum length).
    pub original: &'a str,
    pub folded: &'a Folded,
    pub tokens: Vec<Token<'a>>,
    /// The ids of `tokens` in the language's pattern vocabulary.
    pub word_ids: WordIds,
    pub sentences: Vec<Sentence>,
    pub lang: Lang,
    pub data: &'static LanguageData,
    /// Lexicon terms of the reply, by start offset.
    pub terms: Vec<TermHit>,
    /// Terms of the practitioner's custom list, in `custom_terms`.
    pub custom_hits: Vec<TermHit>,
    pub custom_terms: TermSet,
    /// The review, when given.
    pub review: Option<Rc<Review>>,
    /// Folded spans that are never findings: idioms, practice name, signature, allowed terms.
    pub masked: Vec<(usize, usize)>,
    /// Per sentence: true when a general-statement marker is in it and no explicit breach.
    pub general: Vec<bool>,
    /// Per sentence: true when a general-statement marker is in it.
    general_marker: Vec<bool>,
    /// The clauses of the reply, as token ranges in order: sentences cut at commas, colons, brackets,
    /// dashes and emoji.
    pub clauses: Vec<(usize, usize)>,
    /// Per token: the index of its clause in `clauses`.
    clause_of: Vec<usize>,
    /// Per sentence: the first token of what a refusal to confirm governs (« ni confirmer ni infirmer
    /// que | vous êtes venue »), if it has one.
    unconfirmed_from: Vec<Option<usize>>,
    /// Per sentence: true when it addresses the reader (second person, the reviewer's name, or a
    /// phrasing from `about_reader.tsv` such as « ravi que »).
    pub addresses_reader: Vec<bool>,
    /// Folded words of the reviewer's public name.
    pub reviewer_words: Vec<String>,
    /// Per sentence, whether it is written in capitals, computed when first asked.
    shouted: Vec<OnceCell<bool>>,
}

/// The review being answered, folded, with its terms.
pub struct Review {
    pub folded: Folded,
    pub terms: Vec<TermHit>,
    /// Hashes of its words of five letters or more, for the clause model's echoes.
    pub long_words: Vec<u64>,
}

thread_local! {
    /// The last review analysed on this thread, with its language: a rewrite checks its draft several
    /// times against the same review, and a bulk audit often meets the same review twice in a row.
    static LAST_REVIEW: RefCell<Option<(Lang, String, Rc<Review>)>> = const { RefCell::new(None) };
}

/// Folds `text` and finds its terms, or returns the analysis of the last call when it had the same
/// text and language.
fn analyse_review(text: &str, lang: Lang) -> Rc<Review> {
    LAST_REVIEW.with(|last| {
        let mut last = last.borrow_mut();
        if let Some((last_lang, last_text, review)) = last.as_ref() {
            if *last_lang == lang && last_text == text {
                return Rc::clone(review);
            }
        }
        let folded = Folded::new(text);
        let terms = lexicon::language(lang).terms.find(&folded.text);
        let long_words = crate::rules::learned::long_word_hashes(&folded.text);
        let review = Rc::new(Review { folded, terms, long_words });
        *last = Some((lang, text.to_string(), Rc::clone(&review)));
        review
    })
}

impl<'a> Context<'a> {
    /// Analyses `original` (the reply, already cut to the maximum length) for `request`, given its
    /// folded text and that text's words and sentences.
    pub fn new(
        request: &'a Request,
        original: &'a str,
        folded: &'a Folded,
        mut tokens: Vec<Token<'a>>,
        sentences: Vec<Sentence>,
        lang: Lang,
    ) -> Context<'a> {
        let is_capital = |token: &Token<'_>| {
            let (start, end) = folded.to_original(token.start, token.end);
            original[start..end].starts_with(char::is_uppercase)
        };
        if lang == Lang::Fr {
            crate::text::tokens::expand_bare_elisions(&mut tokens, &sentences, &folded.text, is_capital);
        }
        let data = lexicon::language(lang);
        // « trop contente pr Enzo », "c u tmrw": words of text-message style read as written in full. With
        // a capital they are something else (« Pr Martin »), and so they are inside a slashed
        // abbreviation ("f/u", a follow-up).
        let slashed =
            |token: &Token<'_>| folded.text[..token.start].ends_with('/') || folded.text[token.end..].starts_with('/');
        for token in &mut tokens {
            if let Some(full) = data.abbreviations.get(token.word) {
                if !is_capital(token) && !slashed(token) {
                    token.word = full;
                }
            }
        }
        let word_ids = data.vocabulary.look_up(&tokens);
        let mut terms = data.terms.find(&folded.text);
        // « l'appareil a rendu l'âme »: an accented word is not the acronym it folds to (« AME »).
        terms.retain(|hit| {
            !data.terms.term(hit.term).acronym || {
                let (start, end) = folded.to_original(hit.start, hit.end);
                original[start..end].is_ascii()
            }
        });

        let mut custom_terms = TermSet::default();
        for raw in request.practice.sensitive_terms.iter().flat_map(|entry| entry.lines()) {
            let folded_term = lexicon::fold(raw.trim());
            if folded_term.chars().filter(|c| c.is_alphanumeric()).count() >= 2 {
                custom_terms.push(lexicon::Term {
                    folded: folded_term,
                    category: crate::category::Category::Diagnosis,
                    strength: Strength::Strong,
                    open_ending: false,
                    acronym: false,
                });
            }
        }
        let custom_hits = if custom_terms.is_empty() {
            Vec::new()
        } else {
            custom_terms.build();
            custom_terms.find(&folded.text)
        };

        let review = request.review.as_deref().filter(|text| !text.trim().is_empty()).map(|text| {
            analyse_review(&text[..crate::text::offsets::floor_char_boundary(text, crate::MAX_REPLY_BYTES)], lang)
        });

        let reviewer_words = request
            .reviewer
            .as_deref()
            .map(|name| {
                let mut words: Vec<String> = tokenize(&lexicon::fold(&with_handle_parts(name)))
                    .0
                    .iter()
                    .map(|token| token.word.to_string())
                    .collect();
                // "kellyb": a handle made of a given name and an initial publishes the given name.
                let given_names: Vec<String> = words.iter().filter_map(|word| given_name_in_handle(word)).collect();
                words.extend(given_names);
                words
            })
            .unwrap_or_default();

        let mut context = Context {
            request,
            original,
            folded,
            tokens,
            word_ids,
            sentences,
            lang,
            data,
            terms,
            custom_hits,
            custom_terms,
            review,
            masked: Vec::new(),
            general: Vec::new(),
            general_marker: Vec::new(),
            unconfirmed_from: Vec::new(),
            clauses: Vec::new(),
            clause_of: Vec::new(),
            addresses_reader: Vec::new(),
            reviewer_words,
            shouted: Vec::new(),
        };
        context.shouted = vec![OnceCell::new(); context.sentences.len()];
        context.split_clauses();
        context.mark_sentences();
        crate::rules::masks::collect(&mut context);
        context
    }

    /// Cuts every sentence into clauses at the separators [`separates_clauses`] finds between two words.
    fn split_clauses(&mut self) {
        self.clause_of = vec![0; self.tokens.len()];
        for sentence in &self.sentences {
            let mut first = sentence.first_token;
            for token in sentence.first_token..sentence.end_token {
                let separated = token > first
                    && separates_clauses(&self.folded.text[self.tokens[token - 1].end..self.tokens[token].start]);
                if separated {
                    self.clauses.push((first, token));
                    first = token;
                }
                self.clause_of[token] = self.clauses.len();
            }
            if sentence.end_token > first {
                self.clauses.push((first, sentence.end_token));
            }
        }
    }

    fn mark_sentences(&mut self) {
        self.general = vec![false; self.sentences.len()];
        self.general_marker = vec![false; self.sentences.len()];
        self.unconfirmed_from = vec![None; self.sentences.len()];
        self.addresses_reader = vec![false; self.sentences.len()];
        for (index, sentence) in self.sentences.iter().enumerate() {
            let words = &self.tokens[sentence.first_token..sentence.end_token];
            let about_reader = self.matches_in(&self.data.about_reader, sentence);
            // The reviewer's name opening a sentence addresses them (« Merci Sophie ! Bon rétablissement »),
            // unless a comma closes the greeting (« Bonjour Sophie, le cabinet sera fermé … »).
            // A sentence that opens on the bare name (« Sonia, pour une pose… ») speaks to the reviewer.
            let vocative = words.iter().enumerate().any(|(position, token)| {
                position <= 1
                    && self.is_reviewer_word(token.word)
                    && (position == 0 || !self.folded.text[token.end..].trim_start().starts_with(','))
            });
            let addresses_reader =
                about_reader || vocative || words.iter().any(|token| self.is_second_person(token.word));
            self.addresses_reader[index] = addresses_reader;

            // The practice's offer is general only when the sentence does not speak to the reader:
            // « les ateliers de préparation reprennent en mai », not « ravie que les ateliers vous aient aidée ».
            // « le vaccin a été fait sans rendez-vous » describes one past event, not what the practice offers.
            // « La séance vous a donc été facturée 55 €, c'est la règle pour tout le monde »: a past event
            // of the reader's stays theirs whatever general words the sentence adds.
            let general = (self.has_general_marker(sentence) && !self.has_reader_past_event(sentence))
                || (!addresses_reader
                    && !self.describes_past_event(index)
                    && self.matches_in(&self.data.offer, sentence));
            self.general[index] = general;
            self.general_marker[index] = general;
            self.unconfirmed_from[index] = self.refusal_complement(sentence);
        }
    }

    /// True when a second-person word in `sentence` starts a past event, outside a condition: « la
    /// séance vous a été facturée », "you were seen on Monday", "your husband was asked to step out".
    /// The English present perfect is left out: in "make sure you have completed the form", the
    /// form is still to fill in.
    fn has_reader_past_event(&self, sentence: &Sentence) -> bool {
        (sentence.first_token..sentence.end_token).any(|index| {
            let end = (index + 5).min(sentence.end_token);
            let present_perfect = self.lang == Lang::En
                && self.tokens[index + 1..end].iter().any(|token| matches!(token.word, "have" | "has"));
            self.data.second_person.contains(self.tokens[index].word)
                && self.has_past_event_between(index + 1, end)
                && !present_perfect
                && !self.in_condition(index)
        })
    }

    /// Returns the first token after a refusal to confirm and its « que », « si », "that" or
    /// "whether", in `sentence`.
    fn refusal_complement(&self, sentence: &Sentence) -> Option<usize> {
        let mut found = None;
        self.data.unconfirmed.for_each_match(
            &self.tokens,
            &self.word_ids,
            sentence.first_token,
            sentence.end_token,
            |_, end, _| {
                let complement = (end..(end + 3).min(sentence.end_token))
                    .find(|&index| matches!(self.tokens[index].word, "que" | "si" | "that" | "whether" | "if"));
                if let Some(complement) = complement {
                    found = Some(found.map_or(complement + 1, |earlier: usize| earlier.min(complement + 1)));
                }
            },
        );
        found
    }

    /// True when token `index` is in what a refusal to confirm governs: « nous ne pouvons ni confirmer ni
    /// infirmer que vous êtes venue », "we can't say whether you were seen here".
    pub fn is_unconfirmed(&self, index: usize) -> bool {
        self.unconfirmed_from[self.tokens[index].sentence].is_some_and(|from| from <= index)
    }

    /// True when a marker of `general.tsv` matches in `sentence`. A marker that ends on « tous » or
    /// « toutes » before a possessive or a demonstrative counts nothing. « bravo pour tous ses progrès »
    /// is one person's progress, unlike « pour tous » or « pour tous les enfants ».
    fn has_general_marker(&self, sentence: &Sentence) -> bool {
        self.matches_in_where(&self.data.general, sentence, |end| {
            let quantifies_next = matches!(self.tokens[end - 1].word, "tous" | "toutes")
                && end < sentence.end_token
                && matches!(self.tokens[end].word, "ses" | "sa" | "son" | "vos" | "tes" | "mes" | "ces" | "leurs");
            !quantifies_next
        })
    }

    /// True when a pattern of `set` matches in `sentence`.
    fn matches_in(&self, set: &PatternSet<()>, sentence: &Sentence) -> bool {
        self.matches_in_where(set, sentence, |_| true)
    }

    /// True when a pattern of `set` matches in `sentence` and `keep` accepts the token that ends the match.
    fn matches_in_where(&self, set: &PatternSet<()>, sentence: &Sentence, keep: impl Fn(usize) -> bool) -> bool {
        let mut found = false;
        set.for_each_match(&self.tokens, &self.word_ids, sentence.first_token, sentence.end_token, |_, end, _| {
            found |= keep(end)
        });
        found
    }

    /// True when sentence `index` describes one past event: an auxiliary then a past participle (« a été
    /// fait », « je vous ai laissé », "was given").
    ///
    /// Folded French participles read like the present (« vacciné », « vaccine »), so the auxiliary
    /// decides; « a » counts only as written without an accent (« à risque » is no auxiliary).
    pub fn describes_past_event(&self, index: usize) -> bool {
        let sentence = &self.sentences[index];
        self.has_past_event_between(sentence.first_token, sentence.end_token)
    }

    /// True when the tokens from `first` to `end` contain an auxiliary then a past participle, as
    /// [`Context::describes_past_event`] looks for in a sentence. An adverb may stand between them
    /// (« j'ai simplement rappelé », "we have already sent").
    pub fn has_past_event_between(&self, first: usize, end: usize) -> bool {
        let tokens = &self.tokens[first..end];
        let is_adverb = |word: &str| {
            self.data.adverbs.contains(word)
                || self
                    .data
                    .adverb_endings
                    .iter()
                    .any(|ending| word.len() >= ending.len() + 2 && word.ends_with(ending.as_str()))
        };
        (0..tokens.len().saturating_sub(1)).any(|index| {
            let auxiliary = &tokens[index];
            let skip = usize::from(is_adverb(tokens[index + 1].word) && index + 2 < tokens.len());
            let next = tokens[index + 1 + skip].word;
            match (self.lang, auxiliary.word) {
                (Lang::Fr, "a") if self.original_text(auxiliary.start, auxiliary.end) != "a" => false,
                (Lang::Fr, "a" | "ai" | "as" | "avons" | "avez" | "ont" | "avait" | "avaient" | "avions" | "aviez") => {
                    let participle = next.chars().count() >= 4
                        && ["e", "es", "ee", "ees", "i", "is", "ie", "ies", "u", "us", "ue", "ues"]
                            .iter()
                            .any(|ending| next.ends_with(ending));
                    participle || matches!(next, "ete" | "fait" | "faits" | "faite" | "faites")
                }
                (Lang::En, "was" | "were" | "had") => true,
                (Lang::En, "has" | "have") => next == "been" || next.ends_with("ed"),
                _ => false,
            }
        })
    }

    /// Returns the bounds of the clause that contains token `index`: from the token after the last clause
    /// separator before it, to the next separator, within its sentence.
    pub fn clause_around(&self, index: usize) -> (usize, usize) {
        self.clauses[self.clause_of[index]]
    }

    /// True when a word of the clause around token `index` addresses or names the reader.
    pub fn clause_speaks_to_reader(&self, index: usize) -> bool {
        let (first, end) = self.clause_around(index);
        self.tokens[first..end]
            .iter()
            .any(|token| self.is_second_person(token.word) || self.is_reviewer_word(token.word))
    }

    /// True when the clause before token `index` opens a condition (« si », "if", "unless"), and not a
    /// concession (« même si », "even if").
    pub fn in_condition(&self, index: usize) -> bool {
        let (first, _) = self.clause_around(index);
        (first..=index).any(|cursor| {
            matches!(self.tokens[cursor].word, "if" | "si" | "unless" | "whether")
                && !(cursor > 0 && matches!(self.tokens[cursor - 1].word, "even" | "meme"))
        })
    }

    /// True when sentence `index` contains a general-statement marker, explicit breach or not.
    pub fn had_general_marker(&self, index: usize) -> bool {
        self.general_marker[index]
    }

    /// True when `word` addresses the reader: a second-person pronoun or possessive, or a French
    /// imperative or verb in `-ez` (« pensez », « continuez »).
    pub fn is_second_person(&self, word: &str) -> bool {
        if self.data.second_person.contains(word) {
            return true;
        }
        self.lang == Lang::Fr && word.len() > 4 && word.ends_with("ez") && !matches!(word, "chez" | "assez")
    }

    /// True when sentence `index` names someone in the third person: a pronoun or a possessive (« lui »,
    /// "her"), or a given name that is not the reviewer's. The impersonal « il » (« il faut », « il y
    /// a ») names no one.
    pub fn names_someone(&self, index: usize) -> bool {
        let sentence = &self.sentences[index];
        (sentence.first_token..sentence.end_token).any(|position| {
            let word = self.tokens[position].word;
            let impersonal = word == "il"
                && self.tokens.get(position + 1).is_some_and(|next| {
                    next.sentence == self.tokens[position].sentence
                        && matches!(
                            next.word,
                            "faut" | "y" | "s'agit" | "agit" | "suffit" | "vaut" | "semble" | "convient" | "importe"
                        )
                });
            (matches!(word, "her" | "his" | "him" | "she" | "he" | "lui" | "elle" | "il" | "son" | "sa" | "ses")
                && !impersonal)
                || (self.is_capitalized(position)
                    && crate::lexicon::is_first_name(word)
                    && !self.is_reviewer_word(word))
        })
    }

    /// True when `word` is one of the reviewer's public name.
    pub fn is_reviewer_word(&self, word: &str) -> bool {
        word.len() > 1 && self.reviewer_words.iter().any(|name| name == word)
    }

    /// True when one of the reply's words is in `words`. Rules use it to skip a regular expression
    /// that cannot match without one of them.
    pub fn has_word(&self, words: &[&str]) -> bool {
        self.tokens.iter().any(|token| crate::text::is_one_of(token.word, words))
    }

    /// True when the folded span overlaps a masked span.
    pub fn is_masked(&self, start: usize, end: usize) -> bool {
        self.masked.iter().any(|&(mask_start, mask_end)| start < mask_end && mask_start < end)
    }

    /// True when the folded byte `offset` is inside an e-mail address or a web address.
    pub fn in_web_address(&self, offset: usize) -> bool {
        let text = &self.folded.text;
        let start = text[..offset].rfind(char::is_whitespace).map_or(0, |index| index + 1);
        let end = text[offset..].find(char::is_whitespace).map_or(text.len(), |index| offset + index);
        let chunk = &text[start..end];
        chunk.contains('@') || chunk.contains("://") || chunk.starts_with("www.")
    }

    /// Returns the index of the token that starts at or contains the folded byte `offset`.
    pub fn token_at(&self, offset: usize) -> Option<usize> {
        let index = self.tokens.partition_point(|token| token.end <= offset);
        (index < self.tokens.len() && self.tokens[index].start <= offset).then_some(index)
    }

    /// Returns the index of the sentence that contains the folded byte `offset`.
    pub fn sentence_at(&self, offset: usize) -> usize {
        let index = self.sentences.partition_point(|sentence| sentence.end <= offset);
        index.min(self.sentences.len().saturating_sub(1))
    }

    /// Returns the original text of a folded span.
    pub fn original_text(&self, start: usize, end: usize) -> &'a str {
        let (start, end) = self.folded.to_original(start, end);
        &self.original[start..end]
    }

    /// True when the original word at token `index` starts with a capital letter. In a sentence written
    /// all in capitals (« MERCI PATRICK ! À TRÈS VITE AU CABINET »), capitals tell nothing, so no word counts
    /// as capitalised there.
    pub fn is_capitalized(&self, index: usize) -> bool {
        let token = &self.tokens[index];
        let capital = self.original_text(token.start, token.end).chars().next().is_some_and(char::is_uppercase);
        capital && !self.is_shouted(token.sentence)
    }

    /// True when sentence `index` has at least two words of two letters or more and no lower-case letter.
    fn is_shouted(&self, index: usize) -> bool {
        *self.shouted[index].get_or_init(|| self.compute_shouted(index))
    }

    fn compute_shouted(&self, index: usize) -> bool {
        let sentence = &self.sentences[index];
        let words = &self.tokens[sentence.first_token..sentence.end_token];
        let long_words = words.iter().filter(|token| token.word.chars().count() >= 2).count();
        long_words >= 2
            && words.iter().all(|token| !self.original_text(token.start, token.end).chars().any(char::is_lowercase))
    }

    /// True when token `index` is the first word of its sentence or line.
    pub fn starts_sentence(&self, index: usize) -> bool {
        let sentence = &self.sentences[self.tokens[index].sentence];
        sentence.first_token == index
    }
}

/// True when the text between two words ends a clause: a comma, colon, semicolon, bracket or dash, or
/// a symbol such as an emoji (« Bravo Julien 💪 content que… »).
pub fn separates_clauses(between: &str) -> bool {
    between.contains(" - ")
        || between.chars().any(|c| {
            matches!(c, ',' | ':' | ';' | '(' | ')' | '\u{2013}' | '\u{2014}')
                || (c >= '\u{2190}' && !c.is_alphanumeric())
        })
}

/// Returns the given name that opens a folded handle word and is followed by one or two letters at
/// most ("kellyb" → "kelly"), when the word is not a given name itself.
fn given_name_in_handle(word: &str) -> Option<String> {
    if word.len() < 4 || lexicon::is_first_name(word) || !word.bytes().all(|byte| byte.is_ascii_lowercase()) {
        return None;
    }
    (3..word.len())
        .rev()
        .filter(|&split| word.len() - split <= 2)
        .find(|&split| lexicon::is_first_name(&word[..split]))
        .map(|split| word[..split].to_string())
}

/// Returns `name` followed by the words a handle joins ("KiwiDave" → "KiwiDave Kiwi Dave", "jb75" →
/// "jb75 jb 75"), so that a given name inside a public handle counts as published.
fn with_handle_parts(name: &str) -> String {
    let mut parts = String::with_capacity(name.len() * 2);
    let mut previous: Option<char> = None;
    for c in name.chars() {
        let boundary = previous.is_some_and(|before| {
            (before.is_lowercase() && c.is_uppercase())
                || (before.is_alphabetic() && c.is_ascii_digit())
                || (before.is_ascii_digit() && c.is_alphabetic())
        });
        if boundary {
            parts.push(' ');
        }
        parts.push(if c == '_' { ' ' } else { c });
        previous = Some(c);
    }
    if parts == name {
        return parts;
    }
    format!("{name} {parts}")
}

#[cfg(test)]
mod tests {
    use super::separates_clauses;

    #[test]
    fn separators_end_clauses_and_apostrophes_do_not() {
        for between in [", ", " : ", " ; ", " (", ") ", " \u{2013} ", " - ", " \u{1f4aa} ", " \u{2764}\u{fe0f} "] {
            assert!(separates_clauses(between), "{between:?}");
        }
        for between in [" ", "'", "\u{2019}", " \u{ab} ", "-", "\u{a0}"] {
            assert!(!separates_clauses(between), "{between:?}");
        }
    }
}

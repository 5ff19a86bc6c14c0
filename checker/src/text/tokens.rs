//! Words and sentences of a folded text.

/// A word of the folded text.
#[derive(Clone, Debug)]
pub struct Token<'a> {
    /// Start byte in the folded text.
    pub start: usize,
    /// End byte in the folded text, exclusive.
    pub end: usize,
    /// The word as rules compare it: the folded slice, or the full form of an elision or contraction
    /// (`l'` → `le`, `j'` → `je`, `'ve` → `have`, `n't` → `not`).
    pub word: &'a str,
    /// Index of the sentence that contains the word.
    pub sentence: usize,
}

/// A sentence: a span of the folded text ended by `.`, `!`, `?`, `;`, a line break or the end.
#[derive(Clone, Copy, Debug)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index of its first token.
    pub first_token: usize,
    /// Index one past its last token.
    pub end_token: usize,
}

/// Splits `folded` into tokens and sentences.
pub fn tokenize(folded: &str) -> (Vec<Token<'_>>, Vec<Sentence>) {
    let bytes = folded.as_bytes();
    let mut tokens: Vec<Token<'_>> = Vec::with_capacity(folded.len() / 5 + 1);
    let mut sentences = Vec::with_capacity(folded.len() / 60 + 1);
    let mut sentence_start = 0;
    let mut sentence_first_token = 0;
    let mut index = 0;
    let len = folded.len();

    while index < len {
        let c = match bytes[index] {
            byte if byte.is_ascii() => char::from(byte),
            _ => folded[index..].chars().next().unwrap_or(' '),
        };
        if is_word_char(c) {
            let word_end = scan_word(folded, index);
            push_word(folded, index, word_end, sentences.len(), &mut tokens);
            index = word_end;
            continue;
        }
        let char_len = c.len_utf8();
        if ends_sentence(bytes, index, c, &tokens) {
            let end = index + char_len;
            if tokens.len() > sentence_first_token || end > sentence_start {
                sentences.push(Sentence {
                    start: sentence_start,
                    end,
                    first_token: sentence_first_token,
                    end_token: tokens.len(),
                });
            }
            sentence_start = end;
            sentence_first_token = tokens.len();
        }
        index += char_len;
    }
    if sentence_start < len || sentences.is_empty() {
        sentences.push(Sentence {
            start: sentence_start,
            end: len,
            first_token: sentence_first_token,
            end_token: tokens.len(),
        });
    }
    (tokens, sentences)
}

/// Words that the tokenizer writes in full although the text has them shortened (« l' », "n't", « vs »).
const EXPANDED_WORDS: &[&str] = &[
    "le", "de", "je", "me", "te", "se", "ne", "ce", "que", "jusque", "lorsque", "puisque", "quoique", "presque",
    "vous", "can", "will", "shall", "not", "'s", "have", "are", "would", "am",
];

/// True when one of the words of `folded`, as [`tokenize`] splits them, is `word`. Tokenizes only when
/// the text contains `word` or `word` is a full form the tokenizer writes.
pub fn has_word(folded: &str, word: &str) -> bool {
    if !folded.contains(word) && !EXPANDED_WORDS.contains(&word) {
        return false;
    }
    tokenize(folded).0.iter().any(|token| token.word == word)
}

/// True for characters that belong to words: letters, digits and marks of other scripts.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Returns the end of the word starting at `start`: letters and digits, joined by inner hyphens
/// (« rendez-vous », « jean-luc ») and inner apostrophes (split later into elisions and contractions).
fn scan_word(folded: &str, start: usize) -> usize {
    // ASCII letters and digits first, a byte at a time; the rest of the word, if any, a character at a time.
    let ascii = folded.as_bytes()[start..].iter().take_while(|byte| byte.is_ascii_alphanumeric()).count();
    let start = start + ascii;
    let mut end = start;
    let mut chars = folded[start..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        if is_word_char(c) {
            end = start + offset + c.len_utf8();
            continue;
        }
        let joins = (c == '-' || c == '\'') && chars.peek().is_some_and(|&(_, next)| is_word_char(next));
        if !joins {
            break;
        }
    }
    end
}

/// Pushes the tokens of one word, splitting elisions (`l'operation`) and contractions (`you've`).
fn push_word<'a>(folded: &'a str, start: usize, end: usize, sentence: usize, tokens: &mut Vec<Token<'a>>) {
    let word = &folded[start..end];
    let Some(apostrophe) = word.find('\'') else {
        // « vs » is how replies typed on a phone write « vous ».
        let word = if word == "vs" { "vous" } else { word };
        tokens.push(Token { start, end, word, sentence });
        return;
    };

    let head = &word[..apostrophe];
    let tail_start = start + apostrophe + 1;
    if let Some(full) = french_elision(head) {
        tokens.push(Token { start, end: tail_start, word: full, sentence });
        // The tail may itself hold an apostrophe (« qu'aujourd'hui »): keep it as one word.
        push_word(folded, tail_start, end, sentence, tokens);
        return;
    }

    let tail = &word[apostrophe + 1..];
    if tail == "t" && head.ends_with('n') && head.len() > 1 {
        let stem = &head[..head.len() - 1];
        let stem_word = match stem {
            "ca" => "can",
            "wo" => "will",
            "sha" => "shall",
            _ => stem,
        };
        tokens.push(Token { start, end: start + stem.len(), word: stem_word, sentence });
        tokens.push(Token { start: start + stem.len(), end, word: "not", sentence });
        return;
    }
    let expanded = match tail {
        "s" => Some("'s"),
        "ve" => Some("have"),
        "re" => Some("are"),
        "ll" => Some("will"),
        "d" => Some("would"),
        "m" => Some("am"),
        _ => None,
    };
    match expanded {
        Some(full) => {
            tokens.push(Token { start, end: start + apostrophe, word: head, sentence });
            tokens.push(Token { start: start + apostrophe, end, word: full, sentence });
        }
        None => tokens.push(Token { start, end, word, sentence }),
    }
}

/// Reads the French elisions typed without their apostrophe. A lone « j », « l », « c »… before a word
/// that opens on a vowel or an h (« j ai », « c est », « l echo ») is written in full. A capital letter
/// counts only at the start of a sentence, since « la vitamine D en hiver » names a vitamin.
pub fn expand_bare_elisions(
    tokens: &mut [Token<'_>],
    sentences: &[Sentence],
    folded: &str,
    is_capital: impl Fn(&Token<'_>) -> bool,
) {
    for (index, token) in tokens.iter_mut().enumerate() {
        let Some(full) = french_elision(token.word).filter(|_| token.word != "s") else { continue };
        let opens_sentence = sentences[token.sentence].first_token == index;
        if opens_on_vowel(&folded[token.end..]) && (opens_sentence || !is_capital(token)) {
            token.word = full;
        }
    }
}

/// True when `rest` is one space, then a word that opens on a vowel or an h.
fn opens_on_vowel(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next() == Some(' ') && chars.next().is_some_and(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h'))
}

/// Returns the full form of a French elided word, or `None` when `head` is not one.
fn french_elision(head: &str) -> Option<&'static str> {
    Some(match head {
        "l" => "le",
        "d" => "de",
        "j" => "je",
        "m" => "me",
        "t" => "te",
        "s" => "se",
        "n" => "ne",
        "c" => "ce",
        "qu" => "que",
        "jusqu" => "jusque",
        "lorsqu" => "lorsque",
        "puisqu" => "puisque",
        "quoiqu" => "quoique",
        "presqu" => "presque",
        _ => return None,
    })
}

/// True when the character at `index` ends a sentence.
fn ends_sentence(bytes: &[u8], index: usize, c: char, tokens: &[Token<'_>]) -> bool {
    match c {
        '!' | '?' | ';' | '\n' => true,
        '.' => {
            // A period ends a sentence unless it closes an abbreviation (« Dr. », « M. ») or sits in a
            // number (« 2.5 ») or an address (« exemple.fr »).
            let next = bytes.get(index + 1).copied();
            if next.is_some_and(|b| b.is_ascii_alphanumeric()) {
                return false;
            }
            let previous_word_end = tokens.last().map(|token| token.end);
            if previous_word_end == Some(index) {
                let previous = tokens.last().map(|token| token.word).unwrap_or("");
                if is_abbreviation(previous) && !is_unit_after_number(tokens) {
                    return false;
                }
            }
            true
        }
        _ => false,
    }
}

/// True when the last two tokens are a number and a unit of time, as in « de 8 h à 12 h. » or « pendant
/// 20 min. ». A period after such a unit ends the sentence, whereas after a lone letter it closes an
/// initial (« M. Dupont »).
fn is_unit_after_number(tokens: &[Token<'_>]) -> bool {
    let [.., number, unit] = tokens else { return false };
    matches!(unit.word, "h" | "min" | "mn" | "j")
        && !number.word.is_empty()
        && number.word.bytes().all(|b| b.is_ascii_digit())
}

/// True for abbreviations that end with a period inside a sentence, and initials. "u", which stands for
/// "you" in replies typed on a phone, ends the sentence (« couldnt book u. pls call »).
pub(crate) fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "dr" | "dre"
            | "drs"
            | "pr"
            | "m"
            | "mm"
            | "mme"
            | "mmes"
            | "mlle"
            | "mr"
            | "mrs"
            | "ms"
            | "st"
            | "ste"
            | "no"
            | "n"
            | "av"
            | "bd"
            | "env"
            | "cf"
            | "etc"
            | "vs"
            | "p"
            | "a"
            | "e"
            | "jr"
            | "sr"
            | "prof"
            | "tel"
            | "fig"
            | "ex"
            | "min"
            | "approx"
            | "dept"
            | "inc"
            | "ltd"
            | "co"
    ) || (word.len() == 1 && word.chars().all(|c| c.is_alphabetic()) && word != "u")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).0.into_iter().map(|token| token.word).collect()
    }

    #[test]
    fn splits_french_elisions() {
        assert_eq!(words("l'operation d'implant qu'elle"), ["le", "operation", "de", "implant", "que", "elle"]);
    }

    #[test]
    fn reads_elisions_typed_without_apostrophe() {
        let expanded = |original: &str| -> Vec<String> {
            let folded = original.to_lowercase();
            let (mut tokens, sentences) = tokenize(&folded);
            expand_bare_elisions(&mut tokens, &sentences, &folded, |token| {
                original[token.start..token.end].starts_with(char::is_uppercase)
            });
            tokens.into_iter().map(|token| token.word.to_string()).collect()
        };
        assert_eq!(expanded("J ai vu l echo, c est bon"), ["je", "ai", "vu", "le", "echo", "ce", "est", "bon"]);
        // Before a consonant the letter stays a word, and so does a capital inside a sentence.
        assert_eq!(
            expanded("la vitamine d 3, la vitamine D en hiver"),
            ["la", "vitamine", "d", "3", "la", "vitamine", "d", "en", "hiver"]
        );
    }

    #[test]
    fn splits_english_contractions() {
        assert_eq!(words("you've can't son's"), ["you", "have", "can", "not", "son", "'s"]);
    }

    #[test]
    fn keeps_hyphenated_words_whole() {
        assert_eq!(words("votre rendez-vous, jean-luc - merci"), ["votre", "rendez-vous", "jean-luc", "merci"]);
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let (_, sentences) = tokenize("merci dr. martin. a bientot ! oui\nnon");
        assert_eq!(sentences.len(), 4);
    }

    #[test]
    fn ends_sentences_after_a_unit_of_time() {
        let (_, sentences) = tokenize("ouvert de 8 h a 12 h. merci de votre patience");
        assert_eq!(sentences.len(), 2);
        let (_, sentences) = tokenize("le 3 m. dupont");
        assert_eq!(sentences.len(), 1);
    }

    #[test]
    fn empty_text_has_one_empty_sentence() {
        let (tokens, sentences) = tokenize("");
        assert!(tokens.is_empty());
        assert_eq!(sentences.len(), 1);
    }
}

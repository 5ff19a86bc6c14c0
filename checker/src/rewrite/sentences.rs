//! Sentences of the draft as the rewrite keeps or removes them, with the spaces between them, and the
//! deletion of a clause inside a sentence.

/// A sentence or the whitespace between two sentences, as a byte range of the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub is_sentence: bool,
}

/// Characters that end a sentence when whitespace or the end of the text follows.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Characters that may follow a terminator and still belong to the sentence.
fn is_closer(c: char) -> bool {
    matches!(c, '»' | '"' | '”' | '’' | ')' | ']') || is_terminator(c)
}

/// Splits a draft into sentences and the whitespace between them. A sentence ends at « . ! ? … » (with
/// closing quotes and brackets) followed by whitespace, or at a line break. Concatenating the pieces gives
/// back the draft.
pub fn split(text: &str) -> Vec<Piece> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut pieces = Vec::new();
    let mut index = 0;
    let mut sentence_start: Option<usize> = None;

    while index < chars.len() {
        let (offset, c) = chars[index];
        if c.is_whitespace() && sentence_start.is_none() {
            // Whitespace between sentences, up to the next non-space character.
            let run_end = run_of_whitespace(&chars, index);
            pieces.push(Piece { start: offset, end: byte_at(text, &chars, run_end), is_sentence: false });
            index = run_end;
            continue;
        }
        if sentence_start.is_none() {
            sentence_start = Some(offset);
        }
        if c == '\n' || c == '\r' {
            // A line break inside a sentence: the sentence ends before the spaces that precede it.
            let mut sentence_end = index;
            while sentence_end > 0 && chars[sentence_end - 1].1.is_whitespace() && chars[sentence_end - 1].1 != '\n' {
                sentence_end -= 1;
            }
            let start = sentence_start.take().unwrap_or(offset);
            let end = byte_at(text, &chars, sentence_end);
            if end > start {
                pieces.push(Piece { start, end, is_sentence: true });
            }
            let run_end = run_of_whitespace(&chars, sentence_end);
            pieces.push(Piece { start: end, end: byte_at(text, &chars, run_end), is_sentence: false });
            index = run_end;
            continue;
        }
        if is_terminator(c) {
            let mut end = index + 1;
            loop {
                match chars.get(end).map(|&(_, c)| c) {
                    Some(next) if is_closer(next) => end += 1,
                    // « … fin. » with a space before the closing guillemet.
                    Some(' ' | '\u{a0}' | '\u{202f}') if chars.get(end + 1).map(|&(_, c)| c) == Some('»') => end += 2,
                    _ => break,
                }
            }
            let at_boundary = chars.get(end).is_none_or(|&(_, next)| next.is_whitespace());
            // « M. Durand », « Dr. Martin », « Pr. Leroy »: the period of a title does not end the sentence.
            let sentence_chars = &chars[chars.partition_point(|&(at, _)| at < sentence_start.unwrap_or(offset))..index];
            if at_boundary && !(c == '.' && ends_with_abbreviation(sentence_chars)) {
                let start = sentence_start.take().unwrap_or(offset);
                pieces.push(Piece { start, end: byte_at(text, &chars, end), is_sentence: true });
                index = end;
                continue;
            }
            index = end;
            continue;
        }
        index += 1;
    }
    if let Some(start) = sentence_start {
        // The last sentence has no terminator; trailing spaces stay outside it.
        let mut end = chars.len();
        while end > 0 && chars[end - 1].1.is_whitespace() {
            end -= 1;
        }
        let end_byte = byte_at(text, &chars, end);
        if end_byte > start {
            pieces.push(Piece { start, end: end_byte, is_sentence: true });
        }
        if end_byte < text.len() {
            pieces.push(Piece { start: end_byte, end: text.len(), is_sentence: false });
        }
    }
    pieces
}

/// True when the sentence so far, `chars`, ends with a title or abbreviation (« M », « Dr », « Pr »,
/// « Mme », "approx"), so that a period after it does not end the sentence. Of single letters only « M »
/// counts, and only right after the sentence's first word or a lower-case word (« Merci M. Durand », « et
/// M. Durand »): after a name it is an initial (« Merci Sophie M. »), which may end the sentence.
fn ends_with_abbreviation(chars: &[(usize, char)]) -> bool {
    let letters = chars.iter().rev().take_while(|&&(_, c)| c.is_alphabetic()).count();
    if letters == 0 {
        return false;
    }
    let word: String = chars[chars.len() - letters..].iter().flat_map(|&(_, c)| c.to_lowercase()).collect();
    if letters > 1 {
        return crate::text::tokens::is_abbreviation(&word);
    }
    if word != "m" {
        return false;
    }
    let before: Vec<char> = chars[..chars.len() - letters].iter().map(|&(_, c)| c).collect();
    let trimmed = before.iter().rposition(|c| !c.is_whitespace()).map_or(0, |last| last + 1);
    let previous_start = before[..trimmed].iter().rposition(|c| !c.is_alphabetic()).map_or(0, |at| at + 1);
    let previous = &before[previous_start..trimmed];
    let first_word = before[..previous_start].iter().all(|c| c.is_whitespace());
    previous.first().is_none_or(|c| c.is_lowercase()) || first_word
}

fn run_of_whitespace(chars: &[(usize, char)], from: usize) -> usize {
    let mut end = from;
    while end < chars.len() && chars[end].1.is_whitespace() {
        end += 1;
    }
    end
}

fn byte_at(text: &str, chars: &[(usize, char)], index: usize) -> usize {
    chars.get(index).map_or(text.len(), |&(offset, _)| offset)
}

/// Punctuation that may stand right before a clause that can be deleted alone.
const CLAUSE_OPENERS: &[char] = &[',', ';', ':', '(', '—', '–', '-'];
/// Punctuation that may stand right after such a clause.
const CLAUSE_CLOSERS: &[char] = &[',', '.', ';', ':', '!', '?', ')', '…', '—', '–', '-'];

/// True when the span `start..end` of `sentence` is a clause of its own: only punctuation or the edge of
/// the sentence on each side, so deleting it leaves a grammatical sentence (« Merci Sophie, bon
/// rétablissement ! » → « Merci Sophie ! »).
pub fn is_clause(sentence: &str, start: usize, end: usize) -> bool {
    let before = sentence[..start].trim_end();
    let after = sentence[end..].trim_start();
    let open = before.is_empty() || before.ends_with(CLAUSE_OPENERS);
    let close = after.is_empty() || after.starts_with(CLAUSE_CLOSERS);
    open && close
}

/// Deletes the clause `start..end` of a sentence and tidies the punctuation around it.
pub fn delete_clause(sentence: &str, start: usize, end: usize) -> String {
    let mut before = sentence[..start].trim_end().to_string();
    let mut after = sentence[end..].trim_start().to_string();

    // « ( ) » left around a deleted span goes with it.
    if before.ends_with('(') && after.starts_with(')') {
        before.pop();
        before = before.trim_end().to_string();
        after.remove(0);
        after = after.trim_start().to_string();
    }
    let before_comma = before.ends_with([',', ';', ':', '—', '–', '-']);
    if before.is_empty() {
        // The clause opened the sentence: drop the punctuation that followed it and capitalise.
        let trimmed = after.trim_start_matches([',', ';', ':', '—', '–', '-', ' ']).to_string();
        return capitalise(&trimmed);
    }
    if after.is_empty() {
        return before.trim_end_matches([',', ';', ':', '—', '–', '-', ' ']).to_string();
    }
    if before_comma {
        let first = after.chars().next().unwrap_or(' ');
        if matches!(first, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '…') {
            // « Merci, [clause] ! » → « Merci ! »: the comma goes, the final punctuation stays.
            let kept = before.trim_end_matches([',', ';', ':', '—', '–', '-', ' ']).to_string();
            let space = if matches!(first, '!' | '?' | ';' | ':') && sentence.contains([' ', '\u{a0}', '\u{202f}']) {
                space_before_double_punctuation(sentence)
            } else {
                ""
            };
            let after = if first == ',' { after[1..].trim_start().to_string() } else { after };
            if first == ',' {
                return format!("{kept}, {after}");
            }
            return format!("{kept}{space}{after}");
        }
        return format!("{before} {after}");
    }
    // A clause in brackets went with them (« votre numéro (06 …) si besoin »): words meet again.
    if after.starts_with(char::is_alphanumeric) {
        return format!("{before} {after}");
    }
    // The clause closed by punctuation after a word: keep that punctuation.
    format!("{before}{after}")
}

/// Returns the clauses of `sentence` that end before byte `breach`, cut at the last « , ; : » or dash
/// before it, when they contain at least three words. « Merci Sophie, toute l'équipe est touchée, et
/// ravie que votre dos aille mieux. » keeps « Merci Sophie, toute l'équipe est touchée ».
pub fn leading_clauses(sentence: &str, breach: usize) -> Option<String> {
    let head = sentence.get(..breach)?;
    let cut = head.rfind([',', ';', ':', '—', '–'])?;
    let kept = head[..cut].trim_end();
    let words = kept.split_whitespace().filter(|word| word.chars().any(char::is_alphanumeric)).count();
    (words >= 3).then(|| kept.to_string())
}

/// Returns where the clauses of `sentence` after byte `breach_end` start, and those clauses, capitalised.
/// They start after the first « , ; : » or dash after the breach and a leading « mais », « et », "but"
/// or "and", and must contain at least three words. « Nous ne pouvons pas discuter de votre accouchement,
/// mais l'équipe reste disponible au 04 72 00 00 00. » keeps « L'équipe reste disponible au 04 72 00
/// 00 00. ».
pub fn trailing_clauses(sentence: &str, breach_end: usize) -> Option<(usize, String)> {
    let tail = sentence.get(breach_end..)?;
    let cut = tail.find([',', ';', ':', '—', '–'])?;
    let mut rest = tail[cut..].trim_start_matches([',', ';', ':', '—', '–']).trim_start();
    for conjunction in ["mais ", "et ", "but ", "and ", "so ", "donc "] {
        if rest.get(..conjunction.len()).is_some_and(|head| head.eq_ignore_ascii_case(conjunction)) {
            rest = rest[conjunction.len()..].trim_start();
            break;
        }
    }
    let words = rest.split_whitespace().filter(|word| word.chars().any(char::is_alphanumeric)).count();
    let rest_start = sentence.len() - rest.len();
    (words >= 3).then(|| (rest_start, capitalise(rest.trim_end())))
}

/// Ends the kept clauses of `sentence` with its final punctuation (« ! », « ? », or a full stop), with
/// the space the sentence put before it.
pub fn close_sentence(kept: &str, sentence: &str) -> String {
    let trimmed = sentence.trim_end();
    let last = trimmed.chars().last().unwrap_or('.');
    match last {
        '!' | '?' => {
            let before = trimmed[..trimmed.len() - 1].chars().last();
            let space = match before {
                Some(c @ (' ' | '\u{a0}' | '\u{202f}')) => c.to_string(),
                _ => String::new(),
            };
            format!("{kept}{space}{last}")
        }
        _ => format!("{kept}."),
    }
}

/// Returns the space the sentence already puts before « ! ? ; : », or an empty string.
fn space_before_double_punctuation(sentence: &str) -> &'static str {
    for (index, c) in sentence.char_indices() {
        if matches!(c, '!' | '?' | ';' | ':') {
            match sentence[..index].chars().last() {
                Some('\u{202f}') => return "\u{202f}",
                Some('\u{a0}') => return "\u{a0}",
                Some(' ') => return " ",
                _ => return "",
            }
        }
    }
    ""
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(&str, bool)> {
        split(text).into_iter().map(|piece| (&text[piece.start..piece.end], piece.is_sentence)).collect()
    }

    #[test]
    fn trailing_clauses_drop_the_conjunction() {
        let sentence = "Nous ne pouvons pas discuter de votre accouchement, mais l'équipe reste disponible.";
        let breach_end = sentence.find(',').unwrap();
        let (start, kept) = trailing_clauses(sentence, breach_end).unwrap();
        assert_eq!(kept, "L'équipe reste disponible.");
        assert_eq!(&sentence[start..], "l'équipe reste disponible.");
        assert_eq!(trailing_clauses("Votre dos va mieux, merci.", 13), None);
    }

    #[test]
    fn split_keeps_every_byte() {
        for text in ["Bonjour Sophie,\n\nMerci ! À bientôt.\nDr Martin", "  a. b?  ", "« Fin. » Suite", "", "\n\n"]
        {
            let joined: String = split(text).iter().map(|piece| &text[piece.start..piece.end]).collect();
            assert_eq!(joined, text);
        }
    }

    #[test]
    fn split_at_terminators_and_line_breaks() {
        assert_eq!(
            texts("Bonjour Sophie,\n\nMerci ! À bientôt.\nDr Martin"),
            [
                ("Bonjour Sophie,", true),
                ("\n\n", false),
                ("Merci !", true),
                (" ", false),
                ("À bientôt.", true),
                ("\n", false),
                ("Dr Martin", true)
            ]
        );
    }

    #[test]
    fn title_period_does_not_split() {
        assert_eq!(texts("Merci M. Durand !"), [("Merci M. Durand !", true)]);
        assert_eq!(texts("Le Pr. Leroy vous répondra."), [("Le Pr. Leroy vous répondra.", true)]);
        assert_eq!(texts("Thanks to Dr. Patel."), [("Thanks to Dr. Patel.", true)]);
    }

    #[test]
    fn initial_after_name_splits() {
        assert_eq!(
            texts("Merci Sophie M. À bientôt."),
            [("Merci Sophie M.", true), (" ", false), ("À bientôt.", true)]
        );
    }

    #[test]
    fn decimal_point_does_not_split() {
        assert_eq!(texts("Tarif 25.50 euros."), [("Tarif 25.50 euros.", true)]);
    }

    #[test]
    fn clause_between_comma_and_exclamation() {
        let sentence = "Merci Sophie, bon rétablissement !";
        let start = sentence.find("bon").unwrap();
        let end = start + "bon rétablissement".len();
        assert!(is_clause(sentence, start, end));
        assert_eq!(delete_clause(sentence, start, end), "Merci Sophie !");
    }

    #[test]
    fn words_around_span_make_no_clause() {
        let sentence = "Appelez-moi au 06 12 34 56 78 demain.";
        let start = sentence.find("06").unwrap();
        assert!(!is_clause(sentence, start, start + "06 12 34 56 78".len()));
    }

    #[test]
    fn bracketed_clause_between_words() {
        let sentence = "We have your number (0412 558 903) if we need to follow up.";
        let start = sentence.find("0412").unwrap();
        let end = start + "0412 558 903".len();
        assert!(is_clause(sentence, start, end));
        assert_eq!(delete_clause(sentence, start, end), "We have your number if we need to follow up.");
    }

    #[test]
    fn clauses_before_breach_kept() {
        let sentence = "Merci Sophie, toute l'équipe a été touchée par vos mots, et nous sommes heureux que votre dos aille mieux.";
        let breach = sentence.find("votre dos").unwrap();
        let kept = leading_clauses(sentence, breach).unwrap();
        assert_eq!(close_sentence(&kept, sentence), "Merci Sophie, toute l'équipe a été touchée par vos mots.");
        assert_eq!(leading_clauses("Merci, votre dos va mieux.", 7), None);
        assert_eq!(
            close_sentence("Merci pour votre avis", "Merci pour votre avis, à mardi !"),
            "Merci pour votre avis !"
        );
    }

    #[test]
    fn clause_opening_sentence() {
        let sentence = "Bon rétablissement, et merci pour votre message.";
        let end = "Bon rétablissement".len();
        assert!(is_clause(sentence, 0, end));
        assert_eq!(delete_clause(sentence, 0, end), "Et merci pour votre message.");
    }
}

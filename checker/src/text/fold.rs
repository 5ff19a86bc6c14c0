//! Folding: the comparable form of a text, with a map back to the original.
//!
//! Rules and lexicons compare folded text only. Folding lower-cases, strips accents and other combining
//! marks, expands ligatures (`œ` → `oe`), turns every apostrophe into `'`, every space into ` `, every dash
//! into `-`, and drops the middle dot and the period of inclusive writing (« opéré·e », « opéré.e » →
//! `operee`). Each folded byte remembers the original character it came from, so a span found in the folded
//! text maps back to whole characters of the original.

/// A folded text and, for each of its bytes, the span of the original character that produced it.
#[derive(Debug, Default)]
pub struct Folded {
    /// The folded text: ASCII for Latin-script input, other scripts lower-cased as they are.
    pub text: String,
    /// For each byte of `text`, the byte offsets in the original where its source character starts
    /// and ends.
    sources: Vec<(u32, u32)>,
    /// Length of the original in bytes.
    original_len: usize,
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Folded {
        fold(original, true)
    }

    /// Maps a folded span to the span of whole original characters it came from.
    ///
    /// Bounds past the end are clamped, and an empty folded span maps to an empty original span.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        let len = self.text.len();
        let start = start.min(len);
        let end = end.min(len).max(start);
        let original_start = if start == len { self.original_len } else { self.sources[start].0 as usize };
        if end == start {
            return (original_start, original_start);
        }
        let original_end = self.sources[end - 1].1 as usize;
        (original_start, original_end.max(original_start))
    }
}

/// Returns the folded text of `original` alone, without the map back to the original, which costs
/// two vectors as long as the text.
pub fn fold_text(original: &str) -> String {
    fold(original, false).text
}

/// Folds `original`; the map back to the original is filled only when `with_map` is set.
fn fold(original: &str, with_map: bool) -> Folded {
    let map_capacity = if with_map { original.len() } else { 0 };
    let mut folded = Folded {
        text: String::with_capacity(original.len()),
        sources: Vec::with_capacity(map_capacity),
        original_len: original.len(),
    };
    let bytes = original.as_bytes();
    let mut index = 0;
    let mut previous_is_letter = false;
    while index < bytes.len() {
        // The common case, ASCII letters, digits and spaces, is copied a run at a time, without the
        // look-ahead that inclusive writing needs.
        let run = bytes[index..].iter().take_while(|byte| byte.is_ascii_alphanumeric() || **byte == b' ').count();
        if run > 0 {
            let end = index + run;
            let before = folded.text.len();
            folded.text.push_str(&original[index..end]);
            folded.text[before..].make_ascii_lowercase();
            if with_map {
                folded.sources.extend((index as u32..end as u32).map(|offset| (offset, offset + 1)));
            }
            previous_is_letter = bytes[end - 1].is_ascii_alphabetic();
            index = end;
            continue;
        }
        let start = index;
        let mut rest = original[start..].chars();
        let c = rest.next().expect("index is on a character boundary");
        let end = start + c.len_utf8();
        index = end;
        if is_inclusive_separator(c, previous_is_letter, rest.next(), original, end) {
            continue;
        }
        let before = folded.text.len();
        fold_char(c, &mut folded.text);
        if with_map {
            for _ in before..folded.text.len() {
                folded.sources.push((start as u32, end as u32));
            }
        }
        if folded.text.len() > before {
            previous_is_letter = folded.text[before..].chars().all(char::is_alphabetic);
        }
    }
    folded
}

/// True when `c` is the middle dot or period of inclusive writing, between a letter and an `e`/`es`
/// ending: « patient·e », « opéré.es ».
fn is_inclusive_separator(c: char, previous_is_letter: bool, next: Option<char>, original: &str, after: usize) -> bool {
    if !previous_is_letter {
        return false;
    }
    match c {
        '·' | '•' | '‧' | '⋅' => next.is_some_and(char::is_alphabetic),
        '.' => {
            // Only « .e », « .es », « .s », « .x », « .ne »… followed by a non-letter: a sentence's
            // end is always followed by a space or capital letter, never by a lower-case ending.
            let rest = &original[after..];
            let ending_length =
                rest.char_indices().find(|&(_, ch)| !ch.is_alphabetic()).map_or(rest.len(), |(offset, _)| offset);
            matches!(
                &rest[..ending_length],
                "e" | "es" | "s" | "x" | "ne" | "nes" | "se" | "ses" | "le" | "les" | "ve" | "ves" | "rice" | "rices"
            )
        }
        _ => false,
    }
}

/// Appends the folded form of `c` to `out`.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let replacement = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'Ā' | 'ă' | 'Ă' | 'ą' | 'Ą' => {
            "a"
        }
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'Ē' | 'ė' | 'Ė' | 'ę' | 'Ę' | 'ě' | 'Ě' => {
            "e"
        }
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' | 'Ī' | 'ı' | 'İ' => "i",
        'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ň' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' | 'Ō' | 'ő' | 'Ő' => {
            "o"
        }
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'Ū' | 'ů' | 'Ů' | 'ű' | 'Ű' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'š' | 'Š' | 'ś' | 'Ś' => "s",
        'ž' | 'Ž' | 'ź' | 'Ź' | 'ż' | 'Ż' => "z",
        'ł' | 'Ł' => "l",
        'ř' | 'Ř' => "r",
        'ť' | 'Ť' => "t",
        'ď' | 'Ď' | 'ð' | 'Ð' => "d",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬀ' => "ff",
        // Apostrophes and primes, typographic or not.
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '\u{2032}' | '\u{FF07}' => "'",
        // Every kind of space, the non-breaking ones used before « ; : ! ? » included.
        '\u{00A0}' | '\u{202F}' | '\u{2000}'..='\u{200A}' | '\u{205F}' | '\u{3000}' => " ",
        // Line and paragraph separators end a line like `\n`.
        '\u{2028}' | '\u{2029}' | '\u{0085}' => "\n",
        // Hyphens and dashes.
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => "-",
        '\u{00AB}' | '\u{00BB}' | '\u{201C}' | '\u{201D}' | '\u{201E}' => "\"",
        '\u{2026}' => "...",
        // Combining marks (accents typed as separate characters) and zero-width characters vanish.
        '\u{0300}'..='\u{036F}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => "",
        _ => {
            for lower in c.to_lowercase() {
                if !('\u{0300}'..='\u{036F}').contains(&lower) {
                    out.push(lower);
                }
            }
            return;
        }
    };
    out.push_str(replacement);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_apostrophes() {
        let cases = [
            ("L’Opération", "l'operation"),
            ("cœur", "coeur"),
            ("opéré·e", "operee"),
            ("opéré.es de", "operees de"),
            ("fin. Ensuite", "fin. ensuite"),
            ("e\u{0301}te\u{0301}", "ete"),
            ("48\u{202F}h", "48 h"),
            ("Ça va\u{00A0}?", "ca va ?"),
        ];
        for (input, expected) in cases {
            assert_eq!(Folded::new(input).text, expected, "input {input:?}");
        }
    }

    #[test]
    fn maps_spans_to_whole_characters() {
        let original = "Le cœur, l’œil";
        let folded = Folded::new(original);
        let at = folded.text.find("coeur").unwrap();
        let (start, end) = folded.to_original(at, at + 2);
        assert_eq!(&original[start..end], "cœ");
        let (start, end) = folded.to_original(at, at + "coeur".len());
        assert_eq!(&original[start..end], "cœur");
    }

    #[test]
    fn maps_empty_and_out_of_range_spans() {
        let folded = Folded::new("abc");
        assert_eq!(folded.to_original(3, 3), (3, 3));
        assert_eq!(folded.to_original(10, 20), (3, 3));
        assert_eq!(Folded::new("").to_original(0, 0), (0, 0));
    }
}

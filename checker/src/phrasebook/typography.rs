//! Typography of composed text: the apostrophe and the space before « ! ? ; : » that the draft uses.
//!
//! Phrasebook data is written with the typographic apostrophe ’ and, in French, a plain space before
//! double punctuation. Composed text takes the habits of the practitioner's draft, so that a sentence
//! added by the rewrite does not look pasted in. Without a draft, French gets a no-break space.

use crate::request::Lang;

/// No-break space (U+00A0), the usual space before « ! ? ; : » in French word processors.
const NO_BREAK_SPACE: char = '\u{a0}';
/// Narrow no-break space (U+202F), the space French typography prefers before « ! ? ; ».
const NARROW_NO_BREAK_SPACE: char = '\u{202f}';

/// The typographic habits to apply to composed text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Typography {
    /// `’` or `'`.
    pub apostrophe: char,
    /// Character put before « ! ? ; : » in French: a kind of space, or `None` for nothing.
    pub before_double_punctuation: Option<char>,
}

impl Typography {
    /// Returns the habits to use without a draft.
    pub fn default_for(lang: Lang) -> Typography {
        Typography {
            apostrophe: '’',
            before_double_punctuation: match lang {
                Lang::Fr => Some(NO_BREAK_SPACE),
                Lang::En => None,
            },
        }
    }

    /// Returns the habits of a draft, falling back to [`Typography::default_for`] for what the draft
    /// does not show.
    pub fn of_draft(draft: &str, lang: Lang) -> Typography {
        let mut typography = Typography::default_for(lang);
        let curly = draft.matches('’').count();
        let straight = draft.matches('\'').count();
        if straight > curly {
            typography.apostrophe = '\'';
        } else if curly > 0 {
            typography.apostrophe = '’';
        }

        if lang == Lang::Fr {
            // Counts, for each kind of space and for none, how often it precedes « ! ? ; : ».
            let mut counts = [0usize; 4];
            let mut previous: Option<char> = None;
            for c in draft.chars() {
                if matches!(c, '!' | '?' | ';' | ':') {
                    match previous {
                        Some(NO_BREAK_SPACE) => counts[0] += 1,
                        Some(NARROW_NO_BREAK_SPACE) => counts[1] += 1,
                        Some(' ') => counts[2] += 1,
                        Some(p) if p.is_alphanumeric() || p == ')' || p == '»' => counts[3] += 1,
                        _ => {}
                    }
                }
                previous = Some(c);
            }
            let choices = [Some(NO_BREAK_SPACE), Some(NARROW_NO_BREAK_SPACE), Some(' '), None];
            if let Some((best, _)) = counts.iter().enumerate().filter(|(_, &n)| n > 0).max_by_key(|(_, &n)| n) {
                typography.before_double_punctuation = choices[best];
            }
        }
        typography
    }

    /// Applies the habits to a composed text written as the phrasebook writes it.
    pub fn apply(&self, text: &str, lang: Lang) -> String {
        let mut out = String::with_capacity(text.len() + 8);
        let chars: Vec<char> = text.chars().collect();
        for (index, &c) in chars.iter().enumerate() {
            let next = chars.get(index + 1).copied();
            match c {
                '’' | '\'' => out.push(self.apostrophe),
                ' ' | NO_BREAK_SPACE | NARROW_NO_BREAK_SPACE
                    if lang == Lang::Fr && matches!(next, Some('!' | '?' | ';' | ':')) =>
                {
                    if let Some(space) = self.before_double_punctuation {
                        out.push(space);
                    }
                }
                _ => out.push(c),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draft_with_straight_apostrophes_and_plain_spaces() {
        let typography = Typography::of_draft("Merci pour l'avis ! C'est noté.", Lang::Fr);
        assert_eq!(typography.apostrophe, '\'');
        assert_eq!(typography.before_double_punctuation, Some(' '));
        assert_eq!(typography.apply("N’hésitez pas !", Lang::Fr), "N'hésitez pas !");
    }

    #[test]
    fn draft_with_narrow_spaces() {
        let typography = Typography::of_draft("Merci\u{202f}! À bientôt\u{202f}?", Lang::Fr);
        assert_eq!(typography.apply("Merci !", Lang::Fr), "Merci\u{202f}!");
    }

    #[test]
    fn draft_without_spaces_before_punctuation() {
        let typography = Typography::of_draft("Merci! Bonne journée!", Lang::Fr);
        assert_eq!(typography.apply("Merci !", Lang::Fr), "Merci!");
    }

    #[test]
    fn french_default_is_no_break_space() {
        let typography = Typography::default_for(Lang::Fr);
        assert_eq!(typography.apply("Merci : à bientôt !", Lang::Fr), "Merci\u{a0}: à bientôt\u{a0}!");
    }

    #[test]
    fn english_keeps_punctuation_attached() {
        let typography = Typography::of_draft("Thanks! It's noted.", Lang::En);
        assert_eq!(typography.apply("We’re glad you wrote!", Lang::En), "We're glad you wrote!");
    }
}

//! The user-facing texts of findings, from `data/<locale>/messages.tsv`.

use crate::category::Category;
use crate::lexicon;
use crate::request::{Locale, Profession};

/// Returns the text for `key` in `locale`, falling back to French, then to the key itself.
pub fn text(locale: Locale, key: &str) -> String {
    lexicon::messages(locale)
        .get(key)
        .or_else(|| lexicon::messages(Locale::Fr).get(key))
        .cloned()
        .unwrap_or_else(|| key.to_string())
}

/// Returns the one-sentence message of a finding, with the span's text in it.
pub fn message(locale: Locale, category: Category, span: &str) -> String {
    let span: String = span.chars().take(80).collect();
    text(locale, &format!("{}.message", category.id())).replace("{text}", &span)
}

/// Returns the name of a category, as reports list it (« Confirmation de venue »).
pub fn label(locale: Locale, category: Category) -> String {
    text(locale, &format!("{}.label", category.id()))
}

/// Returns the explanation of a category: what the rule is and why.
pub fn explanation(locale: Locale, category: Category) -> String {
    text(locale, &format!("{}.explanation", category.id()))
}

/// Returns the legal reference for a category and profession: the code of ethics of the profession and
/// the Code pénal for secrecy, the rules on advertising for advertising.
pub fn legal(locale: Locale, category: Category, profession: Profession) -> String {
    let profession_key = profession_key(profession);
    if category == Category::Advertising {
        return text(locale, &format!("legal.advertising.{profession_key}"));
    }
    text(locale, &format!("legal.secrecy.{profession_key}"))
}

fn profession_key(profession: Profession) -> &'static str {
    match profession {
        Profession::Medecin => "medecin",
        Profession::Dentiste => "dentiste",
        Profession::SageFemme => "sage_femme",
        Profession::Kinesitherapeute => "kinesitherapeute",
        Profession::Infirmier => "infirmier",
        Profession::Orthophoniste => "orthophoniste",
        Profession::Orthoptiste => "orthoptiste",
        Profession::Psychologue => "psychologue",
        Profession::Osteopathe => "osteopathe",
        Profession::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_has_texts_in_both_locales() {
        for locale in [Locale::Fr, Locale::En] {
            for category in Category::ALL {
                for key in [format!("{}.message", category.id()), format!("{}.explanation", category.id())] {
                    assert!(lexicon::messages(locale).contains_key(&key), "{locale:?} lacks {key}");
                }
            }
        }
    }

    #[test]
    fn every_profession_has_legal_references() {
        let professions = [
            Profession::Medecin,
            Profession::Dentiste,
            Profession::SageFemme,
            Profession::Kinesitherapeute,
            Profession::Infirmier,
            Profession::Orthophoniste,
            Profession::Orthoptiste,
            Profession::Psychologue,
            Profession::Osteopathe,
            Profession::Other,
        ];
        for locale in [Locale::Fr, Locale::En] {
            for profession in professions {
                for category in [Category::Diagnosis, Category::Advertising] {
                    let legal = legal(locale, category, profession);
                    assert!(!legal.starts_with("legal."), "{locale:?} {profession:?} {category:?}: {legal}");
                }
            }
        }
    }

    #[test]
    fn medecin_secrecy_cites_both_codes() {
        let legal = legal(Locale::Fr, Category::Diagnosis, Profession::Medecin);
        assert!(legal.contains("R.4127-4"), "{legal}");
        assert!(legal.contains("226-13"), "{legal}");
    }
}

//! Sums of money in a sentence about the reader (what they owe, paid or were quoted), and discounts.

use std::sync::OnceLock;

use regex::Regex;

use super::{Candidate, Fix};
use crate::category::Category;
use crate::context::Context;
use crate::report::Severity;

const AMOUNT: &str = r"(?x-u)
    (?:\$|£|€|chf\s?)\s?[0-9][0-9\s.,']*[0-9]?
  | \b[0-9][0-9\s.,']*\s?(?:€|\$|£|eur\b|euros?\b|chf\b|fr\.|francs?\b|dollars?\b|pounds?\b)
  | \b(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|septante|octante|huitante|nonante|cent|cents|mille)(?:[\s-]+et[\s-]+un)?[\s-]+)+(?:euros?|francs?|dollars?)\b
";

/// Currency words that an amount written in words ends with: « septante francs ».
const CURRENCY_WORDS: &[&str] = &["euro", "euros", "franc", "francs", "dollar", "dollars"];

/// A discount: « -20 % », « 30 % de réduction », "20% off".
const DISCOUNT: &str = r"(?x-u)
    (?:^|[\s(])-\s?[0-9]{1,2}\s?%
  | \b[0-9]{1,2}\s?%\s+(?:de\s+)?(?:reduction|remise|rabais|off|discount)\b
  | \bsave\s+[0-9]{1,2}\s?%
  | \b[0-9]{1,2}\s?%\s+(?:sur\s+le|sur\s+la|sur\s+les|on\s+your|on\s+the|off\s+your)\b
";

fn discount() -> &'static Regex {
    static DISCOUNT_REGEX: OnceLock<Regex> = OnceLock::new();
    DISCOUNT_REGEX.get_or_init(|| Regex::new(DISCOUNT).expect("the discount pattern is valid"))
}

/// True when the amount at `start` follows a word that offers a price: "for £199", « dès 49 € ». In a
/// sentence that states the practice's tariffs (« nos tarifs : … semelles à partir de 150 € »), only
/// words that sell count: « seulement », "only", « au lieu de ».
fn is_price_offer(text: &str, start: usize, states_tariffs: bool) -> bool {
    let window_start = crate::text::offsets::floor_char_boundary(text, start.saturating_sub(16));
    let before = text[window_start..start].trim_end();
    let sells = ["only", "just", "seulement", "au lieu de", "instead of"].iter().any(|word| before.ends_with(word));
    let offers = ["for", "pour", "des", "from", "a partir de"].iter().any(|word| before.ends_with(word));
    sells || (offers && !states_tariffs)
}

/// Nouns of a price list: a sentence with one and no past event states what the practice charges anyone.
const TARIFF_NOUNS: &[&str] =
    &["tarif", "tarifs", "prix", "honoraires", "tarification", "price", "prices", "pricing", "fees", "rates"];

/// True when the amount at `start` directly follows a noun of a price (« Tarif : 30 € », « le prix est
/// de 45 € », "our fee is $90").
fn follows_tariff_noun(text: &str, start: usize) -> bool {
    let window_start = crate::text::offsets::floor_char_boundary(text, start.saturating_sub(24));
    let before = text[window_start..start].trim_end().trim_end_matches(':').trim_end();
    let before = ["est de", "is", "of", "de", "are"]
        .iter()
        .find_map(|link| before.strip_suffix(link))
        .map_or(before, str::trim_end);
    let noun = before.rsplit([' ', '\'']).next().unwrap_or_default();
    TARIFF_NOUNS.contains(&noun) || matches!(noun, "fee" | "cout" | "cost")
}

/// True when one of the three words after the amount ending at `end` names a charge of a price list:
/// "we ask for a $50 deposit at booking", "a £25 late cancellation fee", « 30 € d'acompte ».
fn precedes_tariff_noun(text: &str, end: usize) -> bool {
    text[end..].split(|c: char| c.is_whitespace() || c == '\'' || c == '-').filter(|word| !word.is_empty()).take(3).any(
        |word| {
            matches!(
                word.trim_end_matches([',', '.', ';', ':', ')']),
                "deposit" | "fee" | "fees" | "charge" | "surcharge" | "copay" | "acompte" | "frais" | "caution"
            )
        },
    )
}

/// True when the amount at `start` follows a noun of one bill and « de » or "of": « la facturation de
/// 16,13 € », « un règlement de 40 € », "an invoice of £35". Such an amount is what someone was billed,
/// even when the noun itself is too common to be a billing term.
fn follows_bill_noun(text: &str, start: usize) -> bool {
    let window_start = crate::text::offsets::floor_char_boundary(text, start.saturating_sub(24));
    let before = text[window_start..start].trim_end();
    let Some(noun) = before.strip_suffix(" de").or_else(|| before.strip_suffix(" of")) else { return false };
    let noun = noun.rsplit([' ', '\'']).next().unwrap_or_default();
    [
        "facturation",
        "facture",
        "reglement",
        "paiement",
        "prelevement",
        "remboursement",
        "montant",
        "somme",
        "invoice",
        "bill",
        "billing",
        "payment",
        "refund",
        "charge",
        "sum",
    ]
    .contains(&noun)
}

fn regex() -> &'static Regex {
    static REGEX: OnceLock<Regex> = OnceLock::new();
    REGEX.get_or_init(|| Regex::new(AMOUNT).expect("the amount pattern is valid"))
}

/// Finds amounts in sentences that address the reader or name a bill, and discounts anywhere.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    let text = &context.folded.text;
    if !text.bytes().any(|byte| byte.is_ascii_digit()) && !context.has_word(CURRENCY_WORDS) {
        return;
    }
    for found in discount().find_iter(if text.contains('%') { text } else { "" }) {
        let start =
            found.start() + (found.as_str().len() - found.as_str().trim_start_matches([' ', '(', '\t', '\n']).len());
        if !context.is_masked(start, found.end()) {
            candidates.push(Candidate::new(
                start,
                found.end(),
                Category::Advertising,
                "advertising/discount",
                Severity::Error,
                Fix::Delete,
            ));
        }
    }
    for found in regex().find_iter(text) {
        let start = found.start();
        let end = start + found.as_str().trim_end().len();
        if context.is_masked(start, end) {
            continue;
        }
        let sentence = context.sentence_at(start);
        if context.general[sentence] {
            continue;
        }
        // A price list (« le tarif de 70 € », "our fee is") is about everyone; a bill, a quote or a
        // balance is someone's.
        let billing_in_sentence = context.terms.iter().any(|hit| {
            let word = &text[hit.start..hit.end];
            context.data.terms.term(hit.term).category == Category::Billing
                && context.sentence_at(hit.start) == sentence
                && !["tarif", "prix", "price", "honorair", "fee"].iter().any(|general| word.starts_with(general))
        });
        // « ce qui explique la facturation de 16,13 € » beside a past event (« la séance n'avait pas
        // été annulée ») is one bill. « Un rendez-vous non honoré entraîne la facturation de 25 € »
        // states the rule for everyone.
        let billed = follows_bill_noun(text, start)
            && (context.describes_past_event(sentence) || super::dates::sentence_in_past(context, start));
        let billing_in_sentence = billing_in_sentence || billed;
        let words = &context.tokens[context.sentences[sentence].first_token..context.sentences[sentence].end_token];
        let general = words.iter().any(|token| context.data.general_determiners.contains(token.word));
        let past = context.describes_past_event(sentence);
        let states_tariffs = !past && words.iter().any(|token| TARIFF_NOUNS.contains(&token.word));
        // « Tarif : 30 €, non remboursé », "skin exams for new patients are billed at $150": the price of
        // an act for anyone, after a price noun or after care named in general in the same clause.
        // "£60" starts on the currency sign, which is no word: the amount's word is the next one.
        let amount_token = Some(context.tokens.partition_point(|token| token.end <= start))
            .filter(|&index| index < context.tokens.len());
        let clause = amount_token.map(|index| context.clause_around(index));
        let care_in_general = context.terms.iter().any(|hit| {
            hit.end <= start
                && context.token_at(hit.start).is_some_and(|first| Some(context.clause_around(first)) == clause)
                && matches!(context.data.terms.term(hit.term).category, Category::Treatment | Category::TestOrResult)
                && super::terms::names_care_in_general(context, hit)
        });
        // "Sessions are £60 and your insurer authorised four": the clause of the price, not the
        // sentence, must leave the reader out.
        let clause_to_reader = amount_token.is_none_or(|index| context.clause_speaks_to_reader(index));
        let price_list_word = follows_tariff_noun(text, start) || precedes_tariff_noun(text, end);
        if !clause_to_reader && !past && (price_list_word || care_in_general) {
            continue;
        }
        if !context.addresses_reader[sentence] && is_price_offer(text, start, states_tariffs) {
            // A price offered to everyone (« 3 zones pour 199 € ») is advertising.
            candidates.push(Candidate::new(
                start,
                end,
                Category::Advertising,
                "advertising/price",
                Severity::Warning,
                Fix::Delete,
            ));
            continue;
        }
        if context.addresses_reader[sentence] || (billing_in_sentence && !general) {
            candidates.push(Candidate::new(
                start,
                end,
                Category::Billing,
                "billing/amount",
                Severity::Error,
                Fix::None,
            ));
        }
    }
}

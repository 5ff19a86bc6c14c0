//! Identifiers beyond the public name: phone numbers, e-mail and postal addresses, French social
//! security numbers (NIR), birth dates and ages.
//!
//! The practice's own contact details are allowed: a phone number or an address in a sentence that
//! invites the reader to contact the practice (« contactez-nous au … », "call our office at …") is not a
//! finding, unless it contains the reviewer's name.

use std::sync::OnceLock;

use regex::Regex;

use super::{Candidate, Fix};
use crate::category::Category;
use crate::context::Context;
use crate::report::Severity;
use crate::text::Token;

const PHONE: &str = r"(?x-u)
    (?:\+|00)(?:33|32|41|1|44|352|377)[\s.\-]?\(?0?\)?[\s.\-]?[0-9](?:[\s.\-]?[0-9]){6,10}
  | \b0[1-9](?:[\s.\-]?[0-9]{2}){4}\b
  | \b0[1-9][0-9](?:[\s.\-]?[0-9]{3})(?:[\s.\-]?[0-9]{2}){2}\b
  | \(?\b[2-9][0-9]{2}\)?[\s.\-][2-9][0-9]{2}[\s.\-][0-9]{4}\b
  | \b07[0-9]{3}\s?[0-9]{6}\b
  | \b0[0-9]{2,4}\s[0-9]{3,4}\s[0-9]{3,4}\b
  | \b[2-9][0-9]{2}-[0-9]{4}\b
  | \b04[0-9]{2}[\s.\-]?[0-9]{3}[\s.\-]?[0-9]{3}\b
  | \b04[0-9]{2}(?:[\s.\-/]?[0-9]{2}){3}\b
  | \b0[1-9][\s.\-/]?[0-9]{3}(?:[\s.\-/]?[0-9]{2}){2}\b
  | \b0[1-9][0-9][\s.\-/]?[0-9]{2}(?:[\s.\-/]?[0-9]{2}){2}\b
";

/// The end of a number given to show it is known: "the mobile ending in 4471", « se terminant par 12 ».
const NUMBER_ENDING: &str = r"(?x-u)
    \b(?:ending\s+in|ends\s+in|finishing\s+in|se\s+terminant\s+par|finissant\s+par|qui\s+finit\s+par)\s+[0-9]{2,4}\b
";

/// Words in the local part of an e-mail address that name a practice's mailbox, not a person's.
const PRACTICE_MAILBOX_WORDS: &[&str] = &[
    "cabinet",
    "secretariat",
    "accueil",
    "contact",
    "info",
    "rdv",
    "rendezvous",
    "clinique",
    "centre",
    "office",
    "clinic",
    "practice",
    "reception",
    "frontdesk",
    "admin",
    "dentaire",
    "medical",
    "sante",
    "kine",
    "osteo",
    "dental",
    "health",
    "surgery",
    "hello",
    "enquiries",
    "inquiries",
    "booking",
    "appointments",
    "manager",
    "billing",
    "team",
    "bonjour",
    "equipe",
];

/// Words in a domain that name a practice, beside those of [`PRACTICE_MAILBOX_WORDS`].
const PRACTICE_DOMAIN_WORDS: &[&str] =
    &["physio", "chiro", "podo", "ortho", "optic", "optom", "pharma", "psy", "derma", "pedia", "paedia", "sagefemme"];

/// Domains of personal mailboxes: an address there is a person's, never a practice's contact.
const PERSONAL_MAIL_DOMAINS: &[&str] = &[
    "gmail.",
    "googlemail.",
    "hotmail.",
    "outlook.",
    "live.",
    "msn.",
    "yahoo.",
    "icloud.",
    "me.com",
    "aol.",
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "laposte.net",
    "sfr.fr",
    "neuf.fr",
    "bbox.fr",
    "gmx.",
    "protonmail.",
    "proton.me",
    "skynet.be",
    "bluewin.ch",
    "videotron.ca",
    "sympatico.ca",
    "comcast.net",
    "btinternet.",
    "sky.com",
];

const EMAIL: &str = r"(?-u)\b[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b";

const NIR: &str = r"(?-u)\b([12])[\s.]?([0-9]{2})[\s.]?(0[1-9]|1[0-2]|[2-9][0-9])[\s.]?([0-9]{2}|2a|2b)[\s.]?([0-9]{3})[\s.]?([0-9]{3})(?:[\s.]?([0-9]{2}))?\b";

const ADDRESS: &str = r"(?x-u)
    \b[0-9]{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|allee|place|impasse|route|quai|cours|square|residence|lotissement|street|st\.|road|rd\.|lane|drive|court|way|boulevard)\s+[a-z0-9'\-]+(?:\s+(?:de|des|du|la|le|l'|d')?\s*[a-z0-9'\-]+){0,3}
  | \b(?:on|at)\s+[a-z]+\s+(?:street|road|avenue|lane|drive)\b
  | \b(?:rue|avenue|boulevard|chemin|allee|impasse|place|route|quai|square)\s+(?:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+)?[a-z][a-z'\-]+
  | \b(?:votre|ton|ta|your)\s+(?:adresse|domicile|address|home\s+address|numero\s+de\s+telephone|phone\s+number|e-mail|email|courriel|employeur|employer|lieu\s+de\s+travail|workplace)\b
  | \b[0-9]{1,5}\s+[a-z][a-z'\-]+(?:\s+[a-z][a-z'\-]+)?\s+(?:street|st\.|road|rd\.|avenue|ave\.|lane|ln\.|drive|court|ct\.|boulevard|blvd\.?|crescent|cres\.)(?:\s|$|[,.;])
  | \bresidence\s+(?:les\s+|le\s+|la\s+|l'|du\s+|des\s+)?[a-z][a-z'\-]+(?:,?\s+(?:batiment|bat\.|escalier|appartement|appt|entree)\s+[a-z0-9]{1,3}\b)?
";

/// The words of [`ADDRESS`] that a match without a number needs, one of them at least.
const STREET_AND_CONTACT_WORDS: &[&str] = &[
    "residence",
    "rue",
    "avenue",
    "boulevard",
    "chemin",
    "allee",
    "impasse",
    "place",
    "route",
    "quai",
    "square",
    "street",
    "road",
    "lane",
    "drive",
    "adresse",
    "domicile",
    "address",
    "numero",
    "phone",
    "e-mail",
    "email",
    "mail",
    "courriel",
    "employeur",
    "employer",
    "lieu",
    "workplace",
];

const BIRTH_DATE: &str = r"(?x-u)
    \bnee?s?\s+le\s+[0-9]{1,2}
  | \bnee?s?\s+en\s+(?:19|20)[0-9]{2}\b
  | \bborn\s+in\s+(?:19|20)[0-9]{2}\b
  | \bdate\s+de\s+naissance\b
  | \b(?:born\s+on|date\s+of\s+birth|dob)\b
  | \b[0-3]?[0-9][/.\-][0-3]?[0-9][/.\-](?:19[0-9]{2}|200[0-9])\b
";

const AGE: &str = r"(?x-u)
    \b(?:de|a|vos|tes|ses|ses\s+petits|age(?:e|s|es)?\s+de)\s+[0-9]{1,3}\s+ans\b
  | ^\s*at\s+[0-9]{1,3}\b
  | \b(?:aged|at\s+age)\s+[0-9]{1,3}\b
  | \b[0-9]{1,3}[\s\-](?:years?|months?|weeks?|days?)[\s\-]old\b
  | \b[0-9]{1,3}\s+ans\b
  | \b(?:you\s+are|you're|you\s+were|you\s+turned|vous\s+avez|tu\s+as)\s+[0-9]{1,3}\b
  | \bhappy\s+[0-9]{1,3}(?:st|nd|rd|th)\b
  | \bjoyeux\s+[0-9]{1,3}\s+ans\b
";

/// Words of a sentence that invites the reader to contact the practice.
const PRACTICE_CONTACT_WORDS: &[&str] = &[
    "contactez",
    "contactez-nous",
    "contacter",
    "joindre",
    "joignable",
    "appelez",
    "appelez-nous",
    "appeler",
    "ecrivez",
    // « vous pouvez adresser votre demande par courrier au … ».
    "adresser",
    "adressez",
    "ecrivez-nous",
    "ecrire",
    "secretariat",
    "cabinet",
    "standard",
    "accueil",
    "call",
    "contact",
    "reach",
    "email",
    "office",
    "clinic",
    "practice",
    "our",
    "notre",
    "nos",
    "line",
    "callback",
    "hotline",
    "ligne",
    "numero",
    "situe",
    "situee",
    "trouverez",
    "trouver",
    "locaux",
    "acces",
    "tram",
    "metro",
    "bus",
    "parking",
    "adresse",
    "located",
    "find",
    "entrance",
    "entree",
    "etage",
    "floor",
];

struct Patterns {
    number_ending: Regex,
    avs: Regex,
    phone: Regex,
    email: Regex,
    nir: Regex,
    address: Regex,
    birth_date: Regex,
    age: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| Patterns {
        number_ending: Regex::new(NUMBER_ENDING).expect("the number-ending pattern is valid"),
        avs: Regex::new(r"(?-u)\b756[.\s]?[0-9]{4}[.\s]?[0-9]{4}[.\s]?[0-9]{2}\b").expect("the AVS pattern is valid"),
        phone: Regex::new(PHONE).expect("the phone pattern is valid"),
        email: Regex::new(EMAIL).expect("the e-mail pattern is valid"),
        nir: Regex::new(NIR).expect("the NIR pattern is valid"),
        address: Regex::new(ADDRESS).expect("the address pattern is valid"),
        birth_date: Regex::new(BIRTH_DATE).expect("the birth-date pattern is valid"),
        age: Regex::new(AGE).expect("the age pattern is valid"),
    })
}

/// Finds identifiers.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    let text = &context.folded.text;
    let patterns = patterns();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    // Most replies have no digit and no '@': the patterns that need them are skipped.
    let digits = text.bytes().filter(u8::is_ascii_digit).count();

    for found in patterns.nir.captures_iter(if digits >= 13 { text } else { "" }) {
        let whole = found.get(0).expect("group 0 always exists");
        if let Some(severity) = nir_severity(&found) {
            push(context, candidates, &mut taken, whole.start(), whole.end(), "identifier/nir", severity);
        }
    }
    for found in patterns.number_ending.find_iter(if digits >= 2 { text } else { "" }) {
        push(context, candidates, &mut taken, found.start(), found.end(), "identifier/number_ending", Severity::Error);
    }

    // Swiss social security number (AVS): 756.XXXX.XXXX.XX.
    for found in patterns.avs.find_iter(if digits >= 13 { text } else { "" }) {
        push(context, candidates, &mut taken, found.start(), found.end(), "identifier/avs", Severity::Error);
    }

    // A practice gives its own phone number, e-mail and address all the time. The reader's are
    // recognised by what surrounds them: « nous avons essayé de vous rappeler au … », "your number".
    for found in patterns.email.find_iter(if text.contains('@') { text } else { "" }) {
        let address = found.as_str();
        let local_part = address.split('@').next().unwrap_or("");
        let names_someone = context
            .reviewer_words
            .iter()
            .chain(names_in_reply(context).iter())
            .any(|word| word.len() > 2 && local_part.contains(word.as_str()));
        let personal_mailbox = address.split_once('@').is_some_and(|(_, domain)| {
            PERSONAL_MAIL_DOMAINS.iter().any(|personal| domain.starts_with(personal) || domain.ends_with(personal))
        });
        // « cabinet.ortho.vernet@… », "frontdesk@…": the mailbox of a practice, whatever its domain. So is
        // any mailbox but a named person's on a practice's domain ("hello@peakphysio.co.uk").
        let domain = address.split_once('@').map_or("", |(_, domain)| domain);
        let practice_mailbox = PRACTICE_MAILBOX_WORDS.iter().any(|word| local_part.contains(word))
            || (!personal_mailbox
                && !names_someone
                && PRACTICE_MAILBOX_WORDS.iter().chain(PRACTICE_DOMAIN_WORDS).any(|word| domain.contains(word)));
        // « écrivez-nous à contact@… » gives the practice's own address, even in a sentence that also
        // offers to call the reader back. So does a practice's mailbox on a domain of its own
        // (« contact@cabinet-perrin-dentaire.fr »).
        let ours = practice_mailbox && (asked_to_write_to_us(context, found.start()) || !personal_mailbox);
        if !ours
            && (reader_contact(context, found.start())
                || sent_to(context, found.start())
                || (!practice_mailbox && spells_hidden_surname(&context.reviewer_words, local_part))
                || (!practice_mailbox
                    && (names_someone || (personal_mailbox && !invites_contact(context, found.start())))))
        {
            push(context, candidates, &mut taken, found.start(), found.end(), "identifier/email", Severity::Error);
        }
    }
    for found in patterns.phone.find_iter(if digits >= 7 { text } else { "" }) {
        // "we called you from 01 23 45 67 89": the line the practice called from is its own.
        let calling_line = last_words(sentence_before(context, found.start()), 2)
            .iter()
            .any(|token| matches!(token.word, "from" | "depuis"));
        let practice_number = calling_line || offered_by_practice(context, found.start());
        if ((reader_contact(context, found.start()) || sent_to(context, found.start())) && !practice_number)
            || (dialled_by_practice(context, found.start()) && !calling_line)
        {
            push(context, candidates, &mut taken, found.start(), found.end(), "identifier/phone", Severity::Error);
        }
    }
    // Every address alternative contains a number, a street word or a contact word.
    let address_possible = digits > 0 || context.has_word(STREET_AND_CONTACT_WORDS);
    for found in patterns.address.find_iter(if address_possible { text } else { "" }) {
        let matched = found.as_str();
        let possessive = matched.starts_with(['v', 't', 'y']);
        let numbered = matched.starts_with(|c: char| c.is_ascii_digit());
        let sentence = context.sentence_at(found.start());
        let about_reader = context.addresses_reader[sentence] || mentions_relative(context, sentence);
        // « Le Dr Martin consulte au 8 rue des Lilas »: an address in a sentence about the
        // practice, with no word for the reader or a relative, is where the practice works.
        let practice_place = numbered && !about_reader && names_practice(context, sentence);
        // "our nurse arrived at 42 Birch Lane" is a home visit, not where the practice works.
        let home_visit = numbered && is_home_visit(context, sentence);
        // « chez votre père, résidence Les Tilleuls »: a named residence is a home, once the sentence
        // is about the reader or a relative. « Votre résidence principale » is no name.
        let residence = matched.starts_with("residence") && names_residence(context, found.start());
        if possessive && points_to_mailbox(context, matched, found.start()) {
            continue;
        }
        // « votre émail dentaire » folds to « votre email »: the accent distinguishes enamel from e-mail.
        if possessive
            && matched.ends_with("email")
            && context.original_text(found.start(), found.end()).contains(['é', 'É'])
        {
            continue;
        }
        if possessive
            || reader_contact(context, found.start())
            || (numbered && !practice_place && !invites_contact(context, found.start()))
            || home_visit
            || (residence && about_reader)
        {
            push(context, candidates, &mut taken, found.start(), found.end(), "identifier/address", Severity::Error);
        }
    }
    let birth_date_possible = digits > 0 || context.has_word(&["naissance", "born", "birth", "dob"]);
    for found in patterns.birth_date.find_iter(if birth_date_possible { text } else { "" }) {
        // "11/02/1979": a full date from before 2010 in a reply is a birth date, not a visit, once the
        // sentence is about the reader or a relative.
        let numeric = found.as_str().starts_with(|c: char| c.is_ascii_digit());
        let sentence = context.sentence_at(found.start());
        if numeric && !context.addresses_reader[sentence] && !mentions_relative(context, sentence) {
            continue;
        }
        push(context, candidates, &mut taken, found.start(), found.end(), "identifier/birth_date", Severity::Error);
    }
    for sentence in &context.sentences {
        let sentence_text = &text[sentence.start..sentence.end];
        if !sentence_text.bytes().any(|byte| byte.is_ascii_digit()) {
            continue;
        }
        for found in patterns.age.find_iter(sentence_text) {
            let start = sentence.start + found.start();
            let end = sentence.start + found.end();
            // « de 0 à 16 ans », within the sentence.
            let after_range = found.as_str().starts_with("a ")
                && text[crate::text::offsets::floor_char_boundary(text, start.saturating_sub(40).max(sentence.start))
                    ..start]
                    .contains("de ");
            // « plus de 65 ans », « à partir de 50 ans »: an age threshold for everyone.
            let previous_word = text[..start].split_whitespace().next_back().unwrap_or("");
            let range_follows = {
                // "aged 6 months and up": the unit may come between the number and the range's end.
                let rest = text[end..].trim_start();
                let rest = ["months ", "month ", "years ", "year ", "mois ", "ans "]
                    .iter()
                    .find_map(|unit| rest.strip_prefix(unit))
                    .unwrap_or(rest);
                ["to ", "a ", "-", "et ", "and "].iter().any(|joiner| {
                    rest.starts_with(joiner)
                        && rest[joiner.len()..].trim_start().starts_with(|c: char| c.is_ascii_digit())
                }) || [
                    "et plus",
                    "ou plus",
                    "and over",
                    "and older",
                    "and up",
                    "or older",
                    "et au-dela",
                    "and above",
                    "or above",
                    "or over",
                    "and under",
                    "or under",
                    "and younger",
                    "or younger",
                ]
                .iter()
                .any(|tail| rest.starts_with(tail))
            };
            let threshold = range_follows
                || matches!(
                    previous_word,
                    "plus"
                        | "moins"
                        | "partir"
                        | "dela"
                        | "au-dela"
                        | "age"
                        | "ages"
                        | "agee"
                        | "agees"
                        | "jusqu'a"
                        | "over"
                        | "under"
                        | "aged"
                );
            // « pour ses 90 ans », « depuis ses 15 ans »: after a possessive the number is an age, whatever
            // the word before it.
            let possessive = ["vos ", "tes ", "ses "].iter().any(|determiner| found.as_str().starts_with(determiner));
            // « aux âges clés : 25, 45 et 65 ans »: the last age of a list, in a sentence that ties it to
            // no one, is one of several ages for everyone.
            let listed = {
                let before = text[..start].trim_end();
                let before = [" et", " ou", " and", " or", ","]
                    .iter()
                    .find_map(|joiner| before.strip_suffix(joiner))
                    .map(|rest| rest.trim_end().trim_end_matches(','));
                before.is_some_and(|rest| rest.ends_with(|c: char| c.is_ascii_digit()))
                    && !sentence_has_possessive(context, context.sentence_at(start))
            };
            if (!possessive && is_duration(text, start)) || after_range || threshold || listed {
                continue;
            }
            let bare = !found.as_str().contains(|c: char| c.is_alphabetic() && c != 'a' && c != 'n' && c != 's');
            let index = context.sentence_at(start);
            if found.as_str().starts_with("ses ") && is_practice_anniversary(context, index, start) {
                continue;
            }
            // « 15 ans » alone counts only in a sentence about the reader, a relative or someone named
            // (« À 94 ans, elle garde un sacré caractère »).
            if bare
                && !context.addresses_reader[index]
                && !mentions_relative(context, index)
                && !context.names_someone(index)
            {
                continue;
            }
            push(context, candidates, &mut taken, start, end, "identifier/age", Severity::Error);
        }
    }
}

/// True when sentence `index` has a second- or third-person possessive (« vos enfants », "your son").
fn sentence_has_possessive(context: &Context<'_>, index: usize) -> bool {
    let sentence = &context.sentences[index];
    context.tokens[sentence.first_token..sentence.end_token].iter().any(|token| {
        matches!(
            token.word,
            "votre" | "vos" | "ton" | "ta" | "tes" | "son" | "sa" | "ses" | "your" | "his" | "her" | "their"
        )
    })
}

fn push(
    context: &Context<'_>,
    candidates: &mut Vec<Candidate>,
    taken: &mut Vec<(usize, usize)>,
    start: usize,
    end: usize,
    rule: &'static str,
    severity: Severity,
) {
    let (start, end) = trim(&context.folded.text, start, end);
    if start >= end || context.is_masked(start, end) || taken.iter().any(|&(s, e)| start < e && s < end) {
        return;
    }
    taken.push((start, end));
    candidates.push(Candidate::new(start, end, Category::Identifier, rule, severity, Fix::Delete));
}

fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end_matches([' ', ',', '.']).len();
    (start + leading, end - trailing)
}

/// Returns the severity of a NIR match: an error when its control key is right, and a warning when it
/// has no key or a wrong one (still a number shaped like a person's file number, perhaps mistyped).
fn nir_severity(found: &regex::Captures<'_>) -> Option<Severity> {
    let group = |index: usize| found.get(index).map_or("", |m| m.as_str());
    let department = match group(4) {
        "2a" => "19",
        "2b" => "18",
        digits => digits,
    };
    let number = format!("{}{}{}{}{}{}", group(1), group(2), group(3), department, group(5), group(6));
    let Some(key) = found.get(7) else { return Some(Severity::Warning) };
    let Ok(value) = number.parse::<u64>() else { return Some(Severity::Warning) };
    let mut expected = 97 - (value % 97);
    if group(4) == "2a" || group(4) == "2b" {
        // Corsica's departments are letters: the key uses the number with 2A as 19 and 2B as 18,
        // minus 1,000,000 and 2,000,000 respectively.
        let adjusted = if group(4) == "2a" { value - 1_000_000 } else { value - 2_000_000 };
        expected = 97 - (adjusted % 97);
    }
    let key: u64 = key.as_str().parse().unwrap_or(0);
    Some(if key == expected { Severity::Error } else { Severity::Warning })
}

/// Verbs of reaching someone: next to « vous » or "you", they make a number or address the reader's.
const CONTACT_VERBS: &[&str] = &[
    "appeler",
    "rappeler",
    "appele",
    "rappele",
    "appelee",
    "rappelee",
    "appelons",
    "rappelons",
    "rappellerons",
    "rappellerai",
    "rappellera",
    "rappelle",
    "appelle",
    "appellerai",
    "appellerons",
    "joindre",
    "rejoindre",
    "appelez",
    "appeliez",
    "rappelez",
    "telephonez",
    "telephoniez",
    "telephone",
    "telephonee",
    "ecrivez",
    "ecriviez",
    "joint",
    "contacter",
    "contacte",
    "contactee",
    "recontacter",
    "ecrire",
    "ecrit",
    "envoye",
    "envoyer",
    "passer",
    "repasser",
    "repasserai",
    "passerai",
    "visiter",
    "called",
    "call",
    "rang",
    "ring",
    "phoned",
    "texted",
    "emailed",
    "reached",
    "reach",
    "contacted",
    "contact",
    "wrote",
    "sent",
    "mailed",
    "visited",
    "visit",
    // Verbs of living somewhere: « vous habitez au … », "you live at …".
    "habitez",
    "habitiez",
    "residez",
    "residiez",
    "vivez",
    "viviez",
    "live",
    "lived",
    "contacting",
    // The progressive: "we tried ringing you on …", "after calling you twice".
    "ringing",
    "calling",
    "phoning",
    "texting",
    "emailing",
    "messaging",
    "rung",
];

/// Words after « votre » or "your" that name the reader's own contact details or home.
const CONTACT_NOUNS: &[&str] = &[
    "numero",
    "portable",
    "telephone",
    "mobile",
    "fixe",
    "number",
    "phone",
    "cell",
    "email",
    "e-mail",
    "mail",
    "courriel",
    "adresse",
    "address",
    "domicile",
    "home",
    "house",
    "maison",
    "appartement",
    "apartment",
    "rue",
    "street",
];

/// True when the sentence holding `offset` reaches the reader: « vous rappeler », "called you",
/// « votre numéro », « chez vous ».
fn reader_contact(context: &Context<'_>, offset: usize) -> bool {
    let sentence = &context.sentences[context.sentence_at(offset)];
    let words: Vec<&str> =
        context.tokens[sentence.first_token..sentence.end_token].iter().map(|token| token.word).collect();
    words.iter().enumerate().any(|(index, word)| {
        let reader = matches!(*word, "vous" | "te" | "you");
        // « vous rappeler », or with an auxiliary between: « vous a rappelé », "you were called".
        let next_is_verb = words.get(index + 1).is_some_and(|next| CONTACT_VERBS.contains(next))
            || (words.get(index + 1).is_some_and(|next| {
                matches!(*next, "a" | "ont" | "avons" | "avait" | "avaient" | "avions" | "ai" | "were" | "was")
            }) && words.get(index + 2).is_some_and(|next| CONTACT_VERBS.contains(next)));
        let previous_is_verb = index > 0 && CONTACT_VERBS.contains(&words[index - 1]);
        let possessive = matches!(*word, "votre" | "ton" | "ta" | "your")
            && words[index + 1..(index + 3).min(words.len())].iter().any(|noun| CONTACT_NOUNS.contains(noun));
        let at_home = *word == "chez" && words.get(index + 1).is_some_and(|next| matches!(*next, "vous" | "toi"));
        // « domicilié rue des Lilas »: an address of residence is always a person's.
        let domiciled = matches!(*word, "domicilie" | "domiciliee" | "domicilies" | "domiciliees");
        (reader && (next_is_verb || previous_is_verb)) || possessive || at_home || domiciled
    })
}

/// True when the reader's mailbox named at `offset` gives no address: where they should look ("check
/// your email", « consultez votre courriel ») or the message they sent ("thank you for your email",
/// « votre courriel nous est parvenu »).
fn points_to_mailbox(context: &Context<'_>, matched: &str, offset: usize) -> bool {
    let mailbox = ["email", "e-mail", "courriel"].iter().any(|word| matched.ends_with(word));
    let Some(possessive) = context.token_at(offset) else { return false };
    let sentence = context.tokens[possessive].sentence;
    let previous = (possessive > 0 && context.tokens[possessive - 1].sentence == sentence)
        .then(|| context.tokens[possessive - 1].word);
    let reading_verb = previous.is_some_and(|word| {
        matches!(
            word,
            "check"
                | "checking"
                | "read"
                | "consultez"
                | "consulter"
                | "verifiez"
                | "verifier"
                | "regardez"
                | "regarder"
        )
    });
    // "thanks for your email", « suite à votre courriel »: the message, not the address.
    let message = previous.is_some_and(|word| {
        matches!(word, "for" | "pour" | "received" | "recu" | "receiving" | "a" | "suite" | "lu" | "read")
    }) || context.tokens[possessive..]
        .iter()
        .take_while(|token| token.sentence == sentence)
        .skip(2)
        .take(4)
        .any(|token| {
            ["parven", "arriv", "reached", "came", "got lost", "egare"].iter().any(|stem| token.word.starts_with(stem))
        });
    mailbox && (reading_verb || message)
}

/// Returns the words of the sentence before the number at `offset`.
fn sentence_before<'c, 'a>(context: &'c Context<'a>, offset: usize) -> &'c [Token<'a>] {
    // The number's first token, also when the match opens on a bracket: "(503) 555-0163".
    let number = context.tokens.partition_point(|token| token.end <= offset);
    if number >= context.tokens.len() {
        return &[];
    }
    let sentence = &context.sentences[context.tokens[number].sentence];
    &context.tokens[sentence.first_token..number]
}

/// True when the few words before the address or number at `offset` state that the practice sent
/// something there: « le mail de confirmation envoyé à … », "our texts to …", "emailed to …". Such an
/// address is where the reader receives mail.
fn sent_to(context: &Context<'_>, offset: usize) -> bool {
    let before = last_words(sentence_before(context, offset), 4);
    before.windows(3).any(|triple| {
        // « écrivez-nous par SMS au … » is an invitation, and "our texts to …" is what the practice sent.
        let messages = matches!(triple[1].word, "texts" | "sms" | "textos" | "messages")
            && matches!(triple[0].word, "our" | "nos" | "my" | "mes");
        let pair = &triple[1..];
        let sent = messages
            || matches!(
                pair[0].word,
                "envoye"
                    | "envoyee"
                    | "envoyes"
                    | "envoyees"
                    | "adresse"
                    | "adressee"
                    | "transmis"
                    | "transmise"
                    | "sent"
                    | "emailed"
                    | "texted"
                    | "mailed"
            );
        sent && matches!(pair[1].word, "a" | "au" | "to" | "sur")
    })
}

/// Returns the last `count` words of `words`.
fn last_words<'c, 'a>(words: &'c [Token<'a>], count: usize) -> &'c [Token<'a>] {
    &words[words.len().saturating_sub(count)..]
}

/// True when the words just before the number at `offset` give it as the practice's own: « laissez-nous
/// un message au … », « appelez le secrétariat au … », "call the office on …". The sentence may still
/// promise to call the reader back (« … , nous vous rappellerons »).
fn offered_by_practice(context: &Context<'_>, offset: usize) -> bool {
    let before = last_words(sentence_before(context, offset), 5);
    let invitation = before.iter().any(|token| {
        matches!(
            token.word,
            "laissez"
                | "appelez"
                | "contactez"
                | "joignez"
                | "telephonez"
                | "ecrivez"
                | "joignable"
                | "joignables"
                | "joindre"
                | "call"
                | "ring"
                | "phone"
                | "text"
                | "contact"
                | "reach"
        )
    });
    let practice = before.iter().any(|token| {
        matches!(
            token.word,
            "nous"
                | "us"
                | "our"
                | "notre"
                | "secretariat"
                | "cabinet"
                | "standard"
                | "accueil"
                | "office"
                | "reception"
                | "clinic"
                | "desk"
        )
    });
    // « laissez-nous », « appelez-nous » are one token: the invitation and the practice at once.
    let invitation_to_us = before.iter().any(|token| {
        token.word.strip_suffix("-nous").is_some_and(|verb| {
            matches!(verb, "laissez" | "appelez" | "contactez" | "joignez" | "telephonez" | "ecrivez")
        })
    });
    // "if you leave a message on …", « si vous appelez le … »: the number the reader dials is the practice's.
    let reader_dials = before.windows(2).any(|pair| {
        matches!(pair[0].word, "you" | "vous")
            && matches!(
                pair[1].word,
                "leave" | "call" | "ring" | "phone" | "text" | "laissez" | "appelez" | "telephonez" | "joignez"
            )
    });
    (invitation && practice) || invitation_to_us || reader_dials
}

/// True when the practice says it dialled the number at `offset` (« nous avons appelé le 06 … », "we
/// called 0412 …"): a number the practice calls is the reader's.
fn dialled_by_practice(context: &Context<'_>, offset: usize) -> bool {
    let words = sentence_before(context, offset);
    let before = last_words(words, 3);
    let dialled = before.iter().any(|token| {
        matches!(
            token.word,
            "called"
                | "rang"
                | "phoned"
                | "texted"
                | "dialled"
                | "dialed"
                | "tried"
                | "appele"
                | "rappele"
                | "compose"
                | "essaye"
                | "contacte"
        )
    });
    let by_practice = words
        .iter()
        .any(|token| matches!(token.word, "we" | "we've" | "we'd" | "i" | "i've" | "i'd" | "nous" | "je" | "on"));
    // "we left a voicemail at …", « nous vous avons laissé deux messages au … »: messages the
    // practice left on a number. « Laissez-nous un message au … » has no past participle.
    let messages_left = before.iter().any(|token| {
        matches!(token.word, "voicemail" | "voicemails" | "message" | "messages" | "sms" | "texto" | "textos")
    }) && words
        .iter()
        .any(|token| matches!(token.word, "left" | "laisse" | "laisses" | "sent" | "envoye" | "envoyes"));
    // « le Dr Hamel vous a proposé trois créneaux par SMS au 06 … », "we sent you a reminder by text to
    // 07 …": a text sent to the reader went to the reader's number.
    let by_text = before.iter().any(|token| matches!(token.word, "sms" | "texto" | "text"));
    let reader_was_sent = words.windows(2).any(|pair| {
        let reader_object = matches!(pair[0].word, "vous" | "you")
            && matches!(pair[1].word, "a" | "avons" | "ont" | "ai" | "avait" | "avions" | "were" | "was");
        reader_object || (matches!(pair[0].word, "sent" | "texted" | "messaged") && pair[1].word == "you")
    });
    let texted_to_reader = by_text && reader_was_sent;
    // « le SMS d'annulation a bien été envoyé au 06 … », "the reminder was sent to 07 …": a number that
    // something was sent to is its recipient's, whoever sent it.
    let sent_to = last_words(words, 2).iter().any(|token| {
        matches!(token.word, "envoye" | "envoyee" | "envoyes" | "envoyees" | "expedie" | "expediee" | "sent")
    });
    ((dialled || messages_left) && by_practice) || texted_to_reader || sent_to
}

/// Returns the folded capitalised words of the reply that are not at the start of a sentence: the
/// names it mentions.
fn names_in_reply(context: &Context<'_>) -> Vec<String> {
    (0..context.tokens.len())
        .filter(|&index| {
            context.is_capitalized(index) && !context.starts_sentence(index) && context.tokens[index].word.len() > 2
        })
        .map(|index| context.tokens[index].word.to_string())
        .collect()
}

/// True when the sentence holding `offset`, or the one after it, invites the reader to contact the
/// practice (« … au 04 78 00 00 00. Appelez-nous. »).
fn invites_contact(context: &Context<'_>, offset: usize) -> bool {
    let index = context.sentence_at(offset);
    let last = (index + 1).min(context.sentences.len() - 1);
    let first_token = context.sentences[index].first_token;
    let end_token = context.sentences[last].end_token;
    context.tokens[first_token..end_token].iter().any(|token| PRACTICE_CONTACT_WORDS.contains(&token.word))
}

/// True when the few words before the address at `offset` ask the reader to write to the practice:
/// « écrivez-nous à », « contactez-nous par courriel à », "email us at", "write to us at".
fn asked_to_write_to_us(context: &Context<'_>, offset: usize) -> bool {
    let Some(address) = context.token_at(offset) else { return false };
    let sentence_start = context.sentences[context.tokens[address].sentence].first_token;
    let before = &context.tokens[sentence_start.max(address.saturating_sub(5))..address];
    let writes = before.iter().any(|token| {
        ["ecriv", "contact", "joign", "write", "email", "e-mail", "mail", "message"]
            .iter()
            .any(|stem| token.word.starts_with(stem))
    });
    let to_us = before.iter().any(|token| matches!(token.word, "nous" | "us") || token.word.ends_with("-nous"));
    writes && to_us
}

/// True when the age-like match at `start` is a duration (« depuis 15 ans », « il y a 3 ans »).
fn is_duration(text: &str, start: usize) -> bool {
    let window_start = crate::text::offsets::floor_char_boundary(text, start.saturating_sub(14));
    let before = &text[window_start..start];
    // « de 0 à 16 ans »: the age closes a range, which describes a public, not a person.
    let mut words = before.split_whitespace().rev();
    let (last, second_last) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let is_range = (!last.is_empty()
        && last.chars().all(|c| c.is_ascii_digit())
        && matches!(second_last, "de" | "from" | "entre" | "between"))
        || (last == "a"
            && text[crate::text::offsets::floor_char_boundary(text, start.saturating_sub(40))..start].contains("de "));
    is_range
        || [
            "depuis ",
            "il y a ",
            "pendant ",
            "dans ",
            "plus de ",
            "moins de ",
            "en ",
            "tous les ",
            "apres ",
            "pour ",
            "des ",
        ]
        .iter()
        .any(|marker| before.ends_with(marker))
}

/// Words that name the practice itself, as the subject of its anniversary.
const PRACTICE_NOUNS: &[&str] = &[
    "cabinet",
    "centre",
    "maison",
    "clinique",
    "pharmacie",
    "laboratoire",
    "equipe",
    "association",
    "institut",
    "pole",
    "service",
    "structure",
    "practice",
    "clinic",
    "center",
    "surgery",
];

/// True when « ses N ans » at `start` is the practice's anniversary (« le cabinet fête ses 10 ans »).
/// The sentence must name the practice with a verb of celebrating within four words after it, and
/// name neither a relative nor the reader. « L'équipe lui souhaite un bon anniversaire pour ses 90
/// ans » is a person's age.
fn is_practice_anniversary(context: &Context<'_>, sentence: usize, start: usize) -> bool {
    let span = &context.sentences[sentence];
    let words: Vec<&str> = context.tokens[span.first_token..span.end_token]
        .iter()
        .take_while(|token| token.start < start)
        .map(|token| token.word)
        .collect();
    let celebrates = words.iter().enumerate().any(|(position, word)| {
        PRACTICE_NOUNS.contains(word)
            && words[position + 1..]
                .iter()
                .take(4)
                .any(|next| ["fete", "celebr", "souffl", "marque"].iter().any(|stem| next.starts_with(stem)))
    });
    celebrates && !context.addresses_reader[sentence] && !mentions_relative(context, sentence)
}

/// True when the local part of an e-mail address spells out the surname that the reviewer's public
/// name gives only as an initial: « m.perrin@… » or « marc.perrin@… » for « Marc P. ». One part is the
/// given name or its initial, another starts with the surname's initial and has three letters or more.
fn spells_hidden_surname(reviewer_words: &[String], local_part: &str) -> bool {
    let Some(given) = reviewer_words.iter().find(|word| word.chars().count() > 1) else { return false };
    let initials: Vec<char> =
        reviewer_words.iter().filter(|word| word.chars().count() == 1).filter_map(|word| word.chars().next()).collect();
    let given_initial = given.chars().next();
    let parts: Vec<&str> = local_part.split(['.', '_', '-']).filter(|part| !part.is_empty()).collect();
    parts.iter().enumerate().any(|(position, part)| {
        let surname = part.chars().count() >= 3
            && part.as_bytes().first().is_some_and(|first| initials.contains(&char::from(*first)))
            && *part != given.as_str();
        let names_given = parts.iter().enumerate().any(|(other, word)| {
            other != position
                && (*word == given.as_str() || (word.chars().count() == 1 && word.chars().next() == given_initial))
        });
        surname && names_given
    })
}

/// Words that make a sentence about the practice's premises or team (« le cabinet », « les
/// remplacements », "our clinic").
const PRACTICE_WORDS: &[&str] = &[
    "cabinet",
    "centre",
    "clinique",
    "locaux",
    "remplacement",
    "remplacements",
    "remplace",
    "permanence",
    "consultations",
    "dr",
    "docteur",
    "situe",
    "situee",
    "demenage",
    "demenagement",
    "installe",
    "installee",
    "practice",
    "clinic",
    "office",
    "surgery",
    "located",
    "moved",
    "premises",
];

/// True when sentence `index` names the practice, its premises or its team.
fn names_practice(context: &Context<'_>, index: usize) -> bool {
    let sentence = &context.sentences[index];
    context.tokens[sentence.first_token..sentence.end_token].iter().any(|token| PRACTICE_WORDS.contains(&token.word))
}

/// True when sentence `index` has someone arrive somewhere in the past: « notre infirmière s'est rendue
/// au 12 rue des Lilas », "our nurse arrived at 42 Birch Lane".
fn is_home_visit(context: &Context<'_>, index: usize) -> bool {
    const ARRIVAL_WORDS: &[&str] = &["arrived", "drove", "rendu", "rendue", "rendus", "rendues"];
    let sentence = &context.sentences[index];
    context.tokens[sentence.first_token..sentence.end_token].iter().any(|token| ARRIVAL_WORDS.contains(&token.word))
}

/// True when « résidence » at `offset` is followed by a capitalised name (« résidence Les Tilleuls »),
/// with or without an article, rather than by an adjective (« résidence principale »).
fn names_residence(context: &Context<'_>, offset: usize) -> bool {
    let Some(index) = context.token_at(offset) else { return false };
    let sentence = context.tokens[index].sentence;
    (index + 1..(index + 3).min(context.tokens.len()))
        .take_while(|&next| context.tokens[next].sentence == sentence)
        .any(|next| context.is_capitalized(next))
}

fn mentions_relative(context: &Context<'_>, sentence: usize) -> bool {
    context.terms.iter().any(|hit| {
        context.data.terms.term(hit.term).category == Category::Relative && context.sentence_at(hit.start) == sentence
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nir_key_is_checked() {
        let nir = &patterns().nir;
        let valid = nir.captures("1 84 05 69 123 456 90").unwrap();
        assert_eq!(nir_severity(&valid), Some(Severity::Error));
        let wrong_key = nir.captures("1 84 05 69 123 456 78").unwrap();
        assert_eq!(nir_severity(&wrong_key), Some(Severity::Warning));
    }

    #[test]
    fn phones_of_several_countries_match() {
        for phone in [
            "06 12 34 56 78",
            "+33 6 12 34 56 78",
            "+32 470 12 34 56",
            "+41 79 123 45 67",
            "(514) 555-1234",
            "07700 900123",
            "+44 20 7946 0958",
            "555-0142",
        ] {
            assert!(patterns().phone.is_match(phone), "{phone}");
        }
    }

    #[test]
    fn age_ranges_are_durations() {
        assert!(is_duration("les enfants de 0 a 16 ans", "les enfants de 0 ".len()));
        assert!(!is_duration("votre fille de 15 ans", "votre fille ".len()));
    }

    #[test]
    fn mailbox_spells_hidden_surname() {
        let reviewer = ["marc".to_string(), "p".to_string()];
        assert!(spells_hidden_surname(&reviewer, "m.perrin"));
        assert!(spells_hidden_surname(&reviewer, "marc_perrin"));
        assert!(spells_hidden_surname(&reviewer, "perrin.marc"));
        assert!(!spells_hidden_surname(&reviewer, "m.dupont"), "another initial");
        assert!(!spells_hidden_surname(&reviewer, "perrin"), "no given name");
        assert!(!spells_hidden_surname(&reviewer, "contact"));
        assert!(!spells_hidden_surname(&["marc".to_string(), "perrin".to_string()], "m.perrin"), "no initial");
    }

    #[test]
    fn emails_match() {
        assert!(patterns().email.is_match("paul.durand72@exemple.fr"));
        assert!(!patterns().email.is_match("paul at exemple"));
    }
}

//! Dates, days, times and delays that say when care happened or will happen.
//!
//! A date alone says nothing about anyone (« le cabinet est ouvert du lundi au vendredi », « en
//! juin »), so these candidates need company: their sentence must address the reader or hold another
//! finding. Opening hours and service delays (« dès 8 h », « sous 48 h », « de 9 h à 17 h ») are never
//! findings.

use std::sync::OnceLock;

use regex::Regex;

use super::{Candidate, Company, Fix};
use crate::category::Category;
use crate::context::Context;
use crate::report::Severity;
use crate::request::Lang;

const FRENCH: &str = r"(?x-u)
    (?:\b(?:le|du|au|depuis\s+le)\s+)?\b(?:[0-3]?[0-9]|1er|premier)\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?:\s+(?:19|20)[0-9]{2})?\b
  | \b(?:en|de|d'|depuis|debut|fin|mi-)\s*(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b
  | \b(?:depuis\s+le|au|courant|debut|fin|dans\s+le)\s+mois\s+(?:de\s+|d')(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b
  | \b(?:ce\s+|le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:dernier|precedent|suivant|prochain|pro|matin|soir|apres-midi)|\s+(?:[0-3]?[0-9]|1er)(?:\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))?)?\b
  | \b(?:hier|avant-hier|aujourd'hui|ce\s+matin(?:-la)?|cet\s+apres-midi(?:-la)?|ce\s+soir(?:-la)?|cette\s+semaine|cette\s+annee(?:-la)?|ce\s+(?:trimestre|semestre)(?:-ci)?|la\s+semaine\s+(?:derniere|passee|prochaine)|(?:le|du|au)\s+mois\s+(?:dernier|prochain)|l'an(?:nee)?\s+(?:derniere|dernier|prochaine)|la\s+veille|le\s+lendemain|ce\s+jour-la|ce\s+jour\s+la|cette\s+(?:nuit|matinee|journee|soiree)-la|l'autre\s+jour|le\s+jour\s+meme)\b
  | \b(?:il\s+y\s+a|dans|ds|depuis|pendant|apres|en|durant)\s+(?:[0-9]+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|quarante|cinquante|soixante|septante|octante|huitante|nonante|quelques|plusieurs|ces\s+quelques|toutes\s+ces)\s+(?:jours?|semaines?|sem|mois|ans?|annees?|seances?)\b
  | \b(?:compter|comptez|compte|prevoir|prevoyez)\s+(?:[0-9]+|deux|trois|quatre|cinq|six|huit|dix|quinze|vingt|trente|quarante|soixante|septante|huitante|nonante|quelques)\s+(?:jours|semaines|mois)\b
  | \bil\s+y\s+a\s+(?:[0-9]+|une|deux|trois|quelques)\s+(?:minutes?|heures?)\b
  | \b(?:pendant|durant|apres)\s+[0-9]+\s+(?:minutes?|heures?)\b
  | \bdepuis\s+(?:19|20)[0-9]{2}\b
  | \ben\s+(?:19|20)[0-9]{2}\b
  | \b(?:a|vers|avant|apres)\s+(?:[01]?[0-9]|2[0-3])\s?h\s?(?:[0-5][0-9])?\b
  | \b(?:[01]?[0-9]|2[0-3])h(?:[0-5][0-9])\b
  | \bentre\s+(?:[01]?[0-9]|2[0-3])\s?h\s?(?:[0-5][0-9])?\s+et\s+(?:[01]?[0-9]|2[0-3])\s?h\s?(?:[0-5][0-9])?
  | \b[0-9]+\s+minutes?\s+(?:de\s+retard|d'attente|de\s+consultation)\b
  | \b(?:au\s+)?dernier\s+moment\b
  | \bla\s+(?:prochaine|derniere)\s+fois\b
  | \ble\s+meme\s+jour\b
  | \bces\s+(?:[0-9]+|deux|trois|quatre|cinq|six|huit|dix|douze|quelques)\s+(?:jours|semaines|mois|annees|ans)\b
  | \b(?:a|at)\s+[0-9]{1,2}\s+(?:semaines|weeks|sa)\b
  | \battendre\s+(?:[0-9]+|une|deux|trois|quatre|quelques)\s+(?:jours|semaines|mois)\b
  | \b(?:depuis|a\s+l'|de\s+l'|pendant\s+l'|avant\s+l'|apres\s+l'|au)\s*(?:le\s+|l')?(?:automne|hiver|printemps|ete)\b
  | \b(?:ces|les)\s+(?:dernieres|derniers|prochaines|prochains|premieres|premiers)\s+(?:semaines|jours|mois|annees)\b
  | \b(?:creneau|rendez-vous|rdv|seance|consultation)\s+de\s+(?:[01]?[0-9]|2[0-3])\s?h\s?(?:[0-5][0-9])?
  | \b(?:le|avant\s+le|apres\s+le|jusqu'au|du|au|des\s+le)\s+(?:[12][0-9]|3[01]|[1-9]|1er)\b(?:\s+(?:au\s+matin|matin|soir))?
  | \b(?:dans|ds|sous|d'ici|pendant|durant)\s+[0-9]+\s?j\b
  | \bdes\s+(?:la\s+premiere|le\s+premier)\s+(?:demande|consultation|seance|visite|rendez-vous|rdv|passage|appel|entretien|examen)\b
  | \bcomme\s+d'hab(?:itude)?\b
  | \bcomme\s+d\s+hab(?:itude)?\b
  | \bcomme\s+(?:a\s+)?chaque\s+fois\b
  | \bd'ici\s+(?:l'(?:ete|hiver|automne)|le\s+printemps|la\s+rentree|noel|paques|la\s+fin\s+(?:du\s+mois|de\s+la\s+semaine|de\s+l'annee)|(?:[0-9]+|un|une|deux|trois|quatre|cinq|six|huit|dix|quinze|quelques)\s+(?:jours|semaines|mois|ans))\b
  | \b(?:depuis|en|au|de)\s+(?:le\s+)?(?:cp|ce1|ce2|cm1|cm2|sixieme|6e|maternelle|creche)\b
  | \ben\s+(?:cinquieme|5e|quatrieme|4e|terminale|petite\s+section|moyenne\s+section|grande\s+section)\b
  | \b(?:son|sa)\s+(?:cp|ce1|ce2|cm1|cm2|sixieme|6e|cinquieme|5e|quatrieme|4e|seconde|terminale)\b
  | \bentree\s+en\s+(?:seconde|sixieme|6e|maternelle|cp)\b
  | \b(?:avant|apres|a|pour|des|depuis)\s+l'entree\s+(?:a\s+la\s+creche|a\s+l'ecole|en\s+(?:maternelle|cp|sixieme|6e|seconde)|au\s+(?:college|lycee|cp))\b
  | \b(?:ce|le)\s+(?:week-end|weekend|week\s+end)(?:\s+(?:dernier|prochain|passe))?\b
  | \b(?:le\s+mois|la\s+semaine|l'annee|le\s+jour|la\s+veille|la\s+fois)\s+(?:precedent|precedente|suivant|suivante)\b
  | \b(?:[0-9]+|deux|trois|quatre|cinq|six|huit|dix|douze|quinze)\s+(?:jours|semaines|mois|ans)\s+deja\b
  | \bdeja\s+(?:[0-9]+|deux|trois|quatre|cinq|six|huit|dix|douze|quinze)\s+(?:jours|semaines|mois|ans)\b
  | \b(?:a|le\s+jour\s+de|pour)\s+(?:noel|nouvel\s+an|la\s+toussaint|paques|la\s+saint-sylvestre)\b
  | \b(?:a|des|apres|avant|pour|jusqu'a|depuis)\s+la\s+rentree\b
  | \bjusqu'a\s+la\s+fin\s+(?:du\s+mois|de\s+la\s+semaine|de\s+l'annee|des\s+vacances)\b
  | \b(?:tout\s+l'|cet\s+)(?:hiver|ete|automne)(?:\s+(?:dernier|passe|prochain))?\b
  | \bl'(?:hiver|ete|automne)\s+(?:dernier|passe|prochain)\b
  | \b(?:tout\s+le\s+|ce\s+)printemps\b
  | \ble\s+printemps\s+(?:dernier|passe|prochain)\b
  | \b(?:la\s+semaine|le\s+mois|l'an|l'annee)\s+pro\b
  | \b(?:deux|trois|quatre|plusieurs|[0-9]+)\s+fois\s+(?:ce\s+mois(?:-ci)?|cette\s+semaine|cette\s+annee)\b
  | \bapres\s+(?:tout\s+ce\s+temps|si\s+longtemps|tant\s+de\s+temps)\b
  | \b(?:[0-9]+|deux|trois|quatre|cinq|six|huit|dix|quinze|quelques)\s+(?:jours|semaines|mois)\s+(?:plus\s+tot|auparavant)\b
";

const ENGLISH: &str = r"(?x-u)
    \b(?:on\s+|in\s+|since\s+|early\s+|late\s+|last\s+|next\s+|this\s+)?(?:january|february|march|april|june|july|august|september|october|november|december)(?:\s+[0-3]?[0-9](?:st|nd|rd|th)?)?\b
  | \b(?:on|in|since|early|late|last|next|this)\s+may\b(?:\s+[0-3]?[0-9](?:st|nd|rd|th)?\b)?
  | \bmay\s+[0-3]?[0-9](?:st|nd|rd|th)?\b
  | \b(?:on\s+|last\s+|next\s+|this\s+|that\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b
  | \b(?:on\s+|last\s+|next\s+|this\s+)?(?:tues|weds|thu|thur|thurs|fri)\b
  | \b(?:on|last|next|this)\s+(?:mon|tue|wed|sat|sun)\b
  | \b(?:today|yesterday|tonight|this\s+morning|this\s+afternoon|last\s+(?:week|wk|month|year|night|time)|next\s+(?:week|wk|month|year|time)|the\s+(?:very\s+)?same\s+day|that\s+(?:very\s+|same\s+)?(?:day|morning|afternoon|evening|night)|the\s+other\s+day|the\s+day\s+before|the\s+next\s+day)\b
  | \bsince\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter)\b
  | \b(?:in|for|after|within)\s+(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|several)\s+(?:days?|weeks?|wks?|months?|mths?|years?|yrs?|minutes?|mins?|hours?|hrs?)\b
  | \b(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|several)\s+(?:days?|weeks?|wks?|months?|mths?|years?|yrs?)\s+ago\b
  | \bafter\s+week\s+(?:[0-9]+|one|two|three|four|five|six)\b
  | \bin\s+(?:junior|senior)\s+infants\b
  | \bin\s+(?:1st|2nd|3rd|[4-9]th|1[0-2]th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+grade\b
  | \bin\s+(?:year|yr)\s+(?:[1-9]|1[0-3])\b
  | \bin\s+(?:kindergarten|preschool|pre-k|reception\s+class)\b
  | \b(?:her|his|their|your)\s+(?:hsc|gcses?|a-levels?|leaving\s+cert|junior\s+cert|atar|sats|finals|mocks)\b
  | \b(?:[0-9]+|one|two|three|four|five|six|eight|ten|twelve)-(?:day|week|month|year)\b
  | \bsince\s+(?:19|20)[0-9]{2}\b
  | \bin\s+(?:19|20)[0-9]{2}\b
  | \b(?:at\s+)?(?:[01]?[0-9]|2[0-3]):[0-5][0-9]\b
  | \b(?:at\s+)?(?:[01]?[0-9])[.:][0-5][0-9]\s?(?:am|pm|a\.m\.|p\.m\.)
  | \b[0-9]+\s+minutes?\s+(?:late|early)\b
  | \b(?:on|by|before|after|until|from|since|of)\s+the\s+[0-9]{1,2}(?:st|nd|rd|th)\b
  | \b(?:at|after)\s+(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:weeks?|days?|months?)\s+(?:post-op|postop|post-operative|postpartum|after)
  | \b(?:these|the)\s+(?:last|past|next)\s+(?:few\s+|[0-9]+\s+|two\s+|three\s+|four\s+|five\s+|six\s+|eight\s+|ten\s+|twelve\s+)?(?:weeks|days|months|years)\b
  | \bat\s+[0-9]{1,2}\s?(?:a\.?m\.?|p\.?m\.?)
  | \b(?:tomorrow|tmrw|tmr|today|tonight)\s+[0-9]{1,2}(?::[0-5][0-9])?\s?(?:a\.?m\.?|p\.?m\.?)
  | \bbetween\s+[0-9]{1,2}(?::[0-5][0-9])?\s?(?:a\.?m\.?|p\.?m\.?)?\s+and\s+[0-9]{1,2}(?::[0-5][0-9])?\s?(?:a\.?m\.?|p\.?m\.?)
  | \b(?:on\s+)?[0-3]?[0-9](?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b
  | \b(?:this|last|next|that)\s+(?:weekend|week-end)\b
  | \b(?:on|over)\s+(?:boxing\s+day|christmas(?:\s+(?:day|eve))?|new\s+year's(?:\s+(?:day|eve))?|easter(?:\s+(?:sunday|monday))?|thanksgiving|canada\s+day|labor\s+day|labour\s+day|bank\s+holiday\s+monday)\b
  | \b(?:over|during|for)\s+(?:these|the)\s+(?:last|past)?\s*(?:few|couple\s+of|[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:weeks|days|months|years)\b
  | \bthe\s+last\s+couple\s+of\s+(?:weeks|days|months|years)\b
  | \b(?:this|last|next|all|that)\s+(?:spring|summer|fall|autumn|winter)\b
  | \bin\s+the\s+(?:spring|summer|fall|autumn|winter)\b
  | \b(?:once|twice|three\s+times|[0-9]+\s+times|several\s+times)\s+(?:this|last)\s+(?:week|month|year)\b
  | \bat\s+[0-9]{1,2}\s+weeks\b
  | \b(?:before|after)\s+(?:your\s+|her\s+|his\s+|their\s+)?(?:breakfast|lunch|dinner|supper)\b
  | \bby\s+(?:the\s+weekend|the\s+end\s+of\s+(?:the|this|next)\s+(?:week|month)|(?:this|next)\s+(?:week|month|weekend))\b
  | \b(?:[0-9]+|two|three|four|five|six|ten|a\s+few|several)\s+(?:days|weeks|months)\s+(?:before|earlier|prior)\b
";

/// Schedules, which are about the practice and never about a person: « du lundi au vendredi », « le
/// samedi matin », « tous les jours », « le mardi et le jeudi », « le jeudi de 9 h à 19 h 30 », "Monday to
/// Friday", "on weekends".
const SCHEDULE: &str = r"(?x-u)
    \b(?:du|de)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:au|a)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b
  | \b(?:tous\s+les|chaque|le|les)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\s+(?:matin|soir|apres-midi)s?\b
  | \b(?:tous\s+les|chaque)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b
  | \b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s*(?:to|through|thru|-)\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b
  | \b(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)\s*(?:to|through|thru|-)\s*(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)\b
  | \b(?:every|on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b
  | \bevery\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
  | \b(?:on\s+|every\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:mornings|afternoons|evenings|nights)\b
  | \b(?:le|les)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\s+(?:et|ou)\s+(?:le\s+|les\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b
  | \b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?,?\s+(?:de|from)\s+[0-9]{1,2}\s?(?:h|:|a\.?m|p\.?m)?\s?[0-9]{0,2}\s*(?:a|to|-)\s*[0-9]{1,2}
";

/// True when sentence `index` states a recurring schedule (« le samedi matin », « du lundi au
/// vendredi », "on Saturday mornings") and has no second-person possessive. Such a sentence states what
/// the practice offers and when, as in « les séances collectives reprennent le mardi soir ».
pub fn states_schedule(context: &Context<'_>, index: usize) -> bool {
    let sentence = &context.sentences[index];
    let words = &context.tokens[sentence.first_token..sentence.end_token];
    if !words.iter().any(|token| is_weekday_word(token.word)) {
        return false;
    }
    let owned = words.iter().any(|token| matches!(token.word, "votre" | "vos" | "ton" | "ta" | "tes" | "your"));
    let text = &context.folded.text[sentence.start..sentence.end];
    !owned && schedule().is_match(text)
}

/// True when sentence `index` has the team meet the reader: « avec vous », « vous voir », "with
/// you", "see you". "You are welcome every Tuesday" only invites, and stays a schedule.
fn meets_reader(context: &Context<'_>, index: usize) -> bool {
    let sentence = &context.sentences[index];
    let words = &context.tokens[sentence.first_token..sentence.end_token];
    words.windows(2).any(|pair| {
        matches!(
            (pair[0].word, pair[1].word),
            ("with" | "see" | "seeing" | "meet" | "meeting", "you")
                | ("avec", "vous" | "toi")
                | ("vous" | "te", "voir" | "revoir" | "retrouver" | "recevoir" | "accueillir")
        )
    })
}

/// Past participles that make the reader the subject of a visit or of care: « vous êtes suivie »,
/// « que vous soyez revenu », "you were seen", "you have been coming".
const READER_CARE_PARTICIPLES: &[&str] = &[
    "suivi",
    "suivie",
    "suivis",
    "suivies",
    "venu",
    "venue",
    "venus",
    "venues",
    "revenu",
    "revenue",
    "revenus",
    "revenues",
    "passe",
    "passee",
    "passes",
    "passees",
    "inscrit",
    "inscrite",
    "inscrits",
    "inscrites",
    "recu",
    "recue",
    "recus",
    "recues",
    "vu",
    "vue",
    "vus",
    "vues",
    "soigne",
    "soignee",
    "soignes",
    "soignees",
    "opere",
    "operee",
    "operes",
    "operees",
    "seen",
    "treated",
    "coming",
    "visiting",
    "registered",
    "followed",
];

/// English verbs in the simple past that make the reader the subject of a visit or of care.
const READER_PAST_VISITS: &[&str] = &["came", "received", "attended", "visited", "underwent", "booked"];

/// True when sentence `index` makes the reader the subject of a visit or of care: « vous » or "you",
/// an auxiliary, then a participle such as « suivie » or "seen" among the next three words. A date in
/// such a sentence dates the reader's care even beside the practice's name (« vous êtes suivie au
/// centre depuis 2019 »).
pub fn reader_is_subject_of_care(context: &Context<'_>, index: usize) -> bool {
    let sentence = &context.sentences[index];
    let words: Vec<&str> =
        context.tokens[sentence.first_token..sentence.end_token].iter().map(|token| token.word).collect();
    words.iter().enumerate().any(|(position, word)| {
        let subject = matches!(*word, "vous" | "tu" | "you");
        let auxiliary = words.get(position + 1).is_some_and(|next| {
            matches!(
                *next,
                "etes"
                    | "soyez"
                    | "etiez"
                    | "serez"
                    | "avez"
                    | "aviez"
                    | "ayez"
                    | "es"
                    | "sois"
                    | "as"
                    | "were"
                    | "are"
                    | "have"
                    | "had"
            )
        });
        // "you came in on 3 March", "a scale and clean you clearly received on 3 March": the reader
        // as the subject of a visit in the simple past.
        let simple_past =
            *word == "you" && words[position + 1..].iter().take(2).any(|later| READER_PAST_VISITS.contains(later));
        simple_past
            || (subject
                && auxiliary
                && words[position + 2..].iter().take(3).any(|later| READER_CARE_PARTICIPLES.contains(later)))
    })
}

/// True when sentence `index` announces a visit the practice will pay the reader: « nous passerons
/// chez vous », « je repasserai à 8 h », « on viendra mardi », "we'll come by", "I will pop round",
/// "we'll visit you". A date in it is the time of the reader's next care at home. The present
/// (« nous passons à domicile du lundi au vendredi ») states the practice's rounds and does not count,
/// nor does a change of the practice's own (« nous passerons aux horaires d'été »).
pub fn announces_visit(context: &Context<'_>, index: usize) -> bool {
    let sentence = &context.sentences[index];
    let words: Vec<&str> =
        context.tokens[sentence.first_token..sentence.end_token].iter().map(|token| token.word).collect();
    let word_at = |position: usize| words.get(position).copied().unwrap_or_default();
    words.iter().enumerate().any(|(position, word)| match context.lang {
        Lang::Fr => {
            let future = matches!(
                *word,
                "passerons"
                    | "passerai"
                    | "passera"
                    | "repasserons"
                    | "repasserai"
                    | "repassera"
                    | "viendrons"
                    | "viendrai"
                    | "viendra"
                    | "reviendrons"
                    | "reviendrai"
                    | "reviendra"
            );
            let subject = position.checked_sub(1).map(&word_at);
            let next = word_at(position + 1);
            // « à 7 h 30 », « à domicile » tell when or where; « au », « aux », « en » or « à » before
            // another word tell what the practice moves to.
            let place_or_time = match next {
                "au" | "aux" | "en" | "sur" | "par" | "pour" | "de" | "d" => false,
                "a" => {
                    let after = word_at(position + 2);
                    after == "domicile" || after.starts_with(|c: char| c.is_ascii_digit())
                }
                _ => true,
            };
            let reader_home = next == "chez" && matches!(word_at(position + 2), "vous" | "toi");
            future && (reader_home || (matches!(subject, Some("nous" | "on" | "je" | "j")) && place_or_time))
        }
        Lang::En => {
            let future = matches!(*word, "will" | "ll")
                && position.checked_sub(1).is_some_and(|previous| matches!(word_at(previous), "we" | "i"));
            let verb = word_at(position + 1);
            let particle = word_at(position + 2);
            // "we'll come by the office" names where the team goes, not the reader's home.
            let place_named = matches!(word_at(position + 3), "the" | "our" | "a" | "an");
            future
                && (matches!(verb, "come" | "pop" | "stop" | "drop" | "swing")
                    && matches!(particle, "by" | "round" | "around" | "over")
                    && !place_named
                    || verb == "visit" && particle == "you")
        }
    })
}

/// True when sentence `index` apologises (« désolés pour l'attente de lundi », "sorry about the long
/// wait on Friday"): a date in an apology dates what the reader went through, not practice news.
/// An apology for the practice's phone line does not count (see `names_phone_line`).
pub fn apologises(context: &Context<'_>, index: usize) -> bool {
    let sentence = &context.sentences[index];
    if names_phone_line(context, index) {
        return false;
    }
    context.tokens[sentence.first_token..sentence.end_token].iter().any(|token| {
        matches!(
            token.word,
            "sorry"
                | "apologise"
                | "apologize"
                | "apologies"
                | "desole"
                | "dsl"
                | "deso"
                | "desolee"
                | "desoles"
                | "desolees"
                | "excuses"
        )
    })
}

/// True when sentence `index` names the practice's phone line (« notre standard », « la ligne »). An
/// apology for it (« nos excuses : notre standard a été saturé tout le mois de novembre ») dates a
/// failure of the practice, not anyone's care.
fn names_phone_line(context: &Context<'_>, index: usize) -> bool {
    let sentence = &context.sentences[index];
    context.tokens[sentence.first_token..sentence.end_token].windows(2).any(|pair| {
        matches!(pair[0].word, "notre" | "nos" | "le" | "la" | "les")
            && matches!(pair[1].word, "standard" | "ligne" | "lignes" | "messagerie" | "repondeur" | "standardiste")
    })
}

/// True when `word` is a day of the week, in French or English, singular or plural, or an English
/// abbreviation of one ("Thurs").
fn is_weekday_word(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    matches!(
        singular,
        "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "wed"
            | "thu"
            | "thur"
            | "fri"
            | "sat"
            | "sun"
    )
}

fn schedule() -> &'static Regex {
    static SCHEDULE_REGEX: OnceLock<Regex> = OnceLock::new();
    SCHEDULE_REGEX.get_or_init(|| Regex::new(SCHEDULE).expect("the schedule pattern is valid"))
}

/// The end of a text that opens a range of hours: « de 9 h » before « à 17 h », "8 a.m." before "to".
const OPENING_HOURS: &str =
    r"(?-u)(?:\b(?:de|des|from)\s+[0-9]{1,2}\s?h?\s?[0-9]{0,2}|[0-9]\s?(?:a\.?m\.?|p\.?m\.?))\s*$";

fn opening_hours() -> &'static Regex {
    static OPENING_HOURS_REGEX: OnceLock<Regex> = OnceLock::new();
    OPENING_HOURS_REGEX.get_or_init(|| Regex::new(OPENING_HOURS).expect("the opening-hours pattern is valid"))
}

fn regex(lang: Lang) -> &'static Regex {
    static FRENCH_REGEX: OnceLock<Regex> = OnceLock::new();
    static ENGLISH_REGEX: OnceLock<Regex> = OnceLock::new();
    match lang {
        Lang::Fr => FRENCH_REGEX.get_or_init(|| Regex::new(FRENCH).expect("the French date pattern is valid")),
        Lang::En => ENGLISH_REGEX.get_or_init(|| Regex::new(ENGLISH).expect("the English date pattern is valid")),
    }
}

/// Finds dates and times of care.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    if context.lang == Lang::Fr {
        find_past_hour(context, candidates);
    }
    let text = &context.folded.text;
    // Every schedule names a day of the week.
    let schedule_text = if context.tokens.iter().any(|token| is_weekday_word(token.word)) { text.as_str() } else { "" };
    let schedules: Vec<(usize, usize)> =
        schedule().find_iter(schedule_text).map(|found| (found.start(), found.end())).collect();
    for found in regex(context.lang).find_iter(text) {
        let (start, end) = trim_span(text, found.start(), found.end());
        // "lovely catching up with you every Wednesday": a schedule the reader takes part in is their
        // routine of care, not the practice's opening days.
        let reader_routine = meets_reader(context, context.sentence_at(start));
        let schedule =
            schedules.iter().any(|&(schedule_start, schedule_end)| schedule_start <= start && end <= schedule_end)
                || in_schedule_sentence(context, start);
        // « la fièvre avait débuté le mardi »: after a participle, in a sentence told in the
        // past, « le mardi » is the day something happened, not a habit.
        let habitual_day = is_habitual_day(&text[start..end])
            && !(follows_participle(&text[..start]) && sentence_in_past(context, start));
        let in_schedule = (schedule && !reader_routine)
            || is_closure(context, start)
            || habitual_day
            || is_out_of_hours_weekend(context, start, &text[start..end]);
        // « les majorations de dimanche »: a day named after « de » is a kind of day, not a date.
        let matched = &text[start..end];
        // « votre appel de lundi » is still a date, because the day dates something that belongs to someone.
        // « l'attente de mercredi », « la séance de mardi »: one event, named with a singular article.
        let bare_day_of_kind = (WEEKDAYS.contains(&matched)
            && text[..start].trim_end().ends_with(" de")
            && !owned_by_someone(&text[..start])
            && !names_one_event(&text[..start]))
            // "on Tuesdays and Thursdays": days in the plural are a schedule.
            || (matched.ends_with("days") && !matched.contains(' '))
            // « de garde 1 dimanche sur 4 »: one day in so many is a rota.
            || text[end..].trim_start().strip_prefix("sur ").is_some_and(|rest| {
                rest.starts_with(|c: char| c.is_ascii_digit())
                    || ["deux ", "trois ", "quatre ", "cinq ", "six "].iter().any(|number| rest.starts_with(number))
            });
        let street_number = [
            "rue",
            "avenue",
            "av",
            "bd",
            "boulevard",
            "chemin",
            "place",
            "allee",
            "impasse",
            "quai",
            "route",
            "cours",
            "bis",
            "ter",
        ]
        .iter()
        .any(|street| next_word(&text[end..]) == *street);
        if start >= end
            || in_schedule
            || street_number
            || bare_day_of_kind
            || context.is_masked(start, end)
            || is_end_of_range(text, start)
            || opens_range_of_hours(text, start, end)
            || is_emergency_number(text, start)
            || is_routine_time(context, start, matched)
            || is_time_to_call(context, start, matched)
        {
            continue;
        }
        let mut candidate =
            Candidate::new(start, end, Category::DateOrTime, "date_or_time/date", Severity::Warning, Fix::Delete);
        // A day in the past (« mardi dernier », « hier », "that day") points at an event the reply
        // shares with the reader. Other dates need a subject in their sentence.
        // « la veille des rendez-vous » is a rule about appointments in general, not a day in the past.
        let relative_to_something = text[end..].trim_start().starts_with("de");
        // « Le lundi 9 novembre, la salle d'attente était saturée »: a dated weekday in a past-tense sentence.
        let dated_past_day = WEEKDAYS.iter().any(|day| matched.contains(day))
            && matched.contains(|c: char| c.is_ascii_digit())
            && sentence_in_past(context, start);
        // « nous l'avons délivrée dès le lendemain », "we saw you the next day": the day after an event
        // the sentence describes. In a rule (« les résultats arrivent le lendemain ») it needs a subject.
        let next_day_of_past_event = ["le lendemain", "le surlendemain", "the next day", "the following day"]
            .iter()
            .any(|day| matched.contains(day))
            && context.describes_past_event(context.sentence_at(start));
        if !(is_past_day(matched) || dated_past_day || next_day_of_past_event) || relative_to_something {
            candidate.company = Company::ReaderOrFinding;
        }
        // « entre 8 h et 9 h », "between 8 and 9 a.m." are opening hours as often as a visit window:
        // only another finding in the sentence makes them the reader's.
        // « cet été », "this winter": the season under way or ahead is in advice to everyone (« la crème
        // solaire cet été ») as often as in the reader's care, so it needs another finding too.
        // "in the fall" may be a season of every year as well as the reader's last one.
        let current_season =
            ["cet ", "ce printemps", "this ", "in the "].iter().any(|opening| matched.starts_with(opening))
                && ["ete", "hiver", "automne", "printemps", "summer", "winter", "autumn", "fall", "spring"]
                    .iter()
                    .any(|season| matched.ends_with(season));
        // « d'ici l'été », « d'ici trois semaines »: a deadline is the practice's plan (« le site sera
        // refait d'ici l'été ») as often as the reader's care, so it needs another finding too.
        let deadline = matched.starts_with("d'ici ");
        // « dès la première séance », « comme d'habitude » state a policy or a habit of the practice
        // unless another finding makes them the reader's first visit or usual slot. « La prochaine
        // fois, appelez-nous » and "next time you call" are advice; beside « votre genou » it is the
        // reader's next visit.
        let first_or_usual_visit = [
            "des la premiere ",
            "des le premier ",
            "comme d'habitude",
            "comme d'hab",
            "comme d hab",
            "comme chaque fois",
            "comme a chaque fois",
            "la prochaine fois",
            "la derniere fois",
            "next time",
            "last time",
        ]
        .iter()
        .any(|opening| matched.starts_with(opening));
        // « il faut compter six semaines », « une réponse vous parviendra dans les prochains jours »: a
        // span of time ahead is a rule of thumb or the practice's own delay unless another finding
        // makes it the reader's recovery.
        let time_ahead = ["compter ", "comptez ", "compte ", "prevoir ", "prevoyez "]
            .iter()
            .any(|opening| matched.starts_with(opening))
            || (matched.starts_with("les prochain")
                && text[..start].split_whitespace().next_back().is_some_and(|word| matches!(word, "dans" | "ds")));
        if matched.starts_with("entre ")
            || matched.starts_with("between ")
            || time_ahead
            || current_season
            || deadline
            || first_or_usual_visit
        {
            candidate.company = Company::Finding;
        }
        // "two days before your appointment" states a notice period and is skipped. Without a noun
        // after it, "two days before" dates an earlier event once another finding shares its sentence.
        if matched.ends_with(" before") || matched.ends_with(" prior") {
            let next = next_word(&text[end..]);
            let rule = ["your", "the", "a", "an", "each", "any", "every", "our", "to"].contains(&next);
            if rule {
                continue;
            }
            candidate.company = Company::Finding;
        }
        // « en 2019 », "in 2019": a year dates the reader's own event when they are the subject of the
        // sentence ("when you registered in 2019"). Beside the practice's history it needs another finding.
        let year = (matched.starts_with("in ") || matched.starts_with("en "))
            && matched.ends_with(|c: char| c.is_ascii_digit());
        // "last spring", « l'été dernier »: a past season or year dates the practice's news as often as the
        // reader's care ("we upgraded the gym last spring"), so without the reader it needs another finding.
        let seasons = ["ete", "hiver", "automne", "printemps", "summer", "winter", "autumn", "fall", "spring", "year"];
        let past_season = (matched.starts_with("last ") && seasons.iter().any(|season| matched.ends_with(season)))
            || ((matched.ends_with(" dernier") || matched.ends_with(" derniere"))
                && seasons.iter().any(|season| matched.contains(season)));
        if (year || past_season) && !names_reader_as_pronoun(context, context.sentence_at(start)) {
            candidate.company = Company::Finding;
        }
        // "Wishing you health and happiness in 2026", « tous nos vœux pour 2027 »: the year of a wish.
        if year_ahead_in_wish(context, start, matched) {
            candidate.company = Company::Finding;
        }
        // "before lunch" is as often a rule for everyone ("call before lunch") as the time of a visit.
        if ["breakfast", "lunch", "dinner", "supper"].iter().any(|meal| matched.ends_with(meal)) {
            candidate.company = Company::Finding;
        }
        // « une belle entrée en seconde » to her, "best of luck to her in junior infants": a school year
        // gives a child's age, so it identifies them more than it dates anything. In a sentence about
        // someone it counts alone.
        if is_school_year(context, matched) {
            candidate.category = Category::Identifier;
            candidate.rule = "identifier/age";
            if context.names_someone(context.sentence_at(start)) {
                candidate.company = Company::None;
            }
        }
        // « nous passerons à 7 h 30 la semaine prochaine »: the time of a visit announced to the reader.
        if announces_visit(context, context.sentence_at(start)) {
            candidate.company = Company::None;
        }
        candidates.push(candidate);
    }
}

/// True when `matched`, a date passage, names a school year: « en CE1 », « de CM2 », « entrée en
/// seconde », "in 2nd grade", "in junior infants", "her HSC". Its last word is in `@school_year`.
fn is_school_year(context: &Context<'_>, matched: &str) -> bool {
    let last = matched.rsplit(' ').next().unwrap_or("");
    context.data.school_years.contains(last) || matched.starts_with("in year ") || matched.starts_with("in yr ")
}

/// True when sentence `index` has « vous », « tu » or "you" as a pronoun, outside « merci » and "thank you".
fn names_reader_as_pronoun(context: &Context<'_>, index: usize) -> bool {
    let sentence = &context.sentences[index];
    let words = &context.tokens[sentence.first_token..sentence.end_token];
    words.iter().enumerate().any(|(position, token)| {
        matches!(token.word, "vous" | "tu" | "you")
            && !(position > 0 && matches!(words[position - 1].word, "thank" | "merci"))
    })
}

/// Finds « dès 7 h » in a sentence that describes one past event (« je vous ai laissé un message dès 7 h »):
/// the hour something happened. In the present it states opening hours (« joignable dès 8 h »).
fn find_past_hour(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    let pattern = PATTERN.get_or_init(|| {
        Regex::new(r"(?-u)\bdes\s+(?:[01]?[0-9]|2[0-3])\s?h(?:\s?[0-5][0-9])?\b")
            .expect("the past hour pattern is valid")
    });
    let text = &context.folded.text;
    for found in pattern.find_iter(text) {
        if context.is_masked(found.start(), found.end())
            || !context.describes_past_event(context.sentence_at(found.start()))
        {
            continue;
        }
        let mut candidate = Candidate::new(
            found.start(),
            found.end(),
            Category::DateOrTime,
            "date_or_time/date",
            Severity::Warning,
            Fix::Delete,
        );
        candidate.company = Company::ReaderOrFinding;
        candidates.push(candidate);
    }
}

/// True when the noun before a closing « de » has a possessive (« votre appel de », « notre séance
/// de »): what follows dates that thing.
fn owned_by_someone(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    words.next(); // « de »
    words.take(2).any(|word| {
        matches!(word, "votre" | "vos" | "ton" | "ta" | "tes" | "notre" | "nos" | "mon" | "ma" | "mes" | "son" | "sa")
    })
}

/// True when the noun before a closing « de » has a singular definite article (« l'attente de », « la
/// séance de »): the day after it dates that one event. A plural (« les majorations de ») names a kind.
fn names_one_event(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    words.next(); // « de »
    let Some(noun) = words.next() else { return false };
    noun.starts_with("l'") || matches!(words.next(), Some("le" | "la"))
}

/// True when the hour from `start` to `end` opens a range of hours: « de 8h30 à 20h », "from 9:00 to
/// 17:00". Such a range states when the practice works.
fn opens_range_of_hours(text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].trim_start();
    let closes = ["a ", "to ", "-", "jusqu'a "].iter().any(|joiner| {
        after.strip_prefix(joiner).is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    });
    let window_start = crate::text::offsets::floor_char_boundary(text, start.saturating_sub(16));
    closes && opening_hours().is_match(&text[window_start..end])
}

/// True when the time or day at `start` closes a range of opening hours or days (« de 9 h à 17 h »,
/// "Mon–Fri").
fn is_end_of_range(text: &str, start: usize) -> bool {
    let window_start = crate::text::offsets::floor_char_boundary(text, start.saturating_sub(16));
    let before = &text[window_start..start];
    // "Mon–Fri", « lun.-ven. »: the last day of a range of opening days.
    let after_day = before.trim_end().strip_suffix('-').is_some_and(|head| {
        let day = head.trim_end().trim_end_matches('.').rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        matches!(
            day,
            "mon"
                | "tue"
                | "tues"
                | "wed"
                | "thu"
                | "thur"
                | "thurs"
                | "fri"
                | "sat"
                | "sun"
                | "lun"
                | "mar"
                | "mer"
                | "jeu"
                | "ven"
                | "sam"
                | "dim"
        ) || WEEKDAYS.contains(&day)
    });
    after_day || opening_hours().is_match(before)
}

/// True when `matched` at `start` is a year in a sentence of wishes that describes no past event:
/// "wishing you health and happiness in 2026", « meilleurs vœux pour 2027 ».
fn year_ahead_in_wish(context: &Context<'_>, start: usize, matched: &str) -> bool {
    let year = matched.len() >= 4 && matched[matched.len() - 4..].bytes().all(|byte| byte.is_ascii_digit());
    let sentence = context.sentence_at(start);
    let span = &context.sentences[sentence];
    let wishes = context.tokens[span.first_token..span.end_token].iter().any(|token| {
        matches!(token.word, "wishing" | "wish" | "wishes" | "voeux" | "souhaitons" | "souhaite" | "souhaiter")
    });
    year && wishes && !context.describes_past_event(sentence)
}

/// True for a specific day in the past: « mardi dernier », « le lundi précédent », « hier », « la veille », "yesterday".
fn is_past_day(matched: &str) -> bool {
    let weekday_past = WEEKDAYS.iter().any(|day| matched.contains(day))
        && (matched.contains("dernier") || matched.contains("precedent"));
    // "last Tuesday", "that Tuesday": a day the reply and the reader both know.
    let english_weekday_past = (matched.starts_with("last ") || matched.starts_with("that "))
        && ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            .iter()
            .any(|day| matched.contains(day));
    let past = [
        "hier",
        "la veille",
        "ce jour-la",
        "ce jour la",
        "yesterday",
        "that day",
        "that morning",
        "that afternoon",
        "that evening",
        "that night",
        "matin-la",
        "soir-la",
        "apres-midi-la",
        "nuit-la",
        "matinee-la",
        "journee-la",
        "soiree-la",
        "post-op",
        "postop",
        "post-operative",
        "postpartum",
    ];
    weekday_past || english_weekday_past || past.iter().any(|word| matched.contains(word))
}

/// True when the sentence containing `offset` is in the past tense (« était », « avait », « a été »).
pub(super) fn sentence_in_past(context: &Context<'_>, offset: usize) -> bool {
    let sentence = &context.sentences[context.sentence_at(offset)];
    context.tokens[sentence.first_token..sentence.end_token].iter().any(|token| {
        matches!(token.word, "etait" | "etaient" | "avait" | "avaient" | "aviez" | "etiez" | "was" | "were" | "had")
    })
}

/// True when the last word of `before` reads as a past participle (« commencé », « venu »), as folded
/// text: present forms ending in -e match too, so callers also ask for a sentence in the past.
fn follows_participle(before: &str) -> bool {
    let word = before.split_whitespace().next_back().unwrap_or("");
    // « avaient lieu le lundi » names a habit: « lieu » ends like a participle but is a noun.
    word.len() > 3
        && !word.ends_with("eu")
        && ["e", "es", "ee", "ees", "i", "ie", "u", "ue"].iter().any(|ending| word.ends_with(ending))
}

/// True for « le mercredi » alone: a habitual day (« une permanence le mercredi »), not a date.
fn is_habitual_day(matched: &str) -> bool {
    let mut words = matched.split_whitespace();
    matches!((words.next(), words.next(), words.next()), (Some("le"), Some(day), None) if WEEKDAYS.contains(&day))
}

/// True for a bare « le week-end », which means "at weekends" (« en cas de besoin le week-end, appelez le
/// 116 117 », « le soir ou le week-end »), unless the sentence describes a past event or names the reader's
/// visit (« vous êtes venu le week-end »). « ce week-end » or « le week-end dernier » is one weekend.
fn is_out_of_hours_weekend(context: &Context<'_>, start: usize, matched: &str) -> bool {
    if !matches!(matched, "le week-end" | "le weekend" | "le week end") {
        return false;
    }
    let index = context.sentence_at(start);
    let sentence = &context.sentences[index];
    let text = &context.folded.text[sentence.start..sentence.end];
    let out_of_hours = ["le soir", "la nuit", "jours feries", "jour ferie"].iter().any(|period| text.contains(period));
    out_of_hours || !(context.describes_past_event(index) || reader_is_subject_of_care(context, index))
}

const WEEKDAYS: &[&str] = &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

/// Words of a closure notice (« fermé jusqu'au 3 », "closed until the 5th"): a sentence with one is a
/// schedule even when it addresses the reader.
const CLOSURE_WORDS: &[&str] = &[
    "ferme",
    "fermee",
    "fermes",
    "fermees",
    "fermera",
    "fermerons",
    "fermeture",
    "fermetures",
    "conges",
    "reouverture",
    "rouvrira",
    "closed",
    "closure",
    "reopen",
    "reopens",
    "partir",
];

/// Words of a recurring schedule (« chaque mardi », "every Saturday"), besides the closure words.
const HABITUAL_WORDS: &[&str] = &[
    "chaque",
    "every",
    "each",
    "tous",
    "toutes",
    "vacances",
    "reopening",
    "holidays",
    "jusque",
    // « les créneaux se libèrent souvent la veille »: a date in a habit of the practice.
    "souvent",
    "generalement",
    "often",
    "usually",
    // « nous donnons désormais un créneau la veille »: a new rule of the practice.
    "desormais",
    "dorenavant",
];

/// True when the sentence containing `offset` is a closure notice (« fermé jusqu'au 3 », "closed until
/// the 5th").
fn is_closure(context: &Context<'_>, offset: usize) -> bool {
    let sentence = &context.sentences[context.sentence_at(offset)];
    context.tokens[sentence.first_token..sentence.end_token].iter().any(|token| CLOSURE_WORDS.contains(&token.word))
}

/// True when the sentence is a schedule (« chaque premier mardi du mois », "every Saturday in
/// October") that does not address the reader, or a closure notice.
fn in_schedule_sentence(context: &Context<'_>, offset: usize) -> bool {
    let index = context.sentence_at(offset);
    let sentence = &context.sentences[index];
    let words = || context.tokens[sentence.first_token..sentence.end_token].iter().map(|token| token.word);
    let closure = words().any(|word| CLOSURE_WORDS.contains(&word));
    let habitual = closure || words().any(|word| HABITUAL_WORDS.contains(&word));
    (habitual && !context.addresses_reader[index]) || closure || states_schedule(context, index)
}

/// Verbs in the present that state when a routine of the practice starts or ends: « les tournées
/// commencent à 6h30 », "evening clinics start at 18:00".
const ROUTINE_VERBS: &[&str] = &[
    "commence",
    "commencent",
    "debute",
    "debutent",
    "demarre",
    "demarrent",
    "ouvre",
    "ouvrent",
    "ferme",
    "ferment",
    "finit",
    "finissent",
    "termine",
    "terminent",
    "start",
    "starts",
    "begin",
    "begins",
    "open",
    "opens",
    "close",
    "closes",
    "finish",
    "finishes",
];

/// True when the time `matched` at `start` follows a present-tense verb of a routine whose subject is
/// not the reader's: « les tournées commencent à 6h30 » states when the practice works. « votre séance
/// commence à 18 h » stays the reader's.
fn is_routine_time(context: &Context<'_>, start: usize, matched: &str) -> bool {
    if !(matched.starts_with("a ") || matched.starts_with("at ")) {
        return false;
    }
    let Some(first) = context.token_at(start) else { return false };
    let sentence_start = context.sentences[context.tokens[first].sentence].first_token;
    if first == sentence_start || !ROUTINE_VERBS.contains(&context.tokens[first - 1].word) {
        return false;
    }
    // « elle a débuté à 14 h 50 »: the folded participle reads like the present, and the auxiliary
    // before it marks one past event.
    let auxiliary = first - 1 > sentence_start
        && matches!(
            context.tokens[first - 2].word,
            "a" | "ont" | "avait" | "avaient" | "aura" | "est" | "sont" | "etait" | "etaient" | "sera"
        );
    let subject_start = (first - 1).saturating_sub(4).max(sentence_start);
    !auxiliary
        && !context.tokens[subject_start..first - 1]
            .iter()
            .any(|token| matches!(token.word, "votre" | "vos" | "ton" | "ta" | "tes" | "your" | "vous" | "you" | "tu"))
}

/// True when the time `matched` at `start` is when to call or come, right after the verb, outside a
/// sentence about a past event: « n'hésitez pas à rappeler après 10 h », "call before noon".
fn is_time_to_call(context: &Context<'_>, start: usize, matched: &str) -> bool {
    let opens_on_time = ["a ", "at ", "apres ", "after ", "avant ", "before ", "des ", "entre ", "between "]
        .iter()
        .any(|opening| matched.starts_with(opening));
    let Some(first) = context.token_at(start) else { return false };
    let sentence = context.tokens[first].sentence;
    opens_on_time
        && first > context.sentences[sentence].first_token
        && context.data.call_verbs.contains(context.tokens[first - 1].word)
        && !context.describes_past_event(sentence)
}

/// True when the number at `start` follows a verb of calling: « composez le 15 », "dial 911" are
/// emergency numbers, not dates.
fn is_emergency_number(text: &str, start: usize) -> bool {
    let window_start = crate::text::offsets::floor_char_boundary(text, start.saturating_sub(16));
    let before = &text[window_start..start];
    // "your call on the 14th": an ordinal is a date, whatever comes before it.
    let ordinal = text[start..].split_whitespace().take(3).any(|word| {
        let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        word.starts_with(|c: char| c.is_ascii_digit()) && word.ends_with(['t', 'd', 'h'])
    });
    let after_calling = !ordinal
        && ["composez ", "composer ", "appelez ", "appeler ", "faites ", "faire ", "dial ", "call "]
            .iter()
            .any(|verb| before.ends_with(verb));
    // « le 15 vous orientera », « le 112 »: the French and European emergency numbers. « le 18 mars »
    // is a date, whatever else the reply mentions about emergencies.
    let rest = &text[start..];
    let month_follows = rest
        .split_whitespace()
        .nth(2)
        .is_some_and(|word| MONTHS.contains(&word.trim_end_matches(|c: char| !c.is_alphanumeric())));
    let emergency =
        ["le 15 ", "le 15,", "le 15.", "le 112", "le 114", "le 115", "le 116", "le 3114", "le 17 ", "le 18 "]
            .iter()
            .any(|number| rest.starts_with(number))
            && [
                "urgence",
                "garde",
                "samu",
                "orient",
                "secours",
                "pompiers",
                "police",
                "emergency",
                "joignable",
                "116 117",
                "a toute heure",
                "24h/24",
                "24 h/24",
            ]
            .iter()
            .any(|word| text.contains(word));
    after_calling || (emergency && !month_follows)
}

/// French month names, folded.
const MONTHS: &[&str] = &[
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// Returns the first word of `rest`, without the punctuation around it: « av. » gives « av », and
/// « avec » stays « avec », not the street abbreviation « av ».
fn next_word(rest: &str) -> &str {
    let rest = rest.trim_start();
    let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    &rest[..end]
}

/// Trims spaces around a match so the span starts and ends on words.
fn trim_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end().len();
    (start + leading, end - trailing)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(lang: Lang, text: &str) -> Vec<String> {
        regex(lang).find_iter(text).map(|found| found.as_str().trim().to_string()).collect()
    }

    #[test]
    fn finds_french_dates_and_times() {
        let table = [
            ("votre consultation du 14 mars a 18h", vec!["du 14 mars", "a 18h"]),
            ("la seance de mardi dernier", vec!["mardi dernier"]),
            ("le rappel envoye le lundi precedent", vec!["le lundi precedent"]),
            ("il y a deux semaines", vec!["il y a deux semaines"]),
            ("fixe a 10h15", vec!["a 10h15"]),
            ("le frottis dans un an", vec!["dans un an"]),
            ("une nette difference d'ici l'ete", vec!["d'ici l'ete"]),
            ("cicatrise d'ici trois semaines", vec!["d'ici trois semaines"]),
            ("accorde des la premiere demande", vec!["des la premiere demande"]),
            ("a demain comme d'habitude", vec!["comme d'habitude"]),
        ];
        for (text, expected) in table {
            assert_eq!(spans(Lang::Fr, text), expected, "{text:?}");
        }
    }

    #[test]
    fn ignores_opening_hours_and_delays() {
        for text in ["joignable des 8 h", "sous 48 h", "ouvert 7j/7"] {
            assert!(spans(Lang::Fr, text).is_empty(), "{text:?}: {:?}", spans(Lang::Fr, text));
        }
        assert!(is_end_of_range("de 9 h a 17 h", "de 9 h ".len()));
        assert!(schedule().is_match("joignable du lundi au vendredi"));
        assert!(schedule().is_match("open monday to friday"));
        assert!(
            is_end_of_range("8 a.m. to 8 p.m.", "8 a.m. to ".len()) || spans(Lang::En, "8 a.m. to 8 p.m.").is_empty()
        );
    }

    #[test]
    fn finds_english_dates_and_times() {
        let table = [
            ("you checked in at 2:45 for a 2:00 appointment", vec!["at 2:45", "2:00"]),
            ("see you in october", vec!["in october"]),
            ("come back in 10 days", vec!["in 10 days"]),
            ("since the spring", vec!["since the spring"]),
            ("come so far since summer", vec!["since summer"]),
        ];
        for (text, expected) in table {
            assert_eq!(spans(Lang::En, text), expected, "{text:?}");
        }
    }
}

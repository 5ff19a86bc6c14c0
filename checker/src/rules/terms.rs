//! Health, billing and relative vocabulary tied to the reviewer.
//!
//! A term of the lexicon is a finding when something ties it to the reader: a second-person or
//! demonstrative determiner (« votre genou », « ces séances », "that knee"), or a definite article in
//! a sentence that addresses the reader (« Ravi que le détartrage se soit bien passé, … vous … »).
//! Strong terms (a disease, a drug) are findings even without a tie. Nothing is a finding in a
//! general statement (« pour tous nos patients », "any individual's treatment"). At strict strictness
//! every health word outside the signature is a warning.

use super::{Candidate, Company, Fix};
use crate::category::Category;
use crate::context::Context;
use crate::lexicon::{Strength, TermHit};
use crate::report::Severity;
use crate::request::{Lang, Strictness};

/// The relation that the words before a term give it to the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tie {
    /// « votre », « vos », « ce », "your", "those": this term is the reader's.
    Determiner,
    /// « le », « la », "the": specific, but whose depends on the sentence.
    Article,
    /// « tout », « chaque », « notre », "any", "our": general or the practice's.
    General,
    /// Nothing before it.
    Bare,
}

/// True when a term names care in the plural, or before a verb of how it works, as the subject of a
/// clause that neither speaks to the reader nor describes a past event. Examples: « les séances ne sont
/// pas remboursées, je vous l'avais dit », "Sessions cancelled by the clinic are never charged".
/// Such a clause describes the practice, even in a sentence that goes on about the reader.
/// As an object (« bravo d'avoir tenu bon pendant les injections ») the care may be the reader's.
pub fn names_care_in_general(context: &Context<'_>, hit: &TermHit) -> bool {
    let Some(first) = context.token_at(hit.start) else { return false };
    let tie = tie_before(context, first);
    // « le dépistage du diabète gestationnel suit les recommandations »: the verb may follow the
    // care's complement.
    let before_verb_after_complement =
        || complement_end(context, hit.end).is_some_and(|complement| before_generic_verb(context, complement));
    let generic = match tie {
        Tie::Bare => in_plural_phrase(context, first, hit.end),
        Tie::Article => {
            in_plural_phrase(context, first, hit.end)
                || before_generic_verb(context, hit.end)
                || before_verb_after_complement()
        }
        _ => false,
    };
    if !generic {
        return false;
    }
    let (clause_first, clause_end) = context.clause_around(first);
    // The term opens the clause, or ends a subject that an article opens within a few words: « les
    // délais de transmission des résultats dépendent du laboratoire ».
    let opens_clause = context.tokens[clause_first..first].iter().all(|token| {
        is_article(token.word)
            || matches!(token.word, "de" | "d" | "des" | "of" | "et" | "mais" | "car" | "and" | "but")
            || (token.word.len() > 3 && token.word.ends_with(['s', 'x']))
    }) || (is_article(context.tokens[clause_first].word) && first - clause_first <= 6);
    opens_clause && !context.clause_speaks_to_reader(first) && !context.has_past_event_between(clause_first, clause_end)
}

/// Returns the end of the term that completes the care ending at byte `end`, through « de », « du »,
/// « des » or "of" and an article: « dépistage » + « du diabète gestationnel ».
fn complement_end(context: &Context<'_>, end: usize) -> Option<usize> {
    let mut next = context.tokens.partition_point(|token| token.start < end);
    if !matches!(context.tokens.get(next)?.word, "de" | "du" | "des" | "d" | "of") {
        return None;
    }
    next += 1;
    if matches!(context.tokens.get(next)?.word, "la" | "le" | "l" | "les" | "the") {
        next += 1;
    }
    let start = context.tokens.get(next)?.start;
    context.terms.iter().filter(|hit| hit.start == start).map(|hit| hit.end).max()
}

/// True when the term at token `first` completes care named in general (« le dépistage du diabète
/// gestationnel suit les recommandations nationales »): the disease is what that care looks for in
/// anyone.
pub fn completes_care_in_general(context: &Context<'_>, first: usize) -> bool {
    let mut cursor = first;
    if cursor > 0 && matches!(context.tokens[cursor - 1].word, "la" | "le" | "l" | "les" | "the") {
        cursor -= 1;
    }
    if cursor == 0 || !matches!(context.tokens[cursor - 1].word, "de" | "du" | "des" | "d" | "of") {
        return false;
    }
    let head_end = context.tokens[cursor - 1].start;
    context.terms.iter().any(|hit| {
        let term = context.data.terms.term(hit.term);
        let before = context.folded.text.get(hit.end..head_end).is_some_and(|gap| gap.trim().is_empty());
        before
            && matches!(term.category, Category::Treatment | Category::TestOrResult)
            && context.token_at(hit.start).is_some_and(|head| tie_before(context, head) != Tie::Determiner)
            && names_care_in_general(context, hit)
    })
}

/// True when the word after byte `end` is a verb that states how something works: « l'accompagnement
/// psychologique repose sur la confiance », « la rééducation demande du temps », « la contention fait
/// partie du traitement », « la préparation à la naissance se fait en petits groupes ».
/// So does « être » before how it is paid, offered or shown: « la rééducation périnéale est remboursée
/// sur prescription », "physio is covered after a hospital stay", « le tarif est affiché ».
fn before_generic_verb(context: &Context<'_>, end: usize) -> bool {
    let next = context.tokens.partition_point(|token| token.start < end);
    let word = |index: usize| context.tokens.get(index).map_or("", |token| token.word);
    let states_how = matches!(
        word(next),
        "repose"
            | "reposent"
            | "permet"
            | "permettent"
            | "necessite"
            | "necessitent"
            | "demande"
            | "demandent"
            | "consiste"
            | "consistent"
            | "vise"
            | "visent"
            | "suit"
            | "suivent"
            | "depend"
            | "dependent"
            | "varie"
            | "varient"
            | "dure"
            | "durent"
            | "relies"
            | "requires"
            | "aims"
            | "involves"
            | "depends"
            | "varies"
            | "lasts"
            | "follows"
    ) || (matches!(word(next), "fait" | "font") && word(next + 1) == "partie")
        || (word(next) == "se"
            && matches!(word(next + 1), "poursuit" | "poursuivent" | "deroule" | "deroulent" | "fait" | "font"));
    let paid_or_offered = matches!(word(next), "est" | "sont" | "is" | "are")
        && matches!(
            word(next + 1),
            "remboursee"
                | "rembourse"
                | "remboursees"
                | "rembourses"
                | "prise"
                | "pris"
                | "proposee"
                | "propose"
                | "proposees"
                | "proposes"
                | "facturee"
                | "facture"
                | "facturees"
                | "factures"
                | "covered"
                | "reimbursed"
                | "affiche"
                | "affiches"
                | "affichee"
                | "affichees"
                | "displayed"
                | "posted"
                | "listed"
                | "funded"
                | "offered"
                | "available"
                | "free"
                | "gratuite"
                | "gratuit"
        );
    states_how || paid_or_offered
}

/// True when the term from token `first` to byte `end` is a plural noun or completes one: « les
/// séances », « des demandes de bilan », "Sessions", "the prices of fillings".
pub fn in_plural_phrase(context: &Context<'_>, first: usize, end: usize) -> bool {
    // NOTE: any word of four letters or more that ends in s or x counts as plural, so invariable words
    // such as « devis » or « jamais » do too.
    let plural = |word: &str| word.len() > 3 && (word.ends_with('s') || word.ends_with('x'));
    // The entry « séance » matches « séances » without its ending: the plural is the word's.
    if end > 0 && context.token_at(end - 1).is_some_and(|last| plural(context.tokens[last].word)) {
        return true;
    }
    let sentence_start = context.sentences[context.tokens[first].sentence].first_token;
    // "medication management visits": an English term before a plural noun of care it qualifies.
    let next = context.tokens.partition_point(|token| token.start < end);
    let qualifies_plural = context.tokens.get(next).is_some_and(|token| {
        token.sentence == context.tokens[first].sentence && context.data.qualified_plurals.contains(token.word)
    });
    if qualifies_plural {
        return true;
    }
    // « pour les IRM »: a word the same in both numbers takes it from its article.
    if first > sentence_start && matches!(context.tokens[first - 1].word, "les" | "des" | "aux") {
        return true;
    }
    first >= sentence_start + 2
        && matches!(context.tokens[first - 1].word, "de" | "d" | "of" | "for")
        && plural(context.tokens[first - 2].word)
}

/// Returns how the words before token `first` tie the term that starts there to the reader.
pub fn tie_before(context: &Context<'_>, first: usize) -> Tie {
    // « votre fille », "your son": a lexicon entry that opens with its own possessive is the reader's,
    // whatever comes before it (« nous avons fait notre possible : votre fille … »).
    if matches!(context.tokens[first].word, "votre" | "vos" | "ton" | "ta" | "tes" | "your") {
        return Tie::Determiner;
    }
    let sentence_start = context.sentences[context.tokens[first].sentence].first_token;
    let mut cursor = first;
    let mut steps = 0;
    while cursor > sentence_start && steps < 4 {
        cursor -= 1;
        steps += 1;
        let word = context.tokens[cursor].word;
        if context.data.tying_determiners.contains(word) {
            // "that" after a noun is a relative pronoun ("any mole that changes shape"), not a determiner.
            // After a preposition or a verb of care ("mind that hamstring", "rest that ankle") it points
            // at one thing.
            let previous =
                cursor.checked_sub(1).filter(|&index| index >= sentence_start).map(|index| context.tokens[index].word);
            let relative_that = word == "that"
                && previous.is_some_and(|previous| {
                    !matches!(
                        previous,
                        "on" | "with"
                            | "for"
                            | "about"
                            | "in"
                            | "at"
                            | "from"
                            | "to"
                            | "of"
                            | "give"
                            | "keep"
                            | "is"
                            | "was"
                            | "and"
                            | "hope"
                            | "glad"
                            | "how"
                            | "treat"
                            | "treating"
                            | "after"
                            | "hear"
                            | "heard"
                            | "see"
                            | "saw"
                            | "know"
                            | "happy"
                            | "read"
                            | "mind"
                            | "rest"
                            | "ice"
                            | "protect"
                            | "stretch"
                            | "strap"
                            | "tape"
                            | "elevate"
                            | "spare"
                            | "wear"
                            | "wears"
                            | "wearing"
                    )
                });
            if relative_that {
                return Tie::Bare;
            }
            // "for those without insurance", "those who": a pronoun for anyone, not a determiner.
            let pronoun = word == "those"
                && matches!(
                    context.tokens.get(cursor + 1).map(|token| token.word),
                    Some("who" | "without" | "with" | "under" | "over" | "aged" | "whose" | "in" | "on")
                );
            // "your nearest emergency department", "your local pharmacy": wherever the reader is.
            let nearest_place = (cursor + 1..first)
                .any(|index| matches!(context.tokens[index].word, "nearest" | "closest" | "local" | "nearby"));
            if pronoun || nearest_place {
                return Tie::General;
            }
            // « les prochains ateliers » announces sessions open to all, but « la prochaine FIV » stays
            // the reader's.
            let plural_schedule = previous == Some("les") && matches!(word, "prochains" | "prochaines");
            if plural_schedule {
                return Tie::Article;
            }
            return Tie::Determiner;
        }
        if context.data.general_determiners.contains(word) {
            if matches!(word, "our" | "nos" | "notre") && care_shared_with_reader(context, cursor, first) {
                return Tie::Determiner;
            }
            return Tie::General;
        }
        if context.data.third_person_possessives.contains(word) {
            let sentence = context.tokens[first].sentence;
            // « votre fils … son trouble », "your little one … his fever": a relative named anywhere
            // before in the reply is who the possessive points at.
            // "we're sorry Noah had to wait with his fever": a given name before the possessive, in its
            // sentence or the one before (« les séances de Léo. Sa dyslexie … »).
            let sentence_start = context.sentences[sentence.saturating_sub(1)].first_token;
            let names_someone = (sentence_start..first).any(|index| {
                context.is_capitalized(index)
                    && crate::lexicon::is_first_name(context.tokens[index].word)
                    && !context.is_reviewer_word(context.tokens[index].word)
            });
            let about_someone = names_someone
                || context.addresses_reader[sentence]
                || mentions_someones_relative(context, context.tokens[cursor].start)
                // "Parents sit in with their child" speaks of every family, whoever wrote the review.
                || (!matches!(word, "leur" | "leurs" | "their") && review_names_own_relative(context));
            return if about_someone { Tie::Determiner } else { Tie::Bare };
        }
        if is_article(word) {
            // « 80 € la séance », "£60 a session": a price per act. « remboursée comme la séance »: a
            // comparison with that care in general.
            if cursor > sentence_start
                && (follows_price(context, cursor) || matches!(context.tokens[cursor - 1].word, "comme" | "like"))
            {
                return Tie::General;
            }
            // « toutes les prothèses », "all the patients": the article after a general determiner.
            let before =
                cursor.checked_sub(1).filter(|&index| index >= sentence_start).map(|index| context.tokens[index].word);
            if before.is_some_and(|before| context.data.general_determiners.contains(before)) {
                return Tie::General;
            }
            if follows_general_question(context, cursor, sentence_start) {
                return Tie::General;
            }
            return Tie::Article;
        }
        if !is_linking_word(word)
            && !context
                .terms
                .iter()
                .any(|hit| hit.start <= context.tokens[cursor].start && context.tokens[cursor].end <= hit.end)
            && steps > 1
        {
            // « toute attente de résultats », "any delay in results": a general determiner before the
            // noun that governs the term makes it general too.
            let governed = matches!(context.tokens[cursor + 1].word, "de" | "d" | "of" | "in" | "for");
            let general_before =
                cursor > sentence_start && context.data.general_determiners.contains(context.tokens[cursor - 1].word);
            // « selon le type d'échographie », "the kind of scan": a kind of care, not one act.
            // « en cas de maladie », "in case of illness": any such case.
            let before = (cursor > sentence_start).then(|| context.tokens[cursor - 1].word);
            let kind_of = matches!(word, "type" | "types" | "sorte" | "sortes" | "genre" | "kind" | "kinds" | "sort")
                || (word == "cas" && before == Some("en"))
                || (word == "case" && before == Some("in"));
            if governed && (general_before || kind_of) {
                return Tie::General;
            }
            return Tie::Bare;
        }
    }
    Tie::Bare
}

/// True when the word before token `article` ends a price: « 80 € la séance », « 50 euros la
/// consultation », "$120 a session".
fn follows_price(context: &Context<'_>, article: usize) -> bool {
    let before = &context.tokens[article - 1];
    let between = &context.folded.text[before.end..context.tokens[article].start];
    let number = before.word.bytes().all(|byte| byte.is_ascii_digit());
    (number && between.contains(['€', '$', '£']))
        || matches!(before.word, "euros" | "euro" | "eur" | "chf" | "dollars" | "pounds" | "livres")
}

/// Words that point at the reader: the second-person pronouns and possessives.
fn is_second_person_word(word: &str) -> bool {
    matches!(word, "you" | "your" | "vous" | "votre" | "vos" | "te" | "t" | "ton" | "ta" | "tes")
}

/// True when the care event after the first-person plural possessive at token `possessive` is one the
/// reader took part in: "your progress in our CBT sessions", « vos progrès pendant nos séances », "our
/// sessions really helped you", « nos séances ont aidé votre fils ». « Nos séances durent 45 minutes »
/// and "our sessions can be booked by you online" describe the practice's offer and stay general.
fn care_shared_with_reader(context: &Context<'_>, possessive: usize, first: usize) -> bool {
    let sentence = &context.sentences[context.tokens[first].sentence];
    let tokens = &context.tokens[sentence.first_token..sentence.end_token];
    let local = first - sentence.first_token;
    let care_event = tokens[local..].iter().take(3).any(|token| {
        matches!(
            token.word,
            "session"
                | "sessions"
                | "appointment"
                | "appointments"
                | "visit"
                | "visits"
                | "consultation"
                | "consultations"
                | "seance"
                | "seances"
                | "rendez-vous"
                | "entretien"
                | "entretiens"
        )
    });
    if !care_event {
        return false;
    }

    // "your progress in our sessions": the reader's noun, then a preposition of time or place.
    let position = possessive - sentence.first_token;
    let preposition = position.checked_sub(1).map(|index| tokens[index].word);
    let joined = matches!(
        preposition,
        Some("in" | "during" | "through" | "throughout" | "over" | "since" | "pendant" | "durant" | "depuis" | "lors")
    ) || (preposition == Some("de")
        && position.checked_sub(2).is_some_and(|index| matches!(tokens[index].word, "lors" | "cours" | "fil")));
    if joined && tokens[position.saturating_sub(5)..position - 1].iter().any(|token| is_second_person_word(token.word))
    {
        return true;
    }

    // "our CBT sessions really helped you", « nos séances vous ont aidée »: a verb of the past then the
    // reader among the next words.
    let after = &tokens[local + 1..tokens.len().min(local + 8)];
    let past_verb = after.iter().enumerate().position(|(index, token)| {
        let passive_or_modal = index.checked_sub(1).is_some_and(|previous| {
            matches!(
                after[previous].word,
                "is" | "are"
                    | "be"
                    | "been"
                    | "being"
                    | "can"
                    | "could"
                    | "will"
                    | "would"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
                    | "get"
                    | "gets"
            )
        });
        let word = token.word;
        let english_past =
            word.len() > 4 && word.ends_with("ed") || matches!(word, "made" | "gave" | "got" | "brought" | "took");
        let french_auxiliary = matches!(word, "ont" | "avaient");
        (english_past && !passive_or_modal) || french_auxiliary
    });

    past_verb.is_some_and(|verb| {
        after[verb.saturating_sub(1)..].iter().take(5).enumerate().any(|(index, token)| {
            is_second_person_word(token.word)
                && !(index > 0 && matches!(after[verb.saturating_sub(1) + index - 1].word, "like" | "comme"))
        })
    })
}

/// True when a general determiner, a noun and a preposition come before the article at token `article`,
/// as in « toute question sur les honoraires » or "any questions about the fees". Also true after a
/// noun of information material and a preposition (« des informations sur la vaccination »). The
/// noun after the article is then a topic any reader may ask about, not the reader's own.
fn follows_general_question(context: &Context<'_>, article: usize, sentence_start: usize) -> bool {
    if article < sentence_start + 3 {
        return false;
    }
    // « … sur la vaccination et le dépistage »: a topic joined to the first one shares its reading.
    if matches!(context.tokens[article - 1].word, "et" | "ou" | "and" | "or") {
        let earlier_article = (sentence_start..article - 1)
            .rev()
            .take(4)
            .find(|&index| is_article(context.tokens[index].word) && index < article - 2);
        return earlier_article.is_some_and(|index| follows_general_question(context, index, sentence_start));
    }
    let preposition = context.tokens[article - 1].word;
    let noun = context.tokens[article - 2].word;
    let determiner = context.tokens[article - 3].word;
    // « des informations sur la vaccination », "advice on the flu jab": material on a topic, for anyone.
    let material = matches!(
        noun,
        "informations"
            | "information"
            | "conseils"
            | "fiches"
            | "brochures"
            | "depliants"
            | "ressources"
            | "advice"
            | "tips"
            | "leaflets"
            | "leaflet"
            | "brochure"
            | "resources"
            | "guidance"
    );
    // « notre secrétariat vous renseigne volontiers sur les assurances complémentaires »: a verb of
    // informing, right before the preposition or one adverb earlier, offers the same material.
    let informing = |word: &str| {
        matches!(
            word,
            "renseigne"
                | "renseignera"
                | "renseigner"
                | "renseignent"
                | "informe"
                | "informera"
                | "informer"
                | "informent"
        )
    };
    matches!(preposition, "sur" | "concernant" | "about" | "regarding" | "on")
        && (context.data.general_determiners.contains(determiner)
            || material
            || informing(noun)
            || informing(determiner))
}

/// True when a general marker and then a colon come before token `first` in its sentence: "A reminder
/// for everyone: check your moles", « Rappel pour tous : pensez à vos vaccins ». What follows the colon
/// speaks to every reader. So does a sentence that a later clause sums up as true for everyone.
fn addressed_to_everyone(context: &Context<'_>, first: usize) -> bool {
    let sentence = &context.sentences[context.tokens[first].sentence];
    let mut marker_end = None;
    context.data.general.for_each_match(
        &context.tokens,
        &context.word_ids,
        sentence.first_token,
        first,
        |_, end, _| {
            marker_end = Some(marker_end.map_or(end, |previous: usize| previous.min(end)));
        },
    );
    let announced = marker_end.is_some_and(|marker_end| {
        let gap_start = context.tokens[marker_end - 1].end;
        let gap_end = context.tokens[first].start;
        gap_start < gap_end && context.folded.text[gap_start..gap_end].contains(':')
    });
    announced || summed_up_for_everyone(context, first)
}

/// True when a later clause of the sentence of token `first` sums it up as true for everyone: « faites
/// contrôler vos grains de beauté une fois par an, c'est valable pour tout le monde », "check your moles
/// once a year, this goes for everyone". The clause opens on a pronoun and does not speak to the reader.
fn summed_up_for_everyone(context: &Context<'_>, first: usize) -> bool {
    let sentence = &context.sentences[context.tokens[first].sentence];
    let (_, term_clause_end) = context.clause_around(first);
    let mut found = false;
    context.data.general.for_each_match(
        &context.tokens,
        &context.word_ids,
        term_clause_end.min(sentence.end_token),
        sentence.end_token,
        |start, _, _| {
            let (clause_first, _) = context.clause_around(start);
            found |=
                matches!(context.tokens[clause_first].word, "ce" | "cela" | "ca" | "ceci" | "this" | "that" | "it")
                    && !context.clause_speaks_to_reader(start);
        },
    );
    found
}

/// True when the words after a term compare it to the reader's: "adjustments like yours",
/// « des douleurs comme les vôtres ».
fn compared_to_readers(context: &Context<'_>, term_end: usize) -> bool {
    let next = context.tokens.partition_point(|token| token.start < term_end);
    let words: Vec<&str> = context.tokens[next..].iter().take(3).map(|token| token.word).collect();
    matches!(
        words.as_slice(),
        ["like" | "as", "yours", ..]
            | ["such", "as", "yours", ..]
            | ["comme", "le" | "la" | "les", "votre" | "votres" | "tien" | "tienne" | "tiens" | "tiennes", ..]
    )
}

/// True when a term in the plural, with no determiner that ties it to the reader, names what the
/// practice offers in a sentence that states a recurring schedule: « les séances collectives reprennent
/// le mardi soir », "the sessions now run on Saturday mornings".
pub fn is_offered_on_schedule(context: &Context<'_>, hit: &TermHit, tie: Tie) -> bool {
    // French marks the plural on the head word (« séances de kiné »), English on the last one
    // ("physio sessions").
    let mut words = context.folded.text[hit.start..hit.end].split(|c: char| !c.is_alphanumeric());
    let head = match context.lang {
        Lang::Fr => words.next(),
        Lang::En => words.rfind(|word| !word.is_empty()),
    };
    let plural = head.is_some_and(|word| word.ends_with(['s', 'x']));
    plural
        && matches!(tie, Tie::Article | Tie::Bare)
        && super::dates::states_schedule(context, context.sentence_at(hit.start))
}

/// True when the determiner before token `first` is a second-person possessive (« votre », "your").
fn is_second_person_possessive(context: &Context<'_>, first: usize) -> bool {
    let start = context.sentences[context.tokens[first].sentence].first_token;
    (start..first)
        .rev()
        .take(4)
        .any(|index| matches!(context.tokens[index].word, "votre" | "vos" | "ton" | "ta" | "tes" | "your"))
}

/// Returns the health terms of sentence `sentence` other than `hit`, outside masked spans.
fn other_health_terms<'h>(
    context: &'h Context<'_>,
    hits: &'h [(TermHit, &crate::lexicon::Term)],
    hit: &'h TermHit,
    sentence: usize,
) -> impl Iterator<Item = &'h (TermHit, &'h crate::lexicon::Term)> {
    hits.iter().filter(move |(other, other_term)| {
        other.start != hit.start
            && other_term.category.is_health()
            && !context.is_masked(other.start, other.end)
            && context.sentence_at(other.start) == sentence
    })
}

/// True when "left" or "right" comes just before the body part that starts at token `first` and ends
/// at `end` ("your left eye"). "on your right hand side" gives a direction, not a body part. French
/// needs no such test: a possessive already ties an everyday body word (« votre main droite »).
fn names_side(context: &Context<'_>, first: usize, end: usize) -> bool {
    let sentence = &context.sentences[context.tokens[first].sentence];
    let before = (first > sentence.first_token).then(|| context.tokens[first - 1].word);
    let next = context.tokens.partition_point(|token| token.start < end);
    let after = (next < sentence.end_token).then(|| context.tokens[next].word);
    context.lang == Lang::En && matches!(before, Some("left" | "right")) && !matches!(after, Some("side" | "sides"))
}

/// True when sentence `sentence` contains, besides `hit`, a health term that a sentence addressing the
/// reader makes a finding by itself: a strong one, or one after an article or a determiner.
fn names_health_outright(
    context: &Context<'_>,
    hits: &[(TermHit, &crate::lexicon::Term)],
    hit: &TermHit,
    sentence: usize,
) -> bool {
    other_health_terms(context, hits, hit, sentence).any(|(other, other_term)| {
        other_term.strength == Strength::Strong
            || (other_term.strength == Strength::Medium
                && context
                    .token_at(other.start)
                    .is_some_and(|first| matches!(tie_before(context, first), Tie::Article | Tie::Determiner)))
    })
}

/// True when sentence `sentence` contains, besides `hit`, a health term of medium or strong strength.
fn names_health_beside(
    context: &Context<'_>,
    hits: &[(TermHit, &crate::lexicon::Term)],
    hit: &TermHit,
    sentence: usize,
) -> bool {
    other_health_terms(context, hits, hit, sentence).any(|(_, other_term)| other_term.strength >= Strength::Medium)
}

/// True when a singular article before token `first` follows a verb of prescribing whose subject is
/// « je » or "I": « je ne peux pas renouveler le lithium », "I stopped the metformin".
fn prescriber_acts_on(context: &Context<'_>, first: usize) -> bool {
    let start = context.sentences[context.tokens[first].sentence].first_token;
    let Some(article) = (start..first).rev().take(2).find(|&index| is_article(context.tokens[index].word)) else {
        return false;
    };
    if !matches!(context.tokens[article].word, "le" | "la" | "the") || article == start {
        return false;
    }
    let verb = context.tokens[article - 1].word;
    let prescribing = [
        "renouvel", "prescri", "arret", "augment", "diminu", "baiss", "renew", "refill", "prescrib", "stopp",
        "increas", "reduc", "lower",
    ]
    .iter()
    .any(|stem| verb.starts_with(stem))
        || matches!(verb, "stop" | "switch" | "switched");
    let first_person =
        (start..article - 1).rev().take(5).any(|index| matches!(context.tokens[index].word, "je" | "j" | "i"));
    prescribing && first_person
}

/// True when sentence `sentence` has a first-person subject and an adverb of habit (« je ne prescris
/// jamais », "we always check"): it states how the practice works, not what one person received.
fn states_habit(context: &Context<'_>, sentence: usize) -> bool {
    let span = &context.sentences[sentence];
    let words = &context.tokens[span.first_token..span.end_token];
    let habit = words.iter().any(|token| {
        matches!(token.word, "jamais" | "toujours" | "systematiquement" | "never" | "always" | "routinely")
    });
    let first_person = words.iter().any(|token| matches!(token.word, "je" | "j" | "nous" | "on" | "i" | "we"));
    habit && first_person
}

/// True when one category is a body part or symptom and the other a treatment, in either order.
fn is_body_and_care(one: Category, other: Category) -> bool {
    matches!(
        (one, other),
        (Category::SymptomOrBodyPart, Category::Treatment) | (Category::Treatment, Category::SymptomOrBodyPart)
    )
}

/// True when a demonstrative (« ce », « cette », "that", "those") is among the three words before
/// token `first` in its sentence.
fn is_demonstrative_before(context: &Context<'_>, first: usize) -> bool {
    let start = context.sentences[context.tokens[first].sentence].first_token;
    (start..first).rev().take(3).any(|index| {
        matches!(context.tokens[index].word, "ce" | "cet" | "cette" | "ces" | "that" | "this" | "those" | "these")
    })
}

/// True when an ordinal comes right before token `first` in its sentence: « un premier bébé », « le
/// deuxième enfant ».
fn is_ranked(context: &Context<'_>, first: usize) -> bool {
    let start = context.sentences[context.tokens[first].sentence].first_token;
    first > start
        && matches!(
            context.tokens[first - 1].word,
            "premier" | "premiere" | "deuxieme" | "second" | "seconde" | "troisieme" | "quatrieme"
        )
}

/// True when the sentence tells the reader's past state: « vous aviez mal au dos », "you had a fever".
fn tells_reader_past(context: &Context<'_>, sentence: usize) -> bool {
    let words = &context.tokens[context.sentences[sentence].first_token..context.sentences[sentence].end_token];
    words.windows(2).any(|pair| {
        matches!(pair[0].word, "vous" | "tu" | "you")
            && matches!(
                pair[1].word,
                "aviez" | "avais" | "souffriez" | "souffrais" | "ressentiez" | "etiez" | "etais" | "had" | "suffered"
            )
    })
}

/// True when the words after byte `end` are an object pronoun of the reader (« la CNS vous remboursera »,
/// « ne vous a pas remboursé », "the NHS sent you").
fn acts_on_reader(context: &Context<'_>, end: usize) -> bool {
    let next = context.tokens.partition_point(|token| token.start < end);
    let word = |index: usize| context.tokens.get(index).map_or("", |token| token.word);
    let pronoun = if matches!(word(next), "ne" | "n") { next + 1 } else { next };
    matches!(word(pronoun), "vous" | "te" | "t")
        || (context.lang == Lang::En && word(next + 1) == "you" && word(next).len() > 2)
}

/// True when sentence `index` has a second-person possessive: « votre attestation », "your card".
fn names_readers_own(context: &Context<'_>, index: usize) -> bool {
    let sentence = &context.sentences[index];
    context.tokens[sentence.first_token..sentence.end_token]
        .iter()
        .any(|token| matches!(token.word, "votre" | "vos" | "ton" | "ta" | "tes" | "your"))
}

/// True when the sentence names a relative of the reader: « votre père », "your dad's".
fn mentions_readers_relative(context: &Context<'_>, sentence: usize) -> bool {
    context.terms.iter().any(|hit| {
        if context.data.terms.term(hit.term).category != Category::Relative
            || context.sentence_at(hit.start) != sentence
        {
            return false;
        }
        // The lexicon has entries that include the possessive ("your dad").
        context.token_at(hit.start).is_some_and(|first| {
            is_second_person_possessive(context, first)
                || matches!(context.tokens[first].word, "votre" | "vos" | "ton" | "ta" | "tes" | "your")
        })
    })
}

/// True when the sentence states one act of care or one decision in the compound past or the passive (« le
/// médecin a voulu », « une échographie a été demandée », « n'a pas pu être signé »). The auxiliary is
/// read in the original text, where « a » is not the preposition « à ». News of the practice (« la
/// campagne de vaccination a débuté ») and experience (« elle a pratiqué la chirurgie ») have a participle
/// outside the list.
fn states_past_act(context: &Context<'_>, sentence: usize) -> bool {
    const ACTS: &[&str] = &[
        "pu",
        "voulu",
        "dit",
        "vu",
        "signe",
        "demande",
        "prescrit",
        "pose",
        "diagnostique",
        "constate",
        "entendu",
        "decouvert",
        "detecte",
        "annonce",
        "montre",
        "explique",
        "refuse",
        "retrouve",
        "transmis",
        "envoye",
        "note",
        "observe",
        "ausculte",
        "examine",
    ];
    let is_act = |word: &str| {
        let stem = word.trim_end_matches(['e', 's']);
        ACTS.iter().any(|act| act.trim_end_matches(['e', 's']) == stem)
    };
    let span = &context.sentences[sentence];
    let adverb =
        |index: usize| matches!(context.tokens[index].word, "pas" | "bien" | "deja" | "donc" | "pourtant" | "alors");
    (span.first_token..span.end_token).any(|index| {
        let token = &context.tokens[index];
        if !matches!(context.original_text(token.start, token.end), "a" | "ont") {
            return false;
        }
        let mut next = (index + 1..span.end_token).find(|&next| !adverb(next));
        if next.is_some_and(|found| context.tokens[found].word == "ete") {
            next = next.and_then(|found| (found + 1..span.end_token).find(|&after| !adverb(after)));
        }
        // « le ministère a demandé que la vaccination soit renforcée » reports a rule, not an act of care.
        next.is_some_and(|found| {
            is_act(context.tokens[found].word)
                && context.tokens.get(found + 1).is_none_or(|after| !matches!(after.word, "que" | "qu"))
        })
    })
}

/// True when the review speaks of the reviewer's own relative (« pas de place pour mon père »): a
/// third-person possessive in the reply (« sa maladie de Parkinson ») then points at that relative.
pub fn review_names_own_relative(context: &Context<'_>) -> bool {
    let Some(review) = &context.review else { return false };
    review.terms.iter().any(|hit| {
        if context.data.terms.term(hit.term).category != Category::Relative {
            return false;
        }
        let before = review.folded.text[..hit.start].trim_end();
        let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        matches!(word, "mon" | "ma" | "mes" | "notre" | "nos" | "my" | "our")
    })
}

/// True when the reply names a relative of someone in particular before offset `before`, which is the
/// offset of a third-person possessive. A plural with nothing before it names everyone's relatives ("Parents are welcome
/// to sit in with their child", "children and their families"), so a possessive after it points at no
/// one.
fn mentions_someones_relative(context: &Context<'_>, before: usize) -> bool {
    context.terms.iter().any(|hit| {
        context.data.terms.term(hit.term).category == Category::Relative
            && hit.end <= before
            && !names_group_in_general(context, hit)
    })
}

/// True when the relative term `hit` is a bare plural such as "parents" or "children": no determiner,
/// article, possessive or number before it.
fn names_group_in_general(context: &Context<'_>, hit: &TermHit) -> bool {
    let matched = &context.folded.text[hit.start..hit.end];
    let plural = matched.ends_with('s') || matched.ends_with("ren");
    let Some(first) = context.token_at(hit.start) else { return false };

    // « vos enfants », "your kids": an entry that opens with its own possessive is the reader's.
    if matches!(context.tokens[first].word, "your" | "ur" | "votre" | "vos") {
        return false;
    }

    let sentence_start = context.sentences[context.tokens[first].sentence].first_token;
    let before = first.checked_sub(1).filter(|&index| index >= sentence_start).map(|index| context.tokens[index].word);
    let determined = before.is_some_and(|word| {
        context.data.tying_determiners.contains(word)
            || context.data.third_person_possessives.contains(word)
            || is_article(word)
            || word.ends_with("'s")
            || word.starts_with(|c: char| c.is_ascii_digit())
            || matches!(word, "both" | "two" | "three" | "four")
    });
    // « accompagner les enfants et les adolescents »: groups listed, each with « les », are the
    // practice's clientele.
    let word = |index: usize| context.tokens.get(index).map_or("", |token| token.word);
    let end = context.tokens.partition_point(|token| token.start < hit.end);
    let listed = before == Some("les")
        && ((matches!(word(end), "et" | "ou") && word(end + 1) == "les")
            || (first >= sentence_start + 3
                && matches!(word(first - 2), "et" | "ou")
                && word(first - 3).ends_with('s')
                && word(first - 4) == "les"));
    plural && (!determined || listed)
}

/// True for the categories of care and fees that a general statement can name: acts, tests, drugs and
/// billing.
fn is_care_or_fee(category: Category) -> bool {
    matches!(category, Category::Treatment | Category::TestOrResult | Category::Medication | Category::Billing)
}

/// True when the word ending at byte `end` qualifies a noun of the practice's rules or running (`@practice_rule_noun`):
/// "our vaccine policy", "surgeon fees and hospital fees are billed separately". English puts the care
/// word before that noun, and without an article ("that's the lab fee") the phrase names no one's care.
pub fn qualifies_practice_rule(context: &Context<'_>, end: usize) -> bool {
    let next = context.tokens.partition_point(|token| token.start < end);
    context.tokens.get(next).is_some_and(|token| {
        context.folded.text[end..token.start].trim().is_empty() && context.data.practice_rule_nouns.contains(token.word)
    })
}

/// True when the English care word at token `first` closes a proper name: capitalised, after another
/// capitalised word with only a space between, inside a sentence ("… 0161 496 0000. Greenway Surgery",
/// "Harbour Physiotherapy"). It names the practice.
pub fn closes_proper_name(context: &Context<'_>, first: usize) -> bool {
    if context.lang != crate::request::Lang::En || first == 0 || !context.is_capitalized(first) {
        return false;
    }
    let previous = first - 1;
    context.tokens[previous].sentence == context.tokens[first].sentence
        && context.is_capitalized(previous)
        && !context.starts_sentence(first)
        && context.folded.text[context.tokens[previous].end..context.tokens[first].start] == *" "
        && !is_second_person_word(context.tokens[previous].word)
}

/// True when the words after byte `end` name the practice as the owner or the place: « du cabinet »,
/// « de la clinique », "of the practice", « pas de tiers payant au cabinet ».
fn belongs_to_practice(context: &Context<'_>, end: usize) -> bool {
    let next = context.tokens.partition_point(|token| token.start < end);
    let word = |index: usize| context.tokens.get(index).map_or("", |token| token.word);
    let mut cursor = next;
    if !matches!(word(cursor), "du" | "de" | "des" | "of" | "at" | "au") {
        return false;
    }
    cursor += 1;
    if matches!(word(cursor), "la" | "le" | "the" | "notre" | "our") {
        cursor += 1;
    }
    matches!(
        word(cursor),
        "cabinet" | "centre" | "clinique" | "laboratoire" | "practice" | "clinic" | "office" | "surgery" | "center"
    )
}

/// True when the words before token `first` in its sentence ask the reader to bring, send or check a
/// document, in a sentence that states no past event: « pensez à apporter votre carte Vitale », "bring
/// your insurance card", "call the number on your insurance card".
pub fn asks_to_bring(context: &Context<'_>, first: usize) -> bool {
    // The verb may open a list: « apportez votre carte Vitale, votre ordonnance et vos radios ».
    let sentence_start = context.sentences[context.tokens[first].sentence].first_token;
    let from = sentence_start.max(first.saturating_sub(15));
    // After an article the word is a noun: "her result needed a call to the hospital". The French « à »
    // folds to "a", and « à vérifier » is a verb.
    let used_as_noun = |index: usize| {
        index > 0
            && match context.tokens[index - 1].word {
                "a" => context.lang == crate::request::Lang::En,
                word => matches!(word, "an" | "the" | "un" | "une" | "le" | "la"),
            }
    };
    // A colon ends the request: "please check your plan: your plan only covers two cleanings".
    let same_request =
        |index: usize| !context.folded.text[context.tokens[index].end..context.tokens[first].start].contains(':');
    // "We'll send your invoice this week", « nous vous enverrons »: the practice sends, and the invoice
    // is the reader's. Auxiliaries, adverbs and object pronouns may stand between the subject and the
    // verb, but another verb may not ("we always suggest calling the number on your card").
    let practice_acts = |index: usize| {
        let mut cursor = index;
        while cursor > from {
            cursor -= 1;
            match context.tokens[cursor].word {
                "we" | "i" | "nous" | "je" | "on" => return true,
                "will" | "would" | "can" | "could" | "shall" | "may" | "always" | "also" | "then" | "vous" | "te"
                | "lui" | "leur" | "allons" | "vais" | "va" | "pouvons" | "peux" | "peut" => {}
                _ => return false,
            }
        }
        false
    };
    (from..first).any(|index| {
        context.data.bring_verbs.contains(context.tokens[index].word)
            && !used_as_noun(index)
            && same_request(index)
            && !practice_acts(index)
    }) && !context.describes_past_event(context.tokens[first].sentence)
}

/// True when the term at token `first` follows « en » or "in" with no article (« en séance », "in
/// session"), or « pendant » or "during" ("during sessions"), in a clause that does not speak to the
/// reader.
pub fn names_setting(context: &Context<'_>, first: usize) -> bool {
    let (clause_first, _) = context.clause_around(first);
    first > clause_first
        && matches!(context.tokens[first - 1].word, "en" | "in" | "during" | "pendant" | "durant")
        && !context.clause_speaks_to_reader(first)
}

/// True when the term at token `first` names care of any kind, in a clause that does not speak to the
/// reader or states a condition, and in a sentence that states no past event. The care has an
/// indefinite article (« une consultation de sexologie ») or is care of someone who has one (« la prise
/// en charge d'un enfant »).
pub fn any_of_its_kind(context: &Context<'_>, first: usize) -> bool {
    let indefinite = follows_indefinite_article(context, first) || completed_by_indefinite(context, first);

    // « si votre médecin juge qu'un examen est urgent »: care in a condition is hypothetical, and care
    // the reader may book is the practice's offer.
    indefinite
        && (!context.clause_speaks_to_reader(first) || context.in_condition(first) || offers_to_reader(context, first))
        && !context.describes_past_event(context.tokens[first].sentence)
}

/// True when the clause of token `first` offers the reader care they may book or ask for ("you can book
/// a skin check", "plans let you book", « vous pouvez prendre un bilan »), and describes no past event.
pub fn offers_to_reader(context: &Context<'_>, first: usize) -> bool {
    let (clause_first, clause_end) = context.clause_around(first);
    let words = &context.tokens[clause_first..first];
    let may = words.windows(2).any(|pair| {
        matches!(
            (pair[0].word, pair[1].word),
            ("you", "can")
                | ("you", "may")
                | ("let", "you")
                | ("lets", "you")
                | ("vous", "pouvez")
                | ("vous", "pourrez")
        )
    });
    may && !context.has_past_event_between(clause_first, clause_end)
}

/// True when an indefinite article opens the term at token `first`, directly or through the noun it
/// completes: « une consultation de sexologie ».
fn follows_indefinite_article(context: &Context<'_>, first: usize) -> bool {
    let (clause_first, _) = context.clause_around(first);
    let in_a_term = |index: usize| {
        let token = &context.tokens[index];
        context.terms.iter().any(|hit| hit.start <= token.start && token.end <= hit.end)
    };
    let mut cursor = first;
    let mut governing_noun = false;
    while cursor > clause_first && first - cursor < 4 {
        cursor -= 1;
        let word = context.tokens[cursor].word;
        if matches!(word, "un" | "une" | "a" | "an") {
            return true;
        }
        if matches!(word, "de" | "d" | "of") || in_a_term(cursor) {
            continue;
        }
        let before_de = matches!(context.tokens.get(cursor + 1).map(|token| token.word), Some("de" | "d" | "of"));
        if governing_noun || !before_de {
            return false;
        }
        governing_noun = true;
    }
    false
}

/// True when the term at token `first` is followed by « d'un », « d'une » or "of a": « la prise en
/// charge d'un enfant ».
fn completed_by_indefinite(context: &Context<'_>, first: usize) -> bool {
    let start = context.tokens[first].start;
    let end = context.terms.iter().filter(|hit| hit.start == start).map(|hit| hit.end).max();
    let end = end.unwrap_or(context.tokens[first].end);
    let after = context.tokens.partition_point(|token| token.start < end);
    let word = |index: usize| context.tokens.get(index).map_or("", |token| token.word);
    matches!(word(after), "de" | "of") && matches!(word(after + 1), "un" | "une" | "a" | "an")
}

/// True when the term at token `first`, ending at offset `end`, is the subject of a rule with an
/// indefinite article: "a fit note can only be issued when …", « un arrêt de travail ne peut être
/// prescrit que … ». Such a term names any document or act of its kind, not the reader's.
fn states_rule_for_any(context: &Context<'_>, first: usize, end: usize) -> bool {
    let indefinite = first > 0 && matches!(context.tokens[first - 1].word, "a" | "an" | "un" | "une");
    let sentence = context.tokens[first].sentence;
    let after: Vec<&str> = context.tokens[context.tokens.partition_point(|token| token.start < end)..]
        .iter()
        .take_while(|token| token.sentence == sentence)
        .take(3)
        .map(|token| token.word)
        .collect();
    let english = matches!(after.first(), Some(&("can" | "may" | "must" | "will")))
        && after[1..].iter().any(|word| matches!(*word, "only" | "never" | "not"))
        || matches!(after.first(), Some(&("cannot" | "can't")));
    let french = matches!(after.first(), Some(&("ne" | "n")))
        && after.get(1).is_some_and(|word| matches!(*word, "peut" | "doit" | "peuvent" | "doivent"));
    indefinite && (english || french)
}

/// True when the relative term `hit` is a bare plural with no possessive of the reader shortly before
/// it (« nous suivons enfants et adultes », not « vos enfants, ados … »): a group of patients.
pub fn names_clientele(context: &Context<'_>, hit: &TermHit) -> bool {
    let Some(first) = context.token_at(hit.start) else { return false };
    let sentence_start = context.sentences[context.tokens[first].sentence].first_token;
    let possessive_before = (sentence_start.max(first.saturating_sub(4))..first)
        .any(|index| matches!(context.tokens[index].word, "votre" | "vos" | "your" | "ton" | "ta" | "tes"));
    names_group_in_general(context, hit) && !possessive_before
}

fn is_article(word: &str) -> bool {
    matches!(word, "le" | "la" | "les" | "du" | "au" | "aux" | "the" | "un" | "une" | "des" | "a" | "an")
}

/// Words that may stand between a determiner and the term it governs (« vos gouttes de collyre »,
/// "your son's ear infection").
fn is_linking_word(word: &str) -> bool {
    matches!(
        word,
        "de" | "du"
            | "des"
            | "d"
            | "of"
            | "'s"
            | "petit"
            | "petite"
            | "petits"
            | "petites"
            | "nouveau"
            | "nouvelle"
            | "new"
            | "little"
            | "two"
            | "deux"
            | "premier"
            | "premiere"
            | "first"
            | "last"
            | "dernier"
            | "derniere"
            | "prochain"
            | "prochaine"
            | "next"
            | "recent"
            | "recente"
            | "bon"
            | "bonne"
            | "mauvais"
            | "good"
            | "bad"
            | "old"
            | "ancien"
            | "ancienne"
            | "routine"
            | "annual"
            | "yearly"
            | "regular"
            | "usual"
            | "annuel"
            | "annuelle"
            | "habituel"
            | "habituelle"
            | "follow-up"
    )
}

/// Finds tied vocabulary.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    let hits: Vec<(TermHit, &crate::lexicon::Term)> = context
        .terms
        .iter()
        .map(|hit| (*hit, context.data.terms.term(hit.term)))
        .chain(context.custom_hits.iter().map(|hit| (*hit, context.custom_terms.term(hit.term))))
        .collect();

    for (hit, term) in &hits {
        if context.is_masked(hit.start, hit.end) || context.in_web_address(hit.start) {
            continue;
        }
        let Some(first) = context.token_at(hit.start) else { continue };
        if term.strength == Strength::Echo {
            // A personal fact is private once it is the reader's (« votre deuil »), even unechoed.
            if tie_before(context, first) == Tie::Determiner
                && is_second_person_possessive(context, first)
                && !context.general[context.tokens[first].sentence]
            {
                candidates.push(Candidate::new(
                    determiner_start(context, first),
                    hit.end,
                    term.category,
                    rule_id(term.category),
                    Severity::Warning,
                    Fix::None,
                ));
            }
            continue;
        }
        let sentence = context.tokens[first].sentence;
        let general = context.general[sentence];
        let tie = match tie_before(context, first) {
            Tie::Bare | Tie::Article if compared_to_readers(context, hit.end) => Tie::Determiner,
            Tie::Bare if qualifies_practice_rule(context, hit.end) => Tie::General,
            Tie::Bare | Tie::Article if closes_proper_name(context, first) => Tie::General,
            // A document or an act in a rule is anyone's ("a fit note can only be issued when …"). A
            // disease or a drug named that way may still be the reader's (« un trouble bipolaire … »).
            Tie::Article
                if matches!(term.category, Category::Billing | Category::Treatment | Category::TestOrResult)
                    && states_rule_for_any(context, first, hit.end) =>
            {
                Tie::General
            }
            tie => tie,
        };
        let is_health = term.category.is_health();
        let mut company = Company::None;

        let (severity, start) = match (term.strength, tie) {
            (_, Tie::General) => (None, hit.start),
            // « vos nausées » stays the reader's even in a sentence with « à chaque consultation ».
            // « your dad's dementia … his wound dressing »: a possessive that points at the reader's relative
            // keeps the care theirs, whatever general words the sentence has.
            _ if general
                && (addressed_to_everyone(context, first)
                    || !(is_health
                        && tie == Tie::Determiner
                        && (is_second_person_possessive(context, first)
                            || mentions_readers_relative(context, sentence)))) =>
            {
                (None, hit.start)
            }
            // « les séances ne sont pas remboursées », « le statut non conventionné est affiché à
            // l'accueil »: care or fees as the subject of a clause about no one describe the practice,
            // whatever the rest of the sentence contains.
            (_, Tie::Bare | Tie::Article) if is_care_or_fee(term.category) && names_care_in_general(context, hit) => {
                (None, hit.start)
            }
            // Care with an indefinite article, in a clause about no one, is any care of its kind: « je ne
            // peux pas parler ici d'une prise en charge particulière ».
            (_, Tie::Article) if is_care_or_fee(term.category) && any_of_its_kind(context, first) => (None, hit.start),
            // « le dépistage du diabète gestationnel »: what care named in general looks for.
            (_, Tie::Bare | Tie::Article) if is_health && completes_care_in_general(context, first) => {
                (None, hit.start)
            }
            // « pensez à apporter votre carte Vitale, votre ordonnance », "please bring a photo ID, your
            // insurance card": what to bring to any appointment is no one's care or bill.
            _ if is_care_or_fee(term.category) && asks_to_bring(context, first) => (None, hit.start),
            // « la tarification du cabinet », "the fees of the practice": the practice's own prices.
            (_, Tie::Bare | Tie::Article)
                if term.category == Category::Billing && belongs_to_practice(context, hit.end) =>
            {
                (None, hit.start)
            }
            // « votre fille », "your son": a relative of the reader, however everyday the word.
            (Strength::Weak, Tie::Determiner)
                if term.category == Category::Relative && is_second_person_possessive(context, first) =>
            {
                (Some(Severity::Error), determiner_start(context, first))
            }
            // "your left eye": a side names one body part of the reader, as a clinician does.
            (Strength::Weak, Tie::Determiner)
                if term.category == Category::SymptomOrBodyPart
                    && is_second_person_possessive(context, first)
                    && names_side(context, first, hit.end) =>
            {
                (Some(Severity::Error), determiner_start(context, first))
            }
            (Strength::Weak, Tie::Determiner) => {
                // "Keep that toe dry and the dressing on": a demonstrative points at one body part or
                // one care, and an everyday word of the other of these two kinds makes it a health
                // sentence. With a
                // possessive, the same words give advice to anyone ("check your skin, wear sunscreen").
                let demonstrative = is_demonstrative_before(context, first);
                let other_health = hits.iter().any(|(other, other_term)| {
                    other.start != hit.start
                        && other_term.category.is_health()
                        && (other_term.strength > Strength::Weak
                            || (demonstrative
                                && other_term.strength == Strength::Weak
                                && is_body_and_care(term.category, other_term.category)))
                        && !context.is_masked(other.start, other.end)
                        && context.tokens[context.token_at(other.start).unwrap_or(first)].sentence == sentence
                });
                // « vous étiez venu sans rendez-vous pour vos ongles »: the reader's own body part or
                // care, in a sentence that already breaches, is part of what it discloses.
                if !other_health
                    && is_health
                    && term.category != Category::Billing
                    && is_second_person_possessive(context, first)
                {
                    company = Company::Finding;
                    (Some(Severity::Warning), determiner_start(context, first))
                } else {
                    (other_health.then_some(Severity::Warning), determiner_start(context, first))
                }
            }
            // "Necks respond really well to adjustments": an everyday care word next to another health
            // word, in a sentence that already breaches, is part of what it discloses.
            (Strength::Weak, Tie::Bare | Tie::Article)
                if is_health
                    && term.category == Category::Treatment
                    && names_health_beside(context, &hits, hit, sentence) =>
            {
                company = Company::Finding;
                (Some(Severity::Warning), hit.start)
            }
            (Strength::Weak, _) => (None, hit.start),
            (_, Tie::Determiner) => (Some(Severity::Error), determiner_start(context, first)),
            (Strength::Strong, _) => {
                // A disease or an act named in a sentence about no one (« le glaucome se traite bien »)
                // is a general statement unless the reply ties it to the reader nearby. A drug by name
                // is almost always someone's prescription, unless the sentence states a habit of the
                // practice (« je ne prescris jamais d'antibiotiques sans raison »).
                // « le certificat n'a pas pu être signé en raison du souffle cardiaque »: a disease or an
                // act in a sentence that states one past event of the practice is someone's care.
                // « a réalisé mille mammographies » counts acts: only one act is someone's.
                let one_past_act = states_past_act(context, sentence)
                    && !context.folded.text[hit.start..hit.end].ends_with(['s', 'x']);
                if (term.category != Category::Medication || states_habit(context, sentence)) && !one_past_act {
                    company = Company::ReaderOrFinding;
                }
                (Some(Severity::Warning), hit.start)
            }
            // « avec un premier bébé … vous étiez pleine de questions »: a rank among siblings points at
            // one child of the reader once the sentence already breaches.
            (_, Tie::Article) if term.category == Category::Relative && is_ranked(context, first) => {
                company = Company::Finding;
                (Some(Severity::Warning), hit.start)
            }
            // « les enfants » is a group, not the reader's child: a relative needs a possessive.
            (_, Tie::Article) if term.category == Category::Relative => (None, hit.start),
            // « accompagner enfants, ados et adultes »: bare plurals name the practice's clientele.
            (_, Tie::Bare) if term.category == Category::Relative && names_clientele(context, hit) => (None, hit.start),
            (_, Tie::Article | Tie::Bare) if is_offered_on_schedule(context, hit, tie) => (None, hit.start),
            // « je ne peux pas renouveler le lithium », "I stopped the metformin": the prescriber's own
            // act on one drug is someone's prescription.
            (_, Tie::Article) if term.category == Category::Medication && prescriber_acts_on(context, first) => {
                (Some(Severity::Warning), hit.start)
            }
            // « nous pouvons vous remettre une facture détaillée sur simple demande », "we can give you an
            // invoice": a document of the practice offered with an indefinite article bills no one.
            (_, Tie::Article)
                if term.category == Category::Billing
                    && matches!(context.tokens[first - 1].word, "un" | "une" | "a" | "an")
                    && !context.describes_past_event(sentence) =>
            {
                (None, hit.start)
            }
            // « la CPAM du Cantal peut vous aider », "the NHS covers it": a payer or a document of
            // billing with an article is the reader's only in some sentences. Another finding may be
            // beside it (« la CPAM a refusé votre remboursement »), or it acts on the reader (« la CNS
            // vous remboursera »). The sentence may also tell a past event, or name something of the
            // reader's (« votre attestation de C2S était expirée, c'est pour cela que le tiers payant
            // n'a pas pu s'appliquer »).
            (_, Tie::Article)
                if term.category == Category::Billing
                    && !acts_on_reader(context, hit.end)
                    && !context.describes_past_event(sentence)
                    && !names_readers_own(context, sentence) =>
            {
                company = Company::Finding;
                (Some(Severity::Warning), hit.start)
            }
            (_, Tie::Article) => {
                company = Company::ReaderOrFinding;
                (Some(Severity::Warning), hit.start)
            }
            // "but counselling is a collaborative process": care named as the subject of a present
            // clause is how that care works for anyone.
            (_, Tie::Bare)
                if matches!(term.category, Category::Treatment | Category::TestOrResult | Category::Medication)
                    && super::echo::opens_generic_clause(context, first, hit.end) =>
            {
                (None, hit.start)
            }
            // « c'est un point à dire en séance », "in session": care as a setting, in a clause about
            // no one.
            (_, Tie::Bare)
                if matches!(term.category, Category::Treatment | Category::TestOrResult)
                    && names_setting(context, first) =>
            {
                (None, hit.start)
            }
            (_, Tie::Bare) if tells_reader_past(context, sentence) => (Some(Severity::Error), hit.start),
            (_, Tie::Bare) if context.addresses_reader[sentence] => {
                // « j'explique la contraception … que vous compreniez les risques de l'oubli de pilule »:
                // next to care named outright, a bare term belongs to what the sentence says to the
                // reader, so it counts on the same conditions.
                company = if names_health_outright(context, &hits, hit, sentence) {
                    Company::ReaderOrFinding
                } else {
                    Company::Finding
                };
                (Some(Severity::Warning), hit.start)
            }
            // "Glad switching inhalers did the trick": a health word in a sentence that already breaches
            // on its own is part of what the sentence discloses.
            (_, Tie::Bare) if is_health => {
                company = Company::Finding;
                (Some(Severity::Warning), hit.start)
            }
            // « c'était une conso avec cryo, donc dépassement justifié »: a fee named bare in a sentence
            // about a past visit bills that visit. In the present it may be a rule ("NHS sight tests are free").
            (_, Tie::Bare)
                if term.category == Category::Billing && super::dates::sentence_in_past(context, hit.start) =>
            {
                company = Company::Finding;
                (Some(Severity::Warning), hit.start)
            }
            _ => (None, hit.start),
        };

        match severity {
            Some(severity) => {
                let mut candidate =
                    Candidate::new(start, hit.end, term.category, rule_id(term.category), severity, Fix::None);
                candidate.company = company;
                candidates.push(candidate);
            }
            None if is_health && term.strength >= Strength::Medium => {
                // A cautious order flags any health word in a public reply.
                let mut candidate = Candidate::new(
                    hit.start,
                    hit.end,
                    term.category,
                    "strict/health_vocabulary",
                    Severity::Warning,
                    Fix::None,
                );
                candidate.strictness = Strictness::Strict;
                candidates.push(candidate);
            }
            None => {}
        }
    }
}

/// Returns the start of the determiner before token `first`, so the span reads « votre genou ».
fn determiner_start(context: &Context<'_>, first: usize) -> usize {
    let sentence_start = context.sentences[context.tokens[first].sentence].first_token;
    let mut cursor = first;
    while cursor > sentence_start && first - cursor < 4 {
        cursor -= 1;
        let word = context.tokens[cursor].word;
        if context.data.tying_determiners.contains(word) || context.data.third_person_possessives.contains(word) {
            return context.tokens[cursor].start;
        }
    }
    context.tokens[first].start
}

fn rule_id(category: Category) -> &'static str {
    match category {
        Category::Treatment => "treatment/term",
        Category::Diagnosis => "diagnosis/term",
        Category::SymptomOrBodyPart => "symptom_or_body_part/term",
        Category::Medication => "medication/term",
        Category::TestOrResult => "test_or_result/term",
        Category::Billing => "billing/term",
        Category::Relative => "relative/term",
        _ => "term",
    }
}

//! Names beyond the reviewer's public display name.
//!
//! - A title followed by a name the reviewer did not publish: « Monsieur Nguyen » for « Thanh »,
//!   "Mr. Johnson" for "Mike J.", and a family named by its surname: « la famille Fontaine ».
//! - The reviewer's given name followed by a surname they did not publish: « Dave Thompson » for "Dave".
//! - A given name of someone else (a child, a relative) in a sentence about care or relatives:
//!   « le rappel de vaccin de Lucas », or right after a verb of care: "we loved seeing Mason and Ava".
//!   Staff named with a title (« Dr Martin ») are not findings.
//! - A workplace after « chez »: « les collègues de chez Airbus », or after "at" when the words before
//!   speak of the reader's work or life: "things are better for you at Barclays".

use super::{Candidate, Company, Fix};
use crate::category::Category;
use crate::context::Context;
use crate::lexicon;
use crate::report::Severity;

const TITLES: &[&str] =
    &["monsieur", "madame", "mademoiselle", "m", "mme", "mlle", "mr", "mrs", "ms", "miss", "mister", "mx"];
/// Particles that open a compound surname and are also given names or words: « Madame Ben Salah »,
/// « Monsieur Van Damme ». After a title they start the surname, not a given name.
const SURNAME_PARTICLES: &[&str] = &["ben", "ibn", "abou", "van", "von", "el", "al", "da", "di", "del", "mac", "mc"];
/// Words after which a capitalised name is an employer or a workplace: « les collègues de chez Airbus ».
const EMPLOYER_MARKERS: &[&str] = &["chez"];
/// Words that, before "at", make the capitalised name after it the reader's workplace: "your job at
/// Tesco", "things are better for you at Barclays".
const WORK_BEFORE_AT: &[&str] =
    &["you", "job", "work", "working", "works", "colleagues", "boss", "shift", "shifts", "role", "position", "career"];
/// Words that mark the name of a care practice, which is not the reader's workplace: "for you at
/// Harbour Dental".
const PRACTICE_NAME_ENDINGS: &[&str] = &[
    "dental",
    "dentistry",
    "clinic",
    "practice",
    "surgery",
    "health",
    "medical",
    "physio",
    "physiotherapy",
    "osteopathy",
    "chiropractic",
    "pharmacy",
    "hospital",
    "centre",
    "center",
    "care",
    "eye",
    "eyecare",
    "vision",
    "smile",
    "smiles",
    "family",
];

/// Prepositions of place, after which a capitalised given name is read as a place: "across Victoria", "in
/// Florence". French « à » and « de » also introduce people (« merci à Julie »), so they are not here.
const PLACE_PREPOSITIONS: &[&str] = &["in", "across", "throughout", "around", "near", "outside", "partout"];

const STAFF_TITLES: &[&str] = &[
    "dr",
    "dre",
    "docteur",
    "doctor",
    "doctoresse",
    "pr",
    "professeur",
    "professor",
    "maitre",
    "me",
    "nurse",
    "infirmiere",
    "infirmier",
];

/// Finds names.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    let tokens = &context.tokens;
    for index in 0..tokens.len() {
        let word = tokens[index].word;
        if !context.is_capitalized(index) || context.is_masked(tokens[index].start, tokens[index].end) {
            continue;
        }
        let previous = index.checked_sub(1).filter(|&previous| {
            tokens[previous].sentence == tokens[index].sentence && adjacent(context, previous, index)
        });
        // "from 8 a.m. Decisions are made…": the « m » of "a.m." is no « M. » (Monsieur).
        let after_time_of_day = previous.is_some_and(|previous| {
            tokens[previous].word == "m" && previous > 0 && matches!(tokens[previous - 1].word, "a" | "p")
        });
        let previous_word = previous.filter(|_| !after_time_of_day).map(|previous| tokens[previous].word);

        // In text-message style « pr » is « pour » (« trop contente pr Enzo »): as a title it has a capital.
        let staff_title = previous.is_some_and(|previous| {
            STAFF_TITLES.contains(&tokens[previous].word)
                && (tokens[previous].word != "pr" || context.is_capitalized(previous))
        });
        if staff_title {
            continue;
        }
        // "the ADA schedule", « la CPAM »: a short word in capitals is an acronym, unless a title
        // introduces it as a surname (« Mme ROY »).
        if is_acronym(context.original_text(tokens[index].start, tokens[index].end))
            && !previous_word.is_some_and(|previous| TITLES.contains(&previous))
        {
            continue;
        }
        // « Dr M. Ferrand », "Dr J. Lee": a staff title, an initial, then the name.
        let initial_after_staff_title = index >= 2
            && previous.is_some_and(|previous| tokens[previous].word.chars().count() == 1)
            && STAFF_TITLES.contains(&tokens[index - 2].word);
        if initial_after_staff_title {
            continue;
        }
        if is_common_word(context, word)
            || context.is_reviewer_word(word)
            || shortens_reviewer_name(context, word)
            || opens_signature(context, index)
            || repeats_signature(context, index)
        {
            continue;
        }
        // « toute la famille Fontaine »: the capitalised word after « famille » is a surname, even one
        // that is also a common noun.
        if previous_word == Some("famille") {
            candidates.push(surname(context, index));
            continue;
        }
        // « Merci Jean-François » to "J.-F. L.", « Merci Gabrielle » to "Gaby", "Kevin Davis, you…" to
        // "K. Davis": the reply greets or names the reviewer by a given name they did not publish.
        // A name that opens the reply before a comma addresses the reader too: "Jennifer, as a teacher…".
        // Before an apposition ("Kevin, our practice manager, …") it introduces a colleague.
        let opens_reply = index == 0
            && context.folded.text[tokens[index].end..].trim_start().starts_with(',')
            && !tokens.get(1).is_some_and(|next| {
                matches!(next.word, "our" | "my" | "the" | "notre" | "nos" | "mon" | "ma" | "le" | "la" | "les")
            });
        let greeted = previous_word.is_some_and(|previous| GREETINGS.contains(&previous)) || opens_reply;
        let before_published_surname = index + 1 < tokens.len()
            && tokens[index + 1].sentence == tokens[index].sentence
            && adjacent(context, index, index + 1)
            && context.is_capitalized(index + 1)
            && context.is_reviewer_word(tokens[index + 1].word);
        // "Given your history, Stavroula, we offered…": a given name set off by commas calls the reader.
        let vocative = context.folded.text[..tokens[index].start].trim_end().ends_with(',')
            && context.folded.text[tokens[index].end..].trim_start().starts_with([',', '.', '!']);
        // Set off that way, a capitalised word that starts with the published initial is a given name,
        // even one the list of given names lacks.
        let vocative_expands_initial = vocative
            && word.chars().count() > 2
            && context
                .reviewer_words
                .first()
                .is_some_and(|published| published.chars().count() == 1 && word.starts_with(published.as_str()));
        let spells_out_published = ((greeted || before_published_surname || vocative)
            && expands_reviewer_name(context, word))
            || vocative_expands_initial;
        // « Merci beaucoup Céline » to "C.", "Thanks so much, Michelle!" to "M. Davies", « Bonjour
        // Camille » to "LuneBleue": a greeting names the reviewer by a given name they did not publish.
        // Without the published name, the greeted name may be it.
        let greets_by_unpublished_name = greeting_before(context, index)
            && !context.reviewer_words.is_empty()
            && lexicon::is_first_name(word)
            && !shortens_reviewer_name(context, word)
            && !signs_reply(context, index);
        if spells_out_published || greets_by_unpublished_name {
            candidates.push(Candidate::new(
                tokens[index].start,
                tokens[index].end,
                Category::Identifier,
                "identifier/unpublished_given_name",
                Severity::Error,
                Fix::Delete,
            ));
            continue;
        }
        // "throughout Georgia": a place that shares its spelling with a given name.
        if previous_word.is_some_and(|previous| PLACE_PREPOSITIONS.contains(&previous)) {
            continue;
        }
        if previous_word.is_some_and(|previous| EMPLOYER_MARKERS.contains(&previous))
            || names_workplace_after_at(context, index)
        {
            candidates.push(Candidate::new(
                tokens[index].start,
                tokens[index].end,
                Category::Identifier,
                "identifier/employer",
                Severity::Warning,
                Fix::None,
            ));
            continue;
        }
        if is_colleague(context, index) || receives_praise(context, index) {
            continue;
        }

        // « Mme Camille Roussel », « le Dr Léa Martin »: a title with a given name and a surname
        // introduces someone by their full name, a colleague, unless it is the reviewer's given name.
        let next_capitalized = index + 1 < tokens.len()
            && tokens[index + 1].sentence == tokens[index].sentence
            && context.is_capitalized(index + 1)
            && adjacent(context, index, index + 1);
        if previous_word.is_some_and(|previous| TITLES.contains(&previous))
            && lexicon::is_first_name(word)
            && !SURNAME_PARTICLES.contains(&word)
            && next_capitalized
        {
            continue;
        }

        // « l'équipe de Mme Garnier », "Dr. Lee's team": the practitioner, not the reader.
        let of_the_practice = index >= 3
            && tokens[index - 2].word == "de"
            && matches!(
                tokens[index - 3].word,
                "equipe" | "cabinet" | "centre" | "part" | "assistante" | "secretariat" | "clinique"
            );
        if previous_word.is_some_and(|previous| TITLES.contains(&previous))
            && (of_the_practice || receives_feedback(context, index - 1))
        {
            continue;
        }
        if previous_word.is_some_and(|previous| TITLES.contains(&previous)) {
            candidates.push(surname(context, index));
            continue;
        }
        if let Some(previous) = previous {
            let follows_reviewer_name = context.is_reviewer_word(tokens[previous].word)
                && context.is_capitalized(previous)
                && !lexicon::is_first_name(word);
            if follows_reviewer_name && !context.reviewer_words.is_empty() {
                candidates.push(Candidate::new(
                    tokens[index].start,
                    tokens[index].end,
                    Category::Identifier,
                    "identifier/surname",
                    Severity::Error,
                    Fix::Delete,
                ));
                continue;
            }
        }
        let after_diminutive = previous_word.is_some_and(|previous| {
            matches!(previous, "petit" | "petite" | "little" | "young" | "fils" | "fille" | "son" | "daughter")
        });
        // « la petite Léa » names a child, "Little Oaks Pediatrics" a practice.
        if after_diminutive && !context.starts_sentence(index) && !next_capitalized {
            candidates.push(third_party_name(&tokens[index], Severity::Error));
            continue;
        }
        // A given name right after a verb of care (« nous avons vu Léo », "we loved seeing Mason and
        // Ava") names someone seen as a patient, even in a list.
        if lexicon::is_first_name(word) && follows_care_verb(context, index) {
            candidates.push(third_party_name(&tokens[index], Severity::Warning));
            continue;
        }
        // A list of names (« Claire, Nathalie et Julie »), or a given name with a surname, or a name after
        // a staff title, presents the team.
        let in_list = is_in_name_list(context, index);
        let staff_title_before = index >= 2 && STAFF_TITLES.contains(&tokens[index - 2].word) && previous.is_some();
        if lexicon::is_first_name(word)
            && !context.reviewer_words.is_empty()
            && (!in_list || receives_wish(context, index))
            && !next_capitalized
            && !staff_title_before
        {
            // Someone else's given name counts next to care or a relative, or beside a finding about
            // the reader (« Léo fait de super progrès »); alone it may be a colleague thanked by name.
            // After a review about the reviewer's own child or parent (« ma fille de 3 ans »), a name
            // the review did not give is most likely that relative's (« Lina est une petite puce »). So
            // is a name that a wish is passed on to (« bonne rentrée en CE1 à Léo », "hi to Dave").
            let mut candidate = third_party_name(&tokens[index], Severity::Warning);
            if !about_care_or_relatives(context, tokens[index].sentence)
                && !super::terms::review_names_own_relative(context)
                && !receives_wish(context, index)
            {
                candidate.company = Company::Finding;
            }
            candidates.push(candidate);
        }
    }
}

/// Folded words that open a greeting, right before the name of the person greeted, with their
/// abbreviations typed on a phone (« bjr », "thx").
const GREETINGS: &[&str] = &[
    "merci", "bonjour", "bonsoir", "salut", "cher", "chere", "thanks", "hi", "hello", "dear", "hey", "bjr", "bsr",
    "slt", "thx", "thnx", "tks",
];

/// True when a greeting opens the sentence part before token `index`, with at most a few words of
/// warmth between: « Merci beaucoup Céline », "Thank you so much, Michelle".
fn greeting_before(context: &Context<'_>, index: usize) -> bool {
    let sentence_start = context.sentences[context.tokens[index].sentence].first_token;
    let mut cursor = index;
    while cursor > sentence_start && index - cursor < 5 {
        cursor -= 1;
        let word = context.tokens[cursor].word;
        if GREETINGS.contains(&word) || (word == "thank" && cursor + 1 < index) {
            return true;
        }
        if !WARM_WORDS.contains(&word) {
            return false;
        }
    }
    false
}

/// Words that may stand between a greeting and the name it greets.
const WARM_WORDS: &[&str] = &[
    "you",
    "so",
    "much",
    "very",
    "a",
    "lot",
    "again",
    "beaucoup",
    "encore",
    "infiniment",
    "mille",
    "fois",
    "bien",
    "tres",
    "vraiment",
    "un",
    "grand",
];

/// True when `word` is a short form of a published name: no longer, with the same first three letters,
/// as « alex » is of "Alexandre", "kate" of "Katherine" and « margot » of "Margaux".
fn shortens_reviewer_name(context: &Context<'_>, word: &str) -> bool {
    let opening = |name: &str| name.chars().take(3).collect::<String>();
    word.chars().count() >= 3
        && context
            .reviewer_words
            .iter()
            .any(|published| published.chars().count() >= word.chars().count() && opening(published) == opening(word))
}

/// True when the name at token `index` signs the reply. It opens the last line and something follows it
/// there (« Clara – diététicienne, Perpignan », "Tom, front desk", « Julie Marchand », « Manon
/// (accueil) »), or a comma and a profession follow it to the end (« Julien, ostéopathe D.O. »).
fn opens_signature(context: &Context<'_>, index: usize) -> bool {
    let token = &context.tokens[index];
    let (start, end) = context.folded.to_original(token.start, token.end);
    let before = &context.original[..start];
    let after = &context.original[end..];
    let rest_of_line = after.trim_end();
    let next = rest_of_line.trim_start();
    let separated = next.starts_with([',', '–', '—', '-', '|', '(']) && next.len() > 1;
    let surname_follows = rest_of_line.starts_with(' ') && next.chars().next().is_some_and(char::is_uppercase);
    let on_own_line = before.rfind('\n').is_some_and(|line_start| before[line_start..].trim().is_empty())
        && !rest_of_line.contains('\n')
        && (separated || surname_follows);
    // « … après le foot. Julien, ostéopathe D.O. »: a name, a comma and a profession that end the reply
    // sign it, even on the last line of text.
    let signs_with_profession = !rest_of_line.contains('\n')
        && next.starts_with(',')
        && next.split_whitespace().count() <= 4
        && crate::request::Profession::from_label(next) != crate::request::Profession::Other;
    on_own_line || signs_with_profession
}

/// True when the capitalised word at token `index` is also a word of the signature, the reply's last
/// line: "the real stars of Little Maples" under "Little Maples Pediatrics, Calgary" names the practice.
/// The signature is a line of at most eight words that ends no sentence, and there the word is next to
/// another capitalised word, as in a name: « Bisous à Léa » on the last line signs nothing.
fn repeats_signature(context: &Context<'_>, index: usize) -> bool {
    let original = context.original.trim_end();
    let Some(line_start) = original.rfind('\n').map(|newline| newline + 1) else { return false };
    let signature = &original[line_start..];
    let token = &context.tokens[index];
    let (start, _) = context.folded.to_original(token.start, token.end);
    if start >= line_start || signature.split_whitespace().count() > 8 || signature.ends_with(['.', '!', '?']) {
        return false;
    }
    let word = context.original_text(token.start, token.end);
    let parts: Vec<&str> = signature
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
        .filter(|part| !part.is_empty())
        .collect();
    let capitalised = |position: Option<&&str>| position.is_some_and(|part| part.starts_with(char::is_uppercase));
    parts.iter().enumerate().any(|(position, part)| {
        *part == word && (capitalised(parts.get(position + 1)) || position > 0 && capitalised(parts.get(position - 1)))
    })
}

/// True when the name at token `index` signs a reply of several sentences: it is the reply's last word,
/// after a closing such as "Thanks, Tom".
fn signs_reply(context: &Context<'_>, index: usize) -> bool {
    let token = &context.tokens[index];
    index + 1 == context.tokens.len()
        && context.sentences.len() > 1
        && context.original_text(token.end, context.folded.text.len()).trim().is_empty()
}

/// True when `word` is a given name that spells out the reviewer's published one. Either each part of
/// « jean-francois » opens with one of the published initials "J.-F.", or the word is longer than the
/// published short form and shares its first three letters (« gabrielle » for "Gaby").
fn expands_reviewer_name(context: &Context<'_>, word: &str) -> bool {
    let Some(published) = context.reviewer_words.first() else { return false };
    let parts: Vec<&str> = word.split('-').collect();
    if !parts.first().is_some_and(|first| lexicon::is_first_name(first) || lexicon::is_first_name(word)) {
        return false;
    }
    if published.chars().count() == 1 {
        let initials: Vec<&String> =
            context.reviewer_words.iter().take_while(|published| published.chars().count() == 1).collect();
        return initials.len() >= parts.len()
            && parts.iter().zip(&initials).all(|(part, initial)| part.starts_with(initial.as_str()));
    }
    published.len() >= 3
        && word.len() > published.len()
        && published.is_char_boundary(3)
        && word.starts_with(&published[..3])
}

/// Verbs of care, folded, after which a given name is someone seen as a patient.
const CARE_VERBS: &[&str] = &[
    "seeing",
    "see",
    "saw",
    "seen",
    "meeting",
    "met",
    "treating",
    "treated",
    "examining",
    "examined",
    "vaccinating",
    "vaccinated",
    "weighing",
    "weighed",
    "voir",
    "vu",
    "vue",
    "revoir",
    "revu",
    "revue",
    "recevoir",
    "recu",
    "recue",
    "soigner",
    "soigne",
    "soignee",
    "examiner",
    "examine",
    "examinee",
    "ausculter",
    "ausculte",
    "auscultee",
    "vacciner",
    "vaccine",
    "vaccinee",
];

/// True when the name at token `index`, or the list of names it closes (« Léo et Emma »), directly
/// follows a verb of care in the same sentence.
fn follows_care_verb(context: &Context<'_>, index: usize) -> bool {
    let tokens = &context.tokens;
    let mut cursor = index;
    while cursor > 0 && tokens[cursor - 1].sentence == tokens[index].sentence {
        let previous = cursor - 1;
        let word = tokens[previous].word;
        if CARE_VERBS.contains(&word) {
            return adjacent_or_listed(context, previous, cursor);
        }
        let is_joiner = matches!(word, "et" | "and");
        let is_name = context.is_capitalized(previous) && !is_common_word(context, word);
        if !is_joiner && !is_name {
            return false;
        }
        cursor = previous;
    }
    false
}

/// True when only spaces, commas or « & » separate two tokens.
fn adjacent_or_listed(context: &Context<'_>, left: usize, right: usize) -> bool {
    let between = &context.folded.text[context.tokens[left].end..context.tokens[right].start];
    between.chars().all(|c| c == ' ' || c == ',' || c == '&')
}

/// Verbs of passing a message on: the person named after them receives the review's praise or
/// complaint, and is taken as a colleague (« transmis à Mme Roux », "passed on to Ms. Lee").
const PASSING_VERBS: &[&str] = &[
    "transmis",
    "transmise",
    "transmettons",
    "transmets",
    "transmettrai",
    "transmettrons",
    "partage",
    "partagerai",
    "partagerons",
    "passed",
    "forwarded",
    "shared",
    "relayed",
];

/// True when a verb of passing a message on is among the four words before the title at `title`,
/// in the same sentence.
fn receives_feedback(context: &Context<'_>, title: usize) -> bool {
    let sentence = context.tokens[title].sentence;
    (title.saturating_sub(4)..title)
        .any(|other| context.tokens[other].sentence == sentence && PASSING_VERBS.contains(&context.tokens[other].word))
}

/// Words that make a name a colleague's: « Mme Perrin, ma collègue », « notre assistante Julie ».
const COLLEAGUE_WORDS: &[&str] = &[
    "collegue",
    "collegues",
    "consoeur",
    "confrere",
    "assistante",
    "assistant",
    "secretaire",
    "associee",
    "associe",
    "remplacante",
    "remplacant",
    "equipe",
    "stagiaire",
    "colleague",
    "assistant",
    "receptionist",
    "hygienist",
    "nurse",
    "partner",
    "associate",
    "team",
    "sage-femme",
    "infirmiere",
    "infirmier",
    // Staff roles: « notre coordinatrice, Léa », "our practice manager, Siobhan".
    "coordinatrice",
    "coordinateur",
    "gestionnaire",
    "responsable",
    "preparatrice",
    "preparateur",
    "pharmacienne",
    "pharmacien",
    "manager",
    "coordinator",
    "administrator",
    "secretary",
    "pharmacist",
    "technician",
    "optician",
    // Where a colleague works: "call Rachel at reception", « demandez Julie à l'accueil ».
    "reception",
    "accueil",
    "desk",
];

/// True when a colleague word is within three words before or after token `index`.
fn is_colleague(context: &Context<'_>, index: usize) -> bool {
    let sentence = context.tokens[index].sentence;
    let from = index.saturating_sub(3);
    // "Mrs Kowalski, our whole team was …": a titled name that opens the sentence before a comma
    // greets the reader. Only an apposition right after the comma (« Mme Perrin, notre assistante »)
    // makes it a colleague, so the colleague word must come next after one determiner.
    let opens_sentence = index >= 1
        && context.sentences[sentence].first_token == index - 1
        && TITLES.contains(&context.tokens[index - 1].word)
        && context.folded.text[context.tokens[index].end..].trim_start().starts_with(',');
    if opens_sentence {
        return context
            .tokens
            .get(index + 2)
            .is_some_and(|next| next.sentence == sentence && COLLEAGUE_WORDS.contains(&next.word));
    }
    let to = (index + 4).min(context.tokens.len());
    (from..to).any(|other| {
        other != index
            && context.tokens[other].sentence == sentence
            && COLLEAGUE_WORDS.contains(&context.tokens[other].word)
    })
}

/// Returns the finding for the surname at token `index`, after a title or « famille ». Without the
/// reviewer's public name, the name may be the one they published, so it is only a note.
fn surname(context: &Context<'_>, index: usize) -> Candidate {
    let severity = if context.reviewer_words.is_empty() { Severity::Info } else { Severity::Error };
    let token = &context.tokens[index];
    Candidate::new(token.start, token.end, Category::Identifier, "identifier/surname", severity, Fix::Delete)
}

/// True when the given name at token `index` is glad of the reader's message: « Élise sera ravie de lire
/// votre message », "Chloé will be delighted to read your review". The person named receives the praise
/// of the review: a colleague, not a patient.
fn receives_praise(context: &Context<'_>, index: usize) -> bool {
    let sentence = context.tokens[index].sentence;
    let after: Vec<&str> = context.tokens[index + 1..]
        .iter()
        .take_while(|token| token.sentence == sentence)
        .take(9)
        .map(|token| token.word)
        .collect();
    let Some(glad) = after.iter().take(4).position(|word| {
        matches!(
            *word,
            "ravi"
                | "ravie"
                | "touche"
                | "touchee"
                | "heureux"
                | "heureuse"
                | "content"
                | "contente"
                | "delighted"
                | "thrilled"
                | "touched"
                | "pleased"
                | "chuffed"
        )
    }) else {
        return false;
    };
    after[glad + 1..].iter().take(4).any(|word| {
        matches!(
            *word,
            "lire"
                | "message"
                | "mots"
                | "avis"
                | "commentaire"
                | "retour"
                | "compliments"
                | "read"
                | "review"
                | "words"
                | "feedback"
                | "comments"
        )
    })
}

/// True when the given name at token `index` receives a wish or a greeting passed on by the reply:
/// « bisous à Nolan », « bonne rentrée en CE1 à Léo », "best to Ken", "tell Noah".
fn receives_wish(context: &Context<'_>, index: usize) -> bool {
    let tokens = &context.tokens;
    // « bisous à Lina et Sacha », "hi to Dave, Ella and Noah": the wish goes to the whole list.
    let mut index = index;
    loop {
        let joined_by_and = index >= 2
            && matches!(tokens[index - 1].word, "et" | "and")
            && context.is_capitalized(index - 2)
            && tokens[index - 2].sentence == tokens[index].sentence;
        let joined_by_comma = index >= 1
            && context.is_capitalized(index - 1)
            && tokens[index - 1].sentence == tokens[index].sentence
            && context.folded.text[tokens[index - 1].end..tokens[index].start].trim() == ",";
        if joined_by_and {
            index -= 2;
        } else if joined_by_comma {
            index -= 1;
        } else {
            break;
        }
    }
    if index == 0 || tokens[index - 1].sentence != tokens[index].sentence {
        return false;
    }
    let previous = tokens[index - 1].word;
    if previous == "tell" {
        return true;
    }
    if !matches!(previous, "a" | "to") {
        return false;
    }
    // The wish comes before « à » or "to", within its clause: the clause may also start at the name
    // itself, after a symbol that splits clauses, and then no word comes before.
    let (clause_first, _) = context.clause_around(index);
    let from = clause_first.max((index - 1).saturating_sub(6));
    tokens.get(from..index - 1).is_some_and(|words| words.iter().any(|token| context.data.wishes.contains(token.word)))
}

/// True when only spaces separate two tokens (no comma: « Merci Sophie, Ravi » is two names apart).
fn adjacent(context: &Context<'_>, left: usize, right: usize) -> bool {
    let between = &context.folded.text[context.tokens[left].end..context.tokens[right].start];
    between.chars().all(|c| c == ' ' || c == '.')
}

/// Returns the finding for the given name at `token`, of someone other than the reviewer.
fn third_party_name(token: &crate::text::Token<'_>, severity: Severity) -> Candidate {
    Candidate::new(token.start, token.end, Category::Identifier, "identifier/third_party_name", severity, Fix::None)
}

/// True for a word of two to five letters, all capitals: "ADA", « CPAM ».
fn is_acronym(original: &str) -> bool {
    let letters = original.chars().filter(|c| c.is_alphabetic()).count();
    (2..=5).contains(&letters) && original.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// True for words that start sentences or greetings and are never names here.
fn is_common_word(context: &Context<'_>, word: &str) -> bool {
    word.len() < 2
        || word.chars().all(|c| c.is_ascii_digit())
        || context.data.stop_words.contains(word)
        || context.data.second_person.contains(word)
        || context.data.tying_determiners.contains(word)
        || context.terms.iter().any(|hit| context.folded.text[hit.start..hit.end].split(' ').any(|part| part == word))
}

/// True when token `index` is one of several capitalised names joined by commas, « et », "and" or
/// "&" (« Claire, Nathalie et Julie »). The reviewer's own name, often before a comma, does not count.
fn is_in_name_list(context: &Context<'_>, index: usize) -> bool {
    let tokens = &context.tokens;
    let same_sentence = |other: usize| tokens[other].sentence == tokens[index].sentence;
    let name_at = |other: usize| {
        same_sentence(other)
            && context.is_capitalized(other)
            && !context.is_reviewer_word(tokens[other].word)
            && !is_common_word(context, tokens[other].word)
    };
    let comma_between = |left: usize, right: usize| {
        matches!(context.folded.text[tokens[left].end..tokens[right].start].trim(), "," | "&" | "/")
    };
    let is_and = |other: usize| matches!(tokens[other].word, "et" | "and");

    let before = (index >= 2 && is_and(index - 1) && name_at(index - 2))
        || (index >= 1 && comma_between(index - 1, index) && name_at(index - 1));
    let after = (index + 2 < tokens.len() && is_and(index + 1) && name_at(index + 2))
        || (index + 1 < tokens.len() && comma_between(index, index + 1) && name_at(index + 1));
    before || after
}

/// True when the sentence, or the one before it, is about care, health or relatives. A term inside an
/// idiom (« rougir jusqu'aux oreilles ») does not count.
fn about_care_or_relatives(context: &Context<'_>, sentence: usize) -> bool {
    let near = |hit_sentence: usize| hit_sentence == sentence || hit_sentence + 1 == sentence;
    let mut idioms: Vec<(usize, usize)> = Vec::new();
    context.data.idioms.for_each_match(&context.tokens, &context.word_ids, 0, context.tokens.len(), |start, end, _| {
        idioms.push((context.tokens[start].start, context.tokens[end - 1].end));
    });
    let in_idiom = |start: usize, end: usize| idioms.iter().any(|&(from, to)| from <= start && end <= to);
    context.terms.iter().any(|hit| {
        let term = context.data.terms.term(hit.term);
        (term.category.is_health() || term.category == Category::Relative)
            && term.strength >= lexicon::Strength::Medium
            && !in_idiom(hit.start, hit.end)
            && near(context.sentence_at(hit.start))
    })
}

/// True when token `index` follows "at" after a word about the reader's work or life, and does not
/// open the name of a care practice: "for you at Barclays", "your new job at Tesco".
fn names_workplace_after_at(context: &Context<'_>, index: usize) -> bool {
    let tokens = &context.tokens;
    if index < 2 || tokens[index - 1].word != "at" || tokens[index - 2].sentence != tokens[index].sentence {
        return false;
    }
    if !WORK_BEFORE_AT.contains(&tokens[index - 2].word) {
        return false;
    }
    let name_end = (index..tokens.len())
        .take_while(|&position| tokens[position].sentence == tokens[index].sentence && context.is_capitalized(position))
        .last()
        .unwrap_or(index);
    !(index..=name_end).any(|position| PRACTICE_NAME_ENDINGS.contains(&tokens[position].word))
}

//! Spans that are never findings: idioms, the practice's own name, the signature, allowed terms.

use crate::context::Context;
use crate::lexicon;

/// Words that open the name of a practice (« Cabinet dentaire du Parc », « Centre Dermatologique
/// Bellecour », "Smile Bright Dental").
const INSTITUTION_WORDS: &[&str] = &[
    "cabinet",
    "centre",
    "center",
    "clinique",
    "clinic",
    "maison",
    "institut",
    "pole",
    "hopital",
    "polyclinique",
    "espace",
    "groupe",
    "atelier",
    "orthophonie",
    "kinesitherapie",
    "osteopathie",
    "laboratoire",
    "pharmacie",
    "office",
    "practice",
    "hospital",
    "medical",
    "sante",
];

/// Second-person words: a line that contains one speaks to the reader and is no signature.
const SECOND_PERSON: &[&str] = &["vous", "votre", "vos", "you", "your"];

/// Words that close a reply before its signature.
const CLOSINGS: &[&str] = &[
    "cordialement",
    "salutations",
    "regards",
    "sincerely",
    "sinceres",
    "amicalement",
    "respectueusement",
    "best",
    "warmly",
    "cheers",
    "bien a vous",
    "a bientot",
];

/// Fills `context.masked`.
pub fn collect(context: &mut Context<'_>) {
    let mut masked = Vec::new();

    // NOTE: an idiom masks every finding that overlaps it, not only its terms, so « vous a raccroché au
    // nez » would also hide the practice's action if « raccroché au nez » were an idiom.
    context.data.idioms.for_each_match(&context.tokens, &context.word_ids, 0, context.tokens.len(), |start, end, _| {
        masked.push((context.tokens[start].start, context.tokens[end - 1].end));
    });

    let practice = &context.request.practice;
    let mut own_texts: Vec<&str> = vec![practice.name.as_str(), practice.city.as_str(), practice.signature.as_str()];
    own_texts.extend(practice.allowed_terms.iter().flat_map(|entry| entry.lines()));
    for text in own_texts {
        mask_occurrences(&context.folded.text, text, &mut masked);
    }

    mask_practice_names(context, &mut masked);
    mask_named_practices(context, &mut masked);
    mask_signature(context, &mut masked);
    context.masked = masked;
}

/// Masks every whole-word occurrence of `text` (folded) in `folded`.
fn mask_occurrences(folded: &str, text: &str, masked: &mut Vec<(usize, usize)>) {
    let needle = lexicon::fold(text.trim());
    if needle.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return;
    }
    let mut from = 0;
    while let Some(found) = folded[from..].find(&needle) {
        let start = from + found;
        let end = start + needle.len();
        let before_ok = folded[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after_ok = folded[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            masked.push((start, end));
        }
        from = end;
    }
}

/// Masks names of practices: a capitalised institution word with the words up to the last capitalised
/// word that follows it, and runs of capitalised words in mid-sentence that hold a health term
/// ("Riverside Women's Health").
fn mask_practice_names(context: &Context<'_>, masked: &mut Vec<(usize, usize)>) {
    let tokens = &context.tokens;
    let mut index = 0;
    while index < tokens.len() {
        let is_institution =
            crate::text::is_one_of(tokens[index].word, INSTITUTION_WORDS) && context.is_capitalized(index);
        if !is_institution {
            index += 1;
            continue;
        }
        let sentence = tokens[index].sentence;
        let mut last_capitalized = None;
        let mut cursor = index + 1;
        while cursor < tokens.len() && cursor <= index + 6 && tokens[cursor].sentence == sentence {
            let between = &context.folded.text[tokens[cursor - 1].end..tokens[cursor].start];
            if between.contains([',', '(', ')', ':', '"']) {
                break;
            }
            if context.is_capitalized(cursor) {
                last_capitalized = Some(cursor);
            }
            cursor += 1;
        }
        let end = last_capitalized.unwrap_or(index);
        // Without a capitalised word after it, the name is the institution word and its adjective
        // (« Cabinet dentaire »), never a longer stretch of ordinary words.
        let end = if last_capitalized.is_none() && index + 1 < tokens.len() && tokens[index + 1].sentence == sentence {
            index + 1
        } else {
            end
        };
        masked.push((tokens[index].start, tokens[end].end));
        index = end + 1;
    }

    // Capitalised words in mid-sentence: part of a proper name, such as a practice or a
    // department ("Kirkstall Physiotherapy", "Women's Health").
    // Acronyms (« IRM », "MRI") are written in capitals anywhere and are not names.
    // A capitalised word at the start of a sentence, or a function word (« Le Levothyrox »), says
    // nothing about names.
    let is_name_word = |index: usize| {
        let original = context.original_text(tokens[index].start, tokens[index].end);
        let is_function_word = context.data.stop_words.contains(tokens[index].word);
        original.chars().filter(|c| c.is_alphabetic()).count() > 1
            && context.is_capitalized(index)
            && original.chars().any(char::is_lowercase)
            && !is_function_word
            && !context.starts_sentence(index)
    };
    for hit in &context.terms {
        // Insurers' names are capitalised too ("Blue Cross"), but they are about the reader's cover.
        if context.data.terms.term(hit.term).category == crate::category::Category::Billing {
            continue;
        }
        let Some(first) = context.token_at(hit.start) else { continue };
        // « Podo'Sport », "KinéSport": a term inside a capitalised word is part of a name.
        if tokens[first].start < hit.start && is_name_word(first) {
            masked.push((hit.start, hit.end));
            continue;
        }
        // "Stroke & Voice Rehab Center offers…": at the start of a sentence, a capitalised term is part
        // of a name when capitalised words lead from it to an institution word.
        let opens_institution_name = context.starts_sentence(first)
            && context.is_capitalized(first)
            && (first + 1..(first + 6).min(tokens.len()))
                .take_while(|&next| is_name_word(next) && tokens[next].sentence == tokens[first].sentence)
                .any(|next| crate::text::is_one_of(tokens[next].word, INSTITUTION_WORDS));
        if opens_institution_name {
            masked.push((hit.start, hit.end));
            continue;
        }
        if is_name_word(first) && !context.starts_sentence(first) && !is_shouting(context, first) {
            let previous_capitalized =
                first > 0 && is_name_word(first - 1) && tokens[first - 1].sentence == tokens[first].sentence;
            let next_capitalized = first + 1 < tokens.len()
                && is_name_word(first + 1)
                && tokens[first + 1].sentence == tokens[first].sentence;
            if previous_capitalized || next_capitalized {
                masked.push((hit.start, hit.end));
            }
        }
    }
}

/// Lower-case words for a practice that a specialty and a proper name may follow (« le cabinet de
/// cardiologie Pasteur », « la clinique de chirurgie de la main Saint-Roch »).
const NAMED_PRACTICE_OPENINGS: &[&str] =
    &["cabinet", "centre", "clinique", "polyclinique", "institut", "pole", "maison"];

/// Masks « cabinet de <spécialité> <Nom> » written in mid-sentence: the specialty belongs to the
/// practice's name, not to the reader. The name must follow within a few lower-case words, with no
/// punctuation and no second-person word in between.
fn mask_named_practices(context: &Context<'_>, masked: &mut Vec<(usize, usize)>) {
    let tokens = &context.tokens;
    for index in 0..tokens.len() {
        let opens = crate::text::is_one_of(tokens[index].word, NAMED_PRACTICE_OPENINGS)
            && !context.is_capitalized(index)
            && tokens.get(index + 1).is_some_and(|next| matches!(next.word, "de" | "d"));
        if !opens {
            continue;
        }
        let sentence = tokens[index].sentence;
        let mut cursor = index + 2;
        while cursor < tokens.len() && cursor <= index + 6 && tokens[cursor].sentence == sentence {
            let between = &context.folded.text[tokens[cursor - 1].end..tokens[cursor].start];
            if between.contains([',', '(', ')', ':', '"', ';']) || SECOND_PERSON.contains(&tokens[cursor].word) {
                break;
            }
            if context.is_capitalized(cursor) {
                // The name must follow at least one lower-case word, the specialty that the mask is for.
                if cursor > index + 2 {
                    masked.push((tokens[index].start, tokens[cursor].end));
                }
                break;
            }
            cursor += 1;
        }
    }
}

/// True when the text around token `index` is written in capitals (« RAVI QUE VOTRE IMPLANT »), where
/// capitals say nothing about names.
fn is_shouting(context: &Context<'_>, index: usize) -> bool {
    let sentence = &context.sentences[context.tokens[index].sentence];
    let text = context.original_text(sentence.start, sentence.end);
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = text.chars().filter(|c| c.is_uppercase()).count();
    letters > 0 && capitals * 10 >= letters * 7
}

/// Masks the signature: the lines after a closing formula, and final lines that name the practitioner
/// or the practice (« Dr Martin, chirurgien-dentiste à Nantes », « L'équipe du Cabinet … »).
fn mask_signature(context: &Context<'_>, masked: &mut Vec<(usize, usize)>) {
    let text = &context.folded.text;
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (offset, c) in text.char_indices() {
        if c == '\n' {
            lines.push((start, offset));
            start = offset + 1;
        }
    }
    lines.push((start, text.len()));
    lines.retain(|&(line_start, line_end)| !text[line_start..line_end].trim().is_empty());

    // « Cordialement,\nMaternité de la Clinique des Tanneurs »: short lines without a full stop after a
    // closing formula near the end sign the reply, whatever they start with.
    let closing_at = lines.iter().enumerate().rev().take(3).find(|&(position, &(line_start, line_end))| {
        let line = text[line_start..line_end].trim();
        let formula = line.ends_with(',') || line.split_whitespace().count() <= 3;
        position > 0 && formula && is_closing(line)
    });
    if let Some((position, &(closing_start, _))) = closing_at {
        let signs = lines[position + 1..].iter().all(|&(line_start, line_end)| {
            let line = text[line_start..line_end].trim();
            line.len() < 80
                && line.split_whitespace().count() <= 8
                && !line.ends_with(['.', '!', '?'])
                && !line.split(|c: char| !c.is_alphanumeric()).any(|word| SECOND_PERSON.contains(&word))
        });
        if signs {
            masked.push((closing_start, text.len()));
            return;
        }
    }

    // Walk up from the last line while lines look like a signature.
    let mut signature_start = None;
    for (position, &(line_start, line_end)) in lines.iter().enumerate().rev() {
        let line = text[line_start..line_end].trim();
        let is_last_lines = position + 3 >= lines.len();
        if !is_last_lines || position == 0 {
            break;
        }
        if is_closing(line) {
            signature_start = Some(line_start);
            break;
        }
        if looks_like_signature(line)
            || names_a_practitioner(context, line_start, line_end)
            || (position + 1 == lines.len() && names_a_practice(context, line_start, line_end))
        {
            signature_start = Some(line_start);
            continue;
        }
        break;
    }
    if let Some(start) = signature_start {
        masked.push((start, text.len()));
        return;
    }
    if let Some(start) = lines.last().and_then(|&line| inline_signature(context, line)) {
        masked.push((start, text.len()));
    }
}

/// Returns the start of a signature that ends the last line, after an emoji or a full stop: « … à
/// demain 😊 Céline IDE », « … vous pouvez être fier 💪 Dr Aubert, addictologie ». It is a title
/// and a name, or a given name and then a capitalised word or a comma and a profession, in at most
/// four words with no closing punctuation.
fn inline_signature(context: &Context<'_>, (line_start, line_end): (usize, usize)) -> Option<usize> {
    let text = &context.folded.text;
    let line = &text[line_start..line_end];
    let (cut, mark) = line
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '.' | '!' | '?') || (!c.is_ascii() && !c.is_alphanumeric()))?;
    let tail_start = line_start + cut + mark.len_utf8();
    let tail = text[tail_start..line_end].trim();
    let first = context.tokens.partition_point(|token| token.start < tail_start);
    let words: Vec<usize> =
        (first..context.tokens.len()).take_while(|&index| context.tokens[index].end <= line_end).collect();
    if !(2..=4).contains(&words.len())
        || tail.ends_with(['.', '!', '?', ','])
        || words.iter().any(|&index| context.is_second_person(context.tokens[index].word))
    {
        return None;
    }
    let word = |position: usize| context.tokens[words[position]].word;
    let capitalised_from = |position: usize| words[position..].iter().all(|&index| context.is_capitalized(index));
    let comma_after =
        |position: usize| text[context.tokens[words[position]].end..line_end].trim_start().starts_with(',');
    // « Dr Aubert, addictologie »: after the title and the name, a comma may open the specialty.
    let titled = matches!(word(0), "dr" | "dre" | "docteur" | "pr")
        && context.is_capitalized(words[1])
        && (capitalised_from(1) || comma_after(1));
    // « Céline IDE », « Julie Martin », « Émilie, orthoptiste », but not « Lucas Martin va mieux ».
    let profession_follows = comma_after(0)
        && crate::request::Profession::from_label(&text[context.tokens[words[1]].start..line_end])
            != crate::request::Profession::Other;
    let named = context.is_capitalized(words[0])
        && lexicon::is_first_name(word(0))
        && (capitalised_from(1) || profession_follows);
    (titled || named).then_some(context.tokens[words[0]].start)
}

fn is_closing(line: &str) -> bool {
    line.len() < 40 && CLOSINGS.iter().any(|closing| line.contains(closing))
}

/// True for a line that names a person and their profession: « Marion Lefort, psychologue ».
fn names_a_practitioner(context: &Context<'_>, line_start: usize, line_end: usize) -> bool {
    let first = context.tokens.partition_point(|token| token.start < line_start);
    let words: Vec<usize> =
        (first..context.tokens.len()).take_while(|&index| context.tokens[index].end <= line_end).collect();
    let line = &context.folded.text[line_start..line_end];
    // « Émilie, pédicure-podologue à Orléans »: a given name, a comma, then the profession and the
    // town, closed by a capitalized place after « à » or "in".
    let comma_after_name =
        words.len() >= 2 && line[context.tokens[words[0]].end - line_start..].trim_start().starts_with(',');
    let ends_on_town = words.len() >= 4
        && matches!(context.tokens[words[words.len() - 2]].word, "a" | "in")
        && context.is_capitalized(words[words.len() - 1]);
    let named_with_town = comma_after_name
        && ends_on_town
        && crate::lexicon::is_first_name(context.tokens[words[0]].word)
        && !line.trim_end().ends_with(['.', '!', '?']);
    words.len() >= 2
        && words.len() <= 9
        && line.contains(',')
        && context.is_capitalized(words[0])
        && (context.is_capitalized(words[1]) || named_with_town)
        && !line
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| matches!(word, "vous" | "votre" | "vos" | "you" | "your"))
}

/// True for a short line of capitalised words with no closing punctuation, such as the practice's
/// name that ends a reply: "Stepwell Podiatry", « Cabinet Dentaire Haddad ».
fn names_a_practice(context: &Context<'_>, line_start: usize, line_end: usize) -> bool {
    let first = context.tokens.partition_point(|token| token.start < line_start);
    let words: Vec<usize> =
        (first..context.tokens.len()).take_while(|&index| context.tokens[index].end <= line_end).collect();
    let line = context.folded.text[line_start..line_end].trim_end();
    (2..=5).contains(&words.len())
        && !line.ends_with(['.', '!', '?'])
        && words
            .iter()
            .all(|&index| context.is_capitalized(index) || context.data.stop_words.contains(context.tokens[index].word))
        && !words.iter().any(|&index| context.is_second_person(context.tokens[index].word))
}

fn looks_like_signature(line: &str) -> bool {
    let starts = [
        "dr ",
        "dr.",
        "dre ",
        "docteur",
        "pr ",
        "le cabinet",
        "cabinet",
        "centre",
        "clinique",
        "l'equipe",
        "la direction",
        "the team",
        "your team",
        "- ",
        "-- ",
        "maison",
        "institut",
        "pole",
        "office",
        "practice",
        "secretariat",
        "le secretariat",
        "l'accueil",
        "reception",
        "front desk",
        "the front desk",
    ];
    let has_second_person = line.split(|c: char| !c.is_alphanumeric()).any(|word| SECOND_PERSON.contains(&word));
    line.len() < 120 && !has_second_person && starts.iter().any(|start| line.starts_with(start))
}

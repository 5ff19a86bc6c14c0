//! `check` on short, typical and 4,096-byte replies, against one bare Aho-Corasick scan of the same
//! lexicon over the same folded text (the floor any lexicon-based checker pays).
//!
//! Run with `cargo bench -p discret-checker --bench check`; `make bench` records the figures.

use aho_corasick::AhoCorasick;
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use discret_checker::{check, lexicon, Lang, LangChoice, Request};

const REVIEW: &str =
    "Très bon dentiste, mon détartrage s’est fait sans aucune douleur et l’accueil est parfait. Je recommande !";

const SHORT: &str = "Merci Sophie ! Ravie que le détartrage se soit bien passé. À bientôt !";

/// A reply of about 1,000 characters, with greetings, general statements, a signature and breaches.
const TYPICAL: &str = "Bonjour Sophie,\n\nMerci beaucoup d’avoir pris le temps de partager votre expérience. Toute l’équipe du Cabinet dentaire du Parc est très touchée par vos mots sur l’accueil et la propreté du cabinet, deux points auxquels nous tenons beaucoup.\n\nNous sommes ravis que le détartrage du 14 mars se soit bien passé et que vous n’ayez ressenti aucune douleur : c’est toujours une étape que nos patients appréhendent. Pensez à reprendre rendez-vous dans six mois pour le contrôle, et n’hésitez pas à nous appeler si la sensibilité de vos gencives persiste.\n\nNous rappelons à tous que le cabinet est ouvert du lundi au vendredi, de 9 h à 19 h, et que la prise de rendez-vous en ligne est disponible 7j/7. Le tiers payant est pratiqué pour tous nos patients sur présentation d’une carte Vitale à jour.\n\nÀ très bientôt au cabinet, et encore merci pour votre confiance !\n\nBien cordialement,\nDr Antoine Martin, chirurgien-dentiste à Lyon";

fn request(reply: &str) -> Request {
    Request {
        reply: reply.to_string(),
        review: Some(REVIEW.to_string()),
        reviewer: Some("Sophie M.".to_string()),
        lang: LangChoice::Fr,
        ..Request::default()
    }
}

/// Repeats the typical reply up to 4,096 bytes, cut on a character boundary.
fn reply_of_4096_bytes() -> String {
    let mut text = String::new();
    while text.len() < 4096 {
        text.push_str(TYPICAL);
        text.push_str("\n\n");
    }
    let mut cut = 4096;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

fn benches(criterion: &mut Criterion) {
    // Load the data once, outside the measurements.
    black_box(check(&request("warm-up")));

    let long = reply_of_4096_bytes();
    let inputs =
        [("short", SHORT.to_string()), ("typical_1000_chars", TYPICAL.to_string()), ("reply_4096_bytes", long)];

    let mut group = criterion.benchmark_group("check");
    for (name, reply) in &inputs {
        let request = request(reply);
        group.bench_with_input(BenchmarkId::new("check", name), &request, |bencher, request| {
            bencher.iter(|| check(black_box(request)))
        });
    }
    group.finish();

    // The baseline: one Aho-Corasick automaton over the French terms, counting its raw overlapping
    // matches, with no word or context logic.
    let mut group = criterion.benchmark_group("bare_scan");
    let automaton =
        AhoCorasick::new(lexicon::language(Lang::Fr).terms.patterns()).expect("the terms build an automaton");
    for (name, reply) in &inputs {
        let folded = lexicon::fold(reply);
        group.bench_with_input(BenchmarkId::new("bare_scan", name), &folded, |bencher, folded| {
            bencher.iter(|| automaton.find_overlapping_iter(black_box(folded.as_str())).count())
        });
    }
    group.finish();
}

criterion_group!(check_benches, benches);
criterion_main!(check_benches);

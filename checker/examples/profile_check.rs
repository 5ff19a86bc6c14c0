//! Runs `check` in a loop on a typical reply, for profilers: `cargo run --release --example profile_check`.

fn main() {
    let reply = "Bonjour Sophie,\n\nMerci beaucoup d’avoir pris le temps de partager votre expérience. Toute l’équipe du Cabinet dentaire du Parc est très touchée par vos mots sur l’accueil et la propreté du cabinet, deux points auxquels nous tenons beaucoup.\n\nNous sommes ravis que le détartrage du 14 mars se soit bien passé et que vous n’ayez ressenti aucune douleur : c’est toujours une étape que nos patients appréhendent. Pensez à reprendre rendez-vous dans six mois pour le contrôle, et n’hésitez pas à nous appeler si la sensibilité de vos gencives persiste.\n\nBien cordialement,\nDr Antoine Martin, chirurgien-dentiste à Lyon";
    let request = discret_checker::Request {
        reply: reply.to_string(),
        review: Some("Très bon dentiste, mon détartrage s’est fait sans aucune douleur. Je recommande !".to_string()),
        reviewer: Some("Sophie M.".to_string()),
        ..discret_checker::Request::default()
    };
    let iterations: usize = std::env::args().nth(1).and_then(|count| count.parse().ok()).unwrap_or(20_000);
    let started = std::time::Instant::now();
    let mut findings = 0;
    for _ in 0..iterations {
        findings += discret_checker::check(&request).findings.len();
    }
    let elapsed = started.elapsed();
    println!(
        "{iterations} checks, {findings} findings, {:.1} µs a check",
        elapsed.as_secs_f64() * 1e6 / iterations as f64
    );
}

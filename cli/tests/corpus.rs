//! The quality bars on the labelled corpora in tests/corpus: violations caught, compliant replies
//! left alone, `must_flag` covered and `must_not_flag` untouched, at standard strictness.

use discret_checker::Strictness;
use discret_cli::corpus;

fn corpus_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus").join(name)
}

fn assert_bars(name: &str) {
    let text = std::fs::read_to_string(corpus_path(name)).unwrap_or_else(|error| panic!("cannot read {name}: {error}"));
    let cases = corpus::parse(&text).expect("the corpus parses");
    assert!(cases.len() >= 100, "{name} has only {} cases", cases.len());
    let (results, metrics) = corpus::evaluate(&cases, Strictness::Standard);

    let failures: Vec<String> = results
        .iter()
        .filter(|result| {
            result.flagged != (result.case.verdict == "violation")
                || !result.missed.is_empty()
                || !result.wrongly_flagged.is_empty()
        })
        .map(|result| {
            format!(
                "{}: flagged={} missed={:?} wrongly_flagged={:?}",
                result.case.id, result.flagged, result.missed, result.wrongly_flagged
            )
        })
        .collect();
    let details = failures.join("\n");
    assert!(metrics.caught_rate() >= 0.97, "violations caught {:.3} < 0.97\n{details}", metrics.caught_rate());
    assert!(
        metrics.false_positive_rate() <= 0.03,
        "compliant flagged {:.3} > 0.03\n{details}",
        metrics.false_positive_rate()
    );
    assert!(metrics.must_flag_rate() >= 0.95, "must_flag covered {:.3} < 0.95\n{details}", metrics.must_flag_rate());
    assert!(
        metrics.must_not_flag_rate() <= 0.01,
        "must_not_flag hit {:.3} > 0.01\n{details}",
        metrics.must_not_flag_rate()
    );
}

#[test]
fn development_corpus_meets_quality_bars() {
    assert_bars("dev.jsonl");
}

#[test]
fn written_corpus_meets_quality_bars() {
    assert_bars("written-a.jsonl");
}

/// A line break or spaces typed after the reply change no finding: the reply box of a review site
/// often keeps a trailing line break.
#[test]
fn trailing_whitespace_changes_no_finding() {
    let text = std::fs::read_to_string(corpus_path("dev.jsonl")).expect("the development corpus is readable");
    let cases = corpus::parse(&text).expect("the corpus parses");
    let spans = |request: &discret_checker::Request| -> Vec<(String, usize, usize)> {
        discret_checker::check(request)
            .findings
            .iter()
            .map(|finding| (finding.rule.to_string(), finding.byte_start, finding.byte_end))
            .collect()
    };
    for case in &cases {
        let mut request = corpus::request(case, Strictness::Standard);
        let plain = spans(&request);
        for tail in ["\n", "  ", "\r\n\n"] {
            request.reply = format!("{}{tail}", case.reply);
            assert_eq!(spans(&request), plain, "{} with {tail:?} after it", case.id);
        }
    }
}

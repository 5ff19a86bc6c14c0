// Turns the fuzzer's bytes into a checker request: the first byte chooses the strictness, the reply's
// language and whether a review and a reviewer name are given; the rest, read as UTF-8 with invalid
// sequences replaced, is split at NUL bytes into the reply, the review and the reviewer name.

use discret_checker::{LangChoice, Request, Strictness};

pub fn request(data: &[u8]) -> Request {
    let (&settings, rest) = data.split_first().unwrap_or((&0, &[]));
    let text = String::from_utf8_lossy(rest);
    let mut parts = text.split('\0');
    let reply = parts.next().unwrap_or("").to_string();
    let review = parts.next().map(str::to_string).filter(|_| settings & 0b1_0000 != 0);
    let reviewer = parts.next().map(str::to_string).filter(|_| settings & 0b10_0000 != 0);
    Request {
        reply,
        review,
        reviewer,
        strictness: match settings % 3 {
            0 => Strictness::Lenient,
            1 => Strictness::Standard,
            _ => Strictness::Strict,
        },
        lang: match (settings >> 2) % 3 {
            0 => LangChoice::Auto,
            1 => LangChoice::Fr,
            _ => LangChoice::En,
        },
        ..Request::default()
    }
}

//! `check` never panics, and every finding's offsets fall on character boundaries, agree between bytes
//! and UTF-16, and cover the finding's text.

#![no_main]

use libfuzzer_sys::fuzz_target;

mod input;

fuzz_target!(|data: &[u8]| {
    let request = input::request(data);
    let report = discret_checker::check(&request);
    let reply = &request.reply;
    for finding in &report.findings {
        assert!(finding.byte_start <= finding.byte_end);
        assert!(finding.byte_end <= reply.len());
        assert!(reply.is_char_boundary(finding.byte_start));
        assert!(reply.is_char_boundary(finding.byte_end));
        assert_eq!(&reply[finding.byte_start..finding.byte_end], finding.text);
        assert_eq!(finding.start, reply[..finding.byte_start].encode_utf16().count());
        assert_eq!(finding.end, reply[..finding.byte_end].encode_utf16().count());
    }
});

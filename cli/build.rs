//! Reads the extension's version from ../manifest.json, the one place the project's version is written,
//! and passes it to the CLI as DISCRET_VERSION, which `discret --version` prints.

use std::env;
use std::fs;
use std::path::Path;

fn main() {
    let manifest_path =
        Path::new(&env::var("CARGO_MANIFEST_DIR").expect("Cargo sets CARGO_MANIFEST_DIR")).join("../manifest.json");
    println!("cargo:rerun-if-changed={}", manifest_path.display());

    let manifest = fs::read_to_string(&manifest_path)
        .unwrap_or_else(|error| panic!("reading {} failed: {error}", manifest_path.display()));
    let version = top_level_version(&manifest)
        .unwrap_or_else(|| panic!("{} has no top-level \"version\" string", manifest_path.display()));
    if !is_manifest_version(version) {
        panic!(
            "{}: version {version:?} is invalid; browsers accept one to four dot-separated integers",
            manifest_path.display()
        );
    }
    println!("cargo:rustc-env=DISCRET_VERSION={version}");
}

/// Returns the value of the "version" key of the JSON object at depth 1, without a JSON dependency.
/// NOTE: a value with an escaped quote is cut at that quote, and is_manifest_version then rejects it.
fn top_level_version(json: &str) -> Option<&str> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let bytes = json.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
            index += 1;
            continue;
        }
        match byte {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            b'"' if depth == 1 && json[index..].starts_with("\"version\"") => {
                let after_key = json[index + "\"version\"".len()..].trim_start();
                if let Some(value) =
                    after_key.strip_prefix(':').map(str::trim_start).and_then(|rest| rest.strip_prefix('"'))
                {
                    return value.split('"').next();
                }
                in_string = true;
            }
            b'"' => in_string = true,
            _ => {}
        }
        index += 1;
    }
    None
}

/// Returns whether `version` has the manifest format: one to four dot-separated integers of up to nine digits.
fn is_manifest_version(version: &str) -> bool {
    let parts: Vec<&str> = version.split('.').collect();
    (1..=4).contains(&parts.len())
        && parts
            .iter()
            .all(|part| !part.is_empty() && part.len() <= 9 && part.bytes().all(|byte| byte.is_ascii_digit()))
}

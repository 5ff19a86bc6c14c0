//! Embeds every data file under `data/` into the crate, so that a new term or phrase is a data change.
//!
//! Generates `$OUT_DIR/data_files.rs` with one `(relative path, contents)` pair a file, through
//! `include_str!`, and asks Cargo to rerun when anything under `data/` changes. Files are embedded
//! compacted: comments and blank lines dropped, and term files grouped so that each category and
//! strength is written once (`=category<TAB>strength` then one term a line), which halves the size
//! of the WebAssembly module. The clause model's weights (`learned.tsv`) are front-coded: each feature
//! name is written as the length of the prefix it shares with the name above, then the rest, and each
//! weight in hundredths.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("Cargo sets CARGO_MANIFEST_DIR"));
    let data_dir = manifest_dir.join("data");
    println!("cargo:rerun-if-changed=data");

    let mut files = Vec::new();
    collect(&data_dir, &mut files);
    files.sort();

    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("Cargo sets OUT_DIR"));
    let out_path = out_dir.join("data_files.rs");
    let mut out = fs::File::create(&out_path).expect("OUT_DIR is writable");
    writeln!(out, "/// Every data file, as (path relative to `data/`, contents).").unwrap();
    writeln!(out, "pub static DATA_FILES: &[(&str, &str)] = &[").unwrap();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let relative =
            path.strip_prefix(&data_dir).expect("collected under data/").to_string_lossy().replace('\\', "/");
        let contents =
            fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
        let compacted = if relative.contains("/terms/") {
            compact_terms(path, &contents)
        } else if relative.ends_with("/learned.tsv") {
            compact_weights(path, &contents)
        } else {
            drop_comments(&contents)
        };
        let compacted_path = out_dir.join(relative.replace('/', "__"));
        fs::write(&compacted_path, compacted).expect("OUT_DIR is writable");
        writeln!(out, "    ({relative:?}, include_str!({:?})),", compacted_path.display().to_string()).unwrap();
    }
    writeln!(out, "];").unwrap();
}

/// Empties comment lines (starting with `#`), keeping every line break so that the loader's error
/// messages give the line numbers of the source file.
fn drop_comments(contents: &str) -> String {
    let mut out = String::with_capacity(contents.len());
    for line in contents.lines() {
        let trimmed = line.trim_end_matches('\r');
        if !trimmed.trim_start().starts_with('#') {
            out.push_str(trimmed);
        }
        out.push('\n');
    }
    out
}

/// Strengths a term line may have.
const STRENGTHS: &[&str] = &["strong", "medium", "weak", "echo", "ignore"];

/// Groups the lines of a term file by category and strength.
///
/// Compaction reorders lines, so malformed lines stop the build here, with their source line number.
fn compact_terms(path: &Path, contents: &str) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for (index, line) in drop_comments(contents).lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if fields.len() < 3 || fields[0].is_empty() || !STRENGTHS.contains(&fields[2]) {
            panic!(
                "{}:{}: expected term<TAB>category<TAB>strength with strength one of {STRENGTHS:?}, found {line:?}",
                path.display(),
                index + 1
            );
        }
        let header = format!("={}\t{}", fields[1], fields[2]);
        match groups.iter_mut().find(|(existing, _)| *existing == header) {
            Some((_, terms)) => terms.push(fields[0].to_string()),
            None => groups.push((header, vec![fields[0].to_string()])),
        }
    }
    let mut out = String::new();
    for (header, terms) in groups {
        out.push_str(&header);
        out.push('\n');
        for term in terms {
            out.push_str(&term);
            out.push('\n');
        }
    }
    out
}

/// Front-codes the lines of a weight file: `w:avance<TAB>0.84` below `w:avanc…` becomes
/// `7e<TAB>84`. Header lines (`=…`) stay as they are. Every line keeps its place, so that the loader's
/// errors give source line numbers.
fn compact_weights(path: &Path, contents: &str) -> String {
    let mut out = String::with_capacity(contents.len() / 2);
    let mut previous = String::new();
    for (index, line) in drop_comments(contents).lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('=') {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut fields = line.split('\t');
        let name = fields.next().unwrap_or_default();
        let shared = previous.bytes().zip(name.bytes()).take_while(|(a, b)| a == b).count().min(9);
        let shared = (0..=shared).rev().find(|&length| name.is_char_boundary(length)).unwrap_or(0);
        out.push_str(&shared.to_string());
        out.push_str(&name[shared..]);
        for weight in fields {
            let value: f64 = weight
                .parse()
                .unwrap_or_else(|_| panic!("{}:{}: weight {weight:?} is not a number", path.display(), index + 1));
            out.push('\t');
            out.push_str(&format!("{}", (value * 100.0).round() as i64));
        }
        out.push('\n');
        previous = name.to_string();
    }
    out
}

/// Collects the `.tsv` and `.txt` files under `dir`, recursively.
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files);
        } else if matches!(path.extension().and_then(|ext| ext.to_str()), Some("tsv" | "txt")) {
            files.push(path);
        }
    }
}
